package tests

import (
	"fmt"
	"os"
	"path/filepath"
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
	// * on a pointer to a pointer: main's argv.
	argv := []string{"-c", bin + " 1", "-e", `uprobe:` + bin + `:main /pid == cpid/ { printf("%s %d\n", str(*(int8 **)arg1), **(int8 **)arg1); }`}
	checkResult(t, run(t, runOpts{}, gtracePath(t), argv...), "Attaching 1 probe...\n"+bin+" 47\n\n\n")
	if !referenceMode() {
		t.Run("bpftrace", func(t *testing.T) {
			compareArgs(t, args)
			compareArgs(t, argv)
		})
	}
	gtraceOnly(t)
	// The difference of two pointers counts elements, as in C (bpftrace
	// 0.17 refuses it).
	r = run(t, runOpts{}, gtracePath(t), "-c", bin+" 1", "-e", `uprobe:`+bin+`:types_take /pid == cpid/ {
	$p = (int64 *)arg4; printf("%d %d\n", ($p + 3) - $p, $p - ($p + 3)); }`)
	checkResult(t, r, "Attaching 1 probe...\n3 -3\n\n\n")
}

// TestCStructValues: a struct copied whole into a variable, a map value,
// a map key and a tuple, and an array as a value and a key, printed in
// text and JSON as bpftrace prints them.
func TestCStructValues(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	bin := typesPath(t, false)
	// head is rec's start: no pointers (their values move with ASLR) and
	// no bitfields (bpftrace 0.17 prints those wrong).
	script := typesDefs + `struct head { int id; char name[12]; int vals[3]; struct point pos; }
uprobe:` + bin + `:types_take /pid == cpid/ {
	$r = (struct rec *)arg0;
	$h = *(struct head *)arg0;
	print($h);
	print($r->pos);
	printf("%d %d %s %d\n", $h.id, $h.pos.y, $h.name, $h.vals[1]);
	@m[$r->id] = *(struct head *)arg0;
	@k[$r->pos, $r->name] = count();
	@g = $r->grid;
	@a[$r->vals] = count();
	@t[$r->id] = ($r->pos, $r->vals);
	$v = $r->vals;
	printf("%d %d\n", $v == $r->vals, $r->next->vals == $v);
}`
	head := func(id string) string {
		return "{ .id = " + id + ", .name = head, .vals = [10,20,30], .pos = { .x = -3, .y = 4 } }"
	}
	event := func(id string) string {
		return head(id) + "\n{ .x = -3, .y = 4 }\n" + id + " 4 head 20\n1 0\n"
	}
	want := "Attaching 1 probe...\n" + event("1") + event("2") + "\n\n" +
		"@a[[10,20,30]]: 2\n" +
		"@g: [[1,2,3],[4,5,6]]\n" +
		"@k[{.x=-3,.y=4}, head]: 2\n" +
		"@m[1]: " + head("1") + "\n@m[2]: " + head("2") + "\n" +
		"@t[1]: ({ .x = -3, .y = 4 }, [10,20,30])\n@t[2]: ({ .x = -3, .y = 4 }, [10,20,30])\n"
	for _, json := range []bool{false, true} {
		args := []string{"-c", bin, "-e", script}
		if json {
			args = append([]string{"-f", "json"}, args...)
		} else {
			checkResult(t, run(t, runOpts{}, gtracePath(t), args...), want)
		}
		if !referenceMode() {
			t.Run(fmt.Sprintf("bpftrace/json=%v", json), func(t *testing.T) { compareArgs(t, args) })
		}
	}
	gtraceOnly(t)
	// Bitfields print with their own values (bpftrace 0.17 prints the
	// word they lie in); pointer members in a key print in hex, as
	// bpftrace prints them.
	r := run(t, runOpts{}, gtracePath(t), "-c", bin+" 1", "-e", typesDefs+`uprobe:`+bin+`:types_take /pid == cpid/ {
	$r = (struct rec *)arg0; $s = *$r; print(($s.flags, $s.mode, $s.grid));
	@v[1] = $s.pos; @w[1] = $s.vals; $i = 2; $j = -1;
	print(($s.vals[$i], $s.vals[$j], $s.vals[$i + 1], @v[1].x, @w[1][$i], $s.grid[1][$i]));
	@q[*$r->next] = count(); print($s.next == $r->next); }`)
	// Elements at indexes known only when the probe runs, of a variable's
	// and a map's copy; past either end they read 0.
	checkResult(t, r, "Attaching 1 probe...\n(5, 17, [[1,2,3],[4,5,6]])\n(30, 0, 0, -3, 30, 6)\n1\n\n\n"+
		"@q[{.id=99,.name=tail,.vals=[0,0,0],.pos={.x=0,.y=0},.flags=0,.mode=0,.grid=[[0,0,0],[0,0,0]],.label=0x0,.n={.i=0,.l=0},.next=0x0}]: 1\n"+
		"@v[1]: { .x = -3, .y = 4 }\n@w[1]: [10,20,30]\n")
}

