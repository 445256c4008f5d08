package tests

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// objectPrefix starts the name of every BPF program and map gtrace loads; the
// leak check in TestMain looks for objects with this prefix.
const objectPrefix = "gt_"

// defaultTimeout bounds one gtrace or bpftrace run. Every e2e case is meant
// to finish in about a second; the margin is for slow CI machines.
const defaultTimeout = 30 * time.Second

var (
	// tmpDir holds the built binaries for the whole run.
	tmpDir string

	gtraceOnce sync.Once
	gtraceBin  string
	gtraceErr  error

	workloadOnce sync.Once
	workloadBin  string
	workloadErr  error

	tracefsOnce sync.Once
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "gtrace-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "tests:", err)
		return 1
	}
	tmpDir = dir
	defer os.RemoveAll(dir)
	// An exporter's -c command runs as nobody (--export.user): the
	// binaries built here must be within its reach.
	if err := os.Chmod(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "tests:", err)
		return 1
	}

	before, leakErr := snapshotObjects()
	history := userHistory()
	code := m.Run()
	if h := userHistory(); h != history {
		fmt.Fprintf(os.Stderr, "FAIL: a test changed the user's prompt history (%s); tests must set HOME\n", h)
		return 1
	}
	if leakErr != nil {
		// Unprivileged: the BPF object IDs cannot be listed.
		if os.Getenv("GTRACE_REQUIRE_BPF") == "1" {
			fmt.Fprintf(os.Stderr, "FAIL: leak check: cannot list BPF objects: %v\n", leakErr)
			return 1
		}
		return code
	}
	if leaks := checkLeaks(before); len(leaks) > 0 {
		fmt.Fprintf(os.Stderr, "FAIL: BPF objects named %q outlived the gtrace processes that created them:\n", objectPrefix)
		for _, l := range leaks {
			fmt.Fprintln(os.Stderr, "\t"+l)
		}
		return 1
	}
	return code
}

// userHistory describes the user's ~/.gtrace_history, which no test may
// touch: "" when it does not exist.
func userHistory() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(filepath.Join(home, ".gtrace_history"))
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s, %d bytes, changed %v", fi.Name(), fi.Size(), fi.ModTime())
}

// repoRoot is the checkout's root.
func repoRoot() (string, error) { return testenv.RepoRoot() }

// gtracePath returns the binary under test: $GTRACE_BIN when set (a path, or
// a name looked up in PATH), otherwise ./cmd/gtrace built once per run.
func gtracePath(t testing.TB) string {
	t.Helper()
	bin := os.Getenv("GTRACE_BIN")
	if bin == "" {
		return goBuilt(t, "gtrace", "./cmd/gtrace")
	}
	gtraceOnce.Do(func() {
		gtraceBin, gtraceErr = exec.LookPath(bin)
		if gtraceErr == nil {
			gtraceBin, gtraceErr = filepath.Abs(gtraceBin)
		}
	})
	if gtraceErr != nil {
		t.Fatalf("no gtrace binary: %v", gtraceErr)
	}
	return gtraceBin
}

// goBuilt builds the command pkg of this module once per run, static,
// into the run's directory as name.
func goBuilt(t testing.TB, name, pkg string) string {
	t.Helper()
	return buildOnce(t, name, func(root, out string) error {
		cmd := exec.Command("go", "build", "-buildvcs=auto", "-o", out, pkg)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, msg)
		}
		return nil
	})
}

// referenceMode reports whether GTRACE_BIN points at bpftrace itself, which
// is how the expected outputs in these tests are validated. bpftrace exits 1
// (not 2) on a bad script, formats positions as line:col-col, prints noise on
// stderr and lacks gtrace's extensions; the tests allow for that.
func referenceMode() bool {
	bin := os.Getenv("GTRACE_BIN")
	return bin != "" && filepath.Base(bin) == "bpftrace"
}

// gtraceOnly skips a test of a gtrace extension bpftrace v0.17 does not have
// when the binary under test is bpftrace.
func gtraceOnly(t *testing.T) {
	t.Helper()
	if referenceMode() {
		t.Skip("gtrace extension: bpftrace v0.17 does not support it")
	}
}

