package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// mapKey builds the BPF key of m in a zeroed scratch buffer (zeroed so
// that padding never makes equal keys differ) and returns its offset.
// For hist and lhist maps the trailing bucket slot is left at zero.
func (g *gen) mapKey(m *ast.MapRef, mm *ast.MapLayout) int {
	off := g.allocScratch(mm.KeySize)
	if len(m.Keys) == 1 && mm.KeySize == mm.Key.StorageSize() && ast.SameLayout(g.typ(m.Keys[0]), mm.Key) {
		// The value fills the whole key, padding included.
		g.materialize(m.Keys[0], off)
		return off
	}
	g.zero(off, mm.KeySize)
	switch {
	case len(m.Keys) == 1:
		g.store(m.Keys[0], off, mm.Key)
	case len(m.Keys) > 1:
		for i, k := range m.Keys {
			g.store(k, off+mm.Key.Offsets[i], mm.Key.Elems[i])
		}
	}
	return off
}

// mapLookup leaves the value pointer (or NULL) in r0.
func (g *gen) mapLookup(mm *ast.MapLayout, key int) {
	g.loadMap(asm.R1, mm.BPFName)
	g.scratchAddr(asm.R2, key)
	g.call(asm.FnMapLookupElem)
}

func (g *gen) mapUpdate(mm *ast.MapLayout, key, val int) {
	g.loadMap(asm.R1, mm.BPFName)
	g.scratchAddr(asm.R2, key)
	g.scratchAddr(asm.R3, val)
	g.emit(asm.Mov.Imm(asm.R4, 0)) // BPF_ANY
	g.call(asm.FnMapUpdateElem)
	g.checkHelper("map_update_elem", g.stmtNode, stdlib.HelperWrites)
	// A full map refuses new keys (E2BIG): count it, so the runtime can
	// warn instead of dropping silently.
	g.countFailure(fullMapName, int32(mm.Index))
}

// mapReadInt reads @m[k] as an integer into r0; a missing entry reads as
// zero. Aggregation maps are per-CPU: a probe sees its own CPU's share.
func (g *gen) mapReadInt(m *ast.MapRef) {
	mm := g.maps[m.Name]
	key := g.mapKey(m, mm)
	g.mapLookup(mm, key)
	missing, end := g.newLabel("miss"), g.newLabel("rend")
	g.emit(asm.JEq.Imm(asm.R0, 0, missing))
	if a := stdlib.AggregatorOf(mm.MapInfo); a != nil {
		a.Read(g, missing)
	} else {
		g.emit(asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord))
	}
	g.emit(asm.Ja.Label(end))
	g.bind(missing)
	g.lookupMissed(m)
	g.emit(asm.Mov.Imm(asm.R0, 0))
	g.bind(end)
}

// mapUpdateInt applies `@m[k] op= value` (value nil means 1, for ++/--)
// and leaves the old (post) or new value in r0.
func (g *gen) mapUpdateInt(m *ast.MapRef, mm *ast.MapLayout, value ast.Expr, op string, post bool) {
	if value != nil {
		g.intExpr(value)
	} else {
		g.emit(asm.Mov.Imm(asm.R0, 1))
	}
	operand := g.pushTemp()
	key := g.mapKey(m, mm)
	g.mapLookup(mm, key)
	val := g.allocScratch(8)
	missing, store, end := g.newLabel("miss"), g.newLabel("store"), g.newLabel("uend")
	g.emit(asm.JEq.Imm(asm.R0, 0, missing))
	g.emit(asm.Mov.Reg(asm.R3, asm.R0), asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord))
	g.emit(asm.Ja.Label(store))
	g.bind(missing)
	g.lookupMissed(m)
	g.emit(asm.Mov.Imm(asm.R3, 0), asm.Mov.Imm(asm.R1, 0))
	g.bind(store)
	// r1 = old value, r3 = value pointer or NULL; keep the old value for
	// a postfix ++/--.
	g.emit(asm.StoreMem(regScratch, int16(val), asm.R1, asm.DWord))
	g.popTemp(operand, asm.R2)
	g.binop(op, asm.R1, asm.R2, true)
	inPlace := g.newLabel("inplace")
	g.emit(asm.JNE.Imm(asm.R3, 0, inPlace))
	// No entry yet: insert the new value; the old one was 0.
	g.emit(asm.StoreMem(regScratch, int16(val), asm.R1, asm.DWord))
	g.mapUpdate(mm, key, val)
	if post {
		g.emit(asm.Mov.Imm(asm.R0, 0))
	} else {
		g.emit(asm.LoadMem(asm.R0, regScratch, int16(val), asm.DWord))
	}
	g.emit(asm.Ja.Label(end))
	g.bind(inPlace)
	g.emit(asm.StoreMem(asm.R3, 0, asm.R1, asm.DWord))
	if post {
		g.emit(asm.LoadMem(asm.R0, regScratch, int16(val), asm.DWord))
	} else {
		g.emit(asm.Mov.Reg(asm.R0, asm.R1))
	}
	g.bind(end)
}

// incDec compiles ++/-- on a variable or a map element; r0 holds the
// expression's value afterwards.
func (g *gen) incDec(e *ast.IncDec) {
	op := e.Op[:1]
	switch x := e.X.(type) {
	case *ast.Var:
		loc := g.vars[g.info.Vars[x].ID]
		g.emit(
			asm.LoadMem(asm.R0, regScratch, int16(loc.scratch), asm.DWord),
			asm.Mov.Reg(asm.R1, asm.R0),
		)
		if op == "+" {
			g.emit(asm.Add.Imm(asm.R1, 1))
		} else {
			g.emit(asm.Sub.Imm(asm.R1, 1))
		}
		g.emit(asm.StoreMem(regScratch, int16(loc.scratch), asm.R1, asm.DWord))
		if !e.Post {
			g.emit(asm.Mov.Reg(asm.R0, asm.R1))
		}
	case *ast.MapRef:
		g.mapUpdateInt(x, g.maps[x.Name], nil, op, e.Post)
	}
}
