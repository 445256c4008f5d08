package tests

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/runtime/host"
)

// Containers: container_id from cgroups shaped as container runtimes
// make them (made by the test in the cgroup v2 hierarchy), and netns and
// pidns against /proc/PID/ns of the traced command.

// cgroupV2 is where the cgroup v2 hierarchy is mounted.
func cgroupV2(t *testing.T) string {
	t.Helper()
	mounts, err := host.CgroupMounts()
	if err != nil || len(mounts) == 0 || !mounts[0].V2 {
		t.Fatalf("no cgroup v2 hierarchy is mounted (%v)", err)
	}
	return mounts[0].Dir
}

// makeCgroup creates the cgroup rel (and its parents) under the v2
// root; they are removed at the end, innermost first.
func makeCgroup(t *testing.T, rel string) string {
	t.Helper()
	root := cgroupV2(t)
	dir := filepath.Join(root, rel)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for d := dir; d != root && strings.HasPrefix(d, root); d = filepath.Dir(d) {
			for i := 0; i < 50; i++ {
				if err := os.Remove(d); err == nil || os.IsNotExist(err) {
					break
				}
				time.Sleep(20 * time.Millisecond) // its last process is still exiting
			}
		}
	})
	return dir
}

// inCgroup is a -c command that moves itself into the cgroup dir, then
// runs the workload steps.
func inCgroup(t *testing.T, dir, steps string) string {
	return `/bin/sh -c "echo $$ > ` + filepath.Join(dir, "cgroup.procs") + ` && exec ` + workloadCmd(t, steps) + `"`
}

func TestContainerID(t *testing.T) {
	testenv.RequireBPF(t)
	wl := workloadPath(t)
	id := "4f1a9c0e2b7d4c5f8a6e3b2d1c0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f"
	for _, c := range []struct{ name, rel, want string }{
		{"docker", fmt.Sprintf("gtrace-%d.slice/docker-%s.scope", os.Getpid(), id), id},
		{"kubernetes", fmt.Sprintf("gtrace-kubepods-%d.slice/kubepods-besteffort-pod3e1f.slice/cri-containerd-%s.scope", os.Getpid(), id), id},
		{"none", fmt.Sprintf("gtrace-%d.slice/cron.service", os.Getpid()), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := makeCgroup(t, c.rel)
			r := run(t, runOpts{}, gtracePath(t), "-c", inCgroup(t, dir, "call 1 1 0"), "-e",
				`uprobe:`+wl+`:workload_add /pid == cpid/ { printf("[%s] %s\n", container_id, cgroup_path(cgroup, "unified")); @[container_id] = count(); }`)
			checkResult(t, r, fmt.Sprintf("Attaching 1 probe...\n[%s] unified:/%s\n\n\n@[%s]: 1\n", c.want, c.rel, c.want))
		})
	}
}

// TestNamespaces: netns and pidns are the inode numbers /proc/PID/ns
// shows, in gtrace's own namespaces and in a network namespace of the
// command's own (unshare -n).
func TestNamespaces(t *testing.T) {
	testenv.RequireBPF(t)
	wl := workloadPath(t)
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Fatal("no unshare: apt-get install util-linux")
	}
	inode := func(pid int, ns string) uint64 {
		var st syscall.Stat_t
		if err := syscall.Stat(fmt.Sprintf("/proc/%d/ns/%s", pid, ns), &st); err != nil {
			t.Fatal(err)
		}
		return st.Ino
	}
	script := `BEGIN { printf("%d\n", cpid); } uprobe:` + wl + `:workload_add /pid == cpid/ { printf("%lu %lu\n", netns, pidns); exit(); }`
	cmd := exec.Command(gtracePath(t), "-c", "unshare -n "+workloadCmd(t, "sleep 1500 , call 1 1 0"), "-e", script)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	sc := bufio.NewScanner(out)
	next := func() string {
		if !sc.Scan() {
			t.Fatalf("gtrace's output ended: %v", sc.Err())
		}
		return sc.Text()
	}
	next() // Attaching ...
	cpid, err := strconv.Atoi(next())
	if err != nil {
		t.Fatal(err)
	}
	// Read while the command sleeps in its own network namespace.
	time.Sleep(300 * time.Millisecond)
	wantNet, wantPid := inode(cpid, "net"), inode(cpid, "pid")
	if wantNet == inode(os.Getpid(), "net") {
		t.Fatalf("unshare -n left the command in the test's network namespace")
	}
	got := next()
	if want := fmt.Sprintf("%d %d", wantNet, wantPid); got != want {
		t.Errorf("netns pidns = %s, want %s (/proc/%d/ns)", got, want, cpid)
	}

	// BEGIN runs in gtrace's own namespaces.
	r := run(t, runOpts{}, gtracePath(t), "-e", `BEGIN { printf("%lu %lu\n", netns, pidns); exit(); }`)
	checkResult(t, r, fmt.Sprintf("Attaching 1 probe...\n%d %d\n\n\n", inode(os.Getpid(), "net"), inode(os.Getpid(), "pid")))
}