// workloadPath builds tests/workload/workload.c once per run, or takes
// $GTRACE_WORKLOAD, built so already (the kernel matrix's guests have no
// compiler time to spare). It is linked statically so that no dynamic
// loader opens or reads files under cpid.
func workloadPath(t testing.TB) string {
	t.Helper()
	workloadOnce.Do(func() {
		if bin := os.Getenv("GTRACE_WORKLOAD"); bin != "" {
			workloadBin = bin
			return
		}
		root, err := repoRoot()
		if err != nil {
			workloadErr = err
			return
		}
		// Named "workload" so that comm is "workload" in every test.
		out := filepath.Join(tmpDir, "workload")
		src := filepath.Join(root, "tests", "workload", "workload.c")
		cmd := exec.Command("gcc", "-O2", "-Wall", "-static", "-pthread", "-o", out, src)
		if b, err := cmd.CombinedOutput(); err != nil {
			workloadErr = fmt.Errorf("gcc %s: %v\n%s(the workload needs gcc and a static libc: apt-get install gcc libc6-dev)", src, err, b)
			return
		}
		workloadBin = out
	})
	if workloadErr != nil {
		t.Fatalf("no workload: %v", workloadErr)
	}
	return workloadBin
}

var (
	builtMu sync.Mutex
	built   = map[string]*builtOnce{}
)

type builtOnce struct {
	once sync.Once
	bin  string
	err  error
}

// buildOnce makes the binary name in the run's directory once per run:
// build writes it to out, from the repository at root.
func buildOnce(t testing.TB, name string, build func(root, out string) error) string {
	t.Helper()
	builtMu.Lock()
	b := built[name]
	if b == nil {
		b = &builtOnce{}
		built[name] = b
	}
	builtMu.Unlock()
	b.once.Do(func() {
		root, err := repoRoot()
		if err != nil {
			b.err = err
			return
		}
		out := filepath.Join(tmpDir, name)
		if b.err = build(root, out); b.err == nil {
			b.bin = out
		}
	})
	if b.err != nil {
		t.Fatalf("no %s: %v", name, b.err)
	}
	return b.bin
}

// builtProgram compiles a program of tests/workload once per run: name
// is the binary's name in the run's directory, args the compiler's
// arguments, the source named by its base name, hint how to install
// what the compiler lacks.
func builtProgram(t testing.TB, name, hint, compiler string, args ...string) string {
	t.Helper()
	return buildOnce(t, name, func(root, out string) error {
		full := []string{"-o", out}
		for _, a := range args {
			if !strings.HasPrefix(a, "-") {
				a = filepath.Join(root, "tests", "workload", a)
			}
			full = append(full, a)
		}
		if msg, err := exec.Command(compiler, full...).CombinedOutput(); err != nil {
			return fmt.Errorf("%s %s: %v\n%s(%s)", compiler, strings.Join(full, " "), err, msg, hint)
		}
		return nil
	})
}

// workloadCmd is the -c argument running the workload with args (steps
// separated by " , "). Arguments must not contain spaces: bpftrace splits -c
// on spaces.
func workloadCmd(t testing.TB, args string) string {
	t.Helper()
	return workloadPath(t) + " " + args
}

// result is what one run of gtrace or bpftrace produced.
type result struct {
	stdout, stderr string
	exit           int
	elapsed        time.Duration
}

// runOpts tunes one run.
type runOpts struct {
	stdin   string
	timeout time.Duration
	dir     string
	env     []string // added to the environment
}

// run executes bin with args in its own process group and kills the group
// when it is done, so a workload left behind cannot outlive the test. A
// timeout sends SIGTERM, then SIGKILL five seconds later, and fails the test.
func run(t testing.TB, opts runOpts, bin string, args ...string) result {
	t.Helper()
	if opts.timeout == 0 {
		opts.timeout = defaultTimeout
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	if len(opts.env) > 0 {
		cmd.Env = append(os.Environ(), opts.env...)
	}
	cmd.Stdin = strings.NewReader(opts.stdin)
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.Dir = opts.dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	pgid := cmd.Process.Pid
	defer syscall.Kill(-pgid, syscall.SIGKILL)

	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(opts.timeout):
		syscall.Kill(-pgid, syscall.SIGTERM)
		select {
		case err = <-done:
		case <-time.After(5 * time.Second):
			syscall.Kill(-pgid, syscall.SIGKILL)
			err = <-done
		}
		t.Errorf("%s %s: timed out after %v\nstdout:\n%s\nstderr:\n%s",
			filepath.Base(bin), quoteArgs(args), opts.timeout, stdout.String(), stderr.String())
	}
	res := result{stdout: stdout.String(), stderr: stderr.String(), elapsed: time.Since(start)}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		res.exit = exitErr.ExitCode()
		if res.exit < 0 { // killed by a signal
			res.exit = 128 + int(exitErr.Sys().(syscall.WaitStatus).Signal())
		}
	default:
		t.Fatalf("wait %s: %v", bin, err)
	}
	return res
}

