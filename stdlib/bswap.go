package stdlib

import (
	"encoding/binary"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// bswap(n): n with its bytes in the other order, an unsigned integer of
// n's width; 8-bit integers come back as they are.

func init() {
	register(&Builtin{Name: "bswap", Kind: Function, MinArgs: 1, MaxArgs: 1,
		Samples: []string{"bswap(%s)", "bswap((uint16)%s)", "bswap((uint32)%s)", "bswap((int8)%s)"}, Doc: "reverse the order of the bytes of an integer",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			t := c.Expr(args[0])
			if t == nil {
				return nil
			}
			if t.Kind != ast.KInt || t.Output != "" {
				c.Errorf(args[0], "bswap() reverses the bytes of an integer, not %s", t)
				return nil
			}
			return ast.IntType(t.Size, false)
		},
		Int: func(e Emitter, x ast.Expr, args []ast.Expr) {
			e.IntExpr(args[0])
			switch size := e.Type(x).Size; size {
			case 2, 4, 8:
				// BPF_END converts to an endianness: the other one swaps
				// (and zero-extends from the width).
				e.Emit(asm.HostTo(otherEndian, asm.R0, map[int]asm.Size{2: asm.Half, 4: asm.Word, 8: asm.DWord}[size]))
			default:
				e.Truncate(asm.R0, size)
			}
		}})
}

// otherEndian is the byte order that is not this machine's.
var otherEndian = func() asm.Endianness {
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		return asm.BE
	}
	return asm.LE
}()
