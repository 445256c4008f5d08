package codegen

import (
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// Options tune code generation.
type Options struct {
	// MaxMapKeys bounds keyed maps (bpftrace's max_map_keys); 0 means 4096.
	MaxMapKeys int
	// RingbufSize is the event ring's size in bytes; 0 means 1 MiB.
	RingbufSize int
	// PerfRBPages, when set, sizes the ring as bpftrace sizes its perf
	// buffers: pages per CPU (BPFTRACE_PERF_RB_PAGES); the runtime knows
	// the CPUs (Output.RingPages).
	PerfRBPages int
	// CatBytesMax is how much of a file cat() prints (Output.CatBytesMax).
	CatBytesMax int
	// UnrollLoops unrolls for loops with constant bounds instead of using
	// bpf_loop, for kernels older than 5.17; other loops are then errors.
	UnrollLoops bool
	// HelperErrors reports failed helpers at run time, as bpftrace's -k
	// (1: map updates and deletes) and -kk (2: also memory reads).
	HelperErrors int
	// Arch is the architecture whose pt_regs layout kprobe and uprobe
	// programs read; "" means the one gtrace runs on.
	Arch string
	// Cgroups, when nonzero, restricts every program that runs in a
	// traced task to tasks in one of that many cgroups (or below them):
	// the runtime puts the cgroups into the map Output.CgroupMap
	// (--cgroup).
	Cgroups int
}

// maxUnroll bounds the iterations --unroll-loops will copy out.
const maxUnroll = 1000

// CutSlot is the first slot of the loss counters that counts cut values:
// slot CutSlot+c counts those of output.Cut c.
const CutSlot = 2

const (
	eventsMapName  = "gt_events"
	lostMapName    = "gt_lost"
	packetMapName  = "gt_packets"
	scratchMapName = "gt_scratch"
	fullMapName    = "gt_full"
	cgroupMapName  = "gt_cgroups"
)

// gen holds the state of one compilation; the per-program fields are reset
// for each program.
type gen struct {
	prog *ast.Program
	info *ast.Info
	out  *Output
	opts Options
	maps map[string]*ast.MapLayout

	maxScratchAll int
	stackMaps     map[string]int // stack map name -> depth

	// per program
	attach     *ast.AttachInfo
	meta       *ProgramMeta
	labels     int
	scratch    int
	maxScratch int
	node       ast.Node
	stmtNode   ast.Stmt // the statement being compiled, for helper errors
	vars       map[int]varLoc
	retFlag    int        // scratch offset of the "return from the probe" flag
	subprogs   []*fnState // finished loop callbacks, appended after the program
	fnState               // the function being emitted: the program or a callback
}

// fnState is the emitter state of one BPF function: the probe's program or
// a loop body compiled as a bpf_loop callback.
type fnState struct {
	name          string
	insns         asm.Instructions
	pendingLabel  string
	pendingFunc   bool              // pendingLabel names a function (callback)
	aliases       map[string]string // labels bound together, to the last (bind)
	pendingSource string
	lines         []indexLine // statement starts, by instruction index
	nextTempReg   int
	stack         int
	maxStackUsed  int
	loops         []loopLabels
	exitLabel     string // where `return` and exit() jump
	terminated    bool   // the last statement always jumps away
	callback      bool
	childStack    int // deepest stack of the callbacks this function calls
}

type indexLine struct {
	index    int
	pos, end ast.Pos
}

// varLoc is a variable's home in the scratch area, where loop callbacks
// can reach it too.
type varLoc struct {
	scratch int
	typ     *ast.Type
}

type loopLabels struct{ cont, brk string }

// Compile turns a checked program into BPF programs and maps. It is pure:
// nothing here touches the kernel.
func Compile(p *ast.Program, info *ast.Info, opts Options) (out *Output, err error) {
	if info.MaxMapKeys > 0 {
		opts.MaxMapKeys = info.MaxMapKeys // the config block wins
	}
	if opts.MaxMapKeys <= 0 {
		opts.MaxMapKeys = 4096
	}
	if info.PerfRBPages > 0 {
		opts.PerfRBPages = info.PerfRBPages // the config block wins
	}
	if opts.RingbufSize <= 0 {
		opts.RingbufSize = 1 << 20
	}
	g := &gen{prog: p, info: info, opts: opts, maps: map[string]*ast.MapLayout{}}
	g.out = &Output{
		Spec:        &ebpf.CollectionSpec{Maps: map[string]*ebpf.MapSpec{}, Programs: map[string]*ebpf.ProgramSpec{}},
		Strlen:      info.Strlen,
		EventsMap:   eventsMapName,
		LostMap:     lostMapName,
		FullMap:     fullMapName,
		MaxMapKeys:  opts.MaxMapKeys,
		RingPages:   opts.PerfRBPages,
		CatBytesMax: opts.CatBytesMax,
	}
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		out = nil
		if ce, ok := r.(compileError); ok {
			err = ce.err
			return
		}
		pos := ast.Pos{File: p.File, Line: 1, Col: 1}
		if g.node != nil {
			pos = g.node.Position()
		}
		err = &ast.Error{Pos: pos, Msg: fmt.Sprintf("internal error: %v (please report this with the script)\n%s", r, firstFrames(debug.Stack()))}
	}()
	g.declareMaps()
	for i, pr := range p.Probes {
		for _, a := range info.Probes[i].Attach {
			g.program(i, pr, a)
		}
	}
	g.internalMaps()
	return g.out, nil
}

