package tests

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/internal/testenv"
	"golang.org/x/sys/unix"
)

// The command line, flag by flag, through the built binary.

func TestCLIHelpListsEveryFlag(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	out, errOut, code := runGtrace(t, "--help")
	if code != 0 || errOut != "" {
		t.Fatalf("--help: exit %d, stderr %q", code, errOut)
	}
	for _, flag := range []string{"-e PROGRAM", "-l [PATTERN]", "-lv", "--info", "-p PID", "-c 'CMD'",
		"-o FILE", "-f FORMAT", "-q", "-v", "-d STAGE", "--dry-run", "--unsafe", "-B MODE", "-k",
		"-V, --version", "-h, --help", "-i ", "BPFTRACE_STRLEN", "BPFTRACE_MAP_KEYS_MAX", "Exit status"} {
		if !strings.Contains(out, flag) {
			t.Errorf("--help does not mention %q", flag)
		}
	}
	short, _, code := runGtrace(t, "-h")
	if code != 0 || short != out {
		t.Errorf("-h differs from --help (exit %d)", code)
	}
}

// TestCLIVersion: -V names the version, the commit the binary was built
// from (when built from a git checkout, as the tests build it) and the Go
// that built it.
func TestCLIVersion(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	line := regexp.MustCompile(`^gtrace (v\S+) \((?:commit ([0-9a-f]{12})(?:\+changes)?, )?(go\S+) linux/(\w+)\)\n$`)
	for _, f := range []string{"-V", "--version"} {
		out, _, code := runGtrace(t, f)
		m := line.FindStringSubmatch(out)
		if code != 0 || m == nil {
			t.Fatalf("%s: exit %d, %q", f, code, out)
		}
		if m[3] != goruntime.Version() || m[4] != goruntime.GOARCH {
			t.Errorf("%s: built with %s for %s, want %s for %s", f, m[3], m[4], goruntime.Version(), goruntime.GOARCH)
		}
		root, err := repoRoot()
		if err != nil {
			t.Fatal(err)
		}
		head, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
		if err != nil {
			continue // not a git checkout: no commit to name
		}
		if want := strings.TrimSpace(string(head))[:12]; m[2] != want {
			t.Errorf("%s: commit %q, want %q: %q", f, m[2], want, out)
		}
	}
}

func TestCLIUsageErrorsExit2(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	for _, args := range [][]string{
		{},     // no program, stdin not a terminal
		{"-x"}, // unknown flag
		{"-f", "xml", "-e", "BEGIN {}"},
		{"-d", "llvm", "-e", "BEGIN {}"},
		{"-B", "sometimes", "-e", "BEGIN {}"},
		{"-e", "BEGIN { @x = ; }"}, // a script that does not compile
		{"/nonexistent/script.bt"},
		{"-p", "x", "-e", "BEGIN {}"},
		{"-p", "99999999999", "-e", "BEGIN {}"}, // past pid_max
		{"-l", "a", "b"},
		{"-i", "-e", "BEGIN {}"},
		{"--export.namespace", "a-b", "--export", "127.0.0.1:0", "-e", "BEGIN {}"},
		{"--export"}, // no address
		{"--export.user=", "--export", "127.0.0.1:0", "-e", "BEGIN {}"},
		{"--export.user", "no-such-user", "--export", "127.0.0.1:0", "-e", "BEGIN {}"},
		{"--export.privileged=yes", "--export", "127.0.0.1:0", "-e", "BEGIN {}"},
		{"--export.container-label", "-e", "BEGIN {}"}, // without --export
	} {
		_, errOut, code := runGtrace(t, args...)
		if code != 2 || errOut == "" {
			t.Errorf("gtrace %s: exit %d (want 2), stderr %q", quoteArgs(args), code, errOut)
		}
	}
}

func TestCLIExitCodes(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	if _, errOut, code := runGtrace(t, "-e", "BEGIN { exit(); }"); code != 0 {
		t.Errorf("exit(): exit %d, stderr %q", code, errOut)
	}
	// A run-time failure: the -c command does not exist.
	if _, errOut, code := runGtrace(t, "-c", "/nonexistent/cmd", "-e", "BEGIN { exit(); }"); code != 1 || errOut == "" {
		t.Errorf("missing -c command: exit %d (want 1), stderr %q", code, errOut)
	}
	// -p of a process that does not exist: pid_max is one past the last.
	pidMax, err := os.ReadFile("/proc/sys/kernel/pid_max")
	if err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runGtrace(t, "-p", strings.TrimSpace(string(pidMax)), "-e", "BEGIN { exit(); }"); code != 1 || !strings.Contains(errOut, "no such process") {
		t.Errorf("-p missing: exit %d (want 1), stderr %q", code, errOut)
	}
}

