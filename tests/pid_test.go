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
	bin := usdtCopy(t, "-O2")
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

// startInMountNS runs argv[0] (a copy of file, under a tmpfs that only
// its own mount namespace has, made with unshare) with argv[1:], and
// returns its pid and the directory its copy is in, a path that on the
// host holds nothing.
func startInMountNS(t *testing.T, file string, argv ...string) (int, string) {
	t.Helper()
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("no unshare (util-linux)")
	}
	dir := t.TempDir()
	script := `d=$1 && mount -t tmpfs gtrace-test "$d" && cp "$2" "$d/bin" && shift 3 && exec "$d/bin" "$@"`
	cmd := exec.Command("unshare", append([]string{"-m", "--propagation", "private", "/bin/sh", "-c", script, "sh", dir, file, "--"}, argv...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	// unshare and sh exec each other: the pid is the program's once its
	// command line is.
	want := filepath.Join(dir, "bin") + "\x00"
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if b, _ := os.ReadFile("/proc/" + strconv.Itoa(cmd.Process.Pid) + "/cmdline"); strings.HasPrefix(string(b), want) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the program did not start in its mount namespace: %s", stderr.String())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "bin")); err == nil {
		t.Fatalf("%s/bin is seen outside its mount namespace", dir)
	}
	return cmd.Process.Pid, dir
}

// TestPIDMountNamespace: with -p, a uprobe's or usdt probe's binary is
// the path the process sees, in its own mount namespace (a container's),
// through /proc/PID/root; the probe is named by that path (bpftrace 0.17
// names it /proc/PID/root/...).
func TestPIDMountNamespace(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	long := []string{"BPFTRACE_STRLEN=200"} // for the probe names
	t.Run("uprobe", func(t *testing.T) {
		t.Parallel()
		pid, dir := startInMountNS(t, workloadPath(t), "sleep", "3000", ",", "call", "3", "1", "1")
		r := run(t, runOpts{env: long}, gtracePath(t), "-p", strconv.Itoa(pid),
			"-e", `uprobe:`+dir+`/bin:workload_add { @[probe] = count(); }`)
		checkResult(t, r, "Attaching 1 probe...\n\n\n@[uprobe:"+dir+"/bin:workload_add]: 3\n")
	})
	t.Run("usdt", func(t *testing.T) {
		t.Parallel()
		pid, dir := startInMountNS(t, usdtPath(t, "-O2"), "3", "3000") // waits 3 s, then fires 3 times
		r := run(t, runOpts{env: long}, gtracePath(t), "-p", strconv.Itoa(pid),
			"-e", `usdt:`+dir+`/bin:gtrace_test:args { @[probe] = count(); }`)
		checkResult(t, r, "Attaching 1 probe...\n\n\n@[usdt:"+dir+"/bin:gtrace_test:args]: 3\n")
	})
	t.Run("usdt-mapped", func(t *testing.T) {
		t.Parallel()
		pid, dir := startInMountNS(t, usdtPath(t, "-O2"), "3", "3000")
		r := run(t, runOpts{env: long}, gtracePath(t), "-p", strconv.Itoa(pid),
			"-e", `usdt:gtrace_test:args { @[probe] = count(); }`)
		checkResult(t, r, "Attaching 1 probe...\n\n\n@[usdt:"+dir+"/bin:gtrace_test:args]: 3\n")
	})
}

// TestListByPID: -l -p PID lists the uprobes and USDT probes of what the
// process has mapped, named as it sees them (bpftrace 0.17 names them
// /proc/PID/root/...), in its own mount namespace too.
func TestListByPID(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	wl := exec.Command(workloadPath(t), "sleep", "5000")
	if err := wl.Start(); err != nil {
		t.Fatal(err)
	}
	defer wl.Process.Kill()
	go wl.Wait()
	usdt := exec.Command(usdtPath(t, "-O2"), "1", "5000")
	if err := usdt.Start(); err != nil {
		t.Fatal(err)
	}
	defer usdt.Process.Kill()
	go usdt.Wait()
	nsPid, dir := startInMountNS(t, workloadPath(t), "sleep", "5000")
	for _, c := range []struct {
		pid           int
		pattern, want string
	}{
		{wl.Process.Pid, "*workload_a*", "uprobe:" + workloadPath(t) + ":workload_add\n"},
		{wl.Process.Pid, "uprobe:*workload_add", "uprobe:" + workloadPath(t) + ":workload_add\n"},
		{wl.Process.Pid, "usdt:*", ""},
		{usdt.Process.Pid, "usdt:*:gtrace_test:args", "usdt:" + usdtPath(t, "-O2") + ":gtrace_test:args\n"},
		{nsPid, "*workload_add", "uprobe:" + dir + "/bin:workload_add\n"},
	} {
		// Processes start; their mappings may take a moment.
		var r result
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			r = run(t, runOpts{}, gtracePath(t), "-l", c.pattern, "-p", strconv.Itoa(c.pid))
			if r.stdout == c.want || time.Now().After(deadline) {
				break
			}
		}
		if r.exit != 0 || r.stdout != c.want {
			t.Errorf("-l %q -p %d: exit %d, stdout %q, want %q; stderr %q", c.pattern, c.pid, r.exit, r.stdout, c.want, r.stderr)
		}
	}
	if r := run(t, runOpts{}, gtracePath(t), "-l", "-p", strconv.Itoa(wl.Process.Pid)); r.exit != 0 || !strings.Contains(r.stdout, "uprobe:"+workloadPath(t)+":workload_bump\n") {
		t.Errorf("-l -p: exit %d, stderr %q, stdout without workload_bump", r.exit, r.stderr)
	}
}
