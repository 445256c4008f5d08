package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	goruntime "runtime"
	"syscall"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"
)

// watchpoint and asyncwatchpoint: hardware breakpoints in the traced
// process (-c, -p), perf events running the probe's program; without a
// traced process an address is the kernel's, watched on every CPU, as in
// bpftrace. At an address they are set when tracing starts; in the
// FUNC+argN form a small uprobe program on FUNC (armWatch) sends each
// address it sees to user space, which sets a breakpoint there the first
// time, and for watchpoint continues the process its program stopped.
// unwatch(addr) removes every breakpoint on addr.

func init() {
	watch := &kernelHalf{
		supported: func(*host.Host) error {
			return firstErr(features.HaveProgramType(ebpf.PerfEvent), softwarePerfErr())
		},
		check: func(r *runner, a *ast.AttachInfo) error {
			if a.Unit == "r" && goruntime.GOARCH == "amd64" {
				return fmt.Errorf("%s: x86-64 breakpoints watch reads only with writes: use mode rw", a.Name)
			}
			if _, fn, _, err := probes.WatchTarget(a.Target); err != nil || fn == "" {
				return err
			} else if r.opts.DropPrivileges {
				return fmt.Errorf("%s sets its breakpoints while tracing, which needs the privileges given up after attach (gtrace --export keeps them with --export.privileged)", a.Name)
			} else if r.tracedPID() == 0 {
				return fmt.Errorf("%s watches an argument of a function of the traced program: give it with -c CMD or -p PID", a.Name)
			} else if syms, err := r.host.Symbols(r.tracedExe(), fn); err == nil && len(syms) == 0 {
				return fmt.Errorf("%s: the traced program (%s) has no function %s", a.Name, r.tracedExe(), fn)
			}
			return nil
		},
		attach: attachWatchpoint,
	}
	registerKernel(probes.Watchpoint, watch)
	registerKernel(probes.AsyncWatchpoint, watch)
}

// watchpoints are the breakpoints set, by address.
type watchpoints map[uint64][]io.Closer

func attachWatchpoint(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
	addr, fn, arg, err := probes.WatchTarget(a.Target)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	if fn == "" {
		return nil, r.setWatch(a, prog, addr)
	}
	return r.armWatch(a, prog, fn, arg)
}

// setWatch sets a breakpoint at addr running prog.
func (r *runner) setWatch(a *ast.AttachInfo, prog *ebpf.Program, addr uint64) error {
	cs, err := attachPerfEvent(prog, PerfSpec{Probe: a.Name, Type: unix.PERF_TYPE_BREAKPOINT, Period: 1,
		PID: r.tracedPID(), BpType: probes.WatchModes[a.Unit], BpAddr: addr, BpLen: a.Value})
	if err != nil {
		return err
	}
	if r.watches == nil {
		r.watches = watchpoints{}
	}
	r.watches[addr] = append(r.watches[addr], cs...)
	return nil
}

// Unwatch removes every breakpoint on addr (stdlib.Runtime).
func (r *runner) Unwatch(addr uint64) {
	closeAll(r.watches[addr])
	delete(r.watches, addr)
}

