package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"

	"github.com/gtrace/gtrace/codegen"
)

// Providers for uprobe, uretprobe, usdt, rawtracepoint, kprobe, kretprobe,
// fentry and fexit, and what to tell the user when the kernel lacks one.

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

// errNoKprobes names the missing feature for probe.
func errNoKprobes(probe string) error {
	return fmt.Errorf("%s: this kernel was built without kprobes (CONFIG_KPROBES is off); %s", probe, alternatives)
}

// errNoFentry names the missing feature for probe.
func errNoFentry(probe string, err error) error {
	why := err.Error()
	var errno syscall.Errno
	if errors.As(err, &errno) {
		why = errno.Error()
	}
	return fmt.Errorf("%s: this kernel cannot run BPF tracing programs (fentry/fexit need BPF trampolines and kernel BTF, Linux 5.5+; loading said: %s); %s", probe, why, alternatives)
}

// uprobeMulti and kprobeMulti say whether uprobes and kprobes are attached
// with BPF links of the multi kind (Linux 6.6 and 5.18) rather than perf
// events. Even for one address per link that matters: closing a perf event
// waits for an RCU grace period (8.4 s for 158 uprobes here), closing a
// multi link does not (70 ms). Programs must be loaded for the one or the
// other, so the answer is fixed once per process.
var (
	multiOnce                sync.Once
	uprobeMulti, kprobeMulti bool
)

func haveMulti() (uprobes, kprobes bool) {
	multiOnce.Do(func() {
		uprobeMulti = features.HaveBPFLinkUprobeMulti() == nil
		kprobeMulti = features.HaveBPFLinkKprobeMulti() == nil
	})
	return uprobeMulti, kprobeMulti
}

// prepareProbes checks that this kernel can attach every probe of the
// script before anything is loaded, naming the missing feature, and sets
// the attach type of programs that will be attached by multi links.
func prepareProbes(h *host.Host, out *codegen.Output, spec *ebpf.CollectionSpec) error {
	if err := checkProbeSupport(h, out); err != nil {
		return err
	}
	um, km := haveMulti()
	for _, pm := range out.Programs {
		ps := spec.Programs[pm.Name]
		if pm.Attach == nil || ps == nil {
			continue
		}
		switch pm.Attach.Provider {
		case "uprobe", "uretprobe", "usdt":
			if um {
				ps.AttachType = ebpf.AttachTraceUprobeMulti
			}
		case "kprobe", "kretprobe":
			if km && pm.Attach.Offset == 0 {
				ps.AttachType = ebpf.AttachTraceKprobeMulti
			}
		}
	}
	return nil
}

// checkProbeSupport refuses, before anything is loaded, a script whose
// probes this kernel cannot attach, naming the missing feature.
func checkProbeSupport(h *host.Host, out *codegen.Output) error {
	kprobes := -1
	for _, pm := range out.Programs {
		if pm.Attach == nil {
			continue
		}
		switch pm.Attach.Provider {
		case "kprobe", "kretprobe":
			if kprobes < 0 {
				kprobes = 0
				if haveKprobes(h) {
					kprobes = 1
				}
			}
			if kprobes == 0 {
				return errNoKprobes(pm.Attach.Name)
			}
		}
	}
	return nil
}

// tracingLoadError explains a fentry/fexit program the kernel would not
// load: on kernels without BPF trampolines the load fails, not the attach.
func tracingLoadError(out *codegen.Output, err error) error {
	var ve *ebpf.VerifierError
	if errors.As(err, &ve) {
		return nil // a real verifier rejection: reported at the script line
	}
	for _, pm := range out.Programs {
		if pm.Attach == nil {
			continue
		}
		switch pm.Attach.Provider {
		case "fentry", "fexit", "kfunc", "kretfunc":
			return errNoFentry(pm.Attach.Name, err)
		}
	}
	return nil
}

