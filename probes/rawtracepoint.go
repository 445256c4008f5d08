package probes

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// rawtracepoint:name: a tracepoint's raw arguments, arg0..., each in a
// u64 slot of the context, typed from the kernel's BTF when it has them.

// RawTracepoint is the provider, for the runtime.
var RawTracepoint = register(&Provider{
	Name: "rawtracepoint", Aliases: map[string]string{"rt": "rawtracepoint"},
	Usage: "rawtracepoint:name", ProgType: ebpf.RawTracepoint,
	Expand: func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
		parts := ap.Parts
		if len(parts) == 2 && parts[1] != "" {
			parts = parts[1:] // module:name; modules share one namespace
		}
		if len(parts) != 1 || parts[0] == "" || isGlob(parts[0]) {
			x.Errorf(ap, "rawtracepoint needs a tracepoint name: rawtracepoint:sched_switch")
			return nil
		}
		return []*ast.AttachInfo{{Provider: ap.Provider, Name: "rawtracepoint:" + parts[0], Target: parts[0],
			ArgTypes: rawTracepointArgs(x, parts[0])}}
	},
	Arg: func(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident, n int) *ast.Type {
		switch {
		case a.ArgTypes != nil && n >= len(a.ArgTypes):
			c.Errorf(e, "%s has %d argument%s: %s is not one", a.Name, len(a.ArgTypes), plural(len(a.ArgTypes)), e.Name)
			return nil
		case a.ArgTypes != nil:
			return a.ArgTypes[n]
		case n >= 12:
			c.Errorf(e, "rawtracepoint: only arg0 to arg11 are available")
			return nil
		}
		return ast.Uint64
	},
	EmitArg: func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident, n int) {
		// Each argument fills a u64 slot; narrower typed ones are cut to
		// their width.
		g.Emit(asm.LoadMem(asm.R0, insn.Ctx, int16(8*n), asm.DWord))
		if t := g.Type(e); t.Signed {
			g.SignExtend(asm.R0, t.Size)
		} else {
			g.Truncate(asm.R0, t.Size)
		}
	},
})

// rawTracepointArgs types a raw tracepoint's arguments from the kernel's
// BTF: the typedef btf_trace_NAME points to a prototype whose first
// parameter is the tracepoint's private data and the rest are arg0....
// Without BTF, or for arguments of types gtrace cannot hold, it returns
// nil and every argN reads as a uint64.
func rawTracepointArgs(x Expander, name string) []*ast.Type {
	spec, err := x.KernelTypes()
	if err != nil {
		return nil
	}
	var td *btf.Typedef
	if spec.TypeByName("btf_trace_"+name, &td) != nil {
		return nil
	}
	ptr, ok := btf.UnderlyingType(td.Type).(*btf.Pointer)
	if !ok {
		return nil
	}
	proto, ok := btf.UnderlyingType(ptr.Target).(*btf.FuncProto)
	if !ok || len(proto.Params) == 0 {
		return nil
	}
	var out []*ast.Type
	for _, p := range proto.Params[1:] {
		t, err := ast.ValueType(p.Type, x.Strlen())
		if err != nil || t.Kind != ast.KInt {
			return nil
		}
		out = append(out, t)
	}
	return out
}