// runGtrace runs the binary under test with args.
func runGtrace(t testing.TB, args ...string) (stdout, stderr string, exit int) {
	t.Helper()
	r := run(t, runOpts{}, gtracePath(t), args...)
	return r.stdout, r.stderr, r.exit
}

// bpftracePath returns the reference bpftrace, skipping the test when it is
// not installed (`make deps` installs it). A missing reference is a skip even
// under GTRACE_REQUIRE_BPF: it is the oracle, not the thing under test.
func bpftracePath(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("bpftrace")
	if err != nil {
		t.Skip("bpftrace (the reference) is not installed: make deps, or apt-get install -y bpftrace")
	}
	return bin
}

// mountTracefs mounts tracefs when it is not mounted: bpftrace v0.17 does not
// mount it itself and then reports "tracepoint not found". gtrace mounts it
// on its own, so only runs of the reference call this.
func mountTracefs() {
	tracefsOnce.Do(func() {
		if _, err := os.Stat("/sys/kernel/tracing/events"); err == nil {
			return
		}
		if _, err := os.Stat("/sys/kernel/debug/tracing/events"); err == nil {
			return
		}
		_ = syscall.Mount("nodev", "/sys/kernel/tracing", "tracefs", 0, "")
	})
}

// runBpftrace runs the reference with args; it skips when bpftrace is not
// installed.
func runBpftrace(t testing.TB, args ...string) (stdout, stderr string, exit int) {
	t.Helper()
	bin := bpftracePath(t)
	testenv.RequireBPF(t)
	mountTracefs()
	r := run(t, runOpts{}, bin, args...)
	return r.stdout, r.stderr, r.exit
}

// knownDiff names a deliberate difference between gtrace and bpftrace
// (listed in docs/differences.md): output lines matching re are dropped from
// both outputs before they are compared.
type knownDiff struct {
	name string
	re   *regexp.Regexp
}

func known(name, linePattern string) knownDiff {
	return knownDiff{name: name, re: regexp.MustCompile(linePattern)}
}

// traceArgs builds a command line: flags, then -c running the workload with
// workloadArgs (none when empty), -e script, then positional parameters.
func traceArgs(t testing.TB, flags []string, workloadArgs, script string, params ...string) []string {
	t.Helper()
	args := append([]string(nil), flags...)
	if workloadArgs != "" {
		args = append(args, "-c", workloadCmd(t, workloadArgs))
	}
	args = append(args, "-e", script)
	return append(args, params...)
}

// compareWithBpftrace runs script with -c workloadArgs in gtrace and in
// bpftrace and compares their standard outputs line by line, ignoring lines
// that match a known difference. It skips when bpftrace is not installed.
func compareWithBpftrace(t *testing.T, script, workloadArgs string, knownDiffs ...knownDiff) {
	t.Helper()
	compareArgs(t, traceArgs(t, nil, workloadArgs, script), knownDiffs...)
}

// compareArgs is compareWithBpftrace for any command line.
func compareArgs(t *testing.T, args []string, knownDiffs ...knownDiff) {
	t.Helper()
	bpftracePath(t)
	testenv.RequireBPF(t)
	refOut, refErr, refExit := runBpftrace(t, args...)
	if refExit != 0 {
		t.Fatalf("the reference failed (exit %d), so the test itself is wrong: bpftrace %s\nstderr:\n%s",
			refExit, quoteArgs(args), refErr)
	}
	out, errOut, exit := runGtrace(t, args...)
	if exit != 0 {
		t.Errorf("gtrace exited %d, bpftrace 0\nstderr:\n%s", exit, errOut)
	}
	ref, got := dropKnown(refOut, knownDiffs), dropKnown(out, knownDiffs)
	if ref != got {
		t.Errorf("gtrace and bpftrace differ for %s\n%s", quoteArgs(args), lineDiff("bpftrace", ref, "gtrace", got))
	}
	for _, k := range knownDiffs {
		t.Logf("known difference ignored: %s", k.name)
	}
}

