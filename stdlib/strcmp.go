package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
)

// strncmp() and strcontains(): string comparisons compiled to straight
// runs of compares (strings are zero-padded buffers of known capacity).

func init() {
	register(&Builtin{Name: "strncmp", Kind: Function, MinArgs: 3, MaxArgs: 3, Doc: "0 when the first N characters of two strings are equal",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			for _, a := range args[:2] {
				if t := c.Expr(a); t != nil && t.Kind != ast.KString {
					c.Errorf(a, "strncmp() compares strings, not %s", t)
				}
			}
			if n, ok := c.ConstInt(args[2]); !ok || n < 0 {
				c.Errorf(args[2], "strncmp() needs a constant, non-negative length")
			}
			c.Expr(args[2])
			return ast.Int64
		},
		Int: emitStrncmp})
	register(&Builtin{Name: "strcontains", Kind: Function, MinArgs: 2, MaxArgs: 2, Doc: "1 when a string contains a literal substring",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			if t := c.Expr(args[0]); t != nil && t.Kind != ast.KString {
				c.Errorf(args[0], "strcontains() searches a string, not %s", t)
			}
			lit, ok := args[1].(*ast.StrLit)
			if !ok {
				c.Errorf(args[1], "strcontains() needs a string literal to search for")
				return nil
			}
			c.Expr(lit)
			return ast.Int64
		},
		Int: emitStrcontains})
}

// emitStrncmp: 0 when the first n bytes agree, 1 otherwise. Strings are
// zero-padded, so past a common terminator both sides hold zeros and a
// plain byte comparison gives C's answer to "equal or not".
func emitStrncmp(e Emitter, _ ast.Expr, args []ast.Expr) {
	n := int(e.ConstArg(args[2]))
	a, b := e.ValueAt(args[0]), e.ValueAt(args[1])
	n = min(n, e.Type(args[0]).Size, e.Type(args[1]).Size)
	if n == 0 {
		// Nothing to compare: equal. (No compare would jump to ndiff,
		// and the verifier refuses the unreachable code there.)
		e.Emit(asm.Mov.Imm(asm.R0, 0))
		return
	}
	diff, end := e.NewLabel("ndiff"), e.NewLabel("nend")
	i := 0
	for ; i+8 <= n; i += 8 {
		e.Emit(
			asm.LoadMem(asm.R1, insn.Scratch, int16(a+i), asm.DWord),
			asm.LoadMem(asm.R2, insn.Scratch, int16(b+i), asm.DWord),
			asm.JNE.Reg(asm.R1, asm.R2, diff),
		)
	}
	for ; i < n; i++ {
		e.Emit(
			asm.LoadMem(asm.R1, insn.Scratch, int16(a+i), asm.Byte),
			asm.LoadMem(asm.R2, insn.Scratch, int16(b+i), asm.Byte),
			asm.JNE.Reg(asm.R1, asm.R2, diff),
		)
	}
	e.Emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	e.Bind(diff)
	e.Emit(asm.Mov.Imm(asm.R0, 1))
	e.Bind(end)
}

// emitStrcontains tests every start position of the haystack against the
// literal needle; the needle is known, so each test is a run of byte
// compares with immediates.
func emitStrcontains(e Emitter, _ ast.Expr, args []ast.Expr) {
	needle := args[1].(*ast.StrLit).Value
	hay := e.ValueAt(args[0])
	size := e.Type(args[0]).Size
	found, end := e.NewLabel("found"), e.NewLabel("cend")
	if needle == "" {
		e.Emit(asm.Mov.Imm(asm.R0, 1))
		return
	}
	if len(needle) >= size {
		// The haystack holds at most size-1 characters: no start
		// position fits the needle, so nothing would jump to found.
		e.Emit(asm.Mov.Imm(asm.R0, 0))
		return
	}
	for start := 0; start+len(needle) < size; start++ {
		next := e.NewLabel("cnext")
		for j := 0; j < len(needle); j++ {
			e.Emit(
				asm.LoadMem(asm.R1, insn.Scratch, int16(hay+start+j), asm.Byte),
				asm.JNE.Imm(asm.R1, int32(needle[j]), next),
			)
		}
		e.Emit(asm.Ja.Label(found))
		e.Bind(next)
		// A terminator at this position means no later match either.
		e.Emit(
			asm.LoadMem(asm.R1, insn.Scratch, int16(hay+start), asm.Byte),
			asm.JEq.Imm(asm.R1, 0, end+"_no"),
		)
	}
	e.Emit(asm.Ja.Label(end + "_no"))
	e.Bind(found)
	e.Emit(asm.Mov.Imm(asm.R0, 1), asm.Ja.Label(end))
	e.Bind(end + "_no")
	e.Emit(asm.Mov.Imm(asm.R0, 0))
	e.Bind(end)
}
