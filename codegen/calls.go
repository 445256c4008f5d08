package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang"
)

// callStmt compiles a function called for its effect.
func (g *gen) callStmt(e *lang.Call) {
	switch e.Name {
	case "printf":
		lit := e.Args[0].(*lang.StrLit)
		g.event(&EventMeta{Kind: EventPrintf, Format: lit.Value, Pos: e.Pos}, e.Args[1:])
	case "print":
		if m, ok := e.Args[0].(*lang.MapRef); ok && m.Keys == nil {
			ev := &EventMeta{Kind: EventPrintMap, Map: m.Name, Pos: e.Pos}
			if len(e.Args) > 1 {
				ev.Top = g.constArg(e.Args[1])
			}
			if len(e.Args) > 2 {
				ev.Div = g.constArg(e.Args[2])
			}
			g.event(ev, nil)
			return
		}
		g.event(&EventMeta{Kind: EventPrint, Pos: e.Pos}, e.Args[:1])
	case "clear", "zero":
		kind := EventClear
		if e.Name == "zero" {
			kind = EventZero
		}
		g.event(&EventMeta{Kind: kind, Map: e.Args[0].(*lang.MapRef).Name, Pos: e.Pos}, nil)
	case "exit":
		g.event(&EventMeta{Kind: EventExit, Pos: e.Pos}, nil)
		// The probe ends here, as in current bpftrace: nothing after
		// exit() runs.
		g.emit(asm.Ja.Label(g.exitLabel))
		g.terminated = true
	case "delete":
		m := e.Args[0].(*lang.MapRef)
		mm := g.maps[m.Name]
		var key int
		if len(e.Args) == 2 {
			key = g.allocScratch(mm.KeySize)
			g.zero(key, mm.KeySize)
			g.materialize(e.Args[1], key)
		} else {
			key = g.mapKey(m, mm)
		}
		if mm.Agg == lang.AggHist || mm.Agg == lang.AggLhist {
			g.fail(e, "delete() of one hist/lhist entry is not supported yet; use clear()")
		}
		g.loadMap(asm.R1, mm.BPFName)
		g.scratchAddr(asm.R2, key)
		g.call(asm.FnMapDeleteElem)
	case "str":
		t := g.typ(e)
		g.str(e, g.allocScratch(t.StorageSize()), t)
	default:
		g.fail(e, "%s() is not supported yet", e.Name)
	}
}

func (g *gen) constArg(e lang.Expr) int64 {
	switch e := e.(type) {
	case *lang.IntLit:
		return int64(e.Value)
	case *lang.Positional:
		return g.positionalInt(e)
	case *lang.Unary:
		return -g.constArg(e.X)
	}
	g.fail(e, "expected a constant integer")
	return 0
}

// event sends a record {u64 id; args...} through the ring buffer, counting
// it as lost when the ring is full.
func (g *gen) event(ev *EventMeta, args []lang.Expr) {
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
	g.emit(storeImm64(regScratch, int16(rec), int32(id)))
	g.loadMap(asm.R1, eventsMapName)
	g.scratchAddr(asm.R2, rec)
	g.emit(asm.Mov.Imm(asm.R3, int32(ev.Size)), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnRingbufOutput)
	ok := g.newLabel("sent")
	g.emit(asm.JEq.Imm(asm.R0, 0, ok))
	g.emit(asm.StoreImm(asm.RFP, -8, 0, asm.Word))
	g.loadMap(asm.R1, lostMapName)
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

// outputIdent evaluates an output builtin integer (cgroup, ...) into r0;
// it reports false for names it does not know.
func (g *gen) outputIdent(e *lang.Ident) bool {
	return false
}
