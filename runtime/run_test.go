package runtime

import (
	"bytes"
	"context"
	"errors"
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
	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
)

// helperArg, as the first argument of the test binary, makes it a small
// workload for -c tests instead of running tests (see helperMain).
const helperArg = "gtrace-runtime-test-helper"

func TestMain(m *testing.M) {
	// The -c tests run this binary as their command.
	if len(os.Args) > 1 && os.Args[1] == helperArg {
		os.Exit(helperMain(os.Args[2:]))
	}
	os.Exit(m.Run())
}

// helperMain is the -c workload: "getppid N" makes N getppid(2) calls,
// "pid" prints its pid, "sleep MS" sleeps, "exit N" exits with status N.
func helperMain(args []string) int {
	for len(args) > 0 {
		switch args[0] {
		case "getppid":
			n, _ := strconv.Atoi(args[1])
			for i := 0; i < n; i++ {
				syscall.Getppid()
			}
			args = args[2:]
		case "pid":
			fmt.Printf("pid %d\n", os.Getpid())
			args = args[1:]
		case "sleep":
			ms, _ := strconv.Atoi(args[1])
			time.Sleep(time.Duration(ms) * time.Millisecond)
			args = args[2:]
		case "exit":
			n, _ := strconv.Atoi(args[1])
			return n
		default:
			fmt.Fprintf(os.Stderr, "helper: unknown step %q\n", args[0])
			return 64
		}
	}
	return 0
}

func helperCommand(t *testing.T, steps ...string) []string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{exe, helperArg}, steps...)
}

// compile runs a script through the whole front end, as gtrace does.
func compile(t *testing.T, src string, params ...string) *codegen.Output {
	t.Helper()
	prog, err := lang.Parse("", src)
	if err != nil {
		t.Fatalf("parse: %s", ast.Format(src, err))
	}
	info, err := lang.Check(prog, lang.CheckOptions{Host: host.New(), Params: params})
	if err != nil {
		t.Fatalf("check: %s", ast.Format(src, err))
	}
	out, err := codegen.Compile(prog, info, codegen.Options{})
	if err != nil {
		t.Fatalf("compile: %s", ast.Format(src, err))
	}
	return out
}

// runResult is what one Run printed.
type runResult struct {
	out    string // through the Writer
	stdout string // the command's output, and the exit newlines with Redirected
	err    error
}

// runScript runs out with a text writer into a buffer, stopping it after
// timeout (as SIGINT would) if it has not ended by then.
func runScript(t *testing.T, out *codegen.Output, opts RunOptions, timeout time.Duration) runResult {
	t.Helper()
	var buf, stdout testenv.SyncBuffer
	opts.Writer = output.NewTextWriter(&buf)
	opts.Stdout = &stdout
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	before := bpfFDs(t)
	code, err := Run(ctx, out, opts)
	if err == nil && code != 0 {
		t.Errorf("Run returned exit code %d without an error", code)
	}
	if err != nil && code == 0 {
		t.Errorf("Run returned exit code 0 with error %v", err)
	}
	if after := bpfFDs(t); after != before {
		t.Errorf("BPF file descriptors before Run: %d, after: %d; Run leaked", before, after)
	}
	return runResult{out: buf.String(), stdout: stdout.String(), err: err}
}

// bpfFDs counts this process's open BPF programs, maps and links.
func bpfFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		target, err := os.Readlink(filepath.Join("/proc/self/fd", e.Name()))
		if err == nil && strings.HasPrefix(target, "anon_inode:bpf") {
			n++
		}
	}
	return n
}

func checkOutput(t *testing.T, r runResult, want string) {
	t.Helper()
	if r.err != nil {
		t.Fatalf("Run: %v\noutput so far:\n%s", r.err, r.out)
	}
	if r.out != want {
		t.Errorf("output\n got %q\nwant %q", r.out, want)
	}
}

