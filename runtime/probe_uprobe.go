package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// uprobe, uretprobe and usdt: uprobes at a file offset of a binary,
// through uprobe_multi links where the kernel has them (6.6), else
// perf-event uprobes; with -p only in that process.

func init() {
	user := func(attach func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) (link.Link, error), list func(*lister, string, string) error) *kernelHalf {
		return &kernelHalf{
			supported: uprobesSupported,
			lastFirst: true,
			prepare: func(r *runner, ps *ebpf.ProgramSpec, _ *ast.AttachInfo) {
				if r.multi().uprobes {
					ps.AttachType = ebpf.AttachTraceUprobeMulti
				}
			},
			attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
				l, err := attach(r, a, prog)
				if err != nil {
					return nil, err
				}
				return []io.Closer{l}, nil
			},
			list: list,
		}
	}
	registerKernel(probes.Uprobe, user(func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) (link.Link, error) {
		return attachUprobe(r, a, prog, false)
	}, listUprobes))
	registerKernel(probes.Uretprobe, user(func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) (link.Link, error) {
		return attachUprobe(r, a, prog, true)
	}, listUprobes))
	registerKernel(probes.USDT, user(attachUSDT, listUSDT))
}

func uprobesSupported(*host.Host) error {
	return firstErr(features.HaveProgramType(ebpf.Kprobe),
		statErr("/sys/bus/event_source/devices/uprobe", "the kernel was built without uprobes (CONFIG_UPROBE_EVENTS)"))
}

func attachUprobe(r *runner, a *ast.AttachInfo, prog *ebpf.Program, ret bool) (link.Link, error) {
	off, err := r.host.UprobeOffset(a.Path, a.Func, a.Offset, a.Address)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	return attachUser(r, a, a.Func, prog, off, 0, ret)
}

// attachUSDT attaches at the probe's address; the kernel counts the
// semaphore up and down itself (uprobe ref_ctr_offset, Linux 4.20+), in
// every process mapping the file, including those started later.
func attachUSDT(r *runner, a *ast.AttachInfo, prog *ebpf.Program) (link.Link, error) {
	off, err := r.host.FileOffset(a.Path, a.USDT.PC)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	var refCtr uint64
	if a.USDT.Semaphore != 0 {
		if refCtr, err = r.host.FileOffset(a.Path, a.USDT.Semaphore); err != nil {
			return nil, fmt.Errorf("%s: semaphore: %w", a.Name, err)
		}
	}
	return attachUser(r, a, a.USDT.Provider+":"+a.USDT.Name, prog, off, refCtr, false)
}