// unprivilegedCopy copies the binary under test where user nobody can run it.
func unprivilegedCopy(t *testing.T) string {
	t.Helper()
	dir := publicDir(t)
	b, err := os.ReadFile(gtracePath(t))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "gtrace")
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestCLIUnprivileged(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	bin := unprivilegedCopy(t)
	runAsNobody := func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = "/"
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534, Groups: []uint32{}}}
		var out, errOut strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("run as nobody: %v", err)
		}
		return out.String(), errOut.String(), code
	}
	out, errOut, code := runAsNobody("-e", `BEGIN { printf("hi\n"); exit(); }`)
	if code != 1 || out != "" || !strings.Contains(errOut, "needs root, or the CAP_BPF and CAP_PERFMON capabilities") {
		t.Errorf("unprivileged run: exit %d (want 1), stdout %q, stderr %q", code, out, errOut)
	}
	// Compiling and printing a stage needs no privileges.
	out, errOut, code = runAsNobody("-d", "asm", "-e", `BEGIN { exit(); }`)
	if code != 0 || !strings.Contains(out, "BEGIN") {
		t.Errorf("unprivileged -d asm: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// A mistake in the script is reported first, as a compile error.
	_, errOut, code = runAsNobody("-e", `BEGIN { $x = 1 + "a"; }`)
	if code != 2 || !strings.HasPrefix(errOut, "stdin:1:14: operator + cannot be used") {
		t.Errorf("unprivileged bad script: exit %d (want 2), stderr %q", code, errOut)
	}
	// -l says that it needs root.
	_, errOut, code = runAsNobody("-l", "tracepoint:sched:*")
	if code != 1 || !strings.Contains(errOut, "-l needs root") {
		t.Errorf("unprivileged -l: exit %d (want 1), stderr %q", code, errOut)
	}
}

// A program without probes is an error, as in bpftrace; so is a program
// file that is not text.
func TestCLINotAProgram(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	comments := filepath.Join(t.TempDir(), "comments.bt")
	os.WriteFile(comments, []byte("#!/usr/bin/env gtrace\n// nothing here\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-e", ""}, "stdin:1:1: the program has no probes; write one, e.g. BEGIN { printf(\"hello\\n\"); exit(); }\n"},
		{[]string{comments}, comments + ":3:1: the program has no probes; write one, e.g. BEGIN { printf(\"hello\\n\"); exit(); }\n"},
		{[]string{"/bin/true"}, "gtrace: /bin/true is a program, not a script: to trace it, give it to -c, or name its functions in uprobe:/bin/true:FUNCTION\n"},
	} {
		_, errOut, code := runGtrace(t, c.args...)
		if code != 2 || errOut != c.want {
			t.Errorf("gtrace %s: exit %d (want 2)\n%s", quoteArgs(c.args), code, lineDiff("want", c.want, "got", errOut))
		}
	}
}

// One mistake, one error; errors at one place show it once.
func TestCLIOneErrorPerMistake(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	_, errOut, code := runGtrace(t, "-d", "types", "-e", `BEGIN { $x = 1 + "a"; printf("%d\n", $x); }`)
	if code != 2 || strings.Count(errOut, "stdin:") != 1 {
		t.Errorf("exit %d, want one error:\n%s", code, errOut)
	}
	_, errOut, _ = runGtrace(t, "-d", "types", "-e", `BEGIN { @x[1] = 1; @x["a"] = "b"; }`)
	want := "stdin:1:20: key type mismatch for @x: it is keyed by int64, not string[64]\n" +
		"stdin:1:20: type mismatch for @x: it holds int64, cannot assign string[64]\n" +
		"BEGIN { @x[1] = 1; @x[\"a\"] = \"b\"; }\n" + strings.Repeat(" ", 19) + "^~~~~~~\n"
	if errOut != want {
		t.Errorf("two errors at one place:\n%s", lineDiff("want", want, "got", errOut))
	}
}

