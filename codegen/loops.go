package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// Loops compile to a callback run by bpf_loop (or bpf_for_each_map_elem
// for maps): the verifier checks the body once, whatever the trip count,
// so no loop can end in "infinite loop detected" or blow the complexity
// limit. A callback returns 0 to go on and 1 to stop; `return` and exit()
// inside a loop set the probe's return flag and stop every enclosing loop.

// MaxLoops is bpf_loop's limit on iterations.
const MaxLoops = ast.MaxLoopIterations

// forStmt compiles `for ($i : a..b)`: b-a iterations with $i = a + index.
func (g *gen) forStmt(s *ast.ForStmt) {
	if g.opts.UnrollLoops {
		g.unrollFor(s)
		return
	}
	if s.Map != nil {
		g.forMap(s)
		return
	}
	loc := g.vars[g.info.Vars[s.Var].ID]
	start := g.allocScratch(8)
	g.intExpr(s.Start)
	g.emit(asm.StoreMem(regScratch, int16(start), asm.R0, asm.DWord))
	g.intExpr(s.End)
	g.emit(
		asm.LoadMem(asm.R1, regScratch, int16(start), asm.DWord),
		asm.Sub.Reg(asm.R0, asm.R1),
	)
	g.clampTrips()
	g.loop(s, func() {
		// r1 = the iteration index.
		g.emit(
			asm.LoadMem(asm.R2, regScratch, int16(start), asm.DWord),
			asm.Add.Reg(asm.R1, asm.R2),
			asm.StoreMem(regScratch, int16(loc.scratch), asm.R1, asm.DWord),
		)
	}, s.Body)
}

// whileStmt compiles `while (cond)` as bpf_loop over the bound the checker
// proved, testing cond at the top of each iteration.
func (g *gen) whileStmt(s *ast.WhileStmt) {
	if g.opts.UnrollLoops {
		g.fail(s, "while loops need bpf_loop (Linux 5.17); with --unroll-loops write for ($i : 0..N) with constant bounds")
	}
	b := g.info.Bounds[s]
	if b == nil {
		g.fail(s, "internal error: while loop without a bound")
	}
	if b.Var == nil {
		// No counter: up to bpf_loop's limit, reported when reached.
		g.emit(asm.Mov.Imm(asm.R0, MaxLoops))
		g.loopCapped(s, func() {
			g.intExpr(s.Cond)
			g.emit(asm.JEq.Imm(asm.R0, 0, g.loops[len(g.loops)-1].brk))
		}, s.Body, true)
		return
	}
	// trips = ceil((limit - $v) / step), clamped to [0, MaxLoops].
	loc := g.vars[b.Var.ID]
	g.intExpr(b.Limit)
	g.emit(asm.LoadMem(asm.R1, regScratch, int16(loc.scratch), asm.DWord))
	if b.Down {
		g.emit(asm.Sub.Reg(asm.R1, asm.R0), asm.Mov.Reg(asm.R0, asm.R1))
	} else {
		g.emit(asm.Sub.Reg(asm.R0, asm.R1))
	}
	if b.Inclusive {
		g.emit(asm.Add.Imm(asm.R0, 1))
	}
	if b.Step > 1 {
		g.emit(asm.Add.Imm(asm.R0, int32(b.Step-1)))
		g.divSigned(int(b.Step))
	}
	g.clampTrips()
	g.loop(s, func() {
		g.intExpr(s.Cond)
		g.emit(asm.JEq.Imm(asm.R0, 0, g.loops[len(g.loops)-1].brk))
	}, s.Body)
}

// clampTrips bounds the trip count in r0 to [0, MaxLoops]; a loop cut
// to MaxLoops is counted (output.CutLoops). It clobbers r1 to r5.
func (g *gen) clampTrips() {
	pos, ok := g.newLabel("tpos"), g.newLabel("tok")
	g.emit(asm.JSGT.Imm(asm.R0, 0, pos), asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(ok))
	g.bind(pos)
	g.emit(asm.JLE.Imm(asm.R0, MaxLoops, ok))
	g.countCut(output.CutLoops)
	g.emit(asm.Mov.Imm(asm.R0, MaxLoops))
	g.bind(ok)
}