func dropKnown(out string, diffs []knownDiff) string {
	if len(diffs) == 0 {
		return out
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(out, "\n") {
		drop := false
		for _, k := range diffs {
			if k.re.MatchString(strings.TrimSuffix(line, "\n")) {
				drop = true
				break
			}
		}
		if !drop {
			b.WriteString(line)
		}
	}
	return b.String()
}

// lineDiff shows two outputs side by side from their first differing line,
// with line endings and trailing blanks made visible.
func lineDiff(wantName, want, gotName, got string) string {
	w := strings.SplitAfter(want, "\n")
	g := strings.SplitAfter(got, "\n")
	first := 0
	for first < len(w) && first < len(g) && w[first] == g[first] {
		first++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d\n", first+1)
	fmt.Fprintf(&b, "--- %s\n", wantName)
	for i, l := range w {
		if l == "" {
			continue
		}
		mark := " "
		if i >= first {
			mark = "-"
		}
		fmt.Fprintf(&b, "%s%3d %q\n", mark, i+1, l)
	}
	fmt.Fprintf(&b, "+++ %s\n", gotName)
	for i, l := range g {
		if l == "" {
			continue
		}
		mark := " "
		if i >= first {
			mark = "+"
		}
		fmt.Fprintf(&b, "%s%3d %q\n", mark, i+1, l)
	}
	return b.String()
}

func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " \t\n'\"$\\|&;(){}<>*?!#") {
			q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		} else {
			q[i] = a
		}
	}
	return strings.Join(q, " ")
}

// ---- leak check ----

// bpfObject is a loaded BPF program or map.
type bpfObject struct {
	kind string // "prog" or "map"
	id   uint32
	name string
}

func (o bpfObject) String() string { return fmt.Sprintf("%s %d %q", o.kind, o.id, o.name) }

// leakGrace is how long the check waits for the kernel to free objects whose
// last reference was just dropped (freeing is deferred).
const leakGrace = 5 * time.Second

// checkLeaks lists the objects named with objectPrefix that did not exist
// before the run and are still loaded after leakGrace, leaving out those held
// by a live process that is not the gtrace under test (go test runs other
// packages' tests, which load gt_ objects of their own, in parallel).
func checkLeaks(before map[bpfObject]bool) []string {
	deadline := time.Now().Add(leakGrace)
	for {
		after, err := snapshotObjects()
		if err != nil {
			return []string{"cannot list BPF objects: " + err.Error()}
		}
		var fresh []bpfObject
		for o := range after {
			if !before[o] {
				fresh = append(fresh, o)
			}
		}
		var leaks []string
		if len(fresh) > 0 {
			holders := objectHolders()
			for _, o := range fresh {
				hs := holders[o.kind+":"+strconv.FormatUint(uint64(o.id), 10)]
				foreign := false
				for _, h := range hs {
					if !h.ours {
						foreign = true
					}
				}
				if foreign {
					continue
				}
				desc := o.String() + ": held by no process (pinned or still attached)"
				if len(hs) > 0 {
					desc = fmt.Sprintf("%s: held by gtrace process %d still running", o, hs[0].pid)
				}
				leaks = append(leaks, desc)
			}
		}
		if len(leaks) == 0 || time.Now().After(deadline) {
			return leaks
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// holder is a process with an open reference to a BPF object.
type holder struct {
	pid  int
	ours bool // the process is the gtrace binary under test
}

// objectHolders maps "prog:ID" and "map:ID" to the live processes holding
// the object through a file descriptor (a program, map or link fd), and
// counts the maps a held program uses as held too. Our own process never
// holds one: snapshotObjects closes what it opens.
func objectHolders() map[string][]holder {
	ours := ""
	if gtraceBin != "" {
		ours = gtraceBin
	}
	held := map[string][]holder{}
	procs, _ := os.ReadDir("/proc")
	self := os.Getpid()
	for _, p := range procs {
		pid, err := strconv.Atoi(p.Name())
		if err != nil || pid == self {
			continue
		}
		exe, _ := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
		h := holder{pid: pid, ours: ours != "" && exe == ours}
		infos, err := os.ReadDir(fmt.Sprintf("/proc/%d/fdinfo", pid))
		if err != nil {
			continue
		}
		for _, fi := range infos {
			b, err := os.ReadFile(fmt.Sprintf("/proc/%d/fdinfo/%s", pid, fi.Name()))
			if err != nil {
				continue
			}
			for _, line := range strings.Split(string(b), "\n") {
				k, v, ok := strings.Cut(line, ":")
				if !ok {
					continue
				}
				v = strings.TrimSpace(v)
				switch k {
				case "prog_id":
					held["prog:"+v] = append(held["prog:"+v], h)
					for _, m := range progMapIDs(v) {
						held["map:"+m] = append(held["map:"+m], h)
					}
				case "map_id":
					held["map:"+v] = append(held["map:"+v], h)
				}
			}
		}
	}
	return held
}