// firstFrames keeps a panic's origin for the bug report without dumping
// the whole stack on the user.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.Contains(l, "panic(") && i+3 < len(lines) {
			return strings.TrimSpace(lines[i+3])
		}
	}
	return ""
}

func (g *gen) declareMaps() {
	var names []string
	for n := range g.info.Maps {
		names = append(names, n)
	}
	sort.Strings(names)
	for i, n := range names {
		mi := g.info.Maps[n]
		agg := stdlib.AggregatorOf(mi)
		mm := &ast.MapLayout{
			MapInfo: mi,
			BPFName: fmt.Sprintf("gt_m%d", i),
			PerCPU:  agg != nil,
			KeySize: 8,
			Index:   i,
		}
		if mi.Key != nil {
			mm.KeySize = mi.Key.StorageSize()
		}
		if agg != nil {
			mm.ValueSize = agg.ValueSize
		} else {
			mm.ValueSize = mi.Value.StorageSize()
		}
		entries := g.opts.MaxMapKeys
		if agg.Bucketed() {
			mm.KeySize += 8 // the bucket index follows the user's key
		} else if mi.Key == nil {
			entries = 1
		}
		typ := ebpf.Hash
		if mm.PerCPU {
			typ = ebpf.PerCPUHash
		}
		g.out.Spec.Maps[mm.BPFName] = &ebpf.MapSpec{
			Name:       mm.BPFName,
			Type:       typ,
			KeySize:    uint32(mm.KeySize),
			ValueSize:  uint32(mm.ValueSize),
			MaxEntries: uint32(entries),
		}
		g.maps[n] = mm
		g.out.Maps = append(g.out.Maps, mm)
	}
}

func (g *gen) internalMaps() {
	s := g.out.Spec
	s.Maps[eventsMapName] = &ebpf.MapSpec{Name: eventsMapName, Type: ebpf.RingBuf, MaxEntries: uint32(g.opts.RingbufSize)}
	// Slot 0 counts lost events, slot 1 is set by exit(), the next count
	// the values cut short (output.Cut).
	s.Maps[lostMapName] = &ebpf.MapSpec{Name: lostMapName, Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8,
		MaxEntries: CutSlot + output.NumKernelCuts}
	size := max(8, g.maxScratchAll)
	s.Maps[scratchMapName] = &ebpf.MapSpec{Name: scratchMapName, Type: ebpf.PerCPUArray, KeySize: 4,
		ValueSize: uint32(size), MaxEntries: uint32(max(1, len(g.out.Programs)))}
	s.Maps[fullMapName] = &ebpf.MapSpec{Name: fullMapName, Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: uint32(max(1, len(g.out.Maps)))}
	if n := g.opts.Cgroups; n > 0 {
		s.Maps[cgroupMapName] = &ebpf.MapSpec{Name: cgroupMapName, Type: ebpf.CGroupArray, KeySize: 4, ValueSize: 4, MaxEntries: uint32(n)}
		g.out.CgroupMap = cgroupMapName
	}
	if g.out.PacketMap != "" {
		// One ring per CPU, as many as the kernel's possible CPUs.
		s.Maps[packetMapName] = &ebpf.MapSpec{Name: packetMapName, Type: ebpf.PerfEventArray}
	}
	for name, depth := range g.stackMaps {
		s.Maps[name] = &ebpf.MapSpec{Name: name, Type: ebpf.StackTrace, KeySize: 4, ValueSize: uint32(8 * depth), MaxEntries: uint32(g.opts.MaxMapKeys)}
	}
}