// loop emits bpf_loop(r0, callback, fp-24, 0); the callback runs head (with
// the index in r1) and then body.
func (g *gen) loop(n ast.Node, head func(), body *ast.Block) { g.loopCapped(n, head, body, false) }

// loopCapped is loop; with capped, a run of all r0 = MaxLoops iterations
// (bpf_loop returns how many it ran) is counted as cut (output.CutLoops).
func (g *gen) loopCapped(n ast.Node, head func(), body *ast.Block, capped bool) {
	g.emit(asm.Mov.Reg(asm.R1, asm.R0))
	name := g.callback(n, func() {
		// bpf_loop(index, ctx): keep the index while reloading pointers.
		g.emit(asm.Mov.Reg(asm.R0, asm.R1))
		g.reloadFrame(asm.R2)
		g.emit(asm.Mov.Reg(asm.R1, asm.R0))
		head()
	}, body)
	g.emit(insn.FuncRef(asm.R2, name))
	g.emit(asm.Mov.Reg(asm.R3, asm.RFP), asm.Add.Imm(asm.R3, -24), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnLoop)
	if capped {
		under := g.newLabel("under")
		g.emit(asm.JLT.Imm(asm.R0, MaxLoops, under))
		g.countCut(output.CutLoops)
		g.bind(under)
	}
	g.afterLoop()
}

// forMap compiles `for ($kv : @m)` with bpf_for_each_map_elem; $kv.0 is
// the key and $kv.1 the value (for per-CPU maps, this CPU's value).
func (g *gen) forMap(s *ast.ForStmt) {
	mm := g.maps[s.Map.Name]
	loc := g.vars[g.info.Vars[s.Var].ID]
	t := loc.typ
	name := g.callback(s, func() {
		// callback(map, key, value, ctx)
		g.emit(asm.Mov.Reg(asm.R7, asm.R2), asm.Mov.Reg(asm.R8, asm.R3))
		g.reloadFrame(asm.R4)
		if mm.Key != nil {
			g.copyConverted(loc.scratch+t.Offsets[0], t.Elems[0], asm.R7, mm.Key)
		}
		g.copyConverted(loc.scratch+t.Offsets[1], t.Elems[1], asm.R8, mm.Value)
	}, s.Body)
	g.loadMap(asm.R1, mm.BPFName)
	g.emit(insn.FuncRef(asm.R2, name))
	g.emit(asm.Mov.Reg(asm.R3, asm.RFP), asm.Add.Imm(asm.R3, -24), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnForEachMapElem)
	g.afterLoop()
}

// copyConverted copies a value of type src from the memory reg points
// to (a map's key or value) into storage of type dst at scratch offset
// off. $kv's strings may be wider than the map's, when $kv is also
// assigned elsewhere (`$kv = ("", 0)`): reading dst's size from the map
// would run past its key or value, which the verifier refuses.
func (g *gen) copyConverted(off int, dst *ast.Type, reg asm.Register, src *ast.Type) {
	if ast.SameLayout(src, dst) {
		g.copyFromPtr(off, reg, dst.StorageSize())
		return
	}
	tmp := g.allocScratch(src.StorageSize())
	g.copyFromPtr(tmp, reg, src.StorageSize())
	g.convert(tmp, src, off, dst)
}

// afterLoop leaves the probe (or the enclosing loop) when the body ran
// `return` or exit().
func (g *gen) afterLoop() {
	g.emit(
		asm.LoadMem(asm.R1, regScratch, int16(g.retFlag), asm.DWord),
		asm.JNE.Imm(asm.R1, 0, g.exitLabel),
	)
}