// handBuilt is an Output assembled without the compiler: a BEGIN program
// sending a printf record {0, 42}, a printf record {0, cpid} and an exit
// record {1}.
func handBuilt() *codegen.Output {
	record := func(id, arg int64) asm.Instructions {
		return asm.Instructions{
			asm.LoadImm(asm.R1, id, asm.DWord),
			asm.StoreMem(asm.RFP, -16, asm.R1, asm.DWord),
			asm.LoadImm(asm.R1, arg, asm.DWord),
			asm.StoreMem(asm.RFP, -8, asm.R1, asm.DWord),
			asm.LoadMapPtr(asm.R1, 0).WithReference("gt_events"),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, -16),
			asm.Mov.Imm(asm.R3, 16),
			asm.Mov.Imm(asm.R4, 0),
			asm.FnRingbufOutput.Call(),
		}
	}
	var insns asm.Instructions
	insns = append(insns, record(0, 42)...)
	patchAt := len(insns) + 2 // the LoadImm of the argument
	insns = append(insns, record(0, 0)...)
	insns = append(insns, record(1, 0)...)
	insns = append(insns, asm.Mov.Imm(asm.R0, 0), asm.Return())

	spec := &ebpf.CollectionSpec{
		Maps: map[string]*ebpf.MapSpec{
			"gt_events": {Name: "gt_events", Type: ebpf.RingBuf, MaxEntries: 1 << 16},
			"gt_lost":   {Name: "gt_lost", Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: 1},
		},
		Programs: map[string]*ebpf.ProgramSpec{
			"gt_p0": {Name: "gt_p0", Type: ebpf.RawTracepoint, License: "GPL", Instructions: insns},
		},
	}
	return &codegen.Output{
		Spec: spec,
		Programs: []*codegen.ProgramMeta{{
			Name:    "gt_p0",
			Attach:  &ast.AttachInfo{Provider: "BEGIN", Name: "BEGIN"},
			Patches: []codegen.Patch{{Index: patchAt, Value: func(r stdlib.Runtime) (int64, error) { return r.Cpid(), nil }}},
		}},
		Events: []*stdlib.EventSpec{
			{Handle: testPrintf, Format: "x=%d\n", Args: []*ast.Type{ast.Int64}, ArgOffsets: []int{8}, Size: 16},
			{Stop: true, Size: 8},
		},
		Strlen:    64,
		EventsMap: "gt_events",
		LostMap:   "gt_lost",
	}
}

// testPrintf handles a printf record as stdlib's printf does.
func testPrintf(r stdlib.Runtime, ev *stdlib.EventSpec, args []output.Value) error {
	s, err := output.Sprintf(ev.Format, args)
	if err != nil {
		return err
	}
	r.Output(output.Event{Kind: "printf", Text: s})
	return nil
}

func TestRunHandBuilt(t *testing.T) {
	testenv.RequireBPF(t)
	out := handBuilt()
	r := runScript(t, out, RunOptions{}, 10*time.Second)
	checkOutput(t, r, "Attaching 1 probe...\nx=42\nx=0\n\n\n")

	// The caller's spec is not patched: Run works on a copy.
	if c := out.Spec.Programs["gt_p0"].Instructions[out.Programs[0].Patches[0].Index].Constant; c != 0 {
		t.Errorf("Run patched the caller's spec: constant %d", c)
	}

	// With -c, cpid is the command's pid, and exit() in BEGIN ends the run
	// before the command ever runs.
	r = runScript(t, out, RunOptions{Quiet: true, Command: helperCommand(t, "pid")}, 10*time.Second)
	if r.err != nil {
		t.Fatal(r.err)
	}
	if !strings.HasPrefix(r.out, "x=42\nx=") || strings.HasPrefix(r.out, "x=42\nx=0\n") {
		t.Errorf("output %q: want x=42 then the command's pid", r.out)
	}
	if r.stdout != "" {
		t.Errorf("the command ran (printed %q) although BEGIN called exit()", r.stdout)
	}
}

