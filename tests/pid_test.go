package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// TestPID: with -p, gtrace traces until that process exits, then prints
// its maps. The workload sleeps first so the probes are attached before it
// makes the syscalls it counts.
func TestPID(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	wl := exec.Command(workloadPath(t), "sleep", "3000", ",", "getpid", "4")
	if err := wl.Start(); err != nil {
		t.Fatal(err)
	}
	defer wl.Process.Kill()
	done := make(chan error, 1)
	go func() { done <- wl.Wait() }()
	pid := strconv.Itoa(wl.Process.Pid)

	start := time.Now()
	r := run(t, runOpts{}, gtracePath(t), "-p", pid,
		"-e", `tracepoint:syscalls:sys_enter_getpid /pid == $1/ { @n = count(); }`, pid)
	checkResult(t, r, "Attaching 1 probe...\n\n\n@n: 4\n")
	select {
	case <-done:
	default:
		t.Errorf("gtrace returned after %v while process %s was still running", time.Since(start), pid)
	}
}

// TestPIDMissing: -p with a process that does not exist is a runtime
// error (exit 1) that names the pid.
func TestPIDMissing(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	// pid_max itself is one past the last process id.
	b, err := os.ReadFile("/proc/sys/kernel/pid_max")
	if err != nil {
		t.Fatal(err)
	}
	pid := strings.TrimSpace(string(b))
	r := run(t, runOpts{}, gtracePath(t), "-p", pid, "-e", `BEGIN { exit(); }`)
	if r.exit != 1 || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, want exit 1 and no output", r.exit, r.stdout)
	}
	if !containsAll(r.stderr, pid) {
		t.Errorf("stderr does not name the pid: %q", r.stderr)
	}
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// TestUSDTByPID: with -p, usdt:provider:name needs no binary: it is
// looked for in every object the process has mapped. (bpftrace 0.17
// takes the provider for a file name.)
func TestUSDTByPID(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	// A copy of its own: TestUSDT traces every process of the shared one.
	b, err := os.ReadFile(usdtPath(t, "-O2"))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "usdt")
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	prog := exec.Command(bin, "3", "3000") // waits 3 s, then fires 3 times
	if err := prog.Start(); err != nil {
		t.Fatal(err)
	}
	defer prog.Process.Kill()
	go prog.Wait()
	r := run(t, runOpts{}, gtracePath(t), "-p", strconv.Itoa(prog.Process.Pid),
		"-e", `usdt:gtrace_test:args { @n = count(); @[probe] = count(); }`)
	checkResult(t, r, "Attaching 1 probe...\n\n\n@[usdt:"+bin+":gtrace_test:args]: 3\n@n: 3\n")
}
