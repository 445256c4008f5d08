// Command kernels runs gtrace's kernel-specific tests on the stock
// kernels of a major distribution (the matrix: Debian's 6.1 and 6.12),
// each booted under qemu with this machine's root file system shared
// read-only into it. `make test-kernels` runs it; docs/development.md
// says how to add a kernel or run one test in one kernel.
//
// It builds gtrace, the workload and the test binaries of the suites
// below, fetches and caches each kernel, builds its initramfs (the init
// is ./guestinit), boots it with a scratch ext4 disk and a swap disk, runs
// each suite's kernel-specific tests there with GTRACE_KERNEL set (so
// that a missing kernel feature fails them instead of skipping them), and
// reports each guest's result.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/tests/kernels/vm"
)

// kernelTests picks, in a suite, the tests of features this machine's
// kernel lacks: their names start so.
const kernelTests = `^Test(Kprobe|Kretprobe|Kfunc|Kretfunc|Fentry|Fexit|KernelWatchpoint)`

// suites are the packages whose tests run in the guests, and which of
// their tests: in examples, every example is compiled and loaded.
var suites = []struct{ pkg, run string }{
	{"runtime", kernelTests},
	{"tests", kernelTests},
	{"examples", "^TestExamples"},
}

var (
	flagKernels = flag.String("kernels", "", "the kernels to boot, comma-separated (default: all)")
	flagRun     = flag.String("run", "", "a -test.run pattern to use in place of the kernel tests' own")
	flagVerbose = flag.Bool("v", false, "copy each guest's console to standard output as it runs")
	flagCache   = flag.String("cache", cacheDir(), "where kernels are cached and guests run")
	flagTimeout = flag.Duration("timeout", 8*time.Minute, "how long one guest may run")
	flagExec    = flag.String("exec", "", "a shell command to run in each guest in place of the suites (implies -v)")
	flagKVM     = flag.Bool("kvm", false, "use KVM rather than emulate the CPU (where KVM works fully)")
)

// cacheDir is $GTRACE_KERNEL_CACHE, else /var/cache/gtrace-kernels for
// root and the user's cache directory for others. It must not be under
// /tmp, which the guests have their own of.
func cacheDir() string {
	if d := os.Getenv("GTRACE_KERNEL_CACHE"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil && os.Geteuid() != 0 {
		return filepath.Join(d, "gtrace-kernels")
	}
	return "/var/cache/gtrace-kernels"
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./tests/kernels [-kernels 6.1,6.12] [-run PATTERN] [-v]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "kernels: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	start := time.Now()
	specs, err := selectKernels(*flagKernels)
	if err != nil {
		return err
	}
	for _, tool := range []string{"qemu-system-x86_64", "xz", "gcc", "mkfs.ext4", "mkswap", "truncate"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is missing (make deps installs it): %v", tool, err)
		}
	}
	root, err := testenv.RepoRoot()
	if err != nil {
		return fmt.Errorf("run it inside the gtrace checkout: %v", err)
	}
	// The guest sees this machine's files at their paths; under /tmp,
	// which is its own, only those it is told to keep (Config.KeepTmp).
	cache, err := filepath.Abs(*flagCache)
	if err != nil {
		return err
	}
	// One matrix at a time per cache: the guests' folders are shared.
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return err
	}
	lock, err := os.OpenFile(filepath.Join(cache, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		fmt.Println("kernels: another kernel matrix runs with this cache; waiting for it")
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
			return fmt.Errorf("lock %s: %w", lock.Name(), err)
		}
	}
	runDir := filepath.Join(cache, "run")
	os.RemoveAll(runDir)
	bin := filepath.Join(runDir, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return err
	}
	if err := build(root, bin); err != nil {
		return err
	}
	fmt.Printf("kernels: built gtrace and the suites in %.0fs\n", time.Since(start).Seconds())
	init, err := os.ReadFile(filepath.Join(bin, "guestinit"))
	if err != nil {
		return err
	}
	failed := 0
	for _, s := range specs {
		k, err := vm.Fetch(s, cache, os.Stdout)
		if err == nil {
			err = boot(k, root, runDir, bin, init)
		}
		if err != nil {
			fmt.Printf("kernels: %s: FAIL: %v\n", s.Name, err)
			failed++
		}
	}
	fmt.Printf("kernels: %d of %d kernels passed in %.0fs\n", len(specs)-failed, len(specs), time.Since(start).Seconds())
	if failed > 0 {
		return errors.New("the kernel matrix failed")
	}
	return nil
}

