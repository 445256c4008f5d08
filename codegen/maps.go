package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/lang/ast"
)

// mapKey builds the BPF key of m in a zeroed scratch buffer (zeroed so
// that padding never makes equal keys differ) and returns its offset.
// For hist and lhist maps the trailing bucket slot is left at zero.
func (g *gen) mapKey(m *ast.MapRef, mm *MapMeta) int {
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
func (g *gen) mapLookup(mm *MapMeta, key int) {
	g.loadMap(asm.R1, mm.BPFName)
	g.scratchAddr(asm.R2, key)
	g.call(asm.FnMapLookupElem)
}

func (g *gen) mapUpdate(mm *MapMeta, key, val int) {
	g.loadMap(asm.R1, mm.BPFName)
	g.scratchAddr(asm.R2, key)
	g.scratchAddr(asm.R3, val)
	g.emit(asm.Mov.Imm(asm.R4, 0)) // BPF_ANY
	g.call(asm.FnMapUpdateElem)
	g.checkHelper("map_update_elem", g.stmtNode, helperWrites)
	// A full map refuses new keys (E2BIG): count it, so the runtime can
	// warn instead of dropping silently.
	g.countFailure(fullMapName, int32(g.mapIndex(mm)))
}

// mapIndex is mm's position in Output.Maps, its slot in the full-map
// counters.
func (g *gen) mapIndex(mm *MapMeta) int {
	for i, m := range g.out.Maps {
		if m == mm {
			return i
		}
	}
	return 0
}

// mapReadInt reads @m[k] as an integer into r0; a missing entry reads as
// zero. Aggregation maps are per-CPU: a probe sees its own CPU's share.
func (g *gen) mapReadInt(m *ast.MapRef) {
	mm := g.maps[m.Name]
	key := g.mapKey(m, mm)
	g.mapLookup(mm, key)
	missing, end := g.newLabel("miss"), g.newLabel("rend")
	g.emit(asm.JEq.Imm(asm.R0, 0, missing))
	if mm.Agg == ast.AggAvg {
		// {count, total}: the average, 0 when nothing was counted.
		g.emit(
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.LoadMem(asm.R0, asm.R0, 8, asm.DWord),
			asm.JEq.Imm(asm.R1, 0, missing),
			asm.SDiv.Reg(asm.R0, asm.R1),
		)
	} else {
		g.emit(asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord))
	}
	g.emit(asm.Ja.Label(end))
	g.bind(missing)
	g.emit(asm.Mov.Imm(asm.R0, 0))
	g.bind(end)
}

