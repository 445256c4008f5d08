package runtime

import (
	"errors"
	"io"
	goruntime "runtime"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen"
)

// Syscall tracepoints in bulk. Attaching to a tracepoint is quick, but
// closing its perf event waits for an RCU grace period in the kernel: 360
// syscalls:sys_enter_* take ~34 s to detach one by one here. So when a
// script attaches many syscall tracepoints of one direction, gtrace
// attaches one small dispatcher program to raw_syscalls:sys_enter (or
// sys_exit) and tail-calls, through a program array indexed by syscall
// number, the program compiled for each syscall's own tracepoint.
//
// That is exact because both records have the same layout: the syscall
// number at offset 8 (int __syscall_nr / long id, little-endian), then
// the six arguments (or the return value) as 8-byte fields from offset 16.
// Each program still has its own `probe` constant. Like the syscall
// tracepoints, the dispatcher ignores 32-bit (compat) system calls.

// minSyscallDispatch is how many syscall tracepoints of one direction a
// script needs before the dispatcher is worth running on every syscall.
const minSyscallDispatch = 16

// tsCompat is x86's thread_info.status flag for a 32-bit syscall in
// progress (arch/x86/include/asm/thread_info.h).
const tsCompat = 0x0002

type syscallDispatch struct {
	counted bool
	count   map[string]int // tracepoints per direction in the script
	dirs    map[string]*syscallDir
	failed  bool // the dispatcher cannot work here: attach directly
}

type syscallDir struct {
	progs *ebpf.Map
	used  map[int]bool
}

// syscallTracepoint splits "syscalls:sys_enter_write" into "enter", "write".
func syscallTracepoint(target string) (dir, name string, ok bool) {
	cat, ev, _ := strings.Cut(target, ":")
	if cat != "syscalls" {
		return "", "", false
	}
	if n, ok := strings.CutPrefix(ev, "sys_enter_"); ok {
		return "enter", n, true
	}
	if n, ok := strings.CutPrefix(ev, "sys_exit_"); ok {
		return "exit", n, true
	}
	return "", "", false
}

// attachSyscall attaches prog through the dispatcher when that applies;
// handled is false when the caller should attach the tracepoint itself.
func (d *syscallDispatch) attach(h *host.Host, out *codegen.Output, a *ast.AttachInfo, prog *ebpf.Program) (closers []io.Closer, handled bool, err error) {
	if d.failed || goruntime.GOARCH != "amd64" {
		return nil, false, nil
	}
	dir, name, ok := syscallTracepoint(a.Target)
	if !ok {
		return nil, false, nil
	}
	if !d.counted {
		d.counted, d.count = true, map[string]int{}
		for _, pm := range out.Programs {
			if pm.Attach != nil && probes.Lookup(pm.Attach.Provider) == probes.Tracepoint {
				if dir, _, ok := syscallTracepoint(pm.Attach.Target); ok {
					d.count[dir]++
				}
			}
		}
	}
	nr, ok := syscallNumbers[goruntime.GOARCH][name]
	if !ok || d.count[dir] < minSyscallDispatch {
		return nil, false, nil
	}
	sd := d.dirs[dir]
	if sd == nil {
		sd, closers, err = newSyscallDir(h, dir)
		if err != nil {
			// Not worth failing the script: attach one by one.
			d.failed = true
			return nil, false, nil
		}
		if d.dirs == nil {
			d.dirs = map[string]*syscallDir{}
		}
		d.dirs[dir] = sd
	}
	if sd.used[nr] { // the same syscall twice in the script
		return closers, false, nil
	}
	if err := sd.progs.Put(uint32(nr), prog); err != nil {
		return closers, false, nil
	}
	sd.used[nr] = true
	return closers, true, nil
}

// newSyscallDir loads and attaches the dispatcher of one direction.
func newSyscallDir(h *host.Host, dir string) (*syscallDir, []io.Closer, error) {
	statusOff, err := compatStatusOffset()
	if err != nil {
		return nil, nil, err
	}
	maxNr := 0
	for _, nr := range syscallNumbers[goruntime.GOARCH] {
		maxNr = max(maxNr, nr)
	}
	m, err := ebpf.NewMap(&ebpf.MapSpec{Name: "gt_sys" + dir, Type: ebpf.ProgramArray, KeySize: 4, ValueSize: 4, MaxEntries: uint32(maxNr + 1)})
	if err != nil {
		return nil, nil, err
	}
	insns := asm.Instructions{
		asm.Mov.Reg(asm.R6, asm.R1),
		// Skip 32-bit system calls: their numbers are another table's.
		asm.FnGetCurrentTask.Call(),
		asm.Mov.Reg(asm.R3, asm.R0),
		asm.Add.Imm(asm.R3, int32(statusOff)),
		asm.Mov.Reg(asm.R1, asm.RFP),
		asm.Add.Imm(asm.R1, -8),
		asm.Mov.Imm(asm.R2, 4),
		asm.StoreImm(asm.RFP, -8, 0, asm.Word),
		asm.FnProbeReadKernel.Call(),
		asm.LoadMem(asm.R0, asm.RFP, -8, asm.Word),
		asm.And.Imm(asm.R0, tsCompat),
		asm.JNE.Imm(asm.R0, 0, "out"),
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.LoadMapPtr(asm.R2, m.FD()),
		asm.LoadMem(asm.R3, asm.R6, 8, asm.DWord),
		asm.FnTailCall.Call(),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	}
	p, err := ebpf.NewProgram(&ebpf.ProgramSpec{Name: "gt_sys" + dir, Type: ebpf.TracePoint, License: "GPL", Instructions: insns})
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	l, err := attachTracepoint(h, "raw_syscalls", "sys_"+dir, p)
	if err != nil {
		p.Close()
		m.Close()
		return nil, nil, err
	}
	return &syscallDir{progs: m, used: map[int]bool{}}, []io.Closer{m, p, l}, nil
}

// compatStatusOffset is the offset of thread_info.status in task_struct,
// from the kernel's BTF (thread_info is in the task on x86_64).
func compatStatusOffset() (int, error) {
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		return 0, err
	}
	var task *btf.Struct
	if err := spec.TypeByName("task_struct", &task); err != nil {
		return 0, err
	}
	for _, m := range task.Members {
		if m.Name != "thread_info" {
			continue
		}
		ti, ok := btf.UnderlyingType(m.Type).(*btf.Struct)
		if !ok {
			break
		}
		for _, f := range ti.Members {
			if f.Name == "status" {
				return int(m.Offset.Bytes() + f.Offset.Bytes()), nil
			}
		}
	}
	return 0, errors.New("task_struct has no thread_info.status")
}
