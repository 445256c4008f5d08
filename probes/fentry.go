package probes

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// fentry:FUNC and fexit:FUNC (bpftrace's kfunc and kretfunc): BPF
// tracing programs on a kernel function's entry and return, with its
// arguments typed from BTF as args->name; the context is an array of u64
// arguments, fexit's return value after them.

// Fentry and Fexit are the providers, for the runtime.
var (
	Fentry = register(&Provider{
		Name: "fentry", Aliases: map[string]string{"kfunc": "kfunc", "f": "kfunc"},
		Usage: "fentry:function", ProgType: ebpf.Tracing, AttachType: ebpf.AttachTraceFEntry, Args: true, TypedPointers: true,
		Expand: expandFentry,
	})
	Fexit = register(&Provider{
		Name: "fexit", Aliases: map[string]string{"kretfunc": "kretfunc", "fr": "kretfunc"},
		Usage: "fexit:function", ProgType: ebpf.Tracing, AttachType: ebpf.AttachTraceFExit, Args: true, TypedPointers: true,
		Expand: expandFentry,
		Retval: func(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident) *ast.Type {
			if a.Return == nil {
				c.Errorf(e, "%s returns nothing gtrace can read", a.Func)
			}
			return a.Return
		},
		EmitRetval: func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident) {
			g.Emit(asm.LoadMem(asm.R0, insn.Ctx, int16(8*a.NArgs), asm.DWord))
			if t := a.Return; t != nil && t.Size < 8 {
				if t.Signed {
					g.SignExtend(asm.R0, t.Size)
				} else {
					g.Truncate(asm.R0, t.Size)
				}
			}
		},
	})
)

func expandFentry(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
	parts := ap.Parts
	if len(parts) == 2 && parts[1] != "" {
		parts = parts[1:] // module:function
	}
	if len(parts) != 1 || parts[0] == "" {
		x.Errorf(ap, "%s needs a kernel function: %s:function", ap.Provider, ap.Provider)
		return nil
	}
	spec, err := x.KernelTypes()
	if err != nil {
		x.Errorf(ap, "%s: %v", ap.Provider, err)
		return nil
	}
	funcs := []string{parts[0]}
	if isGlob(funcs[0]) {
		res := x.HostSymbols()
		if res == nil {
			x.Errorf(ap, "%s: cannot expand %q: no resolver", ap.Provider, funcs[0])
			return nil
		}
		funcs, _ = res.KernelFuncs(funcs[0])
		if len(funcs) == 0 {
			x.Missing(ap, "%s: no kernel function matches %s", ap.Provider, parts[0])
			return nil
		}
	}
	var out []*ast.AttachInfo
	for _, f := range funcs {
		var fn *btf.Func
		if err := spec.TypeByName(f, &fn); err != nil {
			if len(funcs) == 1 {
				x.Missing(ap, "%s: the kernel's BTF has no function %s", ap.Provider, f)
			}
			continue
		}
		proto, ok := fn.Type.(*btf.FuncProto)
		if !ok {
			continue
		}
		a := &ast.AttachInfo{Provider: ap.Provider, Name: ap.Provider + ":" + f, Target: f, Func: f}
		if why := unreadableParams(proto, trampolineArgs(x)); why != "" {
			if len(funcs) == 1 {
				x.Errorf(ap, "%s: gtrace cannot read the arguments of %s: %s", ap.Provider, f, why)
			}
			continue
		}
		for i, p := range proto.Params {
			t, _ := ast.ValueType(p.Type, x.Strlen())
			t.AnySpace = t.Pointer && !t.UserPtr // user or kernel memory: the address tells
			size, _ := btf.Sizeof(p.Type)
			a.Fields = append(a.Fields, ast.TracepointField{Name: p.Name, CType: ast.CTypeName(p.Type), Offset: 8 * i,
				Size: size, Signed: t.Signed, Pointer: t.Pointer, Type: t})
		}
		a.NArgs = len(proto.Params)
		if _, void := proto.Return.(*btf.Void); !void && proto.Return != nil {
			t, err := ast.ValueType(proto.Return, x.Strlen())
			if err == nil && t.Kind == ast.KInt {
				a.Return = t
			}
		}
		out = append(out, a)
	}
	return out
}

// maxTrampolineArgs is the most arguments a BPF trampoline passes, on
// the newest kernels (MAX_BPF_FUNC_ARGS).
const maxTrampolineArgs = 12

// trampolineArgs is how many arguments this kernel's trampolines pass.
func trampolineArgs(x Expander) int {
	if h := x.HostSymbols(); h != nil {
		return h.TrampolineArgs()
	}
	return maxTrampolineArgs
}

// unreadableParams says why a function's arguments cannot be read from
// a trampoline's context, one 8-byte slot each, of which it passes at
// most max, or "" when they can.
func unreadableParams(proto *btf.FuncProto, max int) string {
	if n := len(proto.Params); n > 0 {
		if _, void := proto.Params[n-1].Type.(*btf.Void); void {
			return "it takes a variable number of arguments"
		}
	}
	if len(proto.Params) > max {
		return fmt.Sprintf("it takes %d, and this kernel's BPF trampolines pass at most %d", len(proto.Params), max)
	}
	for _, p := range proto.Params {
		if t, err := ast.ValueType(p.Type, 0); err != nil || t.Kind != ast.KInt {
			name := p.Name
			if name == "" {
				name = ast.CTypeName(p.Type)
			}
			return fmt.Sprintf("%s is passed by value as a %s", name, ast.CTypeName(p.Type))
		}
	}
	return ""
}
