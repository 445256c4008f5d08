package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

func (g *gen) block(b *ast.Block) {
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

func (g *gen) stmt(s ast.Stmt) {
	g.node = s
	outer := g.stmtNode
	g.stmtNode = s
	defer func() { g.stmtNode = outer }()
	if _, ok := s.(*ast.Block); !ok {
		g.source(s)
	}
	mark := g.scratch
	defer func() { g.scratch = mark }()
	switch s := s.(type) {
	case *ast.Block:
		g.block(s)
	case *ast.ExprStmt:
		g.exprStmt(s.X)
	case *ast.AssignStmt:
		g.assign(s)
	case *ast.IfStmt:
		g.ifStmt(s)
	case *ast.UnrollStmt:
		n := g.info.Consts[s.Count]
		for i := int64(0); i < n && !g.terminated; i++ {
			g.block(s.Body)
		}
	case *ast.WhileStmt:
		g.whileStmt(s)
	case *ast.ForStmt:
		g.forStmt(s)
	case *ast.BreakStmt:
		g.emit(asm.Ja.Label(g.loops[len(g.loops)-1].brk))
		g.terminated = true
	case *ast.ContinueStmt:
		g.emit(asm.Ja.Label(g.loops[len(g.loops)-1].cont))
		g.terminated = true
	case *ast.ReturnStmt:
		g.emit(asm.Ja.Label(g.exitLabel))
		g.terminated = true
	default:
		g.fail(s, "internal error: cannot compile %T", s)
	}
}

func (g *gen) ifStmt(s *ast.IfStmt) {
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

func (g *gen) assign(s *ast.AssignStmt) {
	switch t := s.Target.(type) {
	case *ast.Var:
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
		if loc.typ.Kind == ast.KTuple {
			// Build aside first: the value may read the variable itself.
			tmp := g.allocScratch(loc.typ.StorageSize())
			g.store(s.Value, tmp, loc.typ)
			g.copyScratch(loc.scratch, tmp, loc.typ.StorageSize())
			return
		}
		g.store(s.Value, loc.scratch, loc.typ)
	case *ast.MapRef:
		mm := g.maps[t.Name]
		if s.Op != "=" {
			g.mapUpdateInt(t, mm, s.Value, s.Op[:len(s.Op)-1], false)
			return
		}
		if ty := g.info.Types[s.Value]; ty != nil && ty.Kind == ast.KAgg {
			call := s.Value.(*ast.Call)
			stdlib.EmitAggregation(g, stdlib.Lookup(call.Name), t, call)
			return
		}
		key := g.mapKey(t, mm)
		val := g.allocScratch(mm.ValueSize)
		g.store(s.Value, val, mm.Value)
		g.mapUpdate(mm, key, val)
	}
}

func (g *gen) exprStmt(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Call:
		g.callStmt(e)
	case *ast.IncDec:
		g.incDec(e)
	case *ast.Ternary:
		// As a statement it is if/else (an arm may end the probe).
		g.ifStmt(&ast.IfStmt{Span: e.Span, Cond: e.Cond,
			Then: &ast.Block{Span: e.Span, Stmts: []ast.Stmt{&ast.ExprStmt{X: e.Then}}},
			Else: &ast.ExprStmt{X: e.Else}})
	default:
		t := g.info.Types[e]
		if t != nil && t.Kind == ast.KInt {
			g.intExpr(e)
		} else if t != nil && t.IsAggregate() {
			g.materialize(e, g.allocScratch(t.StorageSize()))
		}
	}
}