func selectKernels(list string) ([]vm.Spec, error) {
	if list == "" {
		return vm.Matrix, nil
	}
	var out []vm.Spec
	for _, n := range strings.Split(list, ",") {
		found := false
		for _, s := range vm.Matrix {
			if s.Name == n {
				out, found = append(out, s), true
			}
		}
		if !found {
			var names []string
			for _, s := range vm.Matrix {
				names = append(names, s.Name)
			}
			return nil, fmt.Errorf("no kernel %q in the matrix (%s)", n, strings.Join(names, ", "))
		}
	}
	return out, nil
}

// build makes the guest's init, gtrace, the workload and the suites' test
// binaries in bin.
func build(root, bin string) error {
	static := append(os.Environ(), "CGO_ENABLED=0")
	cmds := [][]string{
		{"go", "build", "-o", filepath.Join(bin, "guestinit"), "./tests/kernels/guestinit"},
		{"go", "build", "-o", filepath.Join(bin, "gtrace"), "./cmd/gtrace"},
		{"gcc", "-O2", "-Wall", "-static", "-pthread", "-o", filepath.Join(bin, "workload"), "tests/workload/workload.c"},
	}
	for _, s := range suites {
		cmds = append(cmds, []string{"go", "test", "-c", "-o", filepath.Join(bin, s.pkg+".test"), "./" + s.pkg})
	}
	for _, c := range cmds {
		cmd := exec.Command(c[0], c[1:]...)
		cmd.Dir, cmd.Env = root, static
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", strings.Join(c, " "), err, out)
		}
	}
	return nil
}

