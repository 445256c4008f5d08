package tests

import (
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
)

// End-to-end tests of the types scripts write: C definitions read in a
// uprobe of tests/workload/types.c, pointer arithmetic and indexing on
// every integer width, compared with bpftrace where it runs the script.

// typesPath builds tests/workload/types.c, with debug information when
// debug is set.
func typesPath(t testing.TB, debug bool) string {
	if debug {
		return builtProgram(t, "types_g", "apt-get install gcc libc6-dev", "gcc", "-O1", "-g", "-Wall", "types.c")
	}
	return builtProgram(t, "types", "apt-get install gcc libc6-dev", "gcc", "-O1", "-Wall", "types.c")
}

// typesDefs are types.c's definitions as a script writes them: the
// struct with an array, a nested struct, bitfields, a two-dimensional
// array, a pointer to itself, and a union; one without its `;`.
const typesDefs = `struct point { short x; short y; }
union num { int i; long l; };
struct rec {
	int id;
	char name[12];
	int vals[3];
	struct point pos;
	unsigned flags:3;
	unsigned mode:5;
	unsigned char grid[2][3];
	const char *label;
	union num n;
	struct rec *next;
};
`

func TestCStructMembers(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	bin := typesPath(t, false)
	script := typesDefs + `uprobe:` + bin + `:types_take /pid == cpid/ {
	$r = (struct rec *)arg0;
	printf("%d %s %d %d,%d %d %d %d %s %ld %d %s %d\n", $r->id, $r->name, $r->vals[2], $r->pos.x, $r->pos.y,
		$r->flags, $r->mode, $r->grid[1][2], str($r->label), $r->n.l, $r->next->id, $r->next->name, sizeof(struct rec));
}`
	args := []string{"-c", bin, "-e", script}
	r := run(t, runOpts{}, gtracePath(t), args...)
	line := func(id string) string { return id + " head 30 -3,4 5 17 6 tag 1234567890123 99 tail 64\n" }
	checkResult(t, r, "Attaching 1 probe...\n"+line("1")+line("2")+"\n\n")
	if !referenceMode() {
		t.Run("bpftrace", func(t *testing.T) { compareArgs(t, args) })
	}
}

// TestPointerArithmetic: p + n and p[n] step by the pointee's size on
// int8, int16, int32 and int64 pointers, *x of an integer reads a
// uint64, and pointers compare as integers.
func TestPointerArithmetic(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	bin := typesPath(t, false)
	script := `uprobe:` + bin + `:types_take /pid == cpid/ {
	$p8 = (int8 *)arg1; $p16 = (int16 *)arg2; $p32 = (int32 *)arg3; $p64 = (int64 *)arg4;
	printf("%d %d %d %d\n", $p8[0], $p8[1], *($p8 + 2), *$p8);
	printf("%d %d %d %d\n", $p16[0], $p16[3], *($p16 + 1), (uint64)($p16 + 1) - arg2);
	printf("%d %d %d %d\n", $p32[0], $p32[3], *($p32 + 2), (uint64)($p32 + 1) - arg3);
	printf("%ld %ld %ld %d\n", $p64[0], $p64[3], *($p64 + 1), (uint64)($p64 + 3) - arg4);
	printf("%d %d\n", (int32 *)32 - 1, *arg3 == (uint64)(uint32)$p32[0] + ((uint64)$p32[1] << 32));
	if ($p8 != 0 && $p8 < $p8 + 1) { printf("cmp\n"); }
}`
	args := []string{"-c", bin + " 1", "-e", script}
	r := run(t, runOpts{}, gtracePath(t), args...)
	checkResult(t, r, "Attaching 1 probe...\n"+strings.Join([]string{
		"-1 2 -3 -1",
		"-100 400 200 2",
		"-100000 400000 -300000 4",
		"-5000000000 20000000000 10000000000 24",
		"28 1",
		"cmp",
	}, "\n")+"\n\n\n")
	if !referenceMode() {
		t.Run("bpftrace", func(t *testing.T) { compareArgs(t, args) })
	}
	gtraceOnly(t)
	// The difference of two pointers counts elements, as in C (bpftrace
	// 0.17 refuses it).
	r = run(t, runOpts{}, gtracePath(t), "-c", bin+" 1", "-e", `uprobe:`+bin+`:types_take /pid == cpid/ {
	$p = (int64 *)arg4; printf("%d %d\n", ($p + 3) - $p, $p - ($p + 3)); }`)
	checkResult(t, r, "Attaching 1 probe...\n3 -3\n\n\n")
}
