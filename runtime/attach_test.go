package runtime

import (
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
	"golang.org/x/sys/unix"
)

func TestParseCPUList(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int
	}{
		{"0\n", []int{0}},
		{"0-1\n", []int{0, 1}},
		{"0-3,5,7-8", []int{0, 1, 2, 3, 5, 7, 8}},
	} {
		got, err := parseCPUList(c.in)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseCPUList(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "\n", "a", "3-1", "0,,1", "-1", "1-"} {
		if got, err := parseCPUList(bad); err == nil {
			t.Errorf("parseCPUList(%q) = %v, want an error", bad, got)
		}
	}
}

func TestOnlineCPUs(t *testing.T) {
	cpus, err := onlineCPUs()
	if err != nil {
		t.Fatal(err)
	}
	if len(cpus) == 0 {
		t.Fatal("no online cpus")
	}
}

func TestTimerSpecs(t *testing.T) {
	for _, c := range []struct {
		interval bool
		unit     string
		n        uint64
		period   uint64
		freq     uint64
	}{
		{true, "s", 1, 1e9, 0},
		{true, "ms", 10, 10e6, 0},
		{true, "us", 100, 100e3, 0},
		{true, "hz", 5, 0, 5},
		{false, "hz", 99, 0, 99},
		{false, "s", 2, 2e9, 0},
		{false, "ms", 3, 3e6, 0},
		{false, "us", 1500, 1.5e6, 0},
	} {
		var spec PerfSpec
		var err error
		if c.interval {
			spec, err = IntervalSpec(c.unit, c.n)
		} else {
			spec, err = ProfileSpec(c.unit, c.n)
		}
		if err != nil {
			t.Errorf("%s:%d: %v", c.unit, c.n, err)
			continue
		}
		if spec.Type != unix.PERF_TYPE_SOFTWARE || spec.Config != unix.PERF_COUNT_SW_CPU_CLOCK ||
			spec.Period != c.period || spec.Freq != c.freq || spec.CPUs != nil || spec.SingleCPU != c.interval {
			t.Errorf("interval=%v %s:%d = %+v", c.interval, c.unit, c.n, spec)
		}
	}
	for _, c := range []struct {
		unit string
		n    uint64
		msg  string
	}{
		{"ms", 0, "interval:ms:0: the count must be a positive integer"},
		{"m", 1, `interval:m:1: "m" is not a unit of time: use s, ms, us or hz`},
		{"s", 1 << 62, "interval:s:4611686018427387904: period too long"},
	} {
		_, err := IntervalSpec(c.unit, c.n)
		if err == nil || err.Error() != c.msg {
			t.Errorf("IntervalSpec(%q, %d) = %v, want %q", c.unit, c.n, err, c.msg)
		}
	}
	if spec, _ := ProfileSpec("hz", 99); spec.Probe != "profile:hz:99" {
		t.Errorf("profile probe name %q", spec.Probe)
	}
}