// mapUpdateInt applies `@m[k] op= value` (value nil means 1, for ++/--)
// and leaves the old (post) or new value in r0.
func (g *gen) mapUpdateInt(m *ast.MapRef, mm *MapMeta, value ast.Expr, op string, post bool) {
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

// aggregate compiles `@m[k] = count()` and the other aggregations: a
// per-CPU value updated in place, so no atomics and no lost updates.
func (g *gen) aggregate(m *ast.MapRef, mm *MapMeta, call *ast.Call) {
	var arg temp
	if len(call.Args) > 0 {
		g.intExpr(call.Args[0])
		arg = g.pushTemp()
	}
	key := g.mapKey(m, mm)
	if mm.Agg == ast.AggHist || mm.Agg == ast.AggLhist {
		g.popTemp(arg, asm.R1)
		if mm.Agg == ast.AggHist {
			g.log2Bucket()
		} else {
			g.linearBucket(mm.Lhist)
		}
		g.emit(asm.StoreMem(regScratch, int16(key+mm.KeySize-8), asm.R0, asm.DWord))
		g.emit(asm.Mov.Imm(asm.R0, 1))
		arg = g.pushTemp()
	}
	g.mapLookup(mm, key)
	val := g.allocScratch(mm.ValueSize)
	if len(call.Args) > 0 || mm.Agg == ast.AggHist || mm.Agg == ast.AggLhist {
		g.popTemp(arg, asm.R2)
	} else {
		g.emit(asm.Mov.Imm(asm.R2, 1))
	}
	// r0 = per-CPU value or NULL, r2 = the argument (1 for count).
	init, end := g.newLabel("ainit"), g.newLabel("aend")
	g.emit(asm.JEq.Imm(asm.R0, 0, init))
	switch mm.Agg {
	case ast.AggCount, ast.AggSum, ast.AggHist, ast.AggLhist:
		g.emit(
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.Add.Reg(asm.R1, asm.R2),
			asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
		)
	case ast.AggMin, ast.AggMax:
		// {value, set}: replace when unset or better.
		jop := asm.JSLT
		if mm.Agg == ast.AggMax {
			jop = asm.JSGT
		}
		set := g.newLabel("mset")
		g.emit(
			asm.LoadMem(asm.R1, asm.R0, 8, asm.DWord),
			asm.JEq.Imm(asm.R1, 0, set),
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			jop.Reg(asm.R2, asm.R1, set),
			asm.Ja.Label(end),
		)
		g.bind(set)
		g.emit(
			asm.StoreMem(asm.R0, 0, asm.R2, asm.DWord),
			storeImm64(asm.R0, 8, 1),
		)
	case ast.AggAvg, ast.AggStats:
		g.emit(
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.Add.Imm(asm.R1, 1),
			asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
			asm.LoadMem(asm.R1, asm.R0, 8, asm.DWord),
			asm.Add.Reg(asm.R1, asm.R2),
			asm.StoreMem(asm.R0, 8, asm.R1, asm.DWord),
		)
	}
	g.emit(asm.Ja.Label(end))
	g.bind(init)
	switch mm.Agg {
	case ast.AggCount, ast.AggSum, ast.AggHist, ast.AggLhist:
		g.emit(asm.StoreMem(regScratch, int16(val), asm.R2, asm.DWord))
	case ast.AggMin, ast.AggMax:
		g.emit(asm.StoreMem(regScratch, int16(val), asm.R2, asm.DWord), storeImm64(regScratch, int16(val+8), 1))
	case ast.AggAvg, ast.AggStats:
		g.emit(storeImm64(regScratch, int16(val), 1), asm.StoreMem(regScratch, int16(val+8), asm.R2, asm.DWord))
	}
	g.mapUpdate(mm, key, val)
	g.bind(end)
}

// log2Bucket computes hist()'s bucket of r1 into r0: 0 for negative
// values, 1 for zero, 2+floor(log2(v)) otherwise.
func (g *gen) log2Bucket() {
	neg, zero, end := g.newLabel("hneg"), g.newLabel("hzero"), g.newLabel("hend")
	g.emit(
		asm.JSLT.Imm(asm.R1, 0, neg),
		asm.JEq.Imm(asm.R1, 0, zero),
		asm.Mov.Imm(asm.R0, 2),
	)
	for _, shift := range []int32{32, 16, 8, 4, 2, 1} {
		skip := g.newLabel("hskip")
		g.emit(
			asm.Mov.Reg(asm.R2, asm.R1),
			asm.RSh.Imm(asm.R2, shift),
			asm.JEq.Imm(asm.R2, 0, skip),
			asm.Mov.Reg(asm.R1, asm.R2),
			asm.Add.Imm(asm.R0, shift),
		)
		g.bind(skip)
	}
	g.emit(asm.Ja.Label(end))
	g.bind(neg)
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	g.bind(zero)
	g.emit(asm.Mov.Imm(asm.R0, 1))
	g.bind(end)
}

// linearBucket computes lhist()'s bucket of r1 into r0: 0 below min,
// 1+(v-min)/step inside, and one past the last bucket at or above max.
func (g *gen) linearBucket(p [3]int64) {
	lo, hi, step := p[0], p[1], p[2]
	n := (hi - lo) / step
	below, above, end := g.newLabel("lbelow"), g.newLabel("labove"), g.newLabel("lend")
	g.loadConst(asm.R2, lo)
	g.emit(asm.JSLT.Reg(asm.R1, asm.R2, below))
	g.loadConst(asm.R2, hi)
	g.emit(asm.JSGE.Reg(asm.R1, asm.R2, above))
	g.emit(asm.Mov.Reg(asm.R0, asm.R1))
	g.loadConst(asm.R2, lo)
	g.emit(asm.Sub.Reg(asm.R0, asm.R2))
	g.loadConst(asm.R2, step)
	g.emit(asm.Div.Reg(asm.R0, asm.R2), asm.Add.Imm(asm.R0, 1), asm.Ja.Label(end))
	g.bind(below)
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	g.bind(above)
	g.loadConst(asm.R0, n+1)
	g.bind(end)
}