func TestRunBeginEnd(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `BEGIN { printf("hello %d %s\n", 5, "x"); @a = 1; exit(); printf("not printed\n"); }
		END { printf("end\n"); @b[2] = count(); }`)
	checkOutput(t, runScript(t, out, RunOptions{}, 10*time.Second),
		"Attaching 2 probes...\nhello 5 x\nend\n\n\n@a: 1\n@b[2]: 1\n")
}

func TestRunQuietRedirected(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `BEGIN { printf("hi\n"); @n = count(); exit(); }`)
	r := runScript(t, out, RunOptions{Quiet: true, Redirected: true}, 10*time.Second)
	checkOutput(t, r, "hi\n@n: 1\n")
	if r.stdout != "\n\n" {
		t.Errorf("stdout %q, want the two exit newlines", r.stdout)
	}
}

func TestRunCommandCount(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @n = count(); }
		tracepoint:syscalls:sys_enter_execve /pid == cpid/ { @exec = count(); }
		END { printf("end\n"); }`)
	r := runScript(t, out, RunOptions{Command: helperCommand(t, "getppid", "7", "exit", "3")}, 30*time.Second)
	// Tracing stops when the command exits; its exit status is not ours.
	// Its execve is traced once, as in bpftrace.
	checkOutput(t, r, "Attaching 3 probes...\nend\n\n\n@exec: 1\n@n: 7\n")
}

func TestRunCommandOutputAndStop(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @n = count(); if (@n == 2) { exit(); } }`)
	start := time.Now()
	r := runScript(t, out, RunOptions{Quiet: true, Command: helperCommand(t, "pid", "getppid", "2", "sleep", "20000")}, 30*time.Second)
	checkOutput(t, r, "\n\n@n: 2\n")
	if !strings.HasPrefix(r.stdout, "pid ") {
		t.Errorf("command output %q", r.stdout)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v: exit() must stop the command", d)
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(r.stdout, "pid ")))
	if pid > 0 && syscall.Kill(pid, 0) == nil {
		t.Errorf("the command (pid %d) outlived Run", pid)
	}
}

func TestRunCommandNotFound(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `BEGIN { exit(); }`)
	var buf bytes.Buffer
	_, err := Run(context.Background(), out, RunOptions{Writer: output.NewTextWriter(&buf), Command: []string{"/nonexistent/gtrace-cmd"}})
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/gtrace-cmd") {
		t.Errorf("Run with a missing command: %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("printed %q before failing", buf.String())
	}
}

func TestRunInterval(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `interval:ms:20 { @i++; printf("tick %d\n", @i); if (@i == 3) { exit(); } }
		END { printf("elapsed ok %d\n", elapsed >= 60000000); }`)
	checkOutput(t, runScript(t, out, RunOptions{}, 30*time.Second),
		"Attaching 2 probes...\ntick 1\ntick 2\ntick 3\nelapsed ok 1\n\n\n@i: 3\n")
}

func TestRunStopByContext(t *testing.T) {
	testenv.RequireBPF(t)
	// Nothing ends this script but the context, as SIGINT would.
	out := compile(t, `BEGIN { @b = 1; } interval:s:100 { @never = count(); } END { printf("end\n"); }`)
	checkOutput(t, runScript(t, out, RunOptions{}, 500*time.Millisecond),
		"Attaching 3 probes...\nend\n\n\n@b: 1\n@never: 0\n")
}

func TestRunPID(t *testing.T) {
	testenv.RequireBPF(t)
	cmd := exec.Command("sleep", "0.5")
	if err := cmd.Start(); err != nil {
		t.Skipf("no sleep command: %v", err)
	}
	reaped := make(chan struct{})
	go func() { cmd.Wait(); close(reaped) }()
	out := compile(t, `interval:s:100 { exit(); } END { printf("end\n"); }`)
	start := time.Now()
	checkOutput(t, runScript(t, out, RunOptions{PID: cmd.Process.Pid}, 30*time.Second), "Attaching 2 probes...\nend\n\n\n")
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v: tracing must stop when the -p process exits", d)
	}

	// Tracing ends when the process exits; its pid is gone only once it
	// is reaped.
	<-reaped
	var buf bytes.Buffer
	_, err := Run(context.Background(), out, RunOptions{Writer: output.NewTextWriter(&buf), PID: cmd.Process.Pid})
	if err == nil || !strings.Contains(err.Error(), "no such process") {
		t.Errorf("Run with a dead -p process: %v", err)
	}
}

