package stdlib

import (
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
)

// Typed pointers: helpers that take a kernel object (bpf_d_path's struct
// path, bpf_skb_output's struct sk_buff) want a pointer whose type the
// verifier knows, which only the context of fentry, fexit and iter
// programs holds. Such arguments are member chains from args or ctx,
// each pointer loaded directly (not by probe_read) so the verifier
// follows it.

// isKernelStruct says whether t is the kernel's struct name or a pointer
// to one.
func isKernelStruct(t *ast.Type, name string) bool {
	bt := t.BTF
	if t.Kind == ast.KInt && t.Pointer {
		bt = t.Elem
	} else if t.Kind != ast.KStruct {
		return false
	}
	s, ok := btf.UnderlyingType(bt).(*btf.Struct)
	return ok && s.Name == name
}

// typedChain says whether x is a chain of members from args or ctx.
func typedChain(x ast.Expr) bool {
	for {
		f, ok := x.(*ast.Field)
		if !ok {
			return IsCtx(x)
		}
		if IsArgs(f.X) {
			return true
		}
		x = f.X
	}
}

// typedAddr leaves in r0 the value of a pointer-typed member chain x, or
// the address of a struct-typed one, loading each pointer directly (the
// verifier follows their BTF types) and jumping to null when one is NULL.
func typedAddr(e Emitter, x ast.Expr, null string) {
	if IsCtx(x) {
		e.Emit(asm.Mov.Reg(asm.R0, insn.Ctx))
		return
	}
	f := x.(*ast.Field)
	var offset int
	if IsArgs(f.X) {
		// An argument of fentry: its slot in the context.
		for _, a := range e.Attach().Fields {
			if a.Name == f.Name {
				offset = a.Offset
			}
		}
		e.Emit(asm.Mov.Reg(asm.R0, insn.Ctx))
	} else {
		typedAddr(e, f.X, null)
		offset = e.Member(f).Offset
	}
	if t := e.Type(f); t.Kind == ast.KStruct {
		e.Emit(asm.Add.Imm(asm.R0, int32(offset)))
		return
	}
	e.Emit(asm.LoadMem(asm.R0, asm.R0, int16(offset), asm.DWord), asm.JEq.Imm(asm.R0, 0, null))
}
