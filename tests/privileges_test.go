package tests

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// The exporters give up root once their probes are attached: every
// thread of theirs has no capability left and runs as nobody, and they
// still serve the right values.

// nobody is the uid and gid Debian gives the user nobody.
const nobody = "65534"

// checkUnprivileged fails unless every thread of process pid runs as
// nobody with no capability in any set and no_new_privs set; with only,
// the lines of /proc/PID/status named there.
func checkUnprivileged(t *testing.T, pid int, only ...string) {
	t.Helper()
	tasks, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", pid))
	if err != nil || len(tasks) == 0 {
		t.Fatalf("no threads of process %d: %v", pid, err)
	}
	want := map[string]string{
		"Uid": strings.Repeat(nobody+"\t", 3) + nobody, "Gid": strings.Repeat(nobody+"\t", 3) + nobody, "Groups": "",
		"CapInh": "0000000000000000", "CapPrm": "0000000000000000", "CapEff": "0000000000000000",
		"CapBnd": "0000000000000000", "CapAmb": "0000000000000000", "NoNewPrivs": "1",
	}
	if len(only) > 0 {
		some := map[string]string{}
		for _, k := range only {
			some[k] = want[k]
		}
		want = some
	}
	for _, task := range tasks {
		f, err := os.Open(task)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok {
				got[k] = strings.TrimSpace(v)
			}
		}
		f.Close()
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %s is %q, want %q", task, k, got[k], v)
			}
		}
	}
}

// TestExportPrivileges: gtrace --export after attach, its -c command,
// and END (run by gtrace's own thread: its uid is gtrace's).
func TestExportPrivileges(t *testing.T) {
	testenv.RequireBPF(t)
	wl := workloadPath(t)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	script := `uprobe:` + wl + `:workload_add /pid == cpid/ { @calls = count(); @sum = sum(arg1); }
END { printf("END as uid %d\n", uid); }`
	cmd := exec.Command(gtracePath(t), "--export", addr, "-c", workloadCmd(t, "call 3 10 5 , sleep 120000"), "-e", script)
	stdout, stderr := &testenv.SyncBuffer{}, &testenv.SyncBuffer{}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	text := waitMetric(t, "http://"+addr+"/metrics", "gtrace_calls_total 3", stderr)
	if l := metricLine(text, "gtrace_sum_total"); l != "gtrace_sum_total 15" {
		t.Errorf("gtrace_sum_total: %q, want 15", l)
	}
	checkUnprivileged(t, cmd.Process.Pid)
	// The -c command was started as nobody too (unprivileged gtrace
	// must still be able to stop it), but may exec what nobody may.
	children := childrenOf(cmd.Process.Pid)
	if len(children) != 1 {
		t.Fatalf("gtrace's children: %v, want the -c command", children)
	}
	child := children[0]
	checkUnprivileged(t, child, "Uid", "Gid", "CapPrm", "CapEff")

	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("gtrace --export: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "END as uid "+nobody+"\n") {
		t.Errorf("END did not run after the drop:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
	if err := syscall.Kill(child, 0); err != syscall.ESRCH {
		t.Errorf("the -c command (%d) outlived gtrace: %v", child, err)
	}
}

// TestExportPrivilegesRefused: a probe that needs the privileges while
// tracing is refused before anything is attached.
func TestExportPrivilegesRefused(t *testing.T) {
	testenv.RequireBPF(t)
	_, errOut, code := runGtrace(t, "--export", "127.0.0.1:0", "-c", workloadCmd(t, "bump 1"), "-e", `watchpoint:workload_bump+arg1:4:w { @ = count(); }`)
	if code != 1 || !strings.Contains(errOut, "watchpoint:workload_bump+arg1:4:w sets its breakpoints while tracing") || !strings.Contains(errOut, "--export.privileged") {
		t.Errorf("exit %d, stderr %q; want 1 and the reason", code, errOut)
	}
}

// TestExporterPrivileges: gtrace-exporter stays root, to start the
// scripts of a SIGHUP (TestExporterDaemon), but holds no socket on the
// network: its front does, unprivileged, and the root process answers
// only the front.
func TestExporterPrivileges(t *testing.T) {
	testenv.RequireBPF(t)
	wl := privateWorkload(t)
	dir, write := scriptsDir(t)
	write("calls.bt", `uprobe:`+wl+`:workload_add { @calls = count(); }`)
	port := freePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	d := startDaemon(t, "--scripts.dir", dir, "--web.listen-address", addr)
	daemon, front := d.cmd.Process.Pid, d.front(t)
	checkUnprivileged(t, front)
	// The listening socket is the front's alone.
	inode := listeningInode(t, port)
	if !holdsSocket(t, front, inode) || holdsSocket(t, daemon, inode) {
		t.Errorf("the socket of %s: front %v, daemon %v; want the front's only", addr, holdsSocket(t, front, inode), holdsSocket(t, daemon, inode))
	}
	// The root process's own socket answers no one but the front.
	if inner := innerSocket(t); inner == "" {
		t.Errorf("no @gtrace-exporter- socket in /proc/net/unix")
	} else if c, err := net.Dial("unix", inner); err != nil {
		t.Errorf("connect to %s: %v", inner, err)
	} else {
		c.SetDeadline(time.Now().Add(2 * time.Second))
		fmt.Fprintf(c, "GET /metrics HTTP/1.0\r\n\r\n")
		if b, _ := io.ReadAll(c); len(b) > 0 {
			t.Errorf("the daemon answered a process other than its front:\n%s", b)
		}
		c.Close()
	}

	if out, err := exec.Command(wl, "call", "3", "10", "5").CombinedOutput(); err != nil {
		t.Fatalf("workload: %v\n%s", err, out)
	}
	if _, text := scrape(t, http.DefaultClient, "http://"+addr+"/metrics"); !strings.Contains(text, `gtrace_calls_total{script="calls"} 3`+"\n") {
		t.Errorf("no calls counted:\n%s", text)
	}
}

// front is the daemon's front: its one child.
func (d *exporterDaemon) front(t *testing.T) int {
	t.Helper()
	children := childrenOf(d.cmd.Process.Pid)
	if len(children) != 1 {
		t.Fatalf("the daemon's children: %v, want its front", children)
	}
	return children[0]
}

// childrenOf are the processes whose parent is pid (any of its threads).
func childrenOf(pid int) []int {
	var out []int
	files, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, field := range strings.Fields(string(b)) {
			var c int
			fmt.Sscan(field, &c)
			out = append(out, c)
		}
	}
	return out
}

// listeningInode is the inode of the socket listening on 127.0.0.1:port
// (/proc/net/tcp).
func listeningInode(t *testing.T, port int) string {
	t.Helper()
	b, err := os.ReadFile("/proc/net/tcp")
	if err != nil {
		t.Fatal(err)
	}
	local := fmt.Sprintf("0100007F:%04X", port)
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) > 9 && f[1] == local && f[3] == "0A" {
			return f[9]
		}
	}
	t.Fatalf("nothing listens on 127.0.0.1:%d", port)
	return ""
}

