package codegen

import (
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/cilium/ebpf/asm"
)

// checkHelper reports a negative return of the helper just called (in r0)
// as an event naming the helper and the expression at n, when the user
// asked for it at this level. r0 is unchanged afterwards.
func (g *gen) checkHelper(name string, n ast.Node, level int) {
	g.reportHelper(name, n, level, true)
}

// lookupMissed reports, with -kk, a map lookup that found no entry, as
// bpftrace's "Failed to map_lookup_elem: 0"; r0 is the lookup's NULL.
func (g *gen) lookupMissed(n ast.Node) {
	g.reportHelper("map_lookup_elem", n, stdlib.HelperReads, false)
}

// reportHelper sends a helper_error event with r0 as the code at n, when
// -k's level asks for it: if onlyNegative, only when r0 < 0. r0 is kept.
func (g *gen) reportHelper(name string, n ast.Node, level int, onlyNegative bool) {
	if g.opts.HelperErrors < level || n == nil {
		return
	}
	pos, end := n.Position(), n.EndPos()
	if a, ok := n.(*ast.AssignStmt); ok {
		// bpftrace points at the assignment's operator.
		pos, end = g.operatorSpan(a)
	}
	ev := &stdlib.EventSpec{Handle: stdlib.HandleHelperError, Format: name, Args: []*ast.Type{ast.Int64}, ArgOffsets: []int{8},
		Size: 16, Pos: pos, End: end, Source: g.sourceLine(pos.Line)}
	id := len(g.out.Events)
	g.out.Events = append(g.out.Events, ev)
	saved := g.pushTemp()
	ok := g.newLabel("helperok")
	if onlyNegative {
		g.emit(asm.JSGE.Imm(asm.R0, 0, ok))
	}
	rec := g.allocScratch(ev.Size)
	g.emit(asm.StoreMem(regScratch, int16(rec+8), asm.R0, asm.DWord))
	g.send(ev, id, rec)
	g.bind(ok)
	g.popTemp(saved, asm.R0)
}

// operatorSpan finds the operator of an assignment in the source.
func (g *gen) operatorSpan(a *ast.AssignStmt) (ast.Pos, ast.Pos) {
	pos := a.Target.EndPos()
	src := g.prog.Source
	for pos.Offset < len(src) && (src[pos.Offset] == ' ' || src[pos.Offset] == '\t') {
		pos.Offset++
		pos.Col++
	}
	if !strings.HasPrefix(src[pos.Offset:], a.Op) {
		return a.Pos, a.End
	}
	end := pos
	end.Offset += len(a.Op)
	end.Col += len(a.Op)
	return pos, end
}

func (g *gen) sourceLine(n int) string {
	lines := strings.Split(g.prog.Source, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}