func TestRunMapEvents(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `BEGIN { @c[1] = count(); @c[2] = count(); @c[2] = count(); @s = sum(5); @x[1] = 1;
		print(@c); print(@c, 1); clear(@x); zero(@s); print(@s); print(5); exit(); }`)
	checkOutput(t, runScript(t, out, RunOptions{}, 10*time.Second),
		"Attaching 1 probe...\n@c[1]: 1\n@c[2]: 2\n@c[2]: 2\n@s: 0\n5\n\n\n@c[1]: 1\n@c[2]: 2\n@s: 0\n\n")
}

func TestRunAggregationsAtExit(t *testing.T) {
	testenv.RequireBPF(t)
	out := compile(t, `BEGIN { @h = hist(5); @h = hist(1); @l = lhist(15, 0, 100, 10); @a = avg(4); @a = avg(8);
		@mn = min(-3); @mx = max(9); @st = stats(10); @str = "s"; @t = (1, "a"); exit(); }`)
	checkOutput(t, runScript(t, out, RunOptions{Quiet: true}, 10*time.Second), "\n\n"+
		"@a: 6\n\n"+
		"@h: \n[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"+
		"[2, 4)                 0 |                                                    |\n"+
		"[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n"+
		"@l: \n[10, 20)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n"+
		"@mn: -3\n@mx: 9\n@st: count 1, average 10, total 10\n\n@str: s\n@t: (1, a)\n")
}

func TestRunVerifierError(t *testing.T) {
	testenv.RequireBPF(t)
	out := handBuilt()
	// Read through a hash map value pointer that may be NULL.
	insns := asm.Instructions{
		asm.Mov.Imm(asm.R1, 0),
		asm.StoreMem(asm.RFP, -4, asm.R1, asm.Word),
		asm.LoadMapPtr(asm.R1, 0).WithReference("gt_h"),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -4),
		asm.FnMapLookupElem.Call(),
		asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord),
		asm.Return(),
	}
	out.Spec.Programs["gt_p0"].Instructions = insns
	out.Spec.Maps["gt_h"] = &ebpf.MapSpec{Name: "gt_h", Type: ebpf.Hash, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	pos := ast.Pos{Line: 3, Col: 5}
	out.Programs[0].Patches = nil
	out.Programs[0].Position = ast.Pos{Line: 1, Col: 1}
	out.Programs[0].Lines = []codegen.SourceLine{{Insn: 0, Pos: ast.Pos{Line: 2, Col: 3}}, {Insn: 7, Pos: pos}}
	r := runScript(t, out, RunOptions{}, 10*time.Second)
	var le *LoadError
	if !errors.As(r.err, &le) {
		t.Fatalf("Run: %v, want a *LoadError", r.err)
	}
	if le.Probe != "BEGIN" || le.Pos != pos || !strings.Contains(le.Reason, "invalid mem access") {
		t.Errorf("LoadError %+v", le)
	}
	if d := ast.Format("x\ny\n    @x = 1;\n", le.Diagnostic()); !strings.HasPrefix(d, "stdin:3:5: BEGIN: the kernel's verifier rejected the program: R0 invalid mem access") {
		t.Errorf("diagnostic:\n%s", d)
	}
	if r.out != "" {
		t.Errorf("printed %q before failing to load", r.out)
	}
}