// attachUser attaches a uprobe (or uretprobe) at file offset off of
// a.Path: through a uprobe_multi link where the kernel has them, else a
// perf-event uprobe (whose close waits for an RCU grace period). symbol
// only names the probe for the kernel; refCtr is a USDT semaphore's file
// offset, or 0.
func attachUser(r *runner, a *ast.AttachInfo, symbol string, prog *ebpf.Program, off, refCtr uint64, ret bool) (link.Link, error) {
	ex, err := link.OpenExecutable(a.Path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	pid := r.opts.PID
	var l link.Link
	if r.multi().uprobes {
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

func listUprobes(l *lister, provider, rest string) error {
	bin, _, ok := splitBinary(rest)
	if !ok {
		return fmt.Errorf("%s: name a binary to list its functions, e.g. '%s:/bin/bash:*'", provider, provider)
	}
	return l.eachBinary(provider, bin, l.uprobesOf)
}

// eachBinary lists, through of, the probes of each file bin names (one,
// or a wildcard's matches, sorted together).
func (l *lister) eachBinary(provider, bin string, of func(out *sortedLines, provider, file, shown string, match func(string) bool) error) error {
	paths, rebased, err := l.binaries(bin)
	if err != nil {
		return fmt.Errorf("%s: %w", provider, err)
	}
	var out sortedLines
	defer out.writeTo(l.w)
	for _, path := range paths {
		match := l.match
		if rebased {
			match = rebase(l.match, provider+":"+bin+":", provider+":"+path+":")
		}
		if err := of(&out, provider, path, path, match); err != nil && rebased {
			return err // (one of a wildcard's files may be no object with symbols)
		}
	}
	return nil
}

// uprobesOf adds the functions of file matching match, named by shown.
func (l *lister) uprobesOf(out *sortedLines, provider, file, shown string, match func(string) bool) error {
	syms, err := l.host.Symbols(file, "*")
	if err != nil {
		return err
	}
	for _, s := range syms {
		if name := provider + ":" + shown + ":" + s; match(name) {
			block := name + "\n"
			if l.verbose && provider == probes.Uprobe.Name {
				// Its parameters, where the file's DWARF names them.
				if ps, err := l.host.FuncParams(file, s); err == nil {
					for _, p := range ps {
						block += "    " + declName(p.Type) + " " + p.Name + "\n"
					}
				}
			}
			out.add(block)
		}
	}
	return nil
}

// declName writes a parameter's type as bpftrace's listing does:
// "struct rec*", "char**", "long int".
func declName(t btf.Type) string {
	switch u := t.(type) {
	case *btf.Pointer:
		return declName(u.Target) + "*"
	case *btf.Const:
		return "const " + declName(u.Type)
	case *btf.Volatile:
		return declName(u.Type)
	case *btf.Void, nil:
		return "void"
	case *btf.FuncProto:
		return declName(u.Return) + " (*)()"
	}
	return ast.CTypeName(t)
}

func listUSDT(l *lister, provider, rest string) error {
	bin, _, ok := splitBinary(rest)
	if !ok {
		return errors.New("usdt: name a binary to list its probes, e.g. 'usdt:/usr/bin/python3:*'")
	}
	return l.eachBinary(provider, bin, l.usdtOf)
}

// usdtOf adds the USDT probes of file matching match, named by shown.
func (l *lister) usdtOf(out *sortedLines, provider, file, shown string, match func(string) bool) error {
	notes, err := l.host.USDTNotes(file)
	if err != nil {
		return err
	}
	prefix := provider + ":" + shown + ":"
	seen := map[string]bool{}
	for _, n := range notes {
		name := prefix + n.Probe.Provider + ":" + n.Probe.Name
		// usdt:PATH:name matches any provider, as in a probe.
		if seen[name] || !match(name) && !match(prefix+n.Probe.Name) {
			continue
		}
		seen[name] = true
		block := name + "\n"
		if l.verbose {
			for i, a := range n.Probe.Args {
				block += fmt.Sprintf("    arg%d: %s\n", i, a.Spec)
			}
		}
		out.add(block)
	}
	return nil
}

// ListProcessProbes writes the uprobes and USDT probes of every object
// process pid has mapped (its program and libraries) that match pattern
// (all when empty), as `bpftrace -l -p PID` does; the files are named as
// the process sees them (in its own mount namespace, if it has one).
func ListProcessProbes(w io.Writer, h *host.Host, pid int, pattern string, verbose bool) error {
	objs, err := h.MappedObjects(pid)
	if err != nil {
		return fmt.Errorf("-p %d: %w", pid, err)
	}
	if pattern == "" {
		pattern = "*"
	}
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	l := &lister{host: h, w: bw, verbose: verbose, match: func(name string) bool {
		_, tail, _ := strings.Cut(name, ":")
		return wildMatch(pattern, name) || wildMatch(pattern, tail)
	}}
	root := host.ProcessRoot(pid)
	for _, p := range []*probes.Provider{probes.Uprobe, probes.USDT} {
		var out sortedLines
		for _, obj := range objs {
			shown := strings.TrimPrefix(obj, root)
			if p == probes.Uprobe {
				err = l.uprobesOf(&out, p.Name, obj, shown, l.match)
			} else {
				err = l.usdtOf(&out, p.Name, obj, shown, l.match)
			}
			if err != nil {
				return err
			}
		}
		out.writeTo(bw)
	}
	return nil
}