// boot runs the suites in one kernel and reports its result.
func boot(k *vm.Kernel, root, runDir, bin string, init []byte) error {
	dir := filepath.Join(runDir, k.Name)
	share := filepath.Join(dir, "share")
	if err := os.MkdirAll(share, 0o755); err != nil {
		return err
	}
	disk, swap := filepath.Join(dir, "scratch.img"), filepath.Join(dir, "swap.img")
	for _, c := range [][]string{
		{"truncate", "-s", "1G", disk}, {"mkfs.ext4", "-q", "-F", disk},
		{"truncate", "-s", "512M", swap}, {"mkswap", "-q", swap},
	} {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", strings.Join(c, " "), err, out)
		}
	}
	cfg := vm.Config{Share: share, Disk: "/dev/vda", Swap: "/dev/vdb"}
	for _, d := range []string{root, runDir} {
		if strings.HasPrefix(d, "/tmp/") {
			cfg.KeepTmp = append(cfg.KeepTmp, d)
		}
	}
	env := []string{
		"GTRACE_REQUIRE_BPF=1", "GTRACE_KERNEL=" + k.Name,
		"GTRACE_BIN=" + filepath.Join(bin, "gtrace"),
		"GTRACE_WORKLOAD=" + filepath.Join(bin, "workload"),
		"GTRACE_SCRATCH=/mnt",
		"GTRACE_KERNEL_CONFIG=" + filepath.Join(k.Root, "boot", "config-"+k.Release),
	}
	for _, s := range suites {
		pattern := s.run
		if *flagRun != "" {
			pattern = *flagRun
		}
		cfg.Steps = append(cfg.Steps, vm.Step{
			Name: s.pkg, Dir: filepath.Join(root, s.pkg), Env: env, Timeout: 420,
			Argv: []string{filepath.Join(bin, s.pkg+".test"), "-test.run", pattern, "-test.v", "-test.count", "1"},
		})
	}
	if *flagExec != "" {
		cfg.Steps = []vm.Step{{Name: "exec", Dir: root, Env: env, Argv: []string{"/bin/sh", "-c", *flagExec}}}
	}
	initrd := filepath.Join(dir, "initrd")
	if err := vm.WriteInitramfs(initrd, k, init, cfg, vm.GuestModules...); err != nil {
		return err
	}
	logPath := filepath.Join(dir, "console.log")
	log, err := os.Create(logPath)
	if err != nil {
		return err
	}
	defer log.Close()
	var console io.Writer = log
	if *flagVerbose || *flagExec != "" {
		console = io.MultiWriter(log, os.Stdout)
	}
	fmt.Printf("kernels: %s: booting %s (%s)\n", k.Name, k.Release, k.Package)
	ctx, cancel := context.WithTimeout(context.Background(), *flagTimeout)
	defer cancel()
	start := time.Now()
	m := &vm.Machine{Kernel: k, Initrd: initrd, Share: share, Disks: []string{disk, swap}, MemMiB: 2048, CPUs: 2, Console: console, KVM: *flagKVM}
	runErr := m.Run(ctx)
	os.Remove(disk)
	os.Remove(swap)
	log.Sync()
	var res vm.Results
	data, err := os.ReadFile(filepath.Join(share, "results.json"))
	if err == nil {
		err = json.Unmarshal(data, &res)
	}
	if err != nil {
		return fmt.Errorf("no results from the guest (%v; %v); its console: %s\n%s", err, runErr, logPath, tail(logPath, 30))
	}
	if res.Setup != "" {
		return fmt.Errorf("the guest could not set up: %s; its console: %s\n%s", res.Setup, logPath, tail(logPath, 30))
	}
	counts := countTests(logPath)
	bad := 0
	for _, s := range res.Steps {
		c := counts[s.Name]
		status := "ok"
		switch {
		case s.Exit != 0 || len(c.failed) > 0:
			status, bad = "FAIL", bad+1
		case c.passed == 0 && *flagRun == "" && *flagExec == "":
			// Each suite has kernel tests: none ran is a failure.
			status, bad = "FAIL (no tests ran)", bad+1
		case c.passed == 0:
			status = "no tests"
		}
		fmt.Printf("kernels: %s: %-8s %s  %d passed, %d skipped, %d failed  (%.0fs)%s\n",
			k.Name, s.Name, status, c.passed, len(c.skipped), len(c.failed), s.Seconds, errSuffix(s.Error))
		for _, f := range c.failed {
			fmt.Printf("kernels: %s:     FAIL %s\n", k.Name, f)
		}
		for _, f := range c.skipped {
			fmt.Printf("kernels: %s:     skip %s\n", k.Name, f)
		}
	}
	fmt.Printf("kernels: %s: %s ran in %.0fs; console: %s\n", k.Name, res.Kernel, time.Since(start).Seconds(), logPath)
	if bad > 0 || runErr != nil {
		if runErr != nil {
			return runErr
		}
		return fmt.Errorf("%d suites failed; see %s", bad, logPath)
	}
	return nil
}

func errSuffix(s string) string {
	if s == "" {
		return ""
	}
	return ": " + s
}

type testCounts struct {
	passed          int
	skipped, failed []string
}

var (
	stepRE   = regexp.MustCompile(`^### step (\S+): `)
	resultRE = regexp.MustCompile(`^\s*--- (PASS|FAIL|SKIP): (\S+)`)
)

// countTests reads the go test -v output of each step from the console.
func countTests(logPath string) map[string]*testCounts {
	out := map[string]*testCounts{}
	f, err := os.Open(logPath)
	if err != nil {
		return out
	}
	defer f.Close()
	cur := &testCounts{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if m := stepRE.FindStringSubmatch(line); m != nil {
			if out[m[1]] == nil {
				out[m[1]] = &testCounts{}
			}
			cur = out[m[1]]
			continue
		}
		if m := resultRE.FindStringSubmatch(line); m != nil {
			switch m[1] {
			case "PASS":
				cur.passed++
			case "FAIL":
				cur.failed = append(cur.failed, m[2])
			case "SKIP":
				cur.skipped = append(cur.skipped, m[2])
			}
		}
	}
	return out
}

// tail returns the last n lines of a file.
func tail(path string, n int) string {
	data, _ := os.ReadFile(path)
	lines := bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}
