package probes

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// kprobe:FUNC[+OFF] and kretprobe:FUNC: a kernel function's entry (an
// instruction of it) and return; FUNC may be a glob.

// Kprobe and Kretprobe are the providers, for the runtime.
var (
	Kprobe = register(&Provider{
		Name: "kprobe", Aliases: map[string]string{"k": "kprobe"}, Overridable: true,
		Usage: "kprobe:function[+offset]", ProgType: ebpf.Kprobe, Ctx: ptRegsCtx,
		Expand:       func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo { return expandKprobe(x, ap, false) },
		Arg:          regArg(false),
		EmitArg:      emitRegArg,
		EmitStackArg: stackArg(asm.FnProbeReadKernel),
	})
	Kretprobe = register(&Provider{
		Name: "kretprobe", Aliases: map[string]string{"kr": "kretprobe"},
		Usage: "kretprobe:function", ProgType: ebpf.Kprobe, Ctx: ptRegsCtx,
		Expand:     func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo { return expandKprobe(x, ap, true) },
		Retval:     retReg,
		EmitRetval: emitRetReg,
	})
)

func expandKprobe(x Expander, ap *ast.AttachPoint, ret bool) []*ast.AttachInfo {
	parts := ap.Parts
	if len(parts) == 2 && parts[1] != "" {
		parts = parts[1:] // module:function
	}
	if len(parts) != 1 || parts[0] == "" {
		x.Errorf(ap, "%s needs a kernel function: %s:function", ap.Provider, ap.Provider)
		return nil
	}
	fn, off, err := splitOffset(parts[0])
	if err != nil {
		x.Errorf(ap, "%s: %v", ap.Provider, err)
		return nil
	}
	if off != 0 && ret {
		x.Errorf(ap, "%s cannot take an offset", ap.Provider)
		return nil
	}
	funcs := []string{fn}
	res := x.HostSymbols()
	if isGlob(fn) {
		if off != 0 {
			x.Errorf(ap, "%s: an offset cannot be used with a wildcard", ap.Provider)
			return nil
		}
		if res == nil {
			x.Errorf(ap, "%s: cannot expand %q: no resolver", ap.Provider, fn)
			return nil
		}
		list, err := res.KernelFuncs(fn)
		funcs = funcs[:0]
		for _, f := range list {
			if !res.KprobeRefused(f) { // wildcards leave them out, as bpftrace does
				funcs = append(funcs, f)
			}
		}
		if err != nil {
			x.Errorf(ap, "%s: cannot list the kernel's functions: %v", ap.Provider, err)
			return nil
		}
		if len(funcs) == 0 {
			x.Missing(ap, "%s: no kernel function matches %s", ap.Provider, fn)
			return nil
		}
	} else if res != nil && res.KprobeRefused(fn) {
		x.Errorf(ap, "%s: the kernel does not allow kprobes on %s (it is in its kprobe blacklist)", ap.Provider, fn)
		return nil
	}
	var out []*ast.AttachInfo
	for _, f := range funcs {
		out = append(out, &ast.AttachInfo{Provider: ap.Provider, Name: withOffset(ap.Provider+":"+f, off), Target: f, Func: f, Offset: off, AtReturn: ret})
	}
	return out
}
