package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// kprobe and kretprobe: perf-event kprobes, or kprobe_multi links where
// the kernel has them (5.18) and the probe has no offset.

func init() {
	for _, p := range []*probes.Provider{probes.Kprobe, probes.Kretprobe} {
		ret := p == probes.Kretprobe
		registerKernel(p, &kernelHalf{
			// Kprobes on one function run last attached first, kretprobes
			// in attach order (on 6.1 and 6.12, as TestKprobeOrderOnOneFunction shows).
			lastFirst: !ret,
			supported: func(h *host.Host) error {
				if err := features.HaveProgramType(ebpf.Kprobe); err != nil {
					return err
				}
				if !haveKprobes(h) {
					return fmt.Errorf("the kernel was built without kprobes (CONFIG_KPROBES)")
				}
				return nil
			},
			check: func(r *runner, a *ast.AttachInfo) error {
				h := r.host
				if !haveKprobes(h) {
					return errNoKprobes(a.Name)
				}
				if _, err := h.KernelSymbolAddr(a.Target); err != nil {
					return errNoFunction(a)
				}
				return nil
			},
			prepare: func(r *runner, ps *ebpf.ProgramSpec, a *ast.AttachInfo) {
				if r.multi().kprobes && a.Offset == 0 {
					ps.AttachType = ebpf.AttachTraceKprobeMulti
				}
			},
			attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
				return attachKprobe(r, a, prog, ret)
			},
			list:  listKprobes,
			inAll: !ret,
		})
	}
}

// alternatives is what a user can trace instead on a kernel without kprobes
// or BPF tracing programs.
const alternatives = "use a tracepoint (gtrace -l 'tracepoint:*'), a rawtracepoint or a uprobe instead"

// haveKprobes says whether the kernel has kprobes (CONFIG_KPROBES): the
// kprobe PMU or tracefs's kprobe_events.
func haveKprobes(h *host.Host) bool {
	if _, err := os.Stat("/sys/bus/event_source/devices/kprobe"); err == nil {
		return true
	}
	if dir, err := h.TracefsDir(); err == nil {
		if _, err := os.Stat(filepath.Join(dir, "kprobe_events")); err == nil {
			return true
		}
	}
	return false
}

// errNoFunction says that a kprobe's function is not in the kernel.
func errNoFunction(a *ast.AttachInfo) error {
	return fmt.Errorf("%s: the kernel has no function %s that a kprobe can attach to (not in this kernel, or inlined)", a.Name, a.Target)
}

// errNoKprobes names the missing feature for probe.
func errNoKprobes(probe string) error {
	return fmt.Errorf("%s: this kernel was built without kprobes (CONFIG_KPROBES is off); %s", probe, alternatives)
}

func attachKprobe(r *runner, a *ast.AttachInfo, prog *ebpf.Program, ret bool) ([]io.Closer, error) {
	if !haveKprobes(r.host) {
		return nil, errNoKprobes(a.Name)
	}
	var l link.Link
	var err error
	opts := &link.KprobeOptions{Offset: a.Offset}
	switch {
	case r.multi().kprobes && a.Offset == 0:
		mopts := link.KprobeMultiOptions{Symbols: []string{a.Target}}
		if ret {
			l, err = link.KretprobeMulti(prog, mopts)
		} else {
			l, err = link.KprobeMulti(prog, mopts)
		}
	case ret:
		l, err = link.Kretprobe(a.Target, prog, opts)
	default:
		l, err = link.Kprobe(a.Target, prog, opts)
	}
	if errors.Is(err, os.ErrNotExist) {
		return nil, errNoFunction(a)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	return []io.Closer{l}, nil
}

func listKprobes(l *lister, provider, _ string) error {
	if !haveKprobes(l.host) {
		if l.explicit {
			return errNoKprobes(provider + ":*")
		}
		return nil
	}
	funcs, err := l.host.AllKernelFuncs()
	if err != nil {
		return err
	}
	for _, f := range funcs {
		if name := provider + ":" + f; l.match(name) && !l.host.KprobeRefused(f) {
			fmt.Fprintln(l.w, name)
		}
	}
	return nil
}

// multiLinks says whether uprobes and kprobes are attached with BPF links
// of the multi kind (Linux 6.6 and 5.18) rather than perf events. Even for
// one address per link that matters: closing a perf event waits for an RCU
// grace period (8.4 s for 158 uprobes here), closing a multi link does not
// (70 ms). Programs must be loaded for the one or the other, so the answer
// is fixed once per run.
type multiLinks struct{ uprobes, kprobes bool }

func (r *runner) multi() multiLinks {
	r.multiOnce.Do(func() {
		r.multiLinks = multiLinks{
			uprobes: features.HaveBPFLinkUprobeMulti() == nil,
			kprobes: features.HaveBPFLinkKprobeMulti() == nil,
		}
	})
	return r.multiLinks
}