func TestCLIProgramFlags(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	prog := `BEGIN { printf("hi\n"); @n = count(); exit(); }`

	// -e, -q
	out, errOut, code := runGtrace(t, "-e", prog)
	if code != 0 || out != "Attaching 1 probe...\nhi\n\n\n@n: 1\n" {
		t.Errorf("-e: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, _, _ = runGtrace(t, "-q", "-e", prog)
	if out != "hi\n\n\n@n: 1\n" {
		t.Errorf("-q: stdout %q", out)
	}

	// -f json: every line is a JSON object (or blank).
	out, _, code = runGtrace(t, "-f", "json", "-e", prog)
	if code != 0 || !strings.HasPrefix(out, `{"type": "attached_probes", "data": {"probes": 1}}`+"\n") {
		t.Errorf("-f json: exit %d, stdout %q", code, out)
	}
	for _, l := range strings.Split(out, "\n") {
		if l != "" && !json.Valid([]byte(l)) {
			t.Errorf("-f json: not JSON: %q", l)
		}
	}

	// -o FILE
	file := filepath.Join(t.TempDir(), "out")
	out, _, code = runGtrace(t, "-o", file, "-e", prog)
	got, _ := os.ReadFile(file)
	if code != 0 || out != "\n\n" || string(got) != "Attaching 1 probe...\nhi\n@n: 1\n" {
		t.Errorf("-o: exit %d, stdout %q, file %q", code, out, got)
	}

	// -d stages print and stop; verifier loads.
	for stage, want := range map[string]string{"ast": "BEGIN", "types": "map @n: key none, value count()", "asm": "FnRingbufOutput", "verifier": "processed"} {
		out, errOut, code := runGtrace(t, "-d", stage, "-e", prog)
		if code != 0 || !strings.Contains(out, want) || strings.Contains(out, "hi\n") {
			t.Errorf("-d %s: exit %d, stderr %q, stdout lacks %q or ran:\n%s", stage, code, errOut, want, out)
		}
	}

	// --dry-run loads, attaches nothing, and says so.
	out, errOut, code = runGtrace(t, "--dry-run", "-e", prog)
	if code != 0 || out != "" || errOut != "gtrace: --dry-run: the program loaded: 1 BPF program passed the kernel's verifier; nothing was attached\n" {
		t.Errorf("--dry-run: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	// -v reports each attached probe on stderr.
	_, errOut, code = runGtrace(t, "-v", "-c", workloadCmd(t, "getpid 1"), "-e", "tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { @g = count(); }")
	if code != 0 || !strings.Contains(errOut, "attached tracepoint:syscalls:sys_enter_getpid") {
		t.Errorf("-v: exit %d, stderr %q", code, errOut)
	}

	// These flags leave a normal run's output unchanged.
	for _, flags := range [][]string{{"--unsafe"}, {"-k"}, {"-kk"}, {"-B", "none"}, {"-B", "line"}, {"-B", "full"}, {"--no-warnings"}} {
		out, errOut, code := runGtrace(t, append(flags, "-e", prog)...)
		if code != 0 || out != "Attaching 1 probe...\nhi\n\n\n@n: 1\n" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", flags, code, out, errOut)
		}
	}
}

func TestCLIUnsafe(t *testing.T) {
	t.Parallel()
	gtraceOnly(t)
	prog := `BEGIN { system("true"); exit(); }`
	_, errOut, code := runGtrace(t, "-d", "types", "-e", prog)
	if code != 2 || !strings.Contains(errOut, "--unsafe") {
		t.Errorf("system() without --unsafe: exit %d (want 2), stderr %q", code, errOut)
	}
	_, errOut, _ = runGtrace(t, "--unsafe", "-d", "types", "-e", prog)
	if strings.Contains(errOut, "unsafe") {
		t.Errorf("system() with --unsafe: stderr %q", errOut)
	}
}

// An attach point that names nothing here, beside others, is a warning
// (the probe runs with the others); --no-warnings silences it.
func TestCLIMissingAttachPointWarns(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	prog := "tracepoint:syscalls:sys_enter_getpid, tracepoint:syscalls:sys_enter_nosuch /pid == cpid/ { @g = count(); }"
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "getpid 2"), "-e", prog)
	want := "stdin:1:39: WARNING: tracepoint syscalls:sys_enter_nosuch not found"
	if r.exit != 0 || r.stdout != "Attaching 1 probe...\n\n\n@g: 2\n" || !strings.HasPrefix(r.stderr, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want the warning %q", r.exit, r.stdout, r.stderr, want)
	}
	r = run(t, runOpts{}, gtracePath(t), "--no-warnings", "--dry-run", "-e", prog)
	if r.exit != 0 || strings.Contains(r.stderr, "WARNING") {
		t.Errorf("--no-warnings: exit %d, stderr %q", r.exit, r.stderr)
	}
}

func TestCLICommand(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	// -c: cpid is the command's pid; tracing ends when it exits.
	out, errOut, code := runGtrace(t, "-c", workloadCmd(t, "getpid 3"), "-e",
		"tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { @g = count(); }")
	if code != 0 || out != "Attaching 1 probe...\n\n\n@g: 3\n" {
		t.Errorf("-c: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestCLIPid(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	// -p: tracing ends when the process exits.
	sleeper := exec.Command(workloadPath(t), "sleep", "1500")
	if err := sleeper.Start(); err != nil {
		t.Fatal(err)
	}
	go sleeper.Wait()
	start := time.Now()
	out, errOut, code := runGtrace(t, "-p", strconv.Itoa(sleeper.Process.Pid), "-e", "interval:ms:100 { @ticks = count(); }")
	if code != 0 || !strings.HasPrefix(out, "Attaching 1 probe...\n\n\n@ticks: ") {
		t.Errorf("-p: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("-p: gtrace ran %v after the process exited", d)
	}
}

// TestCLIBuffering runs a ticking probe with stdout on a pipe: by default
// (and with -B line or none) the first line arrives while gtrace is still
// tracing; with -B full nothing arrives before the end.
func TestCLIBuffering(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	// firstLine starts gtrace, waits for its first line of output and
	// kills it; running says whether gtrace was still running then.
	firstLine := func(args ...string) (d time.Duration, line string, running bool) {
		cmd := exec.Command(gtracePath(t), args...)
		pipe, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		defer func() { cmd.Process.Kill(); <-exited }()
		line, _ = bufio.NewReader(pipe).ReadString('\n')
		select {
		case <-exited:
		default:
			running = true
		}
		return time.Since(start), line, running
	}
	// Tracing lasts a minute unless killed: a line that arrives while it
	// runs was not held back, however slow the machine.
	long := `interval:ms:100 { printf("tick\n"); } interval:s:60 { exit(); }`
	for _, mode := range []string{"", "line", "none"} {
		args := []string{"-q", "-e", long}
		if mode != "" {
			args = append([]string{"-B", mode}, args...)
		}
		if d, line, running := firstLine(args...); line != "tick\n" || !running {
			t.Errorf("-B %q: first line %q after %v (still tracing: %v), want a tick while tracing", mode, line, d, running)
		}
	}
	// The exit fires 2.5 s after attaching: with -B full no line can come
	// sooner.
	short := `interval:ms:100 { printf("tick\n"); } interval:ms:2500 { exit(); }`
	if d, line, _ := firstLine("-B", "full", "-q", "-e", short); line != "tick\n" || d < 2500*time.Millisecond {
		t.Errorf("-B full: first line %q after %v, want it at exit (2.5s)", line, d)
	}
}

func TestCLIMapKeysMax(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	cmd := exec.Command(gtracePath(t), "-q", "-e", `BEGIN { for ($i : 0..10) { @m[$i] = $i; } exit(); }`)
	cmd.Env = append(os.Environ(), "BPFTRACE_MAP_KEYS_MAX=4")
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	if n := strings.Count(string(b), "@m["); n != 4 {
		t.Errorf("BPFTRACE_MAP_KEYS_MAX=4: %d entries:\n%s", n, b)
	}
	cmd = exec.Command(gtracePath(t), "-q", "-e", `BEGIN { exit(); }`)
	cmd.Env = append(os.Environ(), "BPFTRACE_MAP_KEYS_MAX=lots")
	if b, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(b), "BPFTRACE_MAP_KEYS_MAX") {
		t.Errorf("BPFTRACE_MAP_KEYS_MAX=lots: %v, %s", err, b)
	}
}

// BPFTRACE_MAX_PROBES counts the probes "Attaching N probes" counts,
// BEGIN and END too, as bpftrace does; over it, nothing runs, not even the
// -c command.
func TestCLIMaxProbes(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	mark := filepath.Join(t.TempDir(), "ran")
	prog := `BEGIN { @b = 1; } tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { @g = count(); } END { @e = 1; }`
	for _, c := range []struct {
		limit, command, want string
		code                 int
	}{
		{"3", workloadCmd(t, "getpid 2"), "Attaching 3 probes...\n\n\n@b: 1\n@e: 1\n@g: 2\n", 0},
		{"2", "/bin/touch " + mark, "", 1},
	} {
		cmd := exec.Command(gtracePath(t), "-c", c.command, "-e", prog)
		cmd.Env = append(os.Environ(), "BPFTRACE_MAX_PROBES="+c.limit)
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != c.code || stdout.String() != c.want {
			t.Errorf("BPFTRACE_MAX_PROBES=%s: %v, stdout %q, stderr %q", c.limit, err, stdout.String(), stderr.String())
		}
		if c.code != 0 && !strings.Contains(stderr.String(), "cannot attach 3 probes: the limit is 2 (BPFTRACE_MAX_PROBES)") {
			t.Errorf("BPFTRACE_MAX_PROBES=%s: stderr %q", c.limit, stderr.String())
		}
	}
	if _, err := os.Stat(mark); err == nil {
		t.Errorf("over BPFTRACE_MAX_PROBES, the -c command ran")
	}
}

// BPFTRACE_BTF: kernel types from a BTF file, here one holding a single
// struct the running kernel does not have.
func TestCLIKernelBTFFile(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	i64 := &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	pair := &btf.Struct{Name: "gtrace_test_pair", Size: 16, Members: []btf.Member{
		{Name: "a", Type: i32, Offset: 0}, {Name: "b", Type: i64, Offset: 64}}}
	b, err := btf.NewBuilder([]btf.Type{pair}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "types.btf")
	if err := os.WriteFile(file, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	prog := `BEGIN { printf("%d %d\n", offsetof(struct gtrace_test_pair, b), sizeof(struct gtrace_test_pair)); exit(); }`
	for _, c := range []struct {
		env, stdout, stderr string
		code                int
	}{
		{file, "8 16\n\n\n", "", 0},
		{"", "", "gtrace_test_pair", 2},
		{file + ".missing", "", "BPFTRACE_BTF=" + file + ".missing", 2},
	} {
		cmd := exec.Command(gtracePath(t), "-q", "-e", prog)
		cmd.Env = append(os.Environ(), "BPFTRACE_BTF="+c.env)
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != c.code || stdout.String() != c.stdout || !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("BPFTRACE_BTF=%q: exit %d, stdout %q, stderr %q; want exit %d, stdout %q, stderr with %q", c.env, code, stdout.String(), stderr.String(), c.code, c.stdout, c.stderr)
		}
	}
}

func TestCLIStrlenEnv(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	cmd := exec.Command(gtracePath(t), "-q", "-e", `BEGIN { @s = str($1); exit(); }`, "abcdefghijklmnop")
	cmd.Env = append(os.Environ(), "BPFTRACE_STRLEN=8")
	b, err := cmd.CombinedOutput()
	if err != nil || string(b) != "WARNING: 1 string printed filled max_strlen (8 bytes) and may have been cut; raise max_strlen in the config block or BPFTRACE_STRLEN\n"+"\n\n@s: abcdefg\n" {
		t.Errorf("BPFTRACE_STRLEN=8: %v, %q", err, b)
	}
}

func TestCLIListAndInfo(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	out, errOut, code := runGtrace(t, "-l", "tracepoint:sched:sched_process_e*")
	if code != 0 || !strings.Contains(out, "tracepoint:sched:sched_process_exec\n") || !strings.Contains(out, "tracepoint:sched:sched_process_exit\n") {
		t.Errorf("-l: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if strings.Contains(out, "sched_switch") {
		t.Errorf("-l: the pattern let through sched_switch:\n%s", out)
	}
	out, errOut, code = runGtrace(t, "-lv", "tracepoint:syscalls:sys_enter_openat")
	if code != 0 || !strings.Contains(out, "filename") {
		t.Errorf("-lv: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, errOut, code = runGtrace(t, "--info")
	var uts unix.Utsname
	unix.Uname(&uts)
	release := unix.ByteSliceToString(uts.Release[:])
	if code != 0 || !strings.Contains(out, release) || !strings.Contains(out, "ringbuf: yes") || !strings.Contains(out, "loop: yes") {
		t.Errorf("--info: exit %d, want the kernel release %s and the helpers this kernel has; stdout %q, stderr %q", code, release, out, errOut)
	}
}

const shebangScript = `#!/usr/bin/env gtrace
// args: prints its positional parameters
BEGIN
{
	printf("%d args: %d %s\n", $#, $1, str($2));
	exit();
}
`

// TestShebangScript runs a script by its own path: the kernel runs
// /usr/bin/env, which finds gtrace on PATH.
func TestShebangScript(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "tool.bt")
	if err := os.WriteFile(script, []byte(shebangScript), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(script, "42", "foo")
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(gtracePath(t))+":"+os.Getenv("PATH"))
	b, err := cmd.CombinedOutput()
	if err != nil || string(b) != "Attaching 1 probe...\n2 args: 42 foo\n\n\n" {
		t.Errorf("./tool.bt 42 foo: %v\n%s", err, b)
	}
	// Flags after the script are gtrace's, as with getopt.
	cmd = exec.Command(script, "7", "bar", "-q")
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(gtracePath(t))+":"+os.Getenv("PATH"))
	b, err = cmd.CombinedOutput()
	if err != nil || string(b) != "2 args: 7 bar\n\n\n" {
		t.Errorf("./tool.bt 7 bar -q: %v\n%s", err, b)
	}
	// The program from stdin.
	r := run(t, runOpts{stdin: shebangScript}, gtracePath(t), "-", "1", "x")
	if r.exit != 0 || r.stdout != "Attaching 1 probe...\n2 args: 1 x\n\n\n" {
		t.Errorf("gtrace - 1 x: exit %d, stdout %q, stderr %q", r.exit, r.stdout, r.stderr)
	}
}

// TestExamplesRun runs the scripts in examples/ once each, on a command
// that makes them print something, and checks that they print what their
// comments promise.
func TestExamplesRun(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, d := range []string{"watched/sub", "watchedx", "other/watched"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	watched := filepath.Join(dir, "watched")
	wl := workloadPath(t)
	for _, c := range []struct {
		script, command string
		params          []string
		want            []string
		// check, when set, looks further at the output.
		check func(t *testing.T, r result)
	}{
		{script: "execsnoop.bt", command: "/bin/sh -c /bin/true", want: []string{"/bin/true"}},
		{script: "opensnoop.bt", command: wl + " open /nonexistent/gtrace-example 1", want: []string{"workload", "/nonexistent/gtrace-example"}},
		{script: "syscount.bt", command: wl + " getpid 3", want: []string{"@syscalls[workload]: "}},
		{script: "writesize.bt", command: wl + " values 5 6", params: []string{"0"}, want: []string{"@size[workload]: ", "[4, 8)"}},
		{script: "runqlat.bt", command: wl + " sleep 100", want: []string{"@usecs: \n"}},
		{script: "ctxswitch.bt", command: wl + " sleep 1300", check: checkCtxswitch},
		{script: "tcpconnect.bt", command: wl + " connect 127.0.0.1 9 port , serve 18907 1", check: checkTcpconnect},
		{script: "newfiles.bt", params: []string{watched},
			command: "/usr/bin/touch " + strings.Join([]string{
				filepath.Join(watched, "sub", "new.txt"), filepath.Join(watched, "top.txt"),
				filepath.Join(dir, "watchedx", "prefix.txt"), filepath.Join(dir, "other", "watched", "samename.txt"),
				filepath.Join(dir, "elsewhere.txt")}, " "),
			check: func(t *testing.T, r result) {
				var got []string
				for _, l := range strings.Split(r.stdout, "\n") {
					if f := strings.Fields(l); len(f) == 3 && f[1] == "touch" {
						got = append(got, f[2])
					}
				}
				want := []string{filepath.Join(watched, "sub", "new.txt"), filepath.Join(watched, "top.txt")}
				if !slices.Equal(got, want) {
					t.Errorf("newfiles %s reported %q, want %q:\n%s", watched, got, want, r.stdout)
				}
			}},
	} {
		t.Run(c.script, func(t *testing.T) {
			if _, err := os.Stat(strings.Fields(c.command)[0]); err != nil {
				t.Skipf("no %s", strings.Fields(c.command)[0])
			}
			args := append([]string{"-c", c.command, filepath.Join(root, "examples", c.script)}, c.params...)
			r := run(t, runOpts{}, gtracePath(t), args...)
			if r.exit != 0 {
				t.Fatalf("exit %d\nstderr:\n%s", r.exit, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
			if c.check != nil {
				c.check(t, r)
			}
		})
	}
}

// checkCtxswitch: every second a time, the switches by CPU and at most
// five tasks; nothing of a part of a second at the end.
func checkCtxswitch(t *testing.T, r result) {
	t.Helper()
	blocks := regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d$`).Split(r.stdout, -1)
	if len(blocks) < 2 {
		t.Fatalf("no per-second output:\n%s", r.stdout)
	}
	for _, b := range blocks[1:] {
		if !strings.Contains(b, "@switches[") {
			t.Errorf("a second without @switches:\n%s", b)
		}
		if n := strings.Count(b, "@out["); n < 1 || n > 5 {
			t.Errorf("a second with %d @out entries, want 1 to 5:\n%s", n, b)
		}
	}
}

// checkTcpconnect: the refused connection with the source port the
// workload saw, the accepted one, and every column under its heading.
func checkTcpconnect(t *testing.T, r result) {
	t.Helper()
	m := regexp.MustCompile(`local port (\d+)`).FindStringSubmatch(r.stderr)
	if m == nil {
		t.Fatalf("the workload printed no local port:\n%s", r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	var header string
	var rows []string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "PID "):
			header = l
		case strings.Contains(l, " workload "):
			rows = append(rows, l)
		}
	}
	if header == "" || len(rows) != 2 {
		t.Fatalf("want a header and two connections:\n%s", r.stdout)
	}
	refused := regexp.MustCompile(`^\d+ +workload +127\.0\.0\.1 +` + m[1] + ` +127\.0\.0\.1 +9 +refused$`)
	if !refused.MatchString(rows[0]) {
		t.Errorf("first connection %q, want 127.0.0.1:%s to 127.0.0.1:9 refused", rows[0], m[1])
	}
	if !regexp.MustCompile(`^\d+ +workload +127\.0\.0\.1 +\d+ +127\.0\.0\.1 +18907 +connected$`).MatchString(rows[1]) {
		t.Errorf("second connection %q, want one to 127.0.0.1:18907 connected", rows[1])
	}
	for _, col := range []string{"COMM", "SADDR", "SPORT", "DADDR", "DPORT", "RESULT"} {
		at := strings.Index(header, col)
		for _, row := range rows {
			if at >= len(row) || row[at] == ' ' || (at > 0 && row[at-1] != ' ') {
				t.Errorf("column %s (at %d) does not line up in %q under %q", col, at, row, header)
			}
		}
	}
}

// TestManPage renders docs/gtrace.8 with groff's warnings on: the page
// `make install` installs must render without complaint.
func TestManPage(t *testing.T) {
	t.Parallel()
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("groff is not installed (apt-get install groff-base)")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(root, "docs", "gtrace.8")
	b, err := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z", page).CombinedOutput()
	if err != nil || len(b) > 0 {
		t.Errorf("groff -man -ww %s: %v\n%s", page, err, b)
	}
	out, err := exec.Command(groff, "-man", "-Tascii", "-P-bcu", page).Output()
	if err != nil {
		t.Fatal(err)
	}
	// Every option of --help is documented.
	text := string(out)
	for _, flag := range []string{"-e", "-l", "--info", "-p", "-c", "-o", "-f", "-q", "-v", "-d", "--dry-run", "--unsafe", "-B", "-k", "-i", "-V", "-h", "BPFTRACE_STRLEN", "BPFTRACE_MAP_KEYS_MAX", "EXIT STATUS"} {
		if !strings.Contains(text, flag) {
			t.Errorf("the man page does not mention %s", flag)
		}
	}
}

// TestMakeInstall runs `make install` into a scratch DESTDIR: the binary,
// the man page and the shell completions land under PREFIX, and the
// installed binary runs.
func TestMakeInstall(t *testing.T) {
	t.Parallel()
	dest := t.TempDir()
	// BIN keeps the binary out of the work tree and away from a parallel
	// make build.
	bins := t.TempDir()
	runMake(t, "install", "DESTDIR="+dest, "PREFIX=/usr", "BIN="+filepath.Join(bins, "gtrace"), "EXPORTER="+filepath.Join(bins, "gtrace-exporter"))
	if _, err := exec.Command(filepath.Join(dest, "usr", "bin", "gtrace-exporter"), "-h").CombinedOutput(); err != nil {
		t.Errorf("gtrace-exporter -h: %v", err)
	}
	installed := filepath.Join(dest, "usr", "bin", "gtrace")
	out, err := exec.Command(installed, "-V").Output()
	if err != nil || !strings.HasPrefix(string(out), "gtrace ") {
		t.Errorf("%s -V: %v, %q", installed, err, out)
	}
	for _, f := range []string{"man/man8/gtrace.8", "bash-completion/completions/gtrace",
		"zsh/site-functions/_gtrace", "fish/vendor_completions.d/gtrace.fish"} {
		if fi, err := os.Stat(filepath.Join(dest, "usr", "share", f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s not installed: %v", f, err)
		}
	}
}

// TestExampleBashReadline runs examples/bashreadline.bt while an
// interactive bash on a pseudo-terminal reads a command.
func TestExampleBashReadline(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	if _, err := os.Stat("/bin/bash"); err != nil {
		t.Skip("no /bin/bash")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr strings.Builder
	tracer := exec.Command(gtracePath(t), filepath.Join(root, "examples", "bashreadline.bt"))
	tracer.Stdout, tracer.Stderr = &stdout, &stderr
	if err := tracer.Start(); err != nil {
		t.Fatal(err)
	}
	defer tracer.Process.Kill()
	time.Sleep(time.Second) // attached by then; a miss fails below, never hangs

	master, slave := ptyPair(t)
	defer master.Close()
	bash := exec.Command("/bin/bash", "--norc", "--noprofile", "-i")
	bash.Stdin, bash.Stdout, bash.Stderr = slave, slave, slave
	bash.Env = []string{"TERM=dumb", "HOME=" + t.TempDir(), "PS1=$ "}
	bash.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := bash.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	go io.Copy(io.Discard, master)
	master.Write([]byte("echo gtrace-readline-test\r"))
	time.Sleep(300 * time.Millisecond)
	master.Write([]byte("exit\r"))
	done := make(chan error, 1)
	go func() { done <- bash.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		bash.Process.Kill()
		t.Fatal("bash did not exit")
	}
	time.Sleep(300 * time.Millisecond)
	tracer.Process.Signal(syscall.SIGINT)
	tracer.Wait()
	if !strings.Contains(stdout.String(), "echo gtrace-readline-test\n") {
		t.Errorf("bashreadline did not see the command\nstdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
}

// BPFTRACE_PERF_RB_PAGES (and config perf_rb_pages) size the event ring;
// when events are lost, gtrace says how to make it larger.
func TestCLIRingPages(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t)
	flood := `tracepoint:raw_syscalls:sys_enter { printf("%d %s %s\n", pid, comm, comm); } interval:ms:300 { exit(); }`
	for _, c := range []struct {
		env    []string
		script string
	}{
		{[]string{"BPFTRACE_PERF_RB_PAGES=1"}, flood},
		{nil, "config = { perf_rb_pages = 1 }\n" + flood},
	} {
		r := run(t, runOpts{env: c.env}, gtracePath(t), "-e", c.script)
		if r.exit != 0 || !regexp.MustCompile(`(?m)^Lost \d+ events$`).MatchString(r.stdout) ||
			!strings.Contains(r.stderr, "WARNING: events were lost: the event ring of 8 KiB was full; make it larger with BPFTRACE_PERF_RB_PAGES=N") {
			t.Errorf("%v: exit %d, stderr %q, stdout lost lines: %q", c.env, r.exit, r.stderr, regexp.MustCompile(`(?m)^Lost.*$`).FindAllString(r.stdout, 3))
		}
	}
	r := run(t, runOpts{env: []string{"BPFTRACE_PERF_RB_PAGES=many"}}, gtracePath(t), "-e", "BEGIN { exit(); }")
	if r.exit != 2 || !strings.Contains(r.stderr, "BPFTRACE_PERF_RB_PAGES=many: want a number of pages per CPU") {
		t.Errorf("BPFTRACE_PERF_RB_PAGES=many: exit %d, stderr %q", r.exit, r.stderr)
	}
}

// TestCLIListProgram: -l with a program (-e, or a script file) lists its
// probes, wildcards expanded, in the program's order; a pattern with an
// unknown probe type is a usage error.
func TestCLIListProgram(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	tps, _, code := runGtrace(t, "-l", "tracepoint:syscalls:sys_enter_open*")
	if code != 0 || strings.Count(tps, "\n") < 2 {
		t.Fatalf("-l tracepoint:syscalls:sys_enter_open*: exit %d, %q", code, tps)
	}
	want := "BEGIN\n" + tps + "interval:s:1\n"
	prog := `BEGIN { } tracepoint:syscalls:sys_enter_open* { } interval:s:1 { }`
	if out, errOut, code := runGtrace(t, "-l", "-e", prog); code != 0 || out != want {
		t.Errorf("-l -e: exit %d, stderr %q\n%s", code, errOut, lineDiff("want", want, "gtrace", out))
	}
	file := filepath.Join(t.TempDir(), "p.bt")
	if err := os.WriteFile(file, []byte(prog+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := runGtrace(t, "-l", file); code != 0 || out != want {
		t.Errorf("-l FILE: exit %d, stderr %q\n%s", code, errOut, lineDiff("want", want, "gtrace", out))
	}
	if _, errOut, code := runGtrace(t, "-l", "tracepont:sched:*"); code != 2 || !strings.Contains(errOut, `unknown probe type "tracepont"`) {
		t.Errorf("-l of an unknown probe type: exit %d, stderr %q", code, errOut)
	}
}

// TestCLIIncludes: `#include "file"` reads a header of the script's own
// (from the script's directory, then -I's), whose #define lines become
// the script's, and --include FILE reads one before the script, as
// bpftrace's preprocessor does; a missing one is an error at its line,
// and a header with C definitions is refused (gtrace does not read them
// yet).
func TestCLIIncludes(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("h/defs.h", "#define LIMIT (40 + 2)\n#include \"more.h\"\n/* a comment */\n")
	write("h/more.h", "#define GREETING \"hi\"\n")
	write("h/bad.h", "struct x { int a };\n")
	script := write("s.bt", "#include \"defs.h\"\nBEGIN { printf(\"%d %s\\n\", LIMIT, GREETING); exit(); }\n")
	want := "Attaching 1 probe...\n42 hi\n\n\n"
	for _, args := range [][]string{
		{"-I", filepath.Join(dir, "h"), script},
		{"--include", filepath.Join(dir, "h/defs.h"), "-e", `BEGIN { printf("%d %s\n", LIMIT, GREETING); exit(); }`},
	} {
		out, errOut, code := runGtrace(t, args...)
		if code != 0 || out != want {
			t.Errorf("gtrace %s: exit %d, stdout %q, stderr %q", quoteArgs(args), code, out, errOut)
		}
		if !referenceMode() {
			t.Run("bpftrace", func(t *testing.T) { compareArgs(t, args) })
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{script}, script + `:1:1: #include "defs.h": no such file (looked for ` + filepath.Join(dir, "defs.h") + ", "},
		{[]string{"-I", filepath.Join(dir, "h"), "-e", "#include \"bad.h\"\nBEGIN { exit(); }"},
			filepath.Join(dir, "h/bad.h") + `:1:18: C definition: expected ";" after the member, found "}"` + "\nstruct x { int a };\n                 ^\n"},
	} {
		out, errOut, code := runGtrace(t, c.args...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, strings.TrimSuffix(c.want, ", ")) {
			t.Errorf("gtrace %s: exit %d, stdout %q, stderr %q; want exit 2 and %q", quoteArgs(c.args), code, out, errOut, c.want)
		}
	}
}