func TestEventSpecs(t *testing.T) {
	for _, c := range []struct {
		hw     bool
		event  string
		count  uint64
		config uint64
		period uint64
	}{
		{false, "cpu-clock", 0, unix.PERF_COUNT_SW_CPU_CLOCK, 1000000},
		{false, "cpu", 0, unix.PERF_COUNT_SW_CPU_CLOCK, 1000000},
		{false, "task-clock", 0, unix.PERF_COUNT_SW_TASK_CLOCK, 1},
		{false, "page-faults", 0, unix.PERF_COUNT_SW_PAGE_FAULTS, 100},
		{false, "faults", 7, unix.PERF_COUNT_SW_PAGE_FAULTS, 7},
		{false, "context-switches", 0, unix.PERF_COUNT_SW_CONTEXT_SWITCHES, 1000},
		{false, "cs", 0, unix.PERF_COUNT_SW_CONTEXT_SWITCHES, 1000},
		{false, "cpu-migrations", 0, unix.PERF_COUNT_SW_CPU_MIGRATIONS, 1},
		{false, "migrations", 0, unix.PERF_COUNT_SW_CPU_MIGRATIONS, 1},
		{false, "minor-faults", 0, unix.PERF_COUNT_SW_PAGE_FAULTS_MIN, 100},
		{false, "major-faults", 0, unix.PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1},
		{false, "alignment-faults", 0, unix.PERF_COUNT_SW_ALIGNMENT_FAULTS, 1},
		{false, "emulation-faults", 0, unix.PERF_COUNT_SW_EMULATION_FAULTS, 1},
		{false, "dummy", 0, unix.PERF_COUNT_SW_DUMMY, 1},
		{false, "bpf-output", 0, unix.PERF_COUNT_SW_BPF_OUTPUT, 1},
		{true, "cycles", 0, unix.PERF_COUNT_HW_CPU_CYCLES, 1000000},
		{true, "cpu-cycles", 0, unix.PERF_COUNT_HW_CPU_CYCLES, 1000000},
		{true, "instructions", 0, unix.PERF_COUNT_HW_INSTRUCTIONS, 1000000},
		{true, "cache-references", 0, unix.PERF_COUNT_HW_CACHE_REFERENCES, 1000000},
		{true, "cache-misses", 0, unix.PERF_COUNT_HW_CACHE_MISSES, 1000000},
		{true, "branch-instructions", 0, unix.PERF_COUNT_HW_BRANCH_INSTRUCTIONS, 100000},
		{true, "branches", 0, unix.PERF_COUNT_HW_BRANCH_INSTRUCTIONS, 100000},
		{true, "branch-misses", 0, unix.PERF_COUNT_HW_BRANCH_MISSES, 100000},
		{true, "bus-cycles", 0, unix.PERF_COUNT_HW_BUS_CYCLES, 100000},
		{true, "frontend-stalls", 0, unix.PERF_COUNT_HW_STALLED_CYCLES_FRONTEND, 1000000},
		{true, "backend-stalls", 0, unix.PERF_COUNT_HW_STALLED_CYCLES_BACKEND, 1000000},
		{true, "ref-cycles", 12, unix.PERF_COUNT_HW_REF_CPU_CYCLES, 12},
	} {
		spec, err := SoftwareSpec(c.event, c.count)
		typ := uint32(unix.PERF_TYPE_SOFTWARE)
		if c.hw {
			spec, err = HardwareSpec(c.event, c.count)
			typ = unix.PERF_TYPE_HARDWARE
		}
		if err != nil {
			t.Errorf("%s: %v", c.event, err)
			continue
		}
		if spec.Type != typ || spec.Config != c.config || spec.Period != c.period || spec.Freq != 0 || spec.CPUs != nil || spec.SingleCPU {
			t.Errorf("%s:%d = %+v", c.event, c.count, spec)
		}
	}
	if _, err := SoftwareSpec("cycles", 0); err == nil || err.Error() != `software:cycles: "cycles" is not a software event` {
		t.Errorf("SoftwareSpec(cycles): %v", err)
	}
	if _, err := HardwareSpec("faults", 3); err == nil || err.Error() != `hardware:faults:3: "faults" is not a hardware event` {
		t.Errorf("HardwareSpec(faults): %v", err)
	}
	if n := len(probes.EventNames(probes.SoftwareEvents)); n != 11+4 {
		t.Errorf("%d software event names, want 15", n)
	}
	if n := len(probes.EventNames(probes.HardwareEvents)); n != 10+2 {
		t.Errorf("%d hardware event names, want 12", n)
	}
}

// counter is an array map with one u64, which the test programs increment.
func newCounter(t *testing.T) *ebpf.Map {
	t.Helper()
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

func readCounter(t *testing.T, m *ebpf.Map) uint64 {
	t.Helper()
	var v uint64
	if err := m.Lookup(uint32(0), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// loadCounting loads a program of type typ that adds 1 to the counter
// (atomically: perf event programs run on every CPU at once), only for
// this process when onlySelf.
func loadCounting(t *testing.T, typ ebpf.ProgramType, counter *ebpf.Map, onlySelf bool) *ebpf.Program {
	t.Helper()
	var insns asm.Instructions
	if onlySelf {
		insns = append(insns,
			asm.FnGetCurrentPidTgid.Call(),
			asm.RSh.Imm(asm.R0, 32),
			asm.JNE.Imm(asm.R0, int32(os.Getpid()), "out"),
		)
	}
	insns = append(insns,
		asm.StoreImm(asm.RFP, -4, 0, asm.Word),
		asm.LoadMapPtr(asm.R1, counter.FD()),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -4),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, "out"),
		asm.Mov.Imm(asm.R1, 1),
		asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	)
	return loadProgram(t, typ, insns)
}

// loadProgram loads insns and registers a check that the program is gone
// from the kernel once the test has closed everything.
func loadProgram(t *testing.T, typ ebpf.ProgramType, insns asm.Instructions) *ebpf.Program {
	t.Helper()
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: typ, Instructions: insns, License: "GPL"})
	if err != nil {
		t.Fatalf("load %s program: %v", typ, err)
	}
	info, err := prog.Info()
	if err != nil {
		t.Fatal(err)
	}
	id, ok := info.ID()
	if !ok {
		t.Fatal("program has no id")
	}
	// Cleanups run last-in first-out: this one runs after the test's own
	// (closing links and perf events), and closes the program itself.
	t.Cleanup(func() {
		prog.Close()
		assertProgramGone(t, id)
	})
	return prog
}

