package tests

import (
	"os"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
)

// End-to-end tests of the language (issue 3): control flow, loops,
// strings, tuples, operators and kernel types. Constructs bpftrace v0.17
// also has are compared with it; gtrace's extensions (for loops, map
// iteration, strcontains) are checked against figures worked out by hand.

// checkOnly runs c without the bpftrace comparison: for gtrace extensions.
func (c e2eCase) checkOnly(t *testing.T) result {
	t.Helper()
	gtraceOnly(t)
	testenv.RequireBPF(t)
	r := run(t, runOpts{}, gtracePath(t), traceArgs(t, c.flags, c.workload, c.script, c.params...)...)
	checkResult(t, r, c.want)
	return r
}

// TestStringIndex: $s[i] is a string's byte i as a signed char (bpftrace
// 0.26 has it; 0.17 refuses it), 0 at and past the end, from a variable
// (one holding a map's value too), a builtin, a literal and a positional
// parameter.
func TestStringIndex(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { $s = str($1); @m = "hé"; $i = 1; $far = 99; $v = @m;
			printf("%c%c %d %d %d %c %d %d\n", $s[0], $s[$i], $s[3], $s[$far], "xyz"[2], comm[0], $v[1], str($1)[2]); exit(); }`,
		params: []string{"abc"},
		want:   "Attaching 1 probe...\nab 0 0 122 g -61 99\n\n\n@m: hé\n",
	}.checkOnly(t)
}

func TestWhileSum(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { $i = 0; $s = 0; while ($i < 10) { $s += $i; $i++; } printf("%d\n", $s); exit(); }`,
		want:   "Attaching 1 probe...\n45\n\n\n",
	}.check(t)
}

func TestUnroll(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { $i = 1; unroll(6) { $i = $i * 2; } printf("%d\n", $i); exit(); }`,
		want:   "Attaching 1 probe...\n64\n\n\n",
	}.check(t)
}

func TestForRangeBreakContinue(t *testing.T) {
	t.Parallel()
	// 0+1+3+4+5+6: 2 is skipped, the loop stops at 7.
	e2eCase{
		script: `BEGIN { $s = 0; for ($i : 0..10) { if ($i == 2) { continue; } if ($i == 7) { break; } $s += $i; } printf("%d %d\n", $s, $i); exit(); }`,
		want:   "Attaching 1 probe...\n19 7\n\n\n",
	}.checkOnly(t)
}

func TestNestedLoopsReturn(t *testing.T) {
	t.Parallel()
	// exit() deep inside two loops ends the probe: "after" never prints.
	e2eCase{
		script: `BEGIN { for ($i : 0..3) { for ($j : 0..3) { printf("%d%d\n", $i, $j); if ($i == 1 && $j == 1) { exit(); } } } printf("after\n"); }`,
		want:   "Attaching 1 probe...\n00\n01\n02\n10\n11\n\n\n",
	}.checkOnly(t)
}

func TestForMap(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { @m[1] = 10; @m[2] = 20; @m[3] = 30; for ($kv : @m) { @sum = @sum + $kv.1; @keys = @keys + $kv.0; } exit(); }`,
		want:   "Attaching 1 probe...\n\n\n@keys: 6\n@m[1]: 10\n@m[2]: 20\n@m[3]: 30\n@sum: 60\n",
	}.checkOnly(t)
}