// holdsSocket reports whether process pid has the socket inode open.
func holdsSocket(t *testing.T, pid int, inode string) bool {
	t.Helper()
	fds, err := filepath.Glob(fmt.Sprintf("/proc/%d/fd/*", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, fd := range fds {
		if target, err := os.Readlink(fd); err == nil && target == "socket:["+inode+"]" {
			return true
		}
	}
	return false
}

// innerSocket is the address of a gtrace-exporter's abstract socket for
// its front ("" when none is listening).
func innerSocket(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("/proc/net/unix")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) >= 8 && strings.HasPrefix(f[7], "@gtrace-exporter-") {
			return f[7]
		}
	}
	return ""
}

// waitMetric scrapes url until its text has the line want, and returns
// the text.
func waitMetric(t *testing.T, url, want string, stderr *testenv.SyncBuffer) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if resp, err := http.Get(url); err == nil {
			var b strings.Builder
			_, err := bufio.NewReader(resp.Body).WriteTo(&b)
			resp.Body.Close()
			if err == nil && strings.Contains(b.String(), want+"\n") {
				return b.String()
			}
			if time.Now().After(deadline) {
				t.Fatalf("no %q after 30 s in:\n%s\nstderr:\n%s", want, b.String(), stderr.String())
			}
		} else if time.Now().After(deadline) {
			t.Fatalf("%s: %v after 30 s\nstderr:\n%s", url, err, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// exitCode is a finished command's exit status (0 without an error, -1
// when it did not run).
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

// publicDir is a temporary directory that nobody can read, removed at
// the end of the test (t.TempDir's are root's alone).
func publicDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "gtrace-public-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
