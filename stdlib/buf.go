package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// buf(p, n), buf(array [, n]): n bytes of memory, kept with their length
// (8 bytes) and printed as bpftrace prints buffers: %r (printable ASCII
// kept, other bytes as \xNN; also how %s, print and maps show it), %rx
// (every byte as \xNN) and %rh (hex bytes, space separated). A buffer
// holds at most max_strlen bytes.

func init() {
	register(&Builtin{Name: "buf", Samples: []string{"buf(%s, 8)", "buf(%s, 1)"}, Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "n bytes of memory as a buffer: printf %r, %rx, %rh",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			t := c.Expr(args[0])
			if t == nil {
				return nil
			}
			size := 0 // the array's, when args[0] is one
			switch {
			case t.Kind == ast.KInt && t.Output == "":
				if len(args) == 1 {
					c.Errorf(x, "buf() of an address needs a length: buf(p, n)")
					return nil
				}
			case t.Kind == ast.KArray || t.Kind == ast.KString && c.Member(args[0]) != nil:
				size = arraySize(t, c.Member(args[0]))
			default:
				c.Errorf(args[0], "buf() reads an address or an array, not %s", t)
				return nil
			}
			capacity := size
			if len(args) == 2 {
				if c.IntExpr(args[1]) == nil {
					return nil
				}
				if n, ok := c.ConstInt(args[1]); ok {
					if n < 0 {
						c.Errorf(args[1], "buf()'s length cannot be negative")
						return nil
					}
					c.Note(args[1], n) // a constant length
					if size == 0 || int(n) < size {
						capacity = int(n)
					}
				} else if size == 0 {
					capacity = c.Strlen() // a length known only at run time
				}
			}
			if capacity > c.Strlen() {
				c.Warnf(x, "buf() takes at most %d bytes (max_strlen): this one is cut to that; raise it with config = { max_strlen = N }", c.Strlen())
				capacity = c.Strlen()
			}
			t = ast.TupleType([]*ast.Type{ast.Uint64, ast.StringType(max(capacity, 1))})
			t.Output = "buf"
			return t
		},
		Value: func(e Emitter, x ast.Expr, args []ast.Expr, off int) {
			t := e.Type(x)
			capacity := t.Elems[1].Size
			at := e.Type(args[0])
			e.Zero(off, t.StorageSize())
			if at.Kind == ast.KInt {
				e.IntExpr(args[0])
			} else {
				e.MemberAddr(args[0])
				at = &ast.Type{Kind: ast.KInt, Pointer: true} // kernel memory
			}
			ptr := e.PushTemp()
			// The length: the capacity, or a run-time n within it.
			if len(args) == 2 {
				if n, ok := e.Note(args[1]).(int64); ok {
					e.Emit(asm.Mov.Imm(asm.R0, int32(min(int(n), capacity))))
				} else {
					e.IntExpr(args[1])
					in := e.NewLabel("buflen")
					e.Emit(asm.JLE.Imm(asm.R0, int32(capacity), in), asm.Mov.Imm(asm.R0, int32(capacity)))
					e.Bind(in)
				}
			} else {
				e.Emit(asm.Mov.Imm(asm.R0, int32(capacity)))
			}
			e.Emit(asm.StoreMem(insn.Scratch, int16(off), asm.R0, asm.DWord))
			e.Emit(asm.Mov.Reg(asm.R2, asm.R0))
			e.PopTemp(ptr, asm.R3)
			e.ScratchAddr(asm.R1, off+t.Offsets[1])
			emitRead(e, at, asm.FnProbeReadUser, asm.FnProbeReadKernel)
			e.CheckHelper("probe_read", x, HelperReads)
		},
		Render: func(_ Runtime, b []byte, t *ast.Type) (output.Value, error) {
			n := min(int(le64(b, 0)), t.Elems[1].Size)
			data := b[t.Offsets[1] : t.Offsets[1]+n]
			return output.BufVal(append([]byte(nil), data...)), nil
		}})
}
