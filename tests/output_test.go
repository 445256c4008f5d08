package tests

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/runtime/host"
	"golang.org/x/sys/unix"
)

// End-to-end tests of aggregations and output (issue 4): exact figures
// under concurrency, map operations, lost events, the output builtins and
// JSON. Constructs bpftrace v0.17 has are compared with it.

const getppidTP = "tracepoint:syscalls:sys_enter_getppid /pid == cpid/ "

// TestThreadsExact counts 8 threads x 5000 getppid calls on every CPU:
// per-CPU maps summed in user space lose nothing, keyed or not.
func TestThreadsExact(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "threads 8 5000",
		script:   getppidTP + `{ @calls = count(); @s = sum(3); @[tid != pid] = count(); @h = hist(2); }`,
		want: "Attaching 1 probe...\n\n\n@[1]: 40000\n@calls: 40000\n" +
			"@h: \n[2, 4)             40000 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n" +
			"@s: 120000\n",
	}.check(t)

	// One key per thread: thread ids differ between runs, so the check is
	// on the shape: 8 keys of exactly 5000 each.
	testenv.RequireBPF(t)
	r := run(t, runOpts{}, gtracePath(t), traceArgs(t, nil, "threads 8 5000", getppidTP+`{ @t[tid] = count(); @n = count(); }`)...)
	if r.exit != 0 {
		t.Fatalf("exit %d: %s", r.exit, r.stderr)
	}
	per := regexp.MustCompile(`(?m)^@t\[\d+\]: 5000$`).FindAllString(r.stdout, -1)
	if len(per) != 8 || !strings.Contains(r.stdout, "\n@n: 40000\n") {
		t.Errorf("want 8 threads of 5000 calls and @n: 40000, got:\n%s", r.stdout)
	}
}

func TestLenHasKey(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { @m[1] = 1; @m[2] = 2; @m[3] = 3; delete(@m, 2); @c[1, "a"] = count();
			printf("%d %d %d %d %d\n", len(@m), has_key(@m, 1), has_key(@m, 2), has_key(@c, (1, "a")), len(@c)); exit(); }`,
		want: "Attaching 1 probe...\n2 1 0 1 1\n\n\n@c[1, a]: 1\n@m[1]: 1\n@m[3]: 3\n",
	}.checkOnly(t)
}

func TestPrintTopDiv(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "values 10 20 20 30 30 30",
		script: writeProbe + `{ @c[args->count] = count(); @s[args->count] = sum(args->count); }
			END { print(@c, 2); print(@s, 2, 10); print(@s, 0, 100); clear(@c); clear(@s); }`,
		want: "Attaching 2 probes...\n" +
			"@c[20]: 2\n@c[30]: 3\n" +
			"@s[20]: 4\n@s[30]: 9\n" +
			"@s[10]: 0\n@s[20]: 0\n@s[30]: 0\n" +
			"\n\n\n\n",
	}.check(t)
}

// TestMaxMapKeys fills a 3-key map: the first three keys stay, as in
// bpftrace, and gtrace warns once on stderr where bpftrace v0.17 says
// nothing (without -k).
func TestMaxMapKeys(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	want := "Attaching 1 probe...\n\n\n@[1]: 1\n@[2]: 2\n@[3]: 3\n@n: 9\n"
	script := "config = { max_map_keys = 3 }\n" + writeProbe + `{ @[args->count] = sum(args->count); @n = count(); }`
	r := run(t, runOpts{}, gtracePath(t), traceArgs(t, nil, "values 1 2 3 4 5 6 7 8 9", script)...)
	if r.exit != 0 || r.stdout != want {
		t.Errorf("exit %d\n%s", r.exit, lineDiff("want", want, "got", r.stdout))
	}
	warn := "WARNING: map @ is full (max_map_keys 3): new keys are dropped; raise max_map_keys in the config block or BPFTRACE_MAP_KEYS_MAX\n"
	if r.stderr != warn {
		t.Errorf("stderr %q, want %q", r.stderr, warn)
	}
}

// TestLostEvents floods a 1 MiB ring from BEGIN, before anything reads
// it: what is not delivered is reported, exactly.
func TestLostEvents(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	const n = 100000
	script := `BEGIN { for ($i : 0..100000) { printf("x %d\n", $i); } exit(); }`
	for _, format := range []string{"text", "json"} {
		r := run(t, runOpts{}, gtracePath(t), "-f", format, "-e", script)
		if r.exit != 0 {
			t.Fatalf("exit %d: %s", r.exit, r.stderr)
		}
		delivered, lost := 0, -1
		for _, line := range strings.Split(r.stdout, "\n") {
			switch {
			case strings.HasPrefix(line, "x ") || strings.HasPrefix(line, `{"type": "printf", "data": "x `):
				delivered++
			case strings.HasPrefix(line, "Lost "):
				if _, err := fmt.Sscanf(line, "Lost %d events", &lost); err != nil {
					t.Fatalf("bad line %q", line)
				}
			case strings.HasPrefix(line, `{"type": "lost_events"`):
				var v struct{ Data struct{ Events int } }
				if err := json.Unmarshal([]byte(line), &v); err != nil {
					t.Fatalf("bad line %q: %v", line, err)
				}
				lost = v.Data.Events
			}
		}
		if lost <= 0 || delivered+lost != n {
			t.Errorf("%s: delivered %d + lost %d != %d", format, delivered, lost, n)
		}
	}
}

