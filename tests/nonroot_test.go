package tests

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
)

// nonRootPackages are the packages whose tests TestNonRootSuite runs as
// an unprivileged user: those with BPF tests, and the front end.
var nonRootPackages = []string{".", "./runtime", "./runtime/host", "./stdlib", "./codegen", "./lang", "./examples", "./internal/progen", "./tests"}

// TestNonRootSuite: `make test` as a user without privileges passes, each
// test that needs BPF skipping with its reason. As root it builds the test
// binaries and runs them as nobody (the make targets, which build with
// the Go cache, and this test itself are left out); run as non-root, the
// suite that runs this is that check already.
func TestNonRootSuite(t *testing.T) {
	t.Parallel()
	if os.Geteuid() != 0 {
		t.Skip("not root: this run of the suite is itself the non-root check")
	}
	if testenv.Kernel() != "" {
		t.Skip("inside the kernel matrix")
	}
	nobody, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("no user nobody: %v", err)
	}
	uid, _ := strconv.Atoi(nobody.Uid)
	gid, _ := strconv.Atoi(nobody.Gid)
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	// A folder nobody can use: t.TempDir's are root's alone.
	dir, err := os.MkdirTemp("", "gtrace-nonroot-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	for _, d := range []string{dir, filepath.Join(dir, "home"), filepath.Join(dir, "tmp")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(d, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(dir, 0o755)
	bin := filepath.Join(dir, "gtrace")
	if b, err := os.ReadFile(gtracePath(t)); err != nil || os.WriteFile(bin, b, 0o755) != nil {
		t.Fatalf("copy gtrace: %v", err)
	}
	// The daemon's tests that need no root run there too, on a copy.
	if b, err := os.ReadFile(exporterPath(t)); err != nil || os.WriteFile(filepath.Join(dir, "gtrace-exporter"), b, 0o755) != nil {
		t.Fatalf("copy gtrace-exporter: %v", err)
	}

	var wg sync.WaitGroup
	results := make([]string, len(nonRootPackages))
	errs := make([]error, len(nonRootPackages))
	for i, pkg := range nonRootPackages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = runAsUser(root, dir, pkg, bin, uint32(uid), uint32(gid))
		}()
	}
	wg.Wait()
	skipped := 0
	reason := regexp.MustCompile(`(?m)^\s*\S+_test\.go:\d+: needs root and BPF: not running as root$`)
	for i, pkg := range nonRootPackages {
		if errs[i] != nil {
			t.Errorf("%s as nobody: %v\n%s", pkg, errs[i], tail(results[i], 60))
			continue
		}
		skipped += len(reason.FindAllString(results[i], -1))
	}
	// Every BPF test skips with the reason; there are dozens of them.
	if skipped < 20 {
		t.Errorf("only %d tests skipped for want of root", skipped)
	}
}

// runAsUser builds pkg's test binary and runs it as uid:gid in pkg's
// folder, with a HOME and TMPDIR of its own and gtrace from bin.
func runAsUser(root, dir, pkg, bin string, uid, gid uint32) (string, error) {
	name := strings.NewReplacer("/", "_", ".", "root").Replace(pkg) + ".test"
	testBin := filepath.Join(dir, name)
	build := exec.Command("go", "test", "-c", "-o", testBin, pkg)
	build.Dir = root
	if b, err := build.CombinedOutput(); err != nil {
		return string(b), fmt.Errorf("go test -c: %v", err)
	}
	cmd := exec.Command(testBin, "-test.count=1", "-test.v", "-test.skip", "^(TestMake|TestNonRootSuite$)")
	cmd.Dir = filepath.Join(root, pkg)
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + filepath.Join(dir, "home"), "TMPDIR=" + filepath.Join(dir, "tmp"),
		"GTRACE_BIN=" + bin, "GTRACE_EXPORTER_BIN=" + filepath.Join(filepath.Dir(bin), "gtrace-exporter"), "LANG=C",
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uid, Gid: gid}}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// tail is the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