// program compiles one probe body for one attach point.
func (g *gen) program(probe int, pr *ast.Probe, a *ast.AttachInfo) {
	idx := len(g.out.Programs)
	g.attach = a
	g.meta = &ProgramMeta{Name: fmt.Sprintf("gt_p%d", idx), Probe: probe, Attach: a, Position: pr.Pos}
	g.scratch, g.maxScratch = 0, 0
	g.vars = map[int]varLoc{}
	g.subprogs = nil
	g.node = pr
	g.fnState = fnState{name: g.meta.Name, stack: stackReserved, maxStackUsed: stackReserved}
	g.exitLabel = g.newLabel("exit")

	g.source(pr)
	g.emit(btf.WithFuncMetadata(asm.Mov.Reg(regCtx, asm.R1), funcInfo(g.meta.Name, false)))
	g.cgroupFilter()
	g.emit(asm.StoreImm(asm.RFP, -8, int64(idx), asm.Word))
	g.loadMap(asm.R1, scratchMapName)
	g.emit(asm.Mov.Reg(asm.R2, asm.RFP), asm.Add.Imm(asm.R2, -8))
	g.call(asm.FnMapLookupElem)
	g.emit(asm.JEq.Imm(asm.R0, 0, g.exitLabel))
	g.emit(asm.Mov.Reg(regScratch, asm.R0))
	if hasLoops(pr.Body) {
		// Loop callbacks reload the context and scratch pointers from
		// this frame, and report `return` through the flag.
		g.saveFrame()
		g.retFlag = g.allocScratch(8)
		g.emit(insn.StoreImm64(regScratch, int16(g.retFlag), 0))
	}
	g.allocVars(pr.Body)
	if pr.Pred != nil {
		g.node = pr.Pred
		g.intExpr(pr.Pred)
		g.emit(asm.JEq.Imm(asm.R0, 0, g.exitLabel))
	}
	g.block(pr.Body)
	g.bind(g.exitLabel)
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	g.checkStack(pr)

	insns, lines := g.insns, g.lines
	for _, sub := range g.subprogs {
		for _, l := range sub.lines {
			l.index += len(insns)
			lines = append(lines, l)
		}
		insns = append(insns, sub.insns...)
	}
	g.maxScratchAll = max(g.maxScratchAll, g.maxScratch)
	g.meta.Lines = rawLines(insns, lines)
	g.out.Spec.Programs[g.meta.Name] = g.programSpec(insns)
	g.out.Programs = append(g.out.Programs, g.meta)
}

// cgroupFilter ends the program at once unless the current task is in
// one of the --cgroup cgroups (or below one), for every program that
// runs in a traced task.
func (g *gen) cgroupFilter() {
	if g.opts.Cgroups == 0 || g.provider().OwnTask {
		return
	}
	in := g.newLabel("cgin")
	for i := 0; i < g.opts.Cgroups; i++ {
		g.loadMap(asm.R1, cgroupMapName)
		g.emit(asm.Mov.Imm(asm.R2, int32(i)))
		g.call(asm.FnCurrentTaskUnderCgroup)
		g.emit(asm.JEq.Imm(asm.R0, 1, in))
	}
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	g.bind(in)
}