// TestOutputBuiltins compares ksym, kaddr, kstack in both modes and with
// a depth, ntop, time and strftime (the year: stable within a run) and
// printf's %s of every type with bpftrace.
func TestOutputBuiltins(t *testing.T) {
	t.Parallel()
	c := e2eCase{
		workload: "getpid 3",
		script: `tracepoint:syscalls:sys_enter_getpid /pid == cpid/ {
			@[kstack(2)] = count(); @p[kstack(perf, 1)] = count();
			if (@n++ == 0) {
				printf("%s|%s|%s|%s\n", ksym(kaddr("vfs_read")), ntop(0x0100007f), ntop(2, 0x0101a8c0), strftime("%Y", nsecs));
				printf("%s [%s]\n", "str", kstack(1));
				time("%Y\n");
				print(kstack(1));
			}
		}`,
		want: "Attaching 1 probe...\n" +
			"vfs_read|127.0.0.1|192.168.1.1|" + yearNow() + "\n" +
			"str [\n        perf_syscall_enter+475\n]\n" +
			yearNow() + "\n" +
			"\n        perf_syscall_enter+475\n\n" +
			"\n\n@[\n    perf_syscall_enter+475\n    syscall_trace_enter+384\n]: 3\n@n: 3\n" +
			"@p[\n\t" + kernelAddr(t, "perf_syscall_enter", 475) + " perf_syscall_enter+475\n]: 3\n",
	}
	if release := kernelRelease(); release != framesKernel {
		// Other kernel builds have other frames and offsets: bpftrace is
		// the oracle there, and the frames must at least be symbolized.
		testenv.RequireBPF(t)
		args := traceArgs(t, nil, c.workload, c.script)
		r := run(t, runOpts{}, gtracePath(t), args...)
		if r.exit != 0 || !regexp.MustCompile(`\n        [a-z_][a-z0-9_.]*\+\d+\n`).MatchString(r.stdout) {
			t.Errorf("kstack frames are not symbolized on %s (exit %d):\n%s%s", release, r.exit, r.stdout, r.stderr)
		}
		if !referenceMode() {
			t.Run("bpftrace", func(t *testing.T) { compareArgs(t, args) })
		}
		return
	}
	c.check(t)
}

// framesKernel is the kernel build whose stack frames TestOutputBuiltins
// expects exactly.
const framesKernel = "6.18.44-fc-v769"

func kernelRelease() string {
	var uts unix.Utsname
	if err := unix.Uname(&uts); err != nil {
		return ""
	}
	return unix.ByteSliceToString(uts.Release[:])
}

