package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// str(p[, n]): a NUL-terminated string read with the helper that matches
// where the pointer points.

func init() {
	register(&Builtin{Name: "str", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "read a NUL-terminated string (at most N bytes)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			t := c.Expr(args[0])
			if len(args) == 2 {
				c.IntExpr(args[1])
			}
			if t == nil {
				return nil
			}
			// str($1) is the parameter's text, a number's too (str(42)
			// would read memory at 42).
			if text, ok := c.ConstString(args[0]); ok {
				if len(args) == 2 {
					n, ok := c.ConstInt(args[1])
					if !ok {
						c.Errorf(args[1], "str() of a positional parameter takes a constant length")
						return nil
					}
					if n >= 0 && int(n) < len(text) {
						text = text[:n]
					}
				}
				c.Note(x, text)
				return ast.StringType(c.Strlen())
			}
			if t.Kind == ast.KString {
				return t
			}
			if t.Kind != ast.KInt {
				c.Errorf(args[0], "str() needs a pointer or a string, not %s", t)
				return nil
			}
			return ast.StringType(c.Strlen())
		},
		Value: emitStr})
}

func emitStr(e Emitter, x ast.Expr, args []ast.Expr, off int) {
	t := e.Type(x)
	if text, ok := e.Note(x).(string); ok {
		storeString(e, text, off, t)
		return
	}
	at := e.Type(args[0])
	if at.Kind == ast.KString {
		e.Materialize(args[0], off)
		if len(args) == 2 {
			e.Fail(x, "str(string, n) is not supported yet")
		}
		return
	}
	e.IntExpr(args[0])
	ptr := e.PushTemp()
	if len(args) == 2 {
		// bpftrace reads n characters plus the terminating NUL.
		e.IntExpr(args[1])
		e.Emit(asm.Add.Imm(asm.R0, 1))
		ok := e.NewLabel("lenok")
		e.Emit(asm.JLE.Imm(asm.R0, int32(t.Size), ok), asm.Mov.Imm(asm.R0, int32(t.Size)))
		e.Bind(ok)
		e.Emit(asm.Mov.Reg(asm.R2, asm.R0))
	} else {
		e.Emit(asm.Mov.Imm(asm.R2, int32(t.Size)))
	}
	e.PopTemp(ptr, asm.R3)
	e.Zero(off, t.StorageSize())
	e.ScratchAddr(asm.R1, off)
	emitRead(e, at, asm.FnProbeReadUserStr, asm.FnProbeReadKernelStr)
	e.CheckHelper("probe_read_str", x, HelperReads)
}

// emitRead calls the user or the kernel read helper (arguments in r1 to
// r3, the address in r3) for a pointer of type at: as its type says, or,
// where it does not, as the address says.
func emitRead(e Emitter, at *ast.Type, user, kernel asm.BuiltinFunc) {
	switch {
	case at.UserPtr:
		e.Call(user)
	case at.Pointer && !at.AnySpace:
		e.Call(kernel)
	default:
		emitReadByAddress(e, user, kernel)
	}
}

// emitReadByAddress calls the user or the kernel helper (their arguments
// in r1 to r3, the address in r3) as the address says: where the types do
// not tell, as for kprobe arguments. On x86-64 and arm64 kernel addresses
// have the top bit set and user addresses do not. (The legacy
// probe_read_str does this on x86-64 only; arm64 kernels lack it.)
func emitReadByAddress(e Emitter, user, kernel asm.BuiltinFunc) {
	k, done := e.NewLabel("kread"), e.NewLabel("readdone")
	e.Emit(asm.JSLT.Imm(asm.R3, 0, k))
	e.Call(user)
	e.Emit(asm.Ja.Label(done))
	e.Bind(k)
	e.Call(kernel)
	e.Bind(done)
}