// TestParentWalk walks task->real_parent from the traced command to the
// root of the process tree: the first task is the workload, its parent is
// gtrace (a thread of it: Go forks from any thread), and the walk ends at
// pid 1 (init) or, in containers and VMs where the chain goes past init's
// namespace, at pid 0 (the idle task, its own parent).
func TestParentWalk(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	script := `tracepoint:syscalls:sys_enter_getpid /pid == cpid/ {
		$t = (struct task_struct *)curtask;
		$i = 0;
		while ($i < 64 && $t->pid > 1) { printf("%s\n", $t->comm); $t = $t->real_parent; $i++; }
		printf("root %d %s\n", $t->pid, $t->comm);
		exit();
	}`
	out := run(t, runOpts{}, gtracePath(t), traceArgs(t, nil, "getpid 1", script)...)
	if out.exit != 0 {
		t.Fatalf("exit %d: %s", out.exit, out.stderr)
	}
	lines := strings.Split(strings.TrimSpace(out.stdout), "\n")
	last := lines[len(lines)-1]
	init, _ := os.ReadFile("/proc/1/comm")
	if len(lines) < 4 || lines[0] != "Attaching 1 probe..." || lines[1] != "workload" ||
		(last != "root 1 "+strings.TrimSpace(string(init)) && !strings.HasPrefix(last, "root 0 swapper")) {
		t.Fatalf("unexpected walk:\n%s", out.stdout)
	}
	if !referenceMode() && lines[2] != "gtrace" {
		t.Errorf("the workload's parent should be gtrace, got %q", lines[2])
	}
}

// TestStringCompare is checked against hand-worked figures only: bpftrace
// 0.17 cannot load this script (the verifier rejects its string compares).
func TestStringCompare(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "open /tmp/gtrace-lang-a 2 , open /tmp/gtrace-lang-bb 3 , open /etc/gtrace-none 1",
		script: `tracepoint:syscalls:sys_enter_openat /pid == cpid/ {
			$f = str(args->filename);
			if ($f == "/tmp/gtrace-lang-a") { @eq = count(); }
			if ($f != "/tmp/gtrace-lang-a") { @ne = count(); }
			if (strncmp($f, "/tmp/gtrace-lang", 16) == 0) { @prefix = count(); }
			@short[str(args->filename, 4)] = count();
		}`,
		want: "Attaching 1 probe...\n\n\n@eq: 2\n@ne: 4\n@prefix: 5\n@short[/etc]: 1\n@short[/tmp]: 5\n",
	}.checkOnly(t)
}

func TestStrcontains(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "open /tmp/gtrace-needle-x 2 , open /tmp/gtrace-hay 3",
		script:   `tracepoint:syscalls:sys_enter_openat /pid == cpid/ { if (strcontains(str(args->filename), "needle")) { @yes = count(); } else { @no = count(); } }`,
		want:     "Attaching 1 probe...\n\n\n@no: 3\n@yes: 2\n",
	}.checkOnly(t)
}

func TestSignedUnsigned(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN {
			$a = -7;
			printf("%ld %ld %ld %ld\n", $a / 2, $a % 2, $a >> 1, 7 - 10);
			printf("%lu %ld %ld\n", (uint32)-1, (int8)200, (int16)65535);
			printf("%ld %ld\n", pid > 0, $a < 1);
			@neg = -5;
			@div = 100 / 7;
			exit();
		}`,
		want: "Attaching 1 probe...\n-3 -1 -4 -3\n4294967295 -56 -1\n1 1\n\n\n@div: 14\n@neg: -5\n",
	}.checkOnly(t)
}

func TestNestedIfElse(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "values 1 2 7 8 9 50 500",
		script: writeProbe + `{
			if (args->count < 10) {
				if (args->count < 5) { @small = count(); } else { @mid = count(); }
			} else if (args->count < 100) {
				@big = count();
			} else {
				@huge = count();
			}
		}`,
		want: "Attaching 1 probe...\n\n\n@big: 1\n@huge: 1\n@mid: 3\n@small: 2\n",
	}.check(t)
}

func TestTuples(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { $t = (1, "two", -3); printf("%d %s %d\n", $t.0, $t.1, $t.2); @t = $t; @k[1, "a"] = 5; @k[2, "b"] = 6; exit(); }`,
		want:   "Attaching 1 probe...\n1 two -3\n\n\n@k[1, a]: 5\n@k[2, b]: 6\n@t: (1, two, -3)\n",
	}.check(t)
}