// hasLoops says whether a probe body has a loop compiled to a callback.
func hasLoops(body *ast.Block) bool {
	found := false
	ast.Walk(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.WhileStmt, *ast.ForStmt:
			found = true
		}
		return !found
	})
	return found
}

// checkStack enforces the verifier's limit on the stack of a whole call
// chain: each frame is rounded up to 32 bytes and the frames add up.
func (g *gen) checkStack(n ast.Node) {
	if frame(g.maxStackUsed)+g.childStack > maxStack {
		g.fail(n, "this probe needs more than %d bytes of BPF stack with its loops; simplify the loop bodies", maxStack)
	}
}

func frame(depth int) int { return (depth + 31) &^ 31 }

// funcInfo is the BTF function record the kernel needs for every function
// of a program once one of them is a callback.
func funcInfo(name string, callback bool) *btf.Func {
	long := &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	ptr := &btf.Pointer{Target: &btf.Void{}}
	proto := &btf.FuncProto{Return: long, Params: []btf.FuncParam{{Name: "ctx", Type: ptr}}}
	linkage := btf.GlobalFunc
	if callback {
		proto = &btf.FuncProto{Return: long, Params: []btf.FuncParam{
			{Name: "index", Type: &btf.Int{Name: "u64", Size: 8}},
			{Name: "data", Type: ptr},
		}}
		linkage = btf.StaticFunc
	}
	return &btf.Func{Name: name, Type: proto, Linkage: linkage}
}

// Frame layout shared by the program and its callbacks: [fp-8] a u32 map
// key, [fp-16] the context pointer, [fp-24] the scratch pointer. A loop
// passes fp-24 to its callback, which reloads both pointers from there.
func (g *gen) saveFrame() {
	g.emit(
		asm.StoreMem(asm.RFP, -16, regCtx, asm.DWord),
		asm.StoreMem(asm.RFP, -24, regScratch, asm.DWord),
	)
}

// allocVars gives every variable of the probe a home and zeroes it, so a
// variable assigned on only one path still reads as zero on the other.
func (g *gen) allocVars(body *ast.Block) {
	var ids []int
	seen := map[int]*ast.VarInfo{}
	ast.Walk(body, func(n ast.Node) bool {
		if v, ok := n.(*ast.Var); ok {
			if vi := g.info.Vars[v]; vi != nil && seen[vi.ID] == nil {
				seen[vi.ID] = vi
				ids = append(ids, vi.ID)
			}
		}
		return true
	})
	for _, id := range ids {
		vi := seen[id]
		loc := varLoc{typ: vi.Type, scratch: g.allocScratch(vi.Type.StorageSize())}
		g.zero(loc.scratch, vi.Type.StorageSize())
		g.vars[id] = loc
	}
}

// source marks the next instruction with the script line of n, so that
// -d asm and verifier logs read like the script.
func (g *gen) source(n ast.Node) {
	pos := n.Position()
	line := strings.TrimSpace(g.sourceLine(pos.Line))
	file := pos.File
	if file == "" {
		file = "stdin" // as lang.Pos prints it
	}
	g.pendingSource = fmt.Sprintf("%s:%d: %s", file, pos.Line, line)
	g.lines = append(g.lines, indexLine{len(g.insns), pos, n.EndPos()})
}

// rawLines converts statement starts from instruction indexes to the raw
// offsets the verifier reports (a 64-bit immediate load takes two slots).
func rawLines(insns asm.Instructions, lines []indexLine) []SourceLine {
	raw := make([]int, len(insns)+1)
	off := 0
	for i, ins := range insns {
		raw[i] = off
		off += int(ins.Size() / asm.InstructionSize)
	}
	raw[len(insns)] = off
	var out []SourceLine
	for _, l := range lines {
		out = append(out, SourceLine{Insn: raw[l.index], Pos: l.pos, End: l.end})
	}
	return out
}

// Dump writes every program's instructions, with source comments, for -d asm.
func (o *Output) Dump(w io.Writer) {
	for _, m := range o.Programs {
		fmt.Fprintf(w, "%s: %s\n", m.Name, m.Attach.Name)
		fmt.Fprintf(w, "%v\n", o.Spec.Programs[m.Name].Instructions)
	}
}
