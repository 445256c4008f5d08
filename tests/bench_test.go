package tests

import (
	"bufio"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// BenchmarkStartup measures, in gtrace and in bpftrace (when installed),
// how long a script takes from exec to every probe attached, and how long
// it then takes to detach and exit. Both tools release the -c command
// only once everything is attached, so the command's first output marks
// the end of start-up.
//
//	go test ./tests -run '^$' -bench Startup -benchtime 1x
//
// Measured here (Linux 6.18 VM, 2 CPUs), tracepoint:syscalls:sys_enter_*
// (360 probes): gtrace starts in 0.53 s and exits in 0.20 s; bpftrace
// v0.17 starts in 1.6 s and exits in 17.3 s. The "~18 s" bpftrace needs is
// the detach: closing each tracepoint's perf event waits for an RCU grace
// period in the kernel (34 s one after the other for 360, 8.5 s even
// concurrently). gtrace attaches one dispatcher to raw_syscalls instead
// (runtime/probe_syscalls.go). uprobe:WORKLOAD:_IO_* (158 uprobes): gtrace
// 0.08 s + 0.05 s with uprobe_multi links, bpftrace 0.37 s + 13.1 s.
func BenchmarkStartup(b *testing.B) {
	scripts := []struct{ name, script string }{
		{"begin", `BEGIN { @ = 1; }`},
		{"tracepoint", `tracepoint:syscalls:sys_enter_getpid { @[probe] = count(); }`},
		{"sys_enter_all", `tracepoint:syscalls:sys_enter_* { @[probe] = count(); }`},
		{"sys_enter_exit_all", `tracepoint:syscalls:sys_enter_* { @[probe] = count(); } tracepoint:syscalls:sys_exit_* { @x[probe] = count(); }`},
	}
	// Uprobes on many functions: perf-event uprobes also wait for a grace
	// period each when closed; gtrace uses uprobe_multi links where the
	// kernel has them (6.6+).
	scripts = append(scripts, struct{ name, script string }{"uprobe_wildcard",
		`uprobe:` + workloadPath(b) + `:_IO_* { @[probe] = count(); }`})
	for _, s := range scripts {
		for _, tool := range []string{"gtrace", "bpftrace"} {
			b.Run(s.name+"/"+tool, func(b *testing.B) {
				testenv.RequireBPF(b)
				bin := ""
				if tool == "gtrace" {
					bin = gtracePath(b)
				} else {
					bin = bpftracePath(b)
					mountTracefs()
				}
				var start, stop time.Duration
				for i := 0; i < b.N; i++ {
					s1, s2 := startupOnce(b, bin, s.script)
					start += s1
					stop += s2
				}
				b.ReportMetric(start.Seconds()/float64(b.N), "s-startup/op")
				b.ReportMetric(stop.Seconds()/float64(b.N), "s-teardown/op")
			})
		}
	}
}

// startupOnce runs bin with script and -c echo, and returns the time until
// the echo's output arrives and the time from then until bin exits.
func startupOnce(b *testing.B, bin, script string) (startup, teardown time.Duration) {
	const marker = "gtrace-bench-attached"
	cmd := exec.Command(bin, "-c", "/bin/echo "+marker, "-e", script)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	sc := bufio.NewScanner(out)
	found := false
	for sc.Scan() {
		if strings.Contains(sc.Text(), marker) {
			found = true
			break
		}
	}
	startup = time.Since(t0)
	t1 := time.Now()
	io.Copy(io.Discard, out)
	err = cmd.Wait()
	teardown = time.Since(t1)
	if !found || err != nil {
		b.Fatalf("%s: no start marker (%v)", bin, err)
	}
	return startup, teardown
}