func TestStructCast(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "getpid 1",
		script:   `tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { $t = (struct task_struct *)curtask; printf("%d %d %s\n", $t->pid == pid, $t->real_parent->tgid > 0, $t->comm); exit(); }`,
		want:     "Attaching 1 probe...\n1 1 workload\n\n\n",
	}.check(t)
}

func TestCompoundAssignments(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { @a = 5; @a += 3; @a -= 1; @a *= 2; @a /= 7; @b++; @b++; @c[1]--; $x = 3; $x <<= 2; $x++; printf("%d %s\n", $x, $x > 12 ? "big" : "small"); exit(); }`,
		want:   "Attaching 1 probe...\n13 big\n\n\n@a: 2\n@b: 2\n@c[1]: -1\n",
	}.check(t)
}

// TestUnboundedLoop: a while loop without a counter the compiler can see
// runs anyway, while its condition holds, with a warning at the loop
// (bpftrace 0.17 leaves such loops to the kernel's verifier, and runs
// this one); one that reaches bpf_loop's limit is reported.
func TestUnboundedLoop(t *testing.T) {
	t.Parallel()
	e2eCase{
		flags:  []string{"--no-warnings"},
		script: `BEGIN { $a = 0; while ($a <= 100) { @ = avg($a++) } exit(); }`,
		want:   "Attaching 1 probe...\n\n\n@: 50\n\n",
	}.check(t)
	testenv.RequireBPF(t)
	r := run(t, runOpts{}, gtracePath(t), "-e", `BEGIN { $t = curtask; while ($t != 0) { $t = 0; } exit(); }`)
	want := "stdin:1:23: WARNING: the compiler cannot see when this loop ends: it runs while its condition holds"
	if r.exit != 0 || !strings.HasPrefix(r.stderr, want) || !strings.Contains(r.stderr, "\n                      ^~~~~") {
		t.Errorf("exit %d, stderr:\n%s\nwant it to start with %q and underline the loop", r.exit, r.stderr, want)
	}
	r = run(t, runOpts{}, gtracePath(t), "--no-warnings", "-e", `BEGIN { $x = 1; while ($x) { @n = count(); } exit(); }`)
	checkResult(t, r, "Attaching 1 probe...\nWARNING: 1 loop stopped at bpf_loop's limit of 8388608 iterations\n\n\n@n: 8388608\n")
}

func TestConfigStrlen(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: "config = { max_strlen = 8 }\nBEGIN { @s = \"abcdefg\"; printf(\"%s\\n\", comm); exit(); }",
		// A string that fills max_strlen may have been cut: reported.
		want: "Attaching 1 probe...\ngtrace\n" + "WARNING: 1 string printed filled max_strlen (8 bytes) and may have been cut; raise max_strlen in the config block or BPFTRACE_STRLEN\n" + "\n\n@s: abcdefg\n",
	}.checkOnly(t)
}

// A loop whose count is over bpf_loop's limit stops there, and the run
// says so, in text and in JSON; with a constant count it does not
// compile (lang/testdata/errors/loops.bt).
func TestLoopCapReported(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	script := `BEGIN { $n = 9000000; for ($i : 0..$n) { @c = count(); } exit(); }`
	e2eCase{
		script: script,
		want:   "Attaching 1 probe...\nWARNING: 1 loop stopped at bpf_loop's limit of 8388608 iterations\n\n\n@c: 8388608\n",
	}.checkOnly(t)
	e2eCase{
		flags:  []string{"-f", "json"},
		script: script,
		want: `{"type": "attached_probes", "data": {"probes": 1}}` + "\n" +
			`{"type": "cut", "data": {"what": "loops", "count": 1, "limit": 8388608, "message": "1 loop stopped at bpf_loop's limit of 8388608 iterations"}}` + "\n" +
			"\n\n" + `{"type": "map", "data": {"@c": 8388608}}` + "\n",
	}.checkOnly(t)
}

func TestReturn(t *testing.T) {
	t.Parallel()
	// return ends this run of the probe only: the second write still runs
	// it, and END still runs.
	e2eCase{
		workload: "values 3 50",
		script:   writeProbe + `{ @calls = count(); if (args->count < 10) { return; } @big = count(); } END { printf("end\n"); }`,
		want:     "Attaching 2 probes...\nend\n\n\n@big: 1\n@calls: 2\n",
	}.check(t)
}

func TestSizeofOffsetof(t *testing.T) {
	t.Parallel()
	// Both are evaluated at compile time from the kernel's BTF; compare
	// them with what the running kernel's BTF says through the same
	// cast and member access.
	e2eCase{
		script: `BEGIN { $t = (struct task_struct *)curtask; printf("%d %d %d %d\n", sizeof(struct task_struct) > 1000, offsetof(struct task_struct, pid) > 0, sizeof($t->pid), sizeof(uint16)); exit(); }`,
		want:   "Attaching 1 probe...\n1 1 4 2\n\n\n",
	}.checkOnly(t)
}

func TestPositionalCount(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { printf("%d %d %s\n", $#, $1 + 1, str($2)); exit(); }`,
		params: []string{"41", "two", "three"},
		want:   "Attaching 1 probe...\n3 42 two\n\n\n",
	}.check(t)
}