// TestRingbufFlushSentinel pins down what Run's event loop relies on: in
// cilium/ebpf, Flush makes a blocked Read return perf.ErrFlushed after the
// records already in the ring, and a past deadline makes it return
// os.ErrDeadlineExceeded once the ring is empty.
func TestRingbufFlushSentinel(t *testing.T) {
	testenv.RequireBPF(t)
	out := handBuilt()
	r := &runner{out: out, opts: RunOptions{Writer: output.NewTextWriter(&bytes.Buffer{})}, quit: make(chan struct{}), pidfd: -1}
	defer r.close()
	if err := r.load(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- r.loop() }()
	time.Sleep(50 * time.Millisecond)
	r.requestStop(stopSignal)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("loop after Flush: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Flush did not wake the event loop")
	}
	if exit, err := r.drain(true); exit || err != nil {
		t.Errorf("drain of an empty ring: %v, %v", exit, err)
	}
}

// children lists this process's live child processes.
func children(t *testing.T) []string {
	t.Helper()
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		t.Fatal(err)
	}
	var pids []string
	for _, task := range tasks {
		b, err := os.ReadFile(filepath.Join("/proc/self/task", task.Name(), "children"))
		if err == nil {
			pids = append(pids, strings.Fields(string(b))...)
		}
	}
	return pids
}

// A probe with several attach points runs with those that attach; the
// others are skipped with a warning.
func TestRunSkipsAttachPointThatFails(t *testing.T) {
	testenv.RequireBPF(t)
	out := handBuilt()
	for i, target := range []string{"gtrace_nosuch:nosuch", "syscalls:sys_enter_getpid"} {
		name := fmt.Sprintf("gt_p%d", i+1)
		out.Spec.Programs[name] = &ebpf.ProgramSpec{Name: name, Type: ebpf.TracePoint, License: "GPL",
			Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}}
		out.Programs = append(out.Programs, &codegen.ProgramMeta{Name: name, Probe: 1,
			Attach: &ast.AttachInfo{Provider: "tracepoint", Name: "tracepoint:" + target, Target: target}})
	}
	out.Events[1].Stop, out.Events[1].Handle = false, testPrintf
	out.Events[1].Format = "y\n"
	out.Events[1].Args, out.Events[1].ArgOffsets = nil, nil
	var stderr testenv.SyncBuffer
	r := runScript(t, out, RunOptions{Command: helperCommand(t, "pid"), Stderr: &stderr}, 10*time.Second)
	if r.err != nil {
		t.Fatalf("Run: %v", r.err)
	}
	want := "WARNING: could not attach probe tracepoint:gtrace_nosuch:nosuch, skipping: "
	if !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("stderr %q, want it to start with %q", stderr.String(), want)
	}
	if !strings.HasPrefix(r.stdout, "pid ") {
		t.Errorf("the command did not run: %q", r.stdout)
	}
}

func TestRunAttachErrorCleansUp(t *testing.T) {
	testenv.RequireBPF(t)
	out := handBuilt()
	out.Spec.Programs["gt_p1"] = &ebpf.ProgramSpec{Name: "gt_p1", Type: ebpf.TracePoint, License: "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}}
	out.Programs = append(out.Programs, &codegen.ProgramMeta{Name: "gt_p1", Probe: 1,
		Attach: &ast.AttachInfo{Provider: "tracepoint", Name: "tracepoint:gtrace_nosuch:nosuch", Target: "gtrace_nosuch:nosuch"}})
	// BEGIN must not exit, or nothing is attached.
	out.Events[1].Stop, out.Events[1].Handle = false, testPrintf
	out.Events[1].Format = "y\n"
	out.Events[1].Args, out.Events[1].ArgOffsets = nil, nil
	before := children(t)
	r := runScript(t, out, RunOptions{Command: helperCommand(t, "pid")}, 10*time.Second)
	if r.err == nil || !strings.Contains(r.err.Error(), "tracepoint:gtrace_nosuch:nosuch") {
		t.Errorf("Run: %v, want an error naming the probe", r.err)
	}
	if r.stdout != "" {
		t.Errorf("the command ran: %q", r.stdout)
	}
	if after := children(t); len(after) != len(before) {
		t.Errorf("child processes before Run %v, after %v", before, after)
	}
}
