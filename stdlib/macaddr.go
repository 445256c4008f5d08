package stdlib

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// macaddr(p): the six bytes at p (an address, or a six-byte array member
// of a kernel struct), kept in an integer and printed as a MAC address,
// 41:42:43:44:45:46.

func init() {
	register(&Builtin{Name: "macaddr", Samples: []string{"macaddr(%s)"}, Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "format six bytes as a MAC address",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			t := c.Expr(args[0])
			if t == nil {
				return nil
			}
			switch {
			case t.Kind == ast.KInt && t.Output == "":
			case t.Kind == ast.KArray || t.Kind == ast.KString && c.Member(args[0]) != nil:
				if n := arraySize(t, c.Member(args[0])); n != 6 {
					c.Errorf(args[0], "macaddr() needs 6 bytes; this array holds %d", n)
					return nil
				}
			default:
				c.Errorf(args[0], "macaddr() needs an address or a 6-byte array, not %s", t)
				return nil
			}
			return &ast.Type{Kind: ast.KInt, Size: 8, Output: "macaddr"}
		},
		Int: func(e Emitter, x ast.Expr, args []ast.Expr) {
			at := e.Type(args[0])
			if at.Kind == ast.KInt {
				e.IntExpr(args[0])
			} else {
				e.MemberAddr(args[0])
				at = &ast.Type{Kind: ast.KInt, Pointer: true} // kernel memory
			}
			tmp := e.AllocScratch(8)
			e.Emit(insn.StoreImm64(insn.Scratch, int16(tmp), 0))
			e.Emit(asm.Mov.Reg(asm.R3, asm.R0))
			e.ScratchAddr(asm.R1, tmp)
			e.Emit(asm.Mov.Imm(asm.R2, 6))
			emitRead(e, at, asm.FnProbeReadUser, asm.FnProbeReadKernel)
			e.CheckHelper("probe_read", x, HelperReads)
			e.Emit(asm.LoadMem(asm.R0, insn.Scratch, int16(tmp), asm.DWord))
		},
		Render: func(_ Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			parts := make([]string, 6)
			for i := range parts {
				parts[i] = fmt.Sprintf("%02X", b[i])
			}
			return output.StrVal(strings.Join(parts, ":")), nil
		}})
}

// arraySize is the bytes of an array: a kernel array, or a char array
// member m typed as a string.
func arraySize(t *ast.Type, m *ast.Member) int {
	if t.Kind == ast.KArray {
		if n, err := btf.Sizeof(t.BTF); err == nil {
			return n
		}
	}
	if m != nil && m.Nelems > 0 {
		return m.Nelems
	}
	return t.Size
}