// assertProgramGone checks that no BPF object keeps the program alive. The
// kernel may free it a moment after the last reference goes (RCU), so poll.
func assertProgramGone(t *testing.T, id ebpf.ProgramID) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for {
		if !programLoaded(t, id) {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("program %d is still loaded after everything was closed", id)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// programLoaded walks the kernel's program IDs (other processes load
// programs concurrently, so look for this one rather than compare counts).
func programLoaded(t *testing.T, id ebpf.ProgramID) bool {
	t.Helper()
	var cur ebpf.ProgramID
	for {
		next, err := ebpf.ProgramGetNextID(cur)
		if errors.Is(err, os.ErrNotExist) {
			return false
		}
		if err != nil {
			t.Fatalf("ProgramGetNextID: %v", err)
		}
		if next == id {
			return true
		}
		cur = next
	}
}

func closeOnCleanup(t *testing.T, closers []io.Closer) {
	t.Cleanup(func() { closeAll(closers) })
}

func TestAttachTracepoint(t *testing.T) {
	testenv.RequireBPF(t)
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.TracePoint, counter, true)

	l, err := attachTracepoint(host.New(), "syscalls", "sys_enter_getpid", prog)
	if err != nil {
		t.Fatal(err)
	}
	const calls = 5
	for range calls {
		unix.Getpid()
	}
	got := readCounter(t, counter)
	if got < calls {
		t.Errorf("counted %d getpid calls, want >= %d", got, calls)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	unix.Getpid()
	if after := readCounter(t, counter); after != got {
		t.Errorf("still counting after detach: %d, then %d", got, after)
	}

	_, err = attachTracepoint(host.New(), "syscalls", "sys_enter_nonexistent", prog)
	if err == nil || err.Error() != "tracepoint:syscalls:sys_enter_nonexistent: no such tracepoint" {
		t.Errorf("attach to a missing tracepoint: %v", err)
	}
	_, err = attachTracepoint(host.New(), "nonexistent", "x", prog)
	if err == nil || err.Error() != "tracepoint:nonexistent:x: no such tracepoint" {
		t.Errorf("attach to a missing category: %v", err)
	}
}

func testInterval(t *testing.T, ioctl bool) {
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.PerfEvent, counter, false)
	spec, err := IntervalSpec("ms", 10)
	if err != nil {
		t.Fatal(err)
	}
	spec.forceIoctl = ioctl
	closers, err := attachPerfEvent(prog, spec)
	if err != nil {
		t.Fatal(err)
	}
	closeOnCleanup(t, closers)
	if len(closers) != 1 {
		t.Errorf("interval opened %d perf events, want 1", len(closers))
	}
	time.Sleep(200 * time.Millisecond)
	got := readCounter(t, counter)
	if got < 5 {
		t.Errorf("interval:ms:10 fired %d times in 200ms, want >= 5", got)
	}
	if got > 30 {
		t.Errorf("interval:ms:10 fired %d times in 200ms, want about 20 (does it run on every cpu?)", got)
	}
	closeAll(closers)
	after := readCounter(t, counter)
	time.Sleep(50 * time.Millisecond)
	if again := readCounter(t, counter); again != after {
		t.Errorf("interval still firing after close: %d, then %d", after, again)
	}
}

func TestAttachInterval(t *testing.T) {
	testenv.RequireBPF(t)
	testInterval(t, false)
}

// The ioctl path is what kernels before 5.15 take.
func TestAttachIntervalIoctl(t *testing.T) {
	testenv.RequireBPF(t)
	testInterval(t, true)
}

func TestAttachProfile(t *testing.T) {
	testenv.RequireBPF(t)
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.PerfEvent, counter, false)
	spec, err := ProfileSpec("hz", 99)
	if err != nil {
		t.Fatal(err)
	}
	closers, err := attachPerfEvent(prog, spec)
	if err != nil {
		t.Fatal(err)
	}
	closeOnCleanup(t, closers)
	cpus, _ := onlineCPUs()
	if len(closers) != len(cpus) {
		t.Errorf("profile opened %d perf events, want one per cpu (%d)", len(closers), len(cpus))
	}
	spin(300 * time.Millisecond)
	if got := readCounter(t, counter); got == 0 {
		t.Error("profile:hz:99 never fired")
	}
}

// spin keeps a CPU busy, so timers based on CPU time advance.
func spin(d time.Duration) {
	x := 0
	for start := time.Now(); time.Since(start) < d; {
		for i := range 1000 {
			x += i
		}
	}
	_ = x
}