// TestPrintfStringOfAnyType: gtrace's %s takes integers too, which
// bpftrace v0.17 refuses ("%s specifier expects a value of type string").
func TestPrintfStringOfAnyType(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { printf("%s|%s|%s|%s|%s\n", 5, -3, "str", (1, "two", (3, "x")), ksym(kaddr("vfs_read"))); exit(); }`,
		want:   "Attaching 1 probe...\n5|-3|str|(1, two, (3, x))|vfs_read\n\n\n",
	}.checkOnly(t)
}

// TestUstack samples the busy workload from a profile probe: ustack and
// kstack name functions of the workload (a static binary: syscall,
// do_write, main) and of the kernel. bpftrace v0.17 cannot symbolize this
// static binary and prints bare addresses, so this is checked for
// symbols only.
func TestUstack(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	script := `profile:hz:997 /pid == cpid/ { @u[ustack] = count(); @p[ustack(perf, 2)] = count(); @k[kstack] = count(); }`
	r := run(t, runOpts{}, gtracePath(t), traceArgs(t, nil, "write 2000000 1", script)...)
	if r.exit != 0 {
		t.Fatalf("exit %d: %s", r.exit, r.stderr)
	}
	for _, re := range []string{
		`(?m)^    (syscall|do_write|main)\+\d+$`,                                  // @u keys
		`(?m)^\t[0-9a-f]+ (syscall|do_write|main)\+\d+ \(.*/workload\)$`,          // @p keys
		`(?m)^    (do_syscall_64|entry_SYSCALL_64\w*|ksys_write|vfs_write)\+\d+$`, // @k keys
	} {
		if !regexp.MustCompile(re).MatchString(r.stdout) {
			t.Errorf("no line matches %s in:\n%s", re, r.stdout)
		}
	}
}

func TestUnsafe(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	stdout, stderr, exit := runGtrace(t, "-e", `BEGIN { system("echo hi"); exit(); }`)
	if exit != 2 || stdout != "" || !strings.Contains(stderr, "system() is an unsafe function being used in safe mode") {
		t.Errorf("exit %d stdout %q stderr %q", exit, stdout, stderr)
	}
	e2eCase{
		flags:  []string{"--unsafe"},
		script: `BEGIN { system("echo hi %d %s", 42, "x"); exit(); }`,
		want:   "Attaching 1 probe...\nhi 42 x\n\n\n",
	}.check(t)
}

func TestSignal(t *testing.T) {
	t.Parallel()
	// The workload is killed at its first getpid: the second never happens.
	e2eCase{
		flags:    []string{"--unsafe"},
		workload: "getpid 1 , sleep 5000 , getpid 1",
		script:   `tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { @n = count(); signal("KILL"); }`,
		want:     "Attaching 1 probe...\n\n\n@n: 1\n",
	}.check(t)
}

func TestCat(t *testing.T) {
	t.Parallel()
	f := t.TempDir() + "/cat.txt"
	if err := os.WriteFile(f, []byte("line one\nline two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e2eCase{
		script: `BEGIN { cat("` + f + `"); exit(); }`,
		want:   "Attaching 1 probe...\nline one\nline two\n\n\n",
	}.check(t)
}

// TestJSON: every line parses and is the expected object.
func TestJSON(t *testing.T) {
	t.Parallel()
	year := yearNow()
	c := e2eCase{
		flags:    []string{"-f", "json"},
		workload: "values 1 2 3 1000",
		script: writeProbe + `{ @c = count(); @k[args->count] = sum(args->count); @h = hist(args->count);
			@l = lhist(args->count, 0, 10, 5); @st = stats(args->count); @a = avg(args->count);
			printf("w %d\n", args->count); }
			END { time("%Y\n"); }`,
		want: `{"type": "attached_probes", "data": {"probes": 2}}` + "\n" +
			`{"type": "printf", "data": "w 1\n"}` + "\n" +
			`{"type": "printf", "data": "w 2\n"}` + "\n" +
			`{"type": "printf", "data": "w 3\n"}` + "\n" +
			`{"type": "printf", "data": "w 1000\n"}` + "\n" +
			`{"type": "time", "data": "` + year + `\n"}` + "\n" +
			"\n\n" +
			`{"type": "stats", "data": {"@a": 251}}` + "\n" +
			`{"type": "map", "data": {"@c": 4}}` + "\n" +
			`{"type": "hist", "data": {"@h": [{"min": 1, "max": 1, "count": 1}, {"min": 2, "max": 3, "count": 2}, {"min": 4, "max": 7, "count": 0}, {"min": 8, "max": 15, "count": 0}, {"min": 16, "max": 31, "count": 0}, {"min": 32, "max": 63, "count": 0}, {"min": 64, "max": 127, "count": 0}, {"min": 128, "max": 255, "count": 0}, {"min": 256, "max": 511, "count": 0}, {"min": 512, "max": 1023, "count": 1}]}}` + "\n" +
			`{"type": "map", "data": {"@k": {"1": 1, "2": 2, "3": 3, "1000": 1000}}}` + "\n" +
			`{"type": "hist", "data": {"@l": [{"min": 0, "max": 4, "count": 3}, {"min": 5, "max": 9, "count": 0}, {"min": 10, "count": 1}]}}` + "\n" +
			`{"type": "stats", "data": {"@st": {"count": 4, "average": 251, "total": 1006}}}` + "\n",
	}
	r := c.check(t)
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if line == "" {
			continue
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Errorf("line %q does not parse: %v", line, err)
		}
	}
}

// kernelAddr is the hex address of symbol+off from /proc/kallsyms. The
// frames these tests expect (perf_syscall_enter+475 under a syscall
// tracepoint) are those of this machine's kernel build.
func kernelAddr(t *testing.T, symbol string, off uint64) string {
	data, err := os.ReadFile("/proc/kallsyms")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) >= 3 && f[2] == symbol {
			a, err := strconv.ParseUint(f[0], 16, 64)
			if err != nil {
				t.Fatal(err)
			}
			return strconv.FormatUint(a+off, 16)
		}
	}
	t.Fatalf("%s is not in /proc/kallsyms", symbol)
	return ""
}

func yearNow() string {
	return strconv.Itoa(time.Now().Year())
}

// TestJoin prints the -c command's argv from its execve, as bpftrace does.
func TestJoin(t *testing.T) {
	t.Parallel()
	w := workloadPath(t)
	e2eCase{
		workload: "getpid 1",
		script:   `tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args->argv); join(args->argv, ","); }`,
		want:     "Attaching 1 probe...\n" + w + " getpid 1\n" + w + ",getpid,1\n\n\n",
	}.check(t)
}

// TestCgroup: the workload runs in the test's cgroup, whose id cgroupid()
// resolves from its cgroup v2 directory (under the v2 mount, which on a
// hybrid system is /sys/fs/cgroup/unified). Checked without bpftrace:
// here that is the root cgroup, for which bpftrace v0.17 fails ("Value
// too large for defined data type"); gtrace takes the directory's inode,
// which is the id.
func TestCgroup(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("/proc/self/cgroup")
	if err != nil {
		t.Skip("no /proc/self/cgroup")
	}
	mounts, err := host.CgroupMounts()
	if err != nil || len(mounts) == 0 || !mounts[0].V2 {
		t.Skipf("no cgroup v2 hierarchy here (%v)", err)
	}
	path := ""
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "0::"); ok {
			path = mounts[0].Dir + strings.TrimSuffix(rest, "/")
		}
	}
	if path == "" {
		t.Skip("no cgroup v2 line in /proc/self/cgroup")
	}
	e2eCase{
		workload: "getpid 1",
		script:   `tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { printf("%d %d\n", cgroup == cgroupid("` + path + `"), cgroup > 0); }`,
		want:     "Attaching 1 probe...\n1 1\n\n\n",
	}.checkOnly(t)
}

// TestUstackUprobe: at a uprobe, ustack names the probed function (from
// the static workload's ELF symbols, where bpftrace 0.17 prints a bare
// address), in both stack modes.
func TestUstackUprobe(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	testenv.RequireBPF(t)
	wl := workloadPath(t)
	r := run(t, runOpts{}, gtracePath(t), "-c", wl+" call 3 2 5",
		"-e", "uprobe:"+wl+":workload_add { @[ustack] = count(); @p[ustack(perf, 1)] = count(); }")
	if r.exit != 0 {
		t.Fatalf("exit %d: %s", r.exit, r.stderr)
	}
	want := regexp.MustCompile(`(?s)^Attaching 1 probe\.\.\.\n\n\n@\[\n    workload_add\+0\n(    \S+\n)*\]: 3\n` +
		`@p\[\n\t[0-9a-f]+ workload_add\+0 \(` + regexp.QuoteMeta(wl) + `\)\n\]: 3\n$`)
	if !want.MatchString(r.stdout) {
		t.Errorf("ustack at a uprobe is not symbolized as expected:\n%s", r.stdout)
	}
}

// TestNtop prints IPv4 and IPv6 addresses from the byte arrays of
// sock:inet_sock_set_state as the workload connects to 127.0.0.1 and ::1
// (refused: the SYN_SENT transition happens anyway, in its context).
func TestNtop(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "connect 127.0.0.1 9 , connect ::1 9",
		script: `tracepoint:sock:inet_sock_set_state /pid == cpid && args->newstate == 2/ {
			printf("%s %s %s %s %d\n", ntop(args->daddr), ntop(args->family, args->daddr_v6), ntop(args->daddr_v6), ntop(args->saddr), args->dport);
		}`,
		want: "Attaching 1 probe...\n127.0.0.1 0.0.0.0 ::ffff:127.0.0.1 127.0.0.1 9\n0.0.0.0 ::1 ::1 0.0.0.0 9\n\n\n",
	}.check(t)
}

// TestNtopKernelTypes: ntop() of kernel memory, a struct in6_addr and its
// byte array, which bpftrace 0.17 refuses ("expects an integer or array
// argument, got record").
func TestNtopKernelTypes(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "connect ::1 9 , connect 127.0.0.1 9",
		script: `tracepoint:sock:inet_sock_set_state /pid == cpid && args->newstate == 2/ {
			$sk = (struct sock *)args->skaddr;
			printf("%s %s %s\n", ntop($sk->__sk_common.skc_v6_daddr), ntop($sk->__sk_common.skc_v6_daddr.in6_u.u6_addr8), ntop($sk->__sk_common.skc_daddr));
		}`,
		want: "Attaching 1 probe...\n::1 ::1 0.0.0.0\n::ffff:127.0.0.1 ::ffff:127.0.0.1 127.0.0.1\n\n\n",
	}.checkOnly(t)
}

// TestHistRange: hist() from 0 to 2^20 with a negative value, and lhist()
// with values below, inside and above its range, from exact write sizes.
func TestHistRange(t *testing.T) {
	t.Parallel()
	e2eCase{
		workload: "values 0 1 2 3 4 7 8 100 1024 65536 1048576 5 10 55 99 100 500",
		script:   writeProbe + `{ @h = hist(args->count == 3 ? -5 : args->count); @l = lhist(args->count, 10, 100, 10); }`,
		want: "Attaching 1 probe...\n" +
			"\n" +
			"\n" +
			"@h: \n" +
			"(..., 0)               1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[0]                    1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[1]                    1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[2, 4)                 1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[4, 8)                 3 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n" +
			"[8, 16)                2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@                  |\n" +
			"[16, 32)               0 |                                                    |\n" +
			"[32, 64)               1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[64, 128)              3 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n" +
			"[128, 256)             0 |                                                    |\n" +
			"[256, 512)             1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[512, 1K)              0 |                                                    |\n" +
			"[1K, 2K)               1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[2K, 4K)               0 |                                                    |\n" +
			"[4K, 8K)               0 |                                                    |\n" +
			"[8K, 16K)              0 |                                                    |\n" +
			"[16K, 32K)             0 |                                                    |\n" +
			"[32K, 64K)             0 |                                                    |\n" +
			"[64K, 128K)            1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"[128K, 256K)           0 |                                                    |\n" +
			"[256K, 512K)           0 |                                                    |\n" +
			"[512K, 1M)             0 |                                                    |\n" +
			"[1M, 2M)               1 |@@@@@@@@@@@@@@@@@                                   |\n" +
			"\n" +
			"@l: \n" +
			"(..., 10)              8 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n" +
			"[10, 20)               1 |@@@@@@                                              |\n" +
			"[20, 30)               0 |                                                    |\n" +
			"[30, 40)               0 |                                                    |\n" +
			"[40, 50)               0 |                                                    |\n" +
			"[50, 60)               1 |@@@@@@                                              |\n" +
			"[60, 70)               0 |                                                    |\n" +
			"[70, 80)               0 |                                                    |\n" +
			"[80, 90)               0 |                                                    |\n" +
			"[90, 100)              1 |@@@@@@                                              |\n" +
			"[100, ...)             6 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@             |\n" +
			"\n",
	}.check(t)
}

// An empty stack (a user stack taken in the idle task) prints as @[] and
// as "" in JSON, as bpftrace prints it. The idle task runs only when a
// CPU is idle: the test tries a few times, then skips saying so.
func TestEmptyStack(t *testing.T) {
	testenv.RequireBPF(t)
	script := `profile:hz:997 /pid == 0/ { @[ustack] = count(); } interval:ms:400 { exit(); }`
	for _, c := range []struct{ format, want string }{
		{"text", `(?m)^@\[\]: \d+$`},
		{"json", `\{"type": "map", "data": \{"@": \{"": \d+\}\}\}`},
	} {
		for try := 0; ; try++ {
			out, errOut, code := runGtrace(t, "-f", c.format, "-e", script)
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, errOut)
			}
			if regexp.MustCompile(c.want).MatchString(out) {
				break
			}
			if strings.Contains(out, "@") || try == 4 {
				if !strings.Contains(out, "@") {
					t.Skipf("no CPU was idle in five tries of 400 ms: the idle task never ran")
				}
				t.Fatalf("%s output:\n%s\nwant it to match %s", c.format, out, c.want)
			}
		}
	}
}
