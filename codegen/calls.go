package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/lang/ast"

	"github.com/gtrace/gtrace/lang"
)

// callStmt compiles a function called for its effect.
func (g *gen) callStmt(e *ast.Call) {
	switch e.Name {
	case "printf":
		lit := e.Args[0].(*ast.StrLit)
		g.event(&EventMeta{Kind: EventPrintf, Format: lit.Value, Pos: e.Pos}, e.Args[1:])
	case "print":
		if m, ok := e.Args[0].(*ast.MapRef); ok && m.Keys == nil {
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
		g.event(&EventMeta{Kind: kind, Map: e.Args[0].(*ast.MapRef).Name, Pos: e.Pos}, nil)
	case "exit":
		g.event(&EventMeta{Kind: EventExit, Pos: e.Pos}, nil)
		// The probe ends here, as in current bpftrace: nothing after
		// exit() runs.
		g.emit(asm.Ja.Label(g.exitLabel))
		g.terminated = true
	case "delete":
		m := e.Args[0].(*ast.MapRef)
		mm := g.maps[m.Name]
		var key int
		if len(e.Args) == 2 {
			key = g.allocScratch(mm.KeySize)
			g.zero(key, mm.KeySize)
			g.store(e.Args[1], key, mm.Key)
		} else {
			key = g.mapKey(m, mm)
		}
		if mm.Agg == ast.AggHist || mm.Agg == ast.AggLhist {
			g.fail(e, "delete() of one hist/lhist entry is not supported yet; use clear()")
		}
		g.loadMap(asm.R1, mm.BPFName)
		g.scratchAddr(asm.R2, key)
		g.call(asm.FnMapDeleteElem)
		g.checkHelper("map_delete_elem", e, helperWrites)
	case "str":
		t := g.typ(e)
		g.str(e, g.allocScratch(t.StorageSize()), t)
	case "time":
		format := "%H:%M:%S\n"
		if len(e.Args) == 1 {
			format = e.Args[0].(*ast.StrLit).Value
		}
		g.event(&EventMeta{Kind: EventTime, Format: format, Pos: e.Pos}, nil)
	case "cat", "system":
		kind := EventCat
		if e.Name == "system" {
			kind = EventSystem
		}
		g.event(&EventMeta{Kind: kind, Format: e.Args[0].(*ast.StrLit).Value, Pos: e.Pos}, e.Args[1:])
	case "join":
		g.join(e)
	case "signal":
		if lit, ok := e.Args[0].(*ast.StrLit); ok {
			g.emit(asm.Mov.Imm(asm.R1, int32(lang.SignalNumber(lit.Value))))
		} else {
			g.intExpr(e.Args[0])
			g.emit(asm.Mov.Reg(asm.R1, asm.R0))
		}
		g.call(asm.FnSendSignal)
	default:
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
}

func (g *gen) constArg(e ast.Expr) int64 {
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

// event sends a record {u64 id; args...} through the ring buffer, counting
// it as lost when the ring is full.
func (g *gen) event(ev *EventMeta, args []ast.Expr) {
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
func (g *gen) send(ev *EventMeta, id, rec int) {
	g.emit(storeImm64(regScratch, int16(rec), int32(id)))
	g.loadMap(asm.R1, eventsMapName)
	g.scratchAddr(asm.R2, rec)
	g.emit(asm.Mov.Imm(asm.R3, int32(ev.Size)), asm.Mov.Imm(asm.R4, 0))
	g.call(asm.FnRingbufOutput)
	if ev.Kind == EventExit {
		// exit() must not be lost with a full ring: it also raises a
		// flag (slot 1 of the loss counters) the runtime polls.
		g.emit(asm.StoreImm(asm.RFP, -8, 1, asm.Word))
		g.loadMap(asm.R1, lostMapName)
		g.emit(asm.Mov.Reg(asm.R2, asm.RFP), asm.Add.Imm(asm.R2, -8))
		g.call(asm.FnMapLookupElem)
		done := g.newLabel("exitflag")
		g.emit(asm.JEq.Imm(asm.R0, 0, done), storeImm64(asm.R0, 0, 1))
		g.bind(done)
		return
	}
	g.countFailure(lostMapName, 0) // a full ring: one more lost event
}

// outputIdent evaluates an output builtin integer (cgroup, ...) into r0;
// it reports false for names it does not know.
func (g *gen) outputIdent(e *ast.Ident) bool {
	switch e.Name {
	case "cgroup":
		g.call(asm.FnGetCurrentCgroupId)
		return true
	case "kstack":
		g.stackID(g.typ(e))
		return true
	}
	return false
}

// outputIntCall evaluates an integer-valued output builtin call into r0.
func (g *gen) outputIntCall(e *ast.Call) bool {
	switch e.Name {
	case "ksym":
		g.intExpr(e.Args[0])
	case "kstack":
		g.stackID(g.typ(e))
	case "kaddr", "cgroupid":
		what := PatchKaddr
		if e.Name == "cgroupid" {
			what = PatchCgroupid
		}
		g.meta.Patches = append(g.meta.Patches, Patch{Index: len(g.insns), What: what, Name: e.Args[0].(*ast.StrLit).Value})
		g.emit(asm.LoadImm(asm.R0, 0, asm.DWord))
	case "len":
		// bpf_for_each_map_elem returns how many entries it visited; the
		// callback visits them all and does nothing.
		mm := g.maps[e.Args[0].(*ast.MapRef).Name]
		name := g.callback(e, func() { g.emit(asm.Mov.Imm(asm.R0, 0)) }, nil)
		g.loadMap(asm.R1, mm.BPFName)
		g.emit(funcRef(asm.R2, name))
		g.emit(asm.Mov.Imm(asm.R3, 0), asm.Mov.Imm(asm.R4, 0))
		g.call(asm.FnForEachMapElem)
		if mm.Agg == ast.AggHist || mm.Agg == ast.AggLhist {
			g.fail(e, "len() of a hist/lhist map is not supported")
		}
	case "has_key":
		m := e.Args[0].(*ast.MapRef)
		mm := g.maps[m.Name]
		if mm.Agg == ast.AggHist || mm.Agg == ast.AggLhist {
			g.fail(e, "has_key() of a hist/lhist map is not supported")
		}
		keyed := &ast.MapRef{Span: m.Span, Name: m.Name, Keys: e.Args[1:]}
		if tup, ok := e.Args[1].(*ast.Tuple); ok && len(e.Args) == 2 {
			keyed.Keys = tup.Elems
		}
		key := g.mapKey(keyed, mm)
		g.mapLookup(mm, key)
		g.boolify(asm.JNE)
	default:
		return false
	}
	return true
}

// outputMaterialize writes the value of an output builtin that is not a
// plain integer (ustack, usym, strftime, ntop) at scratch offset off.
func (g *gen) outputMaterialize(e ast.Expr, off int) bool {
	t := g.typ(e)
	name := ""
	var args []ast.Expr
	switch e := e.(type) {
	case *ast.Ident:
		name = e.Name
	case *ast.Call:
		name, args = e.Name, e.Args
	default:
		return false
	}
	second := func() { g.emit(asm.StoreMem(regScratch, int16(off+8), asm.R0, asm.DWord)) }
	first := func() { g.emit(asm.StoreMem(regScratch, int16(off), asm.R0, asm.DWord)) }
	pid := func() {
		g.call(asm.FnGetCurrentPidTgid)
		g.emit(asm.RSh.Imm(asm.R0, 32))
	}
	switch name {
	case "ustack":
		g.stackID(t)
		first()
		pid()
		second()
	case "usym":
		g.intExpr(args[0])
		first()
		pid()
		second()
	case "strftime":
		id := len(g.out.Strftime)
		g.out.Strftime = append(g.out.Strftime, args[0].(*ast.StrLit).Value)
		g.intExpr(args[1])
		second()
		g.emit(storeImm64(regScratch, int16(off), int32(id)))
	case "ntop":
		g.ntop(args, off)
	default:
		return false
	}
	return true
}

// stackID calls bpf_get_stackid for a kstack/ustack type into r0 (a
// negative errno when the stack could not be taken). Each mode of depth
// has its own stack map whose values hold depth frames, so that the
// kernel truncates and equal truncated stacks share an id.
func (g *gen) stackID(t *ast.Type) {
	user := t.Output == ast.OutUstack
	name := StackMapName(user, t.StackDepth)
	if g.stackMaps == nil {
		g.stackMaps = map[string]int{}
	}
	g.stackMaps[name] = t.StackDepth
	g.emit(asm.Mov.Reg(asm.R1, regCtx))
	g.loadMap(asm.R2, name)
	flags := int32(0)
	if user {
		flags = 1 << 8 // BPF_F_USER_STACK
	}
	g.emit(asm.Mov.Imm(asm.R3, flags))
	g.call(asm.FnGetStackid)
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

// maxJoinArgs is how many arguments join() prints, as in bpftrace.
const maxJoinArgs = 16

// join reads up to 16 strings from a NULL-terminated array of string
// pointers (argv) into one event: {id, count, strings...}.
func (g *gen) join(e *ast.Call) {
	sep := " "
	if len(e.Args) == 2 {
		sep = e.Args[1].(*ast.StrLit).Value
	}
	at := g.typ(e.Args[0])
	st := ast.StringType(g.info.Strlen)
	ev := &EventMeta{Kind: EventJoin, Format: sep, Pos: e.Pos}
	ev.Args = append(ev.Args, ast.Int64)
	ev.ArgOffsets = append(ev.ArgOffsets, 8)
	off := 16
	for i := 0; i < maxJoinArgs; i++ {
		ev.Args = append(ev.Args, st)
		ev.ArgOffsets = append(ev.ArgOffsets, off)
		off += st.StorageSize()
	}
	ev.Size = off
	id := len(g.out.Events)
	g.out.Events = append(g.out.Events, ev)
	rec := g.allocScratch(ev.Size)
	g.zero(rec, ev.Size)
	ptr, base := g.allocScratch(8), g.allocScratch(8)
	g.intExpr(e.Args[0])
	g.emit(asm.StoreMem(regScratch, int16(base), asm.R0, asm.DWord))
	readPtr, readStr := asm.FnProbeReadKernel, asm.FnProbeReadKernelStr
	if at.UserPtr {
		readPtr, readStr = asm.FnProbeReadUser, asm.FnProbeReadUserStr
	}
	done := g.newLabel("jdone")
	for i := 0; i < maxJoinArgs; i++ {
		// ptr = argv[i]; stop at NULL.
		g.scratchAddr(asm.R1, ptr)
		g.emit(asm.Mov.Imm(asm.R2, 8))
		g.emit(asm.LoadMem(asm.R3, regScratch, int16(base), asm.DWord), asm.Add.Imm(asm.R3, int32(8*i)))
		g.call(readPtr)
		g.emit(asm.JNE.Imm(asm.R0, 0, done))
		g.emit(asm.LoadMem(asm.R3, regScratch, int16(ptr), asm.DWord))
		g.emit(asm.JEq.Imm(asm.R3, 0, done))
		g.scratchAddr(asm.R1, rec+ev.ArgOffsets[1+i])
		g.emit(asm.Mov.Imm(asm.R2, int32(st.Size)))
		g.call(readStr)
		g.emit(
			asm.LoadMem(asm.R1, regScratch, int16(rec+8), asm.DWord),
			asm.Add.Imm(asm.R1, 1),
			asm.StoreMem(regScratch, int16(rec+8), asm.R1, asm.DWord),
		)
	}
	g.bind(done)
	g.send(ev, id, rec)
}

// Address families, as the kernel numbers them.
const (
	afInet  = 2
	afInet6 = 10
)

// ntop fills (af, 16 address bytes) at scratch offset off from an IPv4
// integer, a tracepoint byte array, or 4 or 16 bytes of kernel memory.
// Without an explicit family, 16 bytes mean IPv6 and anything else IPv4.
func (g *gen) ntop(args []ast.Expr, off int) {
	g.zero(off, 24)
	addr := args[len(args)-1]
	size := 4
	switch {
	case g.isByteField(addr):
		f := g.tpField(addr.(*ast.Field))
		size = f.Size
		for i := 0; i < size; i++ {
			g.emit(
				asm.LoadMem(asm.R1, regCtx, int16(f.Offset+i), asm.Byte),
				asm.StoreMem(regScratch, int16(off+8+i), asm.R1, asm.Byte),
			)
		}
	case g.isMemory(addr):
		size = g.typ(addr).Size
		if g.typ(addr).Kind == ast.KString {
			size = g.info.Members[addr].Nelems // unsigned char[16]: bytes, not text
		}
		g.memberAddr(addr)
		g.emit(asm.Mov.Reg(asm.R3, asm.R0))
		g.scratchAddr(asm.R1, off+8)
		g.emit(asm.Mov.Imm(asm.R2, int32(size)))
		g.call(asm.FnProbeReadKernel)
		g.checkHelper("probe_read", addr, helperReads)
	default:
		g.intExpr(addr)
		g.emit(asm.StoreMem(regScratch, int16(off+8), asm.R0, asm.DWord))
	}
	if len(args) == 2 {
		g.intExpr(args[0])
		g.emit(asm.StoreMem(regScratch, int16(off), asm.R0, asm.DWord))
	} else if size == 16 {
		g.emit(storeImm64(regScratch, int16(off), afInet6))
	} else {
		g.emit(storeImm64(regScratch, int16(off), afInet))
	}
}

func (g *gen) isByteField(e ast.Expr) bool {
	f, ok := e.(*ast.Field)
	return ok && g.info.ByteFields[f] > 0
}