// TestTupleSizeof: sizeof of tuples packs their elements as bpftrace does
// (each integer its own width, a string literal its bytes and NUL).
func TestTupleSizeof(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	args := []string{"-e", `BEGIN { printf("%d %d %d %d %d\n", sizeof((1, "ab", (int8)3)), sizeof(((int8)1, (int16)2)), sizeof((1, 2)), sizeof("ab"), sizeof(comm)); exit(); }`}
	checkResult(t, run(t, runOpts{}, gtracePath(t), args...), "Attaching 1 probe...\n16 4 16 3 16\n\n\n")
	if !referenceMode() {
		t.Run("bpftrace", func(t *testing.T) { compareArgs(t, args) })
	}
}

// TestDWARFArgs: in a binary built with -g, a uprobe names its
// arguments with their C types (args->name, args.name), -lv lists them
// as bpftrace does, and casts find the binary's own structs; without -g,
// args says why there are none.
func TestDWARFArgs(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	bin := typesPath(t, true)
	list := []string{"-lv", "uprobe:" + bin + ":types_take"}
	checkResult(t, run(t, runOpts{}, gtracePath(t), list...), "uprobe:"+bin+":types_take\n"+
		"    struct rec* r\n    int8_t* p8\n    int16_t* p16\n    int32_t* p32\n    int64_t* p64\n")
	// bpftrace 0.17 reads the integer pointers, not the struct: its
	// DWARF structs have no members.
	args := []string{"-c", bin, "-e", `uprobe:` + bin + `:types_take /pid == cpid/ { printf("%d %ld %d\n", args->p32[1], args->p64[3], *args->p8); }`}
	checkResult(t, run(t, runOpts{}, gtracePath(t), args...), "Attaching 1 probe...\n200000 20000000000 -1\n200000 20000000000 -1\n\n\n")
	if !referenceMode() {
		t.Run("bpftrace", func(t *testing.T) {
			compareArgs(t, list)
			compareArgs(t, args)
		})
	}
	gtraceOnly(t)
	r := run(t, runOpts{}, gtracePath(t), "-c", bin+" 1", "-e", `uprobe:`+bin+`:types_take /pid == cpid/ {
	printf("%d %s %d %s %d\n", args->r->id, args.r->name, args->r->pos.y, str(args->r->label), args.p16[3]);
	print(*args->r->next); print(((struct rec *)arg0)->vals); print(sizeof(struct point)); }`)
	checkResult(t, r, "Attaching 1 probe...\n1 head 4 tag 400\n"+
		"{ .id = 99, .name = tail, .vals = [0,0,0], .pos = { .x = 0, .y = 0 }, .flags = 0, .mode = 0, .grid = [[0,0,0],[0,0,0]], .label = 0, .n = { .i = 0, .l = 0 }, .next = 0 }\n"+
		"[10,20,30]\n4\n\n\n")
	nodebug := typesPath(t, false)
	r = run(t, runOpts{}, gtracePath(t), "--dry-run", "-e", `uprobe:`+nodebug+`:types_take { print(args->r); }`)
	if r.exit != 2 || !strings.Contains(r.stderr, "no debug information (DWARF): build it with -g") {
		t.Errorf("args without -g: exit %d, stderr %q", r.exit, r.stderr)
	}
}

// TestCHeader: a local header gives the script its #defines and its C
// definitions (a typedef among them, which bpftrace reads only from a
// header), with sizeof of a typedef name.
func TestCHeader(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	bin := typesPath(t, false)
	dir := t.TempDir()
	header := `#ifndef TYPES_H
#define TYPES_H
#define NAMELEN 12
struct point { short x; short y; };
typedef struct point point_t;
struct head { int id; char name[NAMELEN]; int vals[3]; point_t pos; };
#endif
`
	if err := os.WriteFile(filepath.Join(dir, "types.h"), []byte(header), 0o644); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "head.bt")
	src := `#include "types.h"
#include "types.h"
uprobe:` + bin + `:types_take /pid == cpid/ {
	$h = (struct head *)arg0;
	printf("%d %s %d %d %d\n", $h->id, $h->name, $h->pos.y, NAMELEN, sizeof(struct head));
}
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	// bpftrace looks for local headers only in -I's directories.
	args := []string{"-I", dir, "-c", bin, script}
	checkResult(t, run(t, runOpts{}, gtracePath(t), args...), "Attaching 1 probe...\n1 head 4 12 32\n2 head 4 12 32\n\n\n")
	if !referenceMode() {
		t.Run("bpftrace", func(t *testing.T) { compareArgs(t, args) })
	}
	gtraceOnly(t)
	// sizeof of a typedef name (bpftrace 0.17: "Unknown identifier").
	r := run(t, runOpts{}, gtracePath(t), "-I", dir, "-e", `#include "types.h"
BEGIN { printf("%d %d\n", sizeof(point_t), sizeof(pid_t)); exit(); }`)
	checkResult(t, r, "Attaching 1 probe...\n4 4\n\n\n")
	// An error in a header is shown in the header.
	if err := os.WriteFile(filepath.Join(dir, "bad.h"), []byte("struct a {\n\tint x\n};\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = run(t, runOpts{}, gtracePath(t), "--dry-run", "-e", `#include "`+filepath.Join(dir, "bad.h")+`"
BEGIN { exit(); }`)
	want := filepath.Join(dir, "bad.h") + ":3:1: C definition: expected \";\" after the member, found \"}\"\n};\n^\n"
	if r.exit != 2 || r.stderr != want {
		t.Errorf("a bad header: exit %d, stderr %q, want %q", r.exit, r.stderr, want)
	}
}