func TestStrlenEnv(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	testenv.RequireBPF(t)
	// With 8-byte strings, str() keeps 7 characters and the terminator.
	args := traceArgs(t, nil, "open /tmp/gtrace-strlen-env 1", `tracepoint:syscalls:sys_enter_openat /pid == cpid/ { @[str(args->filename)] = count(); }`)
	r := run(t, runOpts{env: []string{"BPFTRACE_STRLEN=8"}}, gtracePath(t), args...)
	checkResult(t, r, "Attaching 1 probe...\n"+"WARNING: 1 string printed filled max_strlen (8 bytes) and may have been cut; raise max_strlen in the config block or BPFTRACE_STRLEN\n"+"\n\n@[/tmp/gt]: 1\n")
}

func TestUnrollLoopsFlag(t *testing.T) {
	t.Parallel()
	// The same loop, unrolled instead of run by bpf_loop, gives the same
	// figures.
	e2eCase{
		flags:  []string{"--unroll-loops"},
		script: `BEGIN { $s = 0; for ($i : 0..10) { if ($i == 2) { continue; } if ($i == 7) { break; } $s += $i; } printf("%d\n", $s); exit(); }`,
		want:   "Attaching 1 probe...\n19\n\n\n",
	}.checkOnly(t)
}

// TestAggregationSignedness: sum, min and max print with their argument's
// signedness, as bpftrace does.
func TestAggregationSignedness(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { @s = sum((uint64)-6); @mx = max((uint64)5); @mn = min(-7); @s2 = sum(-6); @u = sum(pid - pid - 6); exit(); }`,
		want:   "Attaching 1 probe...\n\n\n@mn: -7\n@mx: 5\n@s: 18446744073709551610\n@s2: -6\n@u: 18446744073709551610\n",
	}.check(t)
}

// TestStringCapacities mixes comm (16 bytes) with str() (max_strlen) in
// one map key, one variable, one tuple key and comparisons: the stored
// type is the wider one and shorter strings are padded into it.
func TestStringCapacities(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "open /tmp/gtrace-mix-a 2 , open /tmp/gtrace-mix-b 3",
		script: `tracepoint:syscalls:sys_enter_openat /pid == cpid/ {
			@k[comm] = count(); @k[str(args->filename)] = count();
			$s = comm; if (str(args->filename) == "/tmp/gtrace-mix-b") { $s = str(args->filename); } @v[$s] = count();
			@t[comm, 1] = count(); @t[str(args->filename), 2] = count();
			@eq[comm == "workload", str(args->filename) == "/tmp/gtrace-mix-a"] = count();
		}`,
		want: "Attaching 1 probe...\n\n\n@eq[1, 1]: 2\n@eq[1, 0]: 3\n" +
			"@k[/tmp/gtrace-mix-a]: 2\n@k[/tmp/gtrace-mix-b]: 3\n@k[workload]: 5\n" +
			"@t[/tmp/gtrace-mix-a, 2]: 2\n@t[/tmp/gtrace-mix-b, 2]: 3\n@t[workload, 1]: 5\n" +
			"@v[workload]: 2\n@v[/tmp/gtrace-mix-b]: 3\n",
	}.check(t)
}

// TestMapIncDecValue: ++ and -- on a map element as expressions give the
// old (postfix) or new (prefix) value, for a new entry and an existing one.
func TestMapIncDecValue(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { $a = @m++; $b = @m++; $c = ++@m; $d = @m--; printf("%d %d %d %d\n", $a, $b, $c, $d); exit(); }`,
		want:   "Attaching 1 probe...\n0 1 3 3\n\n\n@m: 2\n",
	}.check(t)
}