// TestPidNamespace: pid and tid are as gtrace's pid namespace numbers
// them (bpftrace v0.26's pid(curr_ns), the default); pid(init) and
// tid(init) as the initial one does. gtrace runs in a new pid namespace
// (unshare -p), where it is 1; a task of another namespace reads 0.
func TestPidNamespace(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t) // bpftrace v0.17 has no pid(curr_ns)
	wl := workloadPath(t)
	r := run(t, runOpts{}, gtracePath(t), "-e", `BEGIN { printf("%d %d %d\n", pid == pid(init), pid(curr_ns) == pid(init), tid == tid(init)); exit(); }`)
	checkResult(t, r, "Attaching 1 probe...\n1 1 1\n\n\n")

	script := `BEGIN { printf("%d\n", pid); }
uprobe:` + wl + `:workload_add /pid == cpid/ { printf("%d %d %d\n", tid(curr_ns) == pid, pid(init) != pid, pid(init) == tid(init)); exit(); }`
	r = run(t, runOpts{}, "unshare", "-pf", "--mount-proc", gtracePath(t), "-c", workloadCmd(t, "call 1 1 0"), "-e", script)
	checkResult(t, r, "Attaching 2 probes...\n1\n1 1 1\n\n\n")

	// The workload in a namespace of its own, below gtrace's.
	script = `uprobe:` + wl + `:workload_add { printf("%d %d\n", pid, pid(init) > 1); exit(); }`
	r = run(t, runOpts{}, "unshare", "-pf", "--mount-proc", gtracePath(t), "-c", "unshare -pf "+workloadCmd(t, "call 1 1 0"), "-e", script)
	checkResult(t, r, "Attaching 1 probe...\n0 1\n\n\n")
}

// TestCgroupFilter: --cgroup restricts every probe but BEGIN and END to
// the tasks of that cgroup and below: of a workload run inside and one
// outside, only the calls inside count.
func TestCgroupFilter(t *testing.T) {
	testenv.RequireBPF(t)
	wl := privateWorkload(t)
	rel := fmt.Sprintf("gtrace-filter-%d.slice/inner", os.Getpid())
	dir := makeCgroup(t, rel)
	load := filepath.Join(t.TempDir(), "load.sh")
	src := "sh -c 'echo $$ > " + filepath.Join(dir, "cgroup.procs") + " && exec " + wl + " call 3 1 0'\n" + wl + " call 5 1 0\n"
	if err := os.WriteFile(load, []byte(src), 0o755); err != nil {
		t.Fatal(err)
	}
	script := `BEGIN { printf("begin\n"); } uprobe:` + wl + `:workload_add { @calls = count(); } END { printf("end\n"); }`
	for _, c := range []struct {
		name string
		args []string
		want int
	}{
		{"none", nil, 8},
		{"absolute", []string{"--cgroup", dir}, 3},
		// From the hierarchy's root, and its parent slice: below counts.
		{"relative parent", []string{"--cgroup", filepath.Dir(rel)}, 3},
		{"two", []string{"--cgroup", filepath.Dir(rel), "--cgroup", "/"}, 8},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append(append([]string{}, c.args...), "-c", "/bin/sh "+load, "-e", script)
			r := run(t, runOpts{}, gtracePath(t), args...)
			checkResult(t, r, fmt.Sprintf("Attaching 3 probes...\nbegin\nend\n\n\n@calls: %d\n", c.want))
		})
	}
	r := run(t, runOpts{}, gtracePath(t), "--cgroup", "no/such/cgroup", "-e", script)
	if r.exit != 1 || !strings.Contains(r.stderr, "--cgroup no/such/cgroup:") {
		t.Errorf("a missing cgroup: exit %d, stderr %q", r.exit, r.stderr)
	}
}
