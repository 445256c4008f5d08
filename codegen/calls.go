package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"
)

// callStmt compiles a function called for its effect: by the builtin's
// Stmt, or else by evaluating it and dropping the result.
func (g *gen) callStmt(e *ast.Call) {
	if b := stdlib.Lookup(e.Name); b != nil && b.Stmt != nil {
		b.Stmt(g, e)
		return
	}
	t := g.info.Types[e]
	if t != nil && t.Kind == ast.KInt {
		g.intExpr(e)
		return
	}
	if t != nil && t.IsAggregate() {
		g.materialize(e, g.allocScratch(t.StorageSize()))
		return
	}
	g.fail(e, "%s() is not supported yet", e.Name)
}

func (g *gen) constArg(e ast.Expr) int64 {
	if v, ok := g.info.Consts[e]; ok && isIdent(e) {
		return v // a named constant
	}
	switch e := e.(type) {
	case *ast.IntLit:
		return int64(e.Value)
	case *ast.Positional:
		return g.positionalInt(e)
	case *ast.Unary:
		return -g.constArg(e.X)
	}
	g.fail(e, "expected a constant integer")
	return 0
}

func isIdent(e ast.Expr) bool { _, ok := e.(*ast.Ident); return ok }

// event sends a record {u64 id; args...} through the ring buffer, counting
// it as lost when the ring is full.
func (g *gen) event(ev *stdlib.EventSpec, args []ast.Expr) {
	id := len(g.out.Events)
	off := 8
	for _, a := range args {
		t := g.typ(a)
		ev.Args = append(ev.Args, t)
		ev.ArgOffsets = append(ev.ArgOffsets, off)
		off += t.StorageSize()
	}
	ev.Size = off
	g.out.Events = append(g.out.Events, ev)

	rec := g.allocScratch(ev.Size)
	for i, a := range args {
		g.materialize(a, rec+ev.ArgOffsets[i])
	}
	g.send(ev, id, rec)
}

// send outputs the event record at scratch offset rec.
func (g *gen) send(ev *stdlib.EventSpec, id, rec int) {
	g.emit(insn.StoreImm64(regScratch, int16(rec), int32(id)))
	g.loadMap(asm.R1, eventsMapName)
	g.scratchAddr(asm.R2, rec)
	g.emit(asm.Mov.Imm(asm.R3, int32(ev.Size)), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnRingbufOutput)
	if ev.Stop {
		// exit() must not be lost with a full ring: it also raises a
		// flag (slot 1 of the loss counters) the runtime polls.
		g.emit(asm.StoreImm(asm.RFP, -8, 1, asm.Word))
		g.loadMap(asm.R1, lostMapName)
		g.emit(asm.Mov.Reg(asm.R2, asm.RFP), asm.Add.Imm(asm.R2, -8))
		g.call(asm.FnMapLookupElem)
		done := g.newLabel("exitflag")
		g.emit(asm.JEq.Imm(asm.R0, 0, done), insn.StoreImm64(asm.R0, 0, 1))
		g.bind(done)
		return
	}
	g.countFailure(lostMapName, 0) // a full ring: one more lost event
}

// countCut counts one value of the kind what cut short; it clobbers r0
// to r5.
func (g *gen) countCut(what output.Cut) {
	g.emit(asm.Mov.Imm(asm.R0, 1))
	g.countFailure(lostMapName, CutSlot+int32(what))
}

// countFailure increments this CPU's slot index of the per-CPU array
// name when r0 is not zero (a helper failed).
func (g *gen) countFailure(name string, index int32) {
	ok := g.newLabel("okh")
	g.emit(asm.JEq.Imm(asm.R0, 0, ok))
	g.emit(asm.StoreImm(asm.RFP, -8, int64(index), asm.Word))
	g.loadMap(asm.R1, name)
	g.emit(asm.Mov.Reg(asm.R2, asm.RFP), asm.Add.Imm(asm.R2, -8))
	g.call(asm.FnMapLookupElem)
	g.emit(
		asm.JEq.Imm(asm.R0, 0, ok),
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
	)
	g.bind(ok)
}
