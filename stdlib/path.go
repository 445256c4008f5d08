package stdlib

import (
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
)

// path(p): the path name of a struct path (or a pointer to one), by the
// kernel's bpf_d_path: "/etc/passwd", "pipe:[1234]". The kernel takes
// only a struct path it can vouch for, so p must be reached from the
// probe's typed pointers, fentry's args or iter's ctx, through members
// (args->filp->f_path, ctx->file->f_path), and the kernel lets only some
// functions call it (fentry on filp_close, vfs_open's callers...; every
// iterator). A NULL pointer on the way gives "".

func init() {
	register(&Builtin{Name: "path", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "the path name of a struct path (fentry, iter)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			t := c.Expr(args[0])
			if t == nil || !c.ProbeTypedPointers(x, "path()") {
				return nil
			}
			if !isStructPath(t) {
				c.Errorf(args[0], "path() needs a struct path or a pointer to one, not %s", t)
				return nil
			}
			if !typedChain(args[0]) {
				c.Errorf(args[0], "path() needs a struct path reached through members from args or ctx (args->file->f_path): the kernel must know where the pointer comes from")
				return nil
			}
			return ast.StringType(c.Strlen())
		},
		Value: func(e Emitter, x ast.Expr, args []ast.Expr, off int) {
			t := e.Type(x)
			e.Zero(off, t.StorageSize())
			null := e.NewLabel("path_null")
			typedAddr(e, args[0], null)
			e.Emit(asm.Mov.Reg(asm.R1, asm.R0))
			e.ScratchAddr(asm.R2, off)
			e.Emit(asm.Mov.Imm(asm.R3, int32(t.Size)))
			e.Call(asm.FnDPath)
			e.CheckHelper("d_path", x, HelperReads)
			e.Bind(null)
		}})
}

// isStructPath says whether t is a struct path or a pointer to one.
func isStructPath(t *ast.Type) bool {
	bt := t.BTF
	if t.Kind == ast.KInt && t.Pointer {
		bt = t.Elem
	} else if t.Kind != ast.KStruct {
		return false
	}
	s, ok := btf.UnderlyingType(bt).(*btf.Struct)
	return ok && s.Name == "path"
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
