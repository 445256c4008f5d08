package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang"
)

func (g *gen) block(b *lang.Block) {
	if b == nil {
		return
	}
	for _, s := range b.Stmts {
		if g.terminated {
			// Everything after a return, break, continue or exit() is
			// dead; the verifier rejects unreachable instructions.
			return
		}
		g.stmt(s)
	}
}

func (g *gen) stmt(s lang.Stmt) {
	g.node = s
	outer := g.stmtNode
	g.stmtNode = s
	defer func() { g.stmtNode = outer }()
	if _, ok := s.(*lang.Block); !ok {
		g.source(s)
	}
	mark := g.scratch
	defer func() { g.scratch = mark }()
	switch s := s.(type) {
	case *lang.Block:
		g.block(s)
	case *lang.ExprStmt:
		g.exprStmt(s.X)
	case *lang.AssignStmt:
		g.assign(s)
	case *lang.IfStmt:
		g.ifStmt(s)
	case *lang.UnrollStmt:
		n := s.Count.(*lang.IntLit).Value
		for i := uint64(0); i < n && !g.terminated; i++ {
			g.block(s.Body)
		}
	case *lang.WhileStmt:
		g.whileStmt(s)
	case *lang.ForStmt:
		g.forStmt(s)
	case *lang.BreakStmt:
		g.emit(asm.Ja.Label(g.loops[len(g.loops)-1].brk))
		g.terminated = true
	case *lang.ContinueStmt:
		g.emit(asm.Ja.Label(g.loops[len(g.loops)-1].cont))
		g.terminated = true
	case *lang.ReturnStmt:
		g.emit(asm.Ja.Label(g.exitLabel))
		g.terminated = true
	default:
		g.fail(s, "internal error: cannot compile %T", s)
	}
}

func (g *gen) ifStmt(s *lang.IfStmt) {
	elseL := g.newLabel("else")
	g.intExpr(s.Cond)
	g.emit(asm.JEq.Imm(asm.R0, 0, elseL))
	g.block(s.Then)
	thenTerm := g.terminated
	if s.Else == nil {
		g.bind(elseL)
		g.terminated = false
		return
	}
	endL := g.newLabel("endif")
	if !thenTerm {
		g.emit(asm.Ja.Label(endL))
	}
	g.bind(elseL)
	g.terminated = false
	g.stmt(s.Else)
	elseTerm := g.terminated
	if !thenTerm {
		g.bind(endL)
	}
	g.terminated = thenTerm && elseTerm
}

func (g *gen) assign(s *lang.AssignStmt) {
	switch t := s.Target.(type) {
	case *lang.Var:
		loc := g.vars[g.info.Vars[t].ID]
		if s.Op != "=" {
			g.intExpr(s.Value)
			g.emit(asm.Mov.Reg(asm.R1, asm.R0), asm.LoadMem(asm.R0, regScratch, int16(loc.scratch), asm.DWord))
			g.binop(s.Op[:len(s.Op)-1], asm.R0, asm.R1, loc.typ.Signed)
			g.emit(asm.StoreMem(regScratch, int16(loc.scratch), asm.R0, asm.DWord))
			return
		}
		if !loc.typ.IsAggregate() {
			g.intExpr(s.Value)
			g.emit(asm.StoreMem(regScratch, int16(loc.scratch), asm.R0, asm.DWord))
			return
		}
		if loc.typ.Kind == lang.KTuple {
			// Build aside first: the value may read the variable itself.
			tmp := g.allocScratch(loc.typ.StorageSize())
			g.store(s.Value, tmp, loc.typ)
			g.copyScratch(loc.scratch, tmp, loc.typ.StorageSize())
			return
		}
		g.store(s.Value, loc.scratch, loc.typ)
	case *lang.MapRef:
		mm := g.maps[t.Name]
		if s.Op != "=" {
			g.mapUpdateInt(t, mm, s.Value, s.Op[:len(s.Op)-1], false)
			return
		}
		if ty := g.info.Types[s.Value]; ty != nil && ty.Kind == lang.KAgg {
			g.aggregate(t, mm, s.Value.(*lang.Call))
			return
		}
		key := g.mapKey(t, mm)
		val := g.allocScratch(mm.ValueSize)
		g.store(s.Value, val, mm.Value)
		g.mapUpdate(mm, key, val)
	}
}

func (g *gen) exprStmt(e lang.Expr) {
	switch e := e.(type) {
	case *lang.Call:
		g.callStmt(e)
	case *lang.IncDec:
		g.incDec(e)
	default:
		t := g.info.Types[e]
		if t != nil && t.Kind == lang.KInt {
			g.intExpr(e)
		} else if t != nil && t.IsAggregate() {
			g.materialize(e, g.allocScratch(t.StorageSize()))
		}
	}
}