// armWatch attaches to fn of the traced program a uprobe program sending
// argument arg to user space in an event of its own, and stopping the
// process unless the probe is an asyncwatchpoint.
func (r *runner) armWatch(a *ast.AttachInfo, prog *ebpf.Program, fn string, arg int) ([]io.Closer, error) {
	pid := r.tracedPID()
	off, ok := probes.ArgRegOffset(goruntime.GOARCH, arg)
	if !ok {
		return nil, fmt.Errorf("%s: no argument registers known on %s", a.Name, goruntime.GOARCH)
	}
	stop := probes.Lookup(a.Provider) == probes.Watchpoint
	seen := map[uint64]bool{}
	id := r.addEvent(&stdlib.EventSpec{Args: []*ast.Type{{Kind: ast.KInt, Size: 8}}, ArgOffsets: []int{8}, Size: 16,
		Handle: func(_ stdlib.Runtime, _ *stdlib.EventSpec, args []output.Value) error {
			addr := args[0].Uint64()
			if !seen[addr] {
				seen[addr] = true
				if err := r.setWatch(a, prog, addr); err != nil {
					why := err.Error()
					if errors.Is(err, syscall.ENOSPC) {
						why = "no hardware breakpoint register is free"
					}
					fmt.Fprintf(r.opts.Stderr, "WARNING: %s: cannot watch 0x%x: %s\n", a.Name, addr, why)
				}
			}
			if stop {
				// The kernel may deliver the program's SIGSTOP after its
				// event is read; a SIGCONT before it would be lost.
				waitStopped(pid, time.Second)
				if err := unix.Kill(pid, unix.SIGCONT); err != nil && err != unix.ESRCH {
					return fmt.Errorf("%s: continue process %d: %w", a.Name, pid, err)
				}
			}
			return nil
		}})
	insns := asm.Instructions{
		asm.LoadMem(asm.R6, asm.R1, int16(off), asm.DWord),
		asm.Mov.Imm(asm.R7, int32(id)),
		asm.StoreMem(asm.R10, -16, asm.R7, asm.DWord),
		asm.StoreMem(asm.R10, -8, asm.R6, asm.DWord),
		asm.LoadMapPtr(asm.R1, r.coll.Maps[r.out.EventsMap].FD()),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -16),
		asm.Mov.Imm(asm.R3, 16),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnRingbufOutput.Call(),
	}
	if stop {
		// Stopped only when the event is on its way: gtrace continues it.
		insns = append(insns,
			asm.JNE.Imm(asm.R0, 0, "out"),
			asm.Mov.Imm(asm.R1, int32(unix.SIGSTOP)),
			asm.FnSendSignal.Call(),
		)
	}
	insns = append(insns, asm.Mov.Imm(asm.R0, 0).WithSymbol("out"), asm.Return())
	arm, err := ebpf.NewProgram(&ebpf.ProgramSpec{Name: "gtrace_arm", Type: ebpf.Kprobe, License: "GPL", Instructions: insns})
	if err != nil {
		return nil, fmt.Errorf("%s: load the program that arms it: %w", a.Name, err)
	}
	exe := r.tracedExe()
	ex, err := link.OpenExecutable(exe)
	if err != nil {
		arm.Close()
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	l, err := ex.Uprobe(fn, arm, &link.UprobeOptions{PID: pid})
	if err != nil {
		arm.Close()
		if errors.Is(err, link.ErrNoSymbol) {
			return nil, fmt.Errorf("%s: the traced program (%s) has no function %s", a.Name, exe, fn)
		}
		return nil, fmt.Errorf("%s: uprobe on %s: %w", a.Name, fn, err)
	}
	return []io.Closer{l, arm}, nil
}

// tracedExe is the program of the traced process (-c or -p).
func (r *runner) tracedExe() string {
	if r.child != nil {
		return r.commandPath
	}
	return fmt.Sprintf("/proc/%d/exe", r.tracedPID())
}

// waitStopped waits until process pid is stopped (state T in
// /proc/PID/stat), has gone, or timeout has passed.
func waitStopped(pid int, timeout time.Duration) {
	stat := fmt.Sprintf("/proc/%d/stat", pid)
	for end := time.Now().Add(timeout); time.Now().Before(end); time.Sleep(50 * time.Microsecond) {
		b, err := os.ReadFile(stat)
		if err != nil {
			return
		}
		// pid (comm) STATE ...: comm may hold spaces and parentheses.
		if i := bytes.LastIndexByte(b, ')'); i < 0 || i+2 >= len(b) || b[i+2] == 'T' || b[i+2] == 'Z' || b[i+2] == 'X' {
			return
		}
	}
}
