package tests

import (
	"bufio"
	"fmt"
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
	children, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", cmd.Process.Pid, cmd.Process.Pid))
	fields := strings.Fields(string(children))
	if len(fields) != 1 {
		t.Fatalf("gtrace's children: %q, want the -c command", children)
	}
	var child int
	fmt.Sscan(fields[0], &child)
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

// TestExporterPrivileges: gtrace-exporter after its scripts started.
// SIGHUP can then only stop scripts: a changed one keeps running as it
// was, with a log line saying why.
func TestExporterPrivileges(t *testing.T) {
	testenv.RequireBPF(t)
	wl := privateWorkload(t)
	// The folder is read again on SIGHUP, as nobody.
	dir := publicDir(t)
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("calls.bt", `uprobe:`+wl+`:workload_add { @calls = count(); }`)
	write("gone.bt", `uprobe:`+wl+`:workload_add { @gone = count(); }`)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	d := startDaemon(t, "--scripts.dir", dir, "--web.listen-address", addr)
	checkUnprivileged(t, d.cmd.Process.Pid)
	if out, err := exec.Command(wl, "call", "3", "10", "5").CombinedOutput(); err != nil {
		t.Fatalf("workload: %v\n%s", err, out)
	}
	_, text := scrape(t, http.DefaultClient, "http://"+addr+"/metrics")
	for _, want := range []string{`gtrace_calls_total{script="calls"} 3`, `gtrace_gone_total{script="gone"} 3`} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("no %q in:\n%s", want, text)
		}
	}

	write("calls.bt", `uprobe:`+wl+`:workload_add { @changed = count(); }`)
	os.Remove(filepath.Join(dir, "gone.bt"))
	d.cmd.Process.Signal(syscall.SIGHUP)
	d.waitLog(t, "msg=stopped script=gone", nil)
	if !strings.Contains(d.stderr.String(), "restart gtrace-exporter to start new and changed scripts") {
		t.Errorf("the refused start is not logged:\n%s", d.stderr.String())
	}
	if out, err := exec.Command(wl, "call", "2", "1", "0").CombinedOutput(); err != nil {
		t.Fatalf("workload: %v\n%s", err, out)
	}
	_, text = scrape(t, http.DefaultClient, "http://"+addr+"/metrics")
	if l := metricLine(text, `gtrace_calls_total{script="calls"}`); l != `gtrace_calls_total{script="calls"} 5` {
		t.Errorf("the unchanged version of calls.bt: %q, want 5\n%s", l, text)
	}
	if strings.Contains(text, "gtrace_gone_total") || strings.Contains(text, "gtrace_changed") {
		t.Errorf("a removed or a refused script is served:\n%s", text)
	}
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