// reloadFrame restores the context and scratch pointers from the caller's
// frame (ptr = its fp-24) and saves them in this frame for nested loops.
func (g *gen) reloadFrame(ptr asm.Register) {
	g.emit(
		asm.LoadMem(regScratch, ptr, 0, asm.DWord),
		asm.LoadMem(regCtx, ptr, 8, asm.DWord),
	)
	g.saveFrame()
}

// callback compiles head and body as a new BPF function and returns its
// name. It is emitted into its own buffer and appended after the program.
func (g *gen) callback(n ast.Node, head func(), body *ast.Block) string {
	name := g.newLabel(g.meta.Name + "_loop")
	saved := g.fnState
	g.fnState = fnState{name: name, stack: stackReserved, maxStackUsed: stackReserved, callback: true}
	cont, brk, ret := g.newLabel("next"), g.newLabel("stop"), g.newLabel("ret")
	g.exitLabel = ret
	g.loops = []loopLabels{{cont: cont, brk: brk}} // break and continue act on the innermost loop only
	g.source(n)
	g.pendingLabel, g.pendingFunc = name, true
	first := len(g.insns)
	head()
	g.insns[first] = btf.WithFuncMetadata(g.insns[first], funcInfo(name, true))
	g.block(body)
	// Emit each exit only if something reaches it: the verifier rejects
	// unreachable instructions.
	if !g.terminated || g.referenced(cont) {
		g.bind(cont)
		g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	}
	if g.referenced(ret) {
		g.bind(ret)
		g.emit(insn.StoreImm64(regScratch, int16(g.retFlag), 1))
	}
	if g.referenced(ret) || g.referenced(brk) {
		g.bind(brk)
		g.emit(asm.Mov.Imm(asm.R0, 1), asm.Return())
	}
	done := g.fnState
	g.fnState = saved
	g.subprogs = append(g.subprogs, &done)
	g.childStack = max(g.childStack, frame(done.maxStackUsed)+done.childStack)
	g.checkStack(n)
	return name
}

// unrollFor copies the body of a for loop with constant bounds once per
// iteration, for kernels without bpf_loop.
func (g *gen) unrollFor(s *ast.ForStmt) {
	if s.Map != nil {
		g.fail(s, "iterating over a map needs bpf_for_each_map_elem (Linux 5.13); it cannot be unrolled")
	}
	start, ok1 := g.constValue(s.Start)
	end, ok2 := g.constValue(s.End)
	if !ok1 || !ok2 {
		g.fail(s, "--unroll-loops needs constant loop bounds")
	}
	if end-start > maxUnroll {
		g.fail(s, "--unroll-loops copies at most %d iterations; this loop has %d", maxUnroll, end-start)
	}
	loc := g.vars[g.info.Vars[s.Var].ID]
	brk := g.newLabel("uend")
	outer := g.loops
	for i := start; i < end; i++ {
		next := g.newLabel("unext")
		g.loadConst(asm.R0, i)
		g.emit(asm.StoreMem(regScratch, int16(loc.scratch), asm.R0, asm.DWord))
		g.loops = append(outer, loopLabels{cont: next, brk: brk})
		g.block(s.Body)
		g.loops = outer
		if g.terminated && !g.referenced(next) {
			break // every later copy would be unreachable
		}
		g.bind(next)
		g.terminated = false
	}
	if g.referenced(brk) || !g.terminated {
		g.bind(brk)
		g.terminated = false
	}
}

// constValue evaluates integer literals and positional parameters.
func (g *gen) constValue(e ast.Expr) (int64, bool) {
	switch e := e.(type) {
	case *ast.IntLit:
		return int64(e.Value), true
	case *ast.Positional:
		return g.positionalInt(e), true
	case *ast.Unary:
		if e.Op == "-" {
			v, ok := g.constValue(e.X)
			return -v, ok
		}
	}
	if v, ok := g.info.Consts[e]; ok {
		return v, true
	}
	return 0, false
}
