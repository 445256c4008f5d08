package examples_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// busyComm names the processes TestEmbed keeps busy: busyComm1 to 5.
const busyComm = "gtrace-busy"

// TestBusyHelper is not a test: re-executed by TestEmbed, it makes
// system calls until it is killed, about a thousand a millisecond.
func TestBusyHelper(t *testing.T) {
	if os.Getenv("GTRACE_BUSY") != "1" {
		t.Skip("a helper process of TestEmbed")
	}
	for {
		for i := 0; i < 1000; i++ {
			syscall.Getppid()
		}
		time.Sleep(time.Millisecond)
	}
}

// TestEmbed builds examples/embed and runs it for its five seconds while
// five processes make many system calls: it must print exactly those
// five, busiest first.
func TestEmbed(t *testing.T) {
	testenv.RequireBPF(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "embed")
	if out, err := exec.Command("go", "build", "-o", bin, "./embed").CombinedOutput(); err != nil {
		t.Fatalf("go build ./embed: %v\n%s", err, out)
	}
	// Each busy process runs under a name of its own: a copy of this
	// test binary.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 5; i++ {
		busy := filepath.Join(dir, busyComm+strconv.Itoa(i))
		if err := os.WriteFile(busy, data, 0o755); err != nil {
			t.Fatal(err)
		}
		helper := exec.Command(busy, "-test.run=^TestBusyHelper$")
		helper.Env = append(os.Environ(), "GTRACE_BUSY=1")
		if err := helper.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() {
			helper.Process.Kill()
			helper.Wait()
		}()
	}

	out, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatalf("embed: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("want the five busiest processes, got:\n%s", out)
	}
	last := uint64(1 << 63)
	for i, l := range lines {
		f := strings.Fields(l)
		n, err := strconv.ParseUint(f[len(f)-1], 10, 64)
		if len(f) < 2 || err != nil || n == 0 || n > last {
			t.Fatalf("line %d is not a process and its count, busiest first: %q in\n%s", i+1, l, out)
		}
		last = n
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, busyComm) {
			t.Errorf("a process that is not one of the busy five:\n%s", out)
		}
	}
}
