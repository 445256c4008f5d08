package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// path(p): the path name of a struct path (or a pointer to one), by the
// kernel's bpf_d_path: "/etc/passwd", "pipe:[1234]". The kernel takes
// only a struct path it can vouch for, so p must be reached from the
// probe's typed pointers, fentry's args or iter's ctx, through members
// (args->filp->f_path, ctx->file->f_path), and the kernel lets only some
// functions call it (fentry on security_file_open, vfs_truncate...; every
// iterator). A NULL pointer on the way gives "".

func init() {
	register(&Builtin{Name: "path", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "the path name of a struct path (fentry, iter)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			t := c.Expr(args[0])
			if t == nil || !c.ProbeTypedPointers(x, "path()") {
				return nil
			}
			if !isKernelStruct(t, "path") {
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
			// bpf_d_path builds the name at the end of its buffer and
			// moves it to the start, leaving bytes of it after the NUL:
			// the string is copied from there up to the NUL, so that
			// what follows it is zero, as strings compare.
			tmp := e.AllocScratch(t.Size)
			e.Emit(asm.Mov.Reg(asm.R1, asm.R0))
			e.ScratchAddr(asm.R2, tmp)
			e.Emit(asm.Mov.Imm(asm.R3, int32(t.Size)))
			e.Call(asm.FnDPath)
			e.CheckHelper("d_path", x, HelperReads)
			e.Emit(asm.JSLT.Imm(asm.R0, 0, null))
			e.ScratchAddr(asm.R1, off)
			e.Emit(asm.Mov.Imm(asm.R2, int32(t.Size)))
			e.ScratchAddr(asm.R3, tmp)
			e.Call(asm.FnProbeReadKernelStr)
			e.Bind(null)
		}})
}
