package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/lang/ast"
)

// strncmp: 0 when the first n bytes agree, 1 otherwise. Strings are
// zero-padded, so past a common terminator both sides hold zeros and a
// plain byte comparison gives C's answer to "equal or not".
func (g *gen) strncmp(e *ast.Call) {
	n := int(g.constArg(e.Args[2]))
	a, b := g.aggLoc(e.Args[0]), g.aggLoc(e.Args[1])
	n = min(n, g.typ(e.Args[0]).Size, g.typ(e.Args[1]).Size)
	diff, end := g.newLabel("ndiff"), g.newLabel("nend")
	i := 0
	for ; i+8 <= n; i += 8 {
		g.emit(
			asm.LoadMem(asm.R1, regScratch, int16(a+i), asm.DWord),
			asm.LoadMem(asm.R2, regScratch, int16(b+i), asm.DWord),
			asm.JNE.Reg(asm.R1, asm.R2, diff),
		)
	}
	for ; i < n; i++ {
		g.emit(
			asm.LoadMem(asm.R1, regScratch, int16(a+i), asm.Byte),
			asm.LoadMem(asm.R2, regScratch, int16(b+i), asm.Byte),
			asm.JNE.Reg(asm.R1, asm.R2, diff),
		)
	}
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	g.bind(diff)
	g.emit(asm.Mov.Imm(asm.R0, 1))
	g.bind(end)
}

// strcontains tests every start position of the haystack against the
// literal needle; the needle is known, so each test is a run of byte
// compares with immediates.
func (g *gen) strcontains(e *ast.Call) {
	needle := e.Args[1].(*ast.StrLit).Value
	hay := g.aggLoc(e.Args[0])
	size := g.typ(e.Args[0]).Size
	found, end := g.newLabel("found"), g.newLabel("cend")
	if needle == "" {
		g.emit(asm.Mov.Imm(asm.R0, 1))
		return
	}
	for start := 0; start+len(needle) < size; start++ {
		next := g.newLabel("cnext")
		for j := 0; j < len(needle); j++ {
			g.emit(
				asm.LoadMem(asm.R1, regScratch, int16(hay+start+j), asm.Byte),
				asm.JNE.Imm(asm.R1, int32(needle[j]), next),
			)
		}
		g.emit(asm.Ja.Label(found))
		g.bind(next)
		// A terminator at this position means no later match either.
		g.emit(
			asm.LoadMem(asm.R1, regScratch, int16(hay+start), asm.Byte),
			asm.JEq.Imm(asm.R1, 0, end+"_no"),
		)
	}
	g.emit(asm.Ja.Label(end + "_no"))
	g.bind(found)
	g.emit(asm.Mov.Imm(asm.R0, 1), asm.Ja.Label(end))
	g.bind(end + "_no")
	g.emit(asm.Mov.Imm(asm.R0, 0))
	g.bind(end)
}