func TestAttachSoftwarePageFaults(t *testing.T) {
	testenv.RequireBPF(t)
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.PerfEvent, counter, true)
	spec, err := SoftwareSpec("page-faults", 1)
	if err != nil {
		t.Fatal(err)
	}
	closers, err := attachPerfEvent(prog, spec)
	if err != nil {
		t.Fatal(err)
	}
	closeOnCleanup(t, closers)

	// Fresh anonymous memory faults in on first touch.
	mem, err := unix.Mmap(-1, 0, 256*4096, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(mem)
	for i := 0; i < len(mem); i += 4096 {
		mem[i] = 1
	}
	if got := readCounter(t, counter); got == 0 {
		t.Error("software:page-faults:1 counted no faults after touching 256 new pages")
	} else {
		t.Logf("counted %d page faults", got)
	}
}

func TestAttachHardware(t *testing.T) {
	testenv.RequireBPF(t)
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.PerfEvent, counter, false)
	spec, err := HardwareSpec("cycles", 0)
	if err != nil {
		t.Fatal(err)
	}
	closers, err := attachPerfEvent(prog, spec)
	if hasCorePMU() {
		if err != nil {
			t.Skipf("this machine has a PMU, but: %v", err)
		}
		closeAll(closers)
		return
	}
	if err == nil {
		closeAll(closers)
		t.Fatal("hardware:cycles attached on a machine without a PMU")
	}
	if want := "hardware:cycles: this machine has no hardware performance counters (PMU)"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
}

func openFDs(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}

// A failure on a later CPU must close what was opened on the earlier ones.
func TestAttachPerfEventPartialFailure(t *testing.T) {
	testenv.RequireBPF(t)
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.PerfEvent, counter, false)
	spec, err := SoftwareSpec("cpu-clock", 0)
	if err != nil {
		t.Fatal(err)
	}
	cpus, err := onlineCPUs()
	if err != nil {
		t.Fatal(err)
	}
	spec.CPUs = append(cpus, 100000)
	before := openFDs(t)
	closers, err := attachPerfEvent(prog, spec)
	if err == nil {
		closeAll(closers)
		t.Fatal("attach on cpu 100000 succeeded")
	}
	if !strings.HasPrefix(err.Error(), "software:cpu-clock: perf_event_open on cpu 100000: ") {
		t.Errorf("error %q", err)
	}
	if after := openFDs(t); after != before {
		t.Errorf("%d file descriptors open before, %d after a failed attach", before, after)
	}
}

func TestAttachPerfEventWrongProgram(t *testing.T) {
	testenv.RequireBPF(t)
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.TracePoint, counter, false)
	spec, _ := IntervalSpec("ms", 10)
	closers, err := attachPerfEvent(prog, spec)
	if err == nil {
		closeAll(closers)
		t.Fatal("attached a TracePoint program to a perf event")
	}
	if want := "interval:ms:10: needs a PerfEvent program"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
}

func TestAttachPerfEventTooFast(t *testing.T) {
	testenv.RequireBPF(t)
	max, err := readUint("/proc/sys/kernel/perf_event_max_sample_rate")
	if err != nil {
		t.Skip(err)
	}
	counter := newCounter(t)
	prog := loadCounting(t, ebpf.PerfEvent, counter, false)
	spec, _ := ProfileSpec("hz", max+1)
	closers, err := attachPerfEvent(prog, spec)
	if err == nil {
		closeAll(closers)
		t.Fatalf("profile:hz:%d attached", max+1)
	}
	if !strings.Contains(err.Error(), "perf_event_max_sample_rate") {
		t.Errorf("error %q does not name the limit", err)
	}
}

func TestRunProgram(t *testing.T) {
	testenv.RequireBPF(t)
	counter := newCounter(t)
	// Store 42 plus the last of the 12 context words (zero) in the counter:
	// a BEGIN program that reads its context must still run.
	prog := loadProgram(t, ebpf.RawTracepoint, asm.Instructions{
		asm.LoadMem(asm.R6, asm.R1, 11*8, asm.DWord),
		asm.StoreImm(asm.RFP, -4, 0, asm.Word),
		asm.LoadMapPtr(asm.R1, counter.FD()),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -4),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, "out"),
		asm.Add.Imm(asm.R6, 42),
		asm.StoreMem(asm.R0, 0, asm.R6, asm.DWord),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	})
	if err := runProgram(prog); err != nil {
		t.Fatal(err)
	}
	if got := readCounter(t, counter); got != 42 {
		t.Errorf("counter = %d after running the program, want 42", got)
	}
	// Run twice: END runs after BEGIN, from the same kind of program.
	if err := runProgram(prog); err != nil {
		t.Fatal(err)
	}
}