// attachProbe attaches one program of the providers in this file.
func attachProbe(h *host.Host, a *ast.AttachInfo, prog *ebpf.Program, pid int) ([]io.Closer, error) {
	one := func(l link.Link, err error) ([]io.Closer, error) {
		if err != nil {
			return nil, err
		}
		return []io.Closer{l}, nil
	}
	switch a.Provider {
	case "uprobe", "uretprobe":
		return one(attachUprobe(h, a, prog, pid))
	case "usdt":
		return one(attachUSDT(h, a, prog, pid))
	case "rawtracepoint":
		l, err := link.AttachRawTracepoint(link.RawTracepointOptions{Name: a.Target, Program: prog})
		if err != nil {
			if errors.Is(err, os.ErrNotExist) || errors.Is(err, ebpf.ErrNotSupported) {
				return nil, fmt.Errorf("%s: no such raw tracepoint", a.Name)
			}
			return nil, fmt.Errorf("%s: %w", a.Name, err)
		}
		return []io.Closer{l}, nil
	case "kprobe", "kretprobe":
		if !haveKprobes(h) {
			return nil, errNoKprobes(a.Name)
		}
		var l link.Link
		var err error
		opts := &link.KprobeOptions{Offset: a.Offset}
		if _, km := haveMulti(); km && a.Offset == 0 {
			mopts := link.KprobeMultiOptions{Symbols: []string{a.Target}}
			if a.Provider == "kprobe" {
				l, err = link.KprobeMulti(prog, mopts)
			} else {
				l, err = link.KretprobeMulti(prog, mopts)
			}
		} else if a.Provider == "kprobe" {
			l, err = link.Kprobe(a.Target, prog, opts)
		} else {
			l, err = link.Kretprobe(a.Target, prog, opts)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Name, err)
		}
		return []io.Closer{l}, nil
	case "fentry", "fexit", "kfunc", "kretfunc":
		l, err := link.AttachTracing(link.TracingOptions{Program: prog})
		if err != nil {
			if errors.Is(err, ebpf.ErrNotSupported) {
				return nil, errNoFentry(a.Name, err)
			}
			return nil, fmt.Errorf("%s: %w", a.Name, err)
		}
		return []io.Closer{l}, nil
	case "software", "hardware":
		spec, err := SoftwareSpec(a.Target, a.Value)
		if a.Provider == "hardware" {
			spec, err = HardwareSpec(a.Target, a.Value)
		}
		if err != nil {
			return nil, err
		}
		return attachPerfEvent(prog, spec)
	}
	return nil, fmt.Errorf("%s: attaching %s probes is not supported yet", a.Name, a.Provider)
}

func attachUprobe(h *host.Host, a *ast.AttachInfo, prog *ebpf.Program, pid int) (link.Link, error) {
	off, err := h.UprobeOffset(a.Path, a.Func, a.Offset, a.Address)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	return attachUser(a, a.Func, prog, off, 0, pid, a.Provider == "uretprobe")
}

// attachUSDT attaches at the probe's address; the kernel counts the
// semaphore up and down itself (uprobe ref_ctr_offset, Linux 4.20+), in
// every process mapping the file, including those started later.
func attachUSDT(h *host.Host, a *ast.AttachInfo, prog *ebpf.Program, pid int) (link.Link, error) {
	off, err := h.FileOffset(a.Path, a.USDT.PC)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	var refCtr uint64
	if a.USDT.Semaphore != 0 {
		if refCtr, err = h.FileOffset(a.Path, a.USDT.Semaphore); err != nil {
			return nil, fmt.Errorf("%s: semaphore: %w", a.Name, err)
		}
	}
	return attachUser(a, a.USDT.Provider+":"+a.USDT.Name, prog, off, refCtr, pid, false)
}

// attachUser attaches a uprobe (or uretprobe) at file offset off of
// a.Path: through a uprobe_multi link where the kernel has them, else a
// perf-event uprobe (whose close waits for an RCU grace period). symbol
// only names the probe for the kernel; refCtr is a USDT semaphore's file
// offset, or 0.
func attachUser(a *ast.AttachInfo, symbol string, prog *ebpf.Program, off, refCtr uint64, pid int, ret bool) (link.Link, error) {
	ex, err := link.OpenExecutable(a.Path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	var l link.Link
	if um, _ := haveMulti(); um {
		mopts := &link.UprobeMultiOptions{Addresses: []uint64{off}, PID: uint32(pid)}
		if refCtr != 0 {
			mopts.RefCtrOffsets = []uint64{refCtr}
		}
		if ret {
			l, err = ex.UretprobeMulti(nil, prog, mopts)
		} else {
			l, err = ex.UprobeMulti(nil, prog, mopts)
		}
	} else {
		opts := &link.UprobeOptions{Address: off, PID: pid, RefCtrOffset: refCtr}
		if ret {
			l, err = ex.Uretprobe(symbol, prog, opts)
		} else {
			l, err = ex.Uprobe(symbol, prog, opts)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	return l, nil
}
