package stdlib_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/internal/testenv"
)

const bswapScript = `BEGIN {
	$a = bswap((int16)-2);
	printf("%d %u %llu %lld\n", $a, bswap((uint32)1), bswap(-1), bswap(1));
	print(bswap((int32)-2));
	printf("%x %x %x\n", bswap((uint8)0x12), bswap((uint16)0x1234), bswap((uint32)0x12345678));
	@m = bswap((uint16)0x0102);
	@s[bswap((uint8)7)] = sum(bswap((uint16)1));
	exit();
}
`

// bswapOutput is what bpftrace v0.17.0 prints for bswapScript: the width
// is the argument's, the result unsigned.
const bswapOutput = "Attaching 1 probe...\n" +
	"65279 16777216 18446744073709551615 72057594037927936\n" +
	"4278190079\n" +
	"12 3412 78563412\n" +
	"\n\n@m: 513\n@s[7]: 256\n"

func TestBswapTypes(t *testing.T) {
	for src, want := range map[string]string{
		`BEGIN { @ = bswap("x"); }`:    "bswap() reverses the bytes of an integer, not string[64]",
		`BEGIN { @ = bswap(1, 2); }`:   "bswap() takes 1 argument, got 2",
		`BEGIN { @ = bswap(kstack); }`: "bswap() reverses the bytes of an integer, not kstack",
	} {
		_, err := gtrace.Compile("", []byte(src), gtrace.Options{})
		var ce *gtrace.CompileError
		if !errors.As(err, &ce) || len(ce.Errors) != 1 || ce.Errors[0].Msg != want {
			t.Errorf("%s: got %v, want %q", src, err, want)
		}
	}
}

func TestBswap(t *testing.T) {
	testenv.RequireBPF(t)
	s, err := gtrace.Compile("bswap.bt", []byte(bswapScript), gtrace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := s.Run(context.Background(), gtrace.RunOptions{Stdout: &out}); err != nil {
		t.Fatal(err)
	}
	if out.String() != bswapOutput {
		t.Errorf("got:\n%s\nwant (bpftrace v0.17.0):\n%s", out.String(), bswapOutput)
	}
	// Where the reference is installed, it must still agree.
	bpftrace, err := exec.LookPath("bpftrace")
	if err != nil {
		t.Log("bpftrace is not installed: compared with its recorded output only")
		return
	}
	file := filepath.Join(t.TempDir(), "bswap.bt")
	if err := os.WriteFile(file, []byte(bswapScript), 0o644); err != nil {
		t.Fatal(err)
	}
	ref, err := exec.Command(bpftrace, file).Output()
	if err != nil {
		t.Fatalf("bpftrace: %v", err)
	}
	if string(ref) != out.String() {
		t.Errorf("bpftrace printed:\n%s\ngtrace:\n%s", ref, out.String())
	}
	if !strings.HasPrefix(string(ref), "Attaching") {
		t.Errorf("bpftrace: %q", ref)
	}
}