// TestTernaryStatement: ?: as a statement takes statements as its arms
// (printf, exit, ++ on maps), as bpftrace runs it.
func TestTernaryStatement(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { nsecs ? printf("a\n") : printf("b\n"); 0 ? printf("c\n") : printf("d %d\n", 5);
			$x = 0; $x ? exit() : printf("e\n"); pid ? @a++ : @b++; exit(); }`,
		// @b, never incremented, prints as an empty line, as in bpftrace.
		want: "Attaching 1 probe...\na\nd 5\ne\n\n\n@a: 1\n\n",
	}.check(t)
}

// TestPositionalParams: positional parameters where bpftrace takes them:
// in attach points, as unroll's count, as text through str() (a number
// too), and in arithmetic.
func TestPositionalParams(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { unroll($1) { @x++; } printf("%s %d %s|%s|\n", str($2), $1 + 1, str($2, 1), str($4)); }
			interval:ms:$3 { printf("%s\n", probe); exit(); }`,
		params: []string{"3", "42", "100"},
		want:   "Attaching 2 probes...\n42 4 4||\ninterval:ms:100\n\n\n@x: 3\n",
	}.check(t)
}

// TestDefines: #define constants (integer expressions, strings) and the
// kernel's enumerators (TCP_SYN_SENT from BTF), as bpftrace's
// preprocessor and BTF give them; #ifdef sees the defines (bpftrace 0.17
// takes no #ifdef in a program's body: gtrace only).
func TestDefines(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `#define N 3
#define MASK ((1 << N) - 1)
#define NAME "hello"
BEGIN { printf("%d %d %s %d\n", N, MASK, NAME, TCP_SYN_SENT); @[NAME] = N; exit(); }`,
		want: "Attaching 1 probe...\n3 7 hello 2\n\n\n@[hello]: 3\n",
	}.check(t)
	e2eCase{
		script: `#define NAME "hello"
#ifdef NAME
BEGIN { printf("yes\n"); exit(); }
#endif
#undef NAME
#ifndef NAME
BEGIN { printf("undefined\n"); }
#endif`,
		want: "Attaching 2 probes...\nyes\n\n\n",
	}.checkOnly(t)
}

// TestHeaderConstants: the C macros scripts take from kernel and C
// library headers, without the headers (which gtrace does not read) or
// with them. bpftrace needs the headers, and clang fails on some here.
func TestHeaderConstants(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `#include <sys/socket.h>
BEGIN { printf("%d %d %d %d %d %d %d %d\n", AF_INET, AF_INET6, TASK_RUNNING, TASK_UNINTERRUPTIBLE,
	O_CREAT | O_EXCL, SIGKILL, ENOENT, IPPROTO_TCP); exit(); }`,
		want: "Attaching 1 probe...\n2 10 0 2 192 9 2 6\n\n\n",
	}.checkOnly(t)
}
