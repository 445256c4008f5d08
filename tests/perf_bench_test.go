package tests

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/gtrace/gtrace/internal/testenv"
	"golang.org/x/sys/unix"
)

// BenchmarkProbeCost runs the same script in gtrace and in bpftrace, fires
// its probe with a workload, and reports from the kernel's own statistics
// (kernel.bpf_stats_enabled) what one event costs: ns/event (the program's
// run time per run) and insns (translated instructions of the program).
// ns/op is the workload's time and means nothing here.
//
//	go test ./tests -run '^$' -bench ProbeCost
func BenchmarkProbeCost(b *testing.B) {
	testenv.RequireBPF(b)
	stats, err := ebpf.EnableStats(uint32(unix.BPF_STATS_RUN_TIME))
	if err != nil {
		b.Skipf("kernel BPF statistics: %v", err)
	}
	defer stats.Close()
	scripts := []struct{ name, script string }{
		{"count_by_comm", `tracepoint:syscalls:sys_enter_getpid { @[comm] = count(); }`},
		{"count_sum", `tracepoint:syscalls:sys_enter_getpid { @n = count(); @s = sum(pid); }`},
		{"hist", `tracepoint:syscalls:sys_enter_getpid { @h = hist(tid); }`},
		{"printf", `tracepoint:syscalls:sys_enter_getpid /comm == "workload"/ { printf("%d %s\n", pid, comm); }`},
	}
	for _, s := range scripts {
		for _, tool := range []string{"gtrace", "bpftrace"} {
			b.Run(s.name+"/"+tool, func(b *testing.B) {
				bin := ""
				if tool == "gtrace" {
					bin = gtracePath(b)
				} else {
					bin = bpftracePath(b)
					mountTracefs()
				}
				probeCost(b, bin, s.script)
			})
		}
	}
}

func probeCost(b *testing.B, bin, script string) {
	cmd := exec.Command(bin, "-e", script)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
	}()
	attached := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "Attaching") {
				attached <- true
			}
		}
	}()
	select {
	case <-attached:
	case <-time.After(60 * time.Second):
		b.Fatal("the tool never attached")
	}
	// bpftrace prints "Attaching" before it attaches: wait for the
	// tracepoint program to appear among the process's descriptors.
	var prog *ebpf.Program
	for deadline := time.Now().Add(30 * time.Second); prog == nil && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		prog = tracepointProgram(cmd.Process.Pid)
	}
	if prog == nil {
		b.Fatal("no tracepoint program found")
	}
	defer prog.Close()
	time.Sleep(500 * time.Millisecond)
	before, err := prog.Stats()
	if err != nil {
		b.Fatal(err)
	}
	wl := workloadPath(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := exec.Command(wl, "getpid", "20000").Run(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	after, err := prog.Stats()
	if err != nil {
		b.Fatal(err)
	}
	if runs := after.RunCount - before.RunCount; runs > 0 {
		b.ReportMetric(float64(after.Runtime-before.Runtime)/float64(runs), "ns/event")
	}
	if info, err := prog.Info(); err == nil {
		if n, err := info.TranslatedSize(); err == nil {
			b.ReportMetric(float64(n/8), "insns")
		}
	}
}

// tracepointProgram finds the tracepoint program held by process pid.
func tracepointProgram(pid int) *ebpf.Program {
	dir := filepath.Join("/proc", strconv.Itoa(pid), "fdinfo")
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			v, ok := strings.CutPrefix(line, "prog_id:")
			if !ok {
				continue
			}
			id, _ := strconv.Atoi(strings.TrimSpace(v))
			p, err := ebpf.NewProgramFromID(ebpf.ProgramID(id))
			if err != nil {
				continue
			}
			if p.Type() == ebpf.TracePoint {
				return p
			}
			p.Close()
		}
	}
	return nil
}
