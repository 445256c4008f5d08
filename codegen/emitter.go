package codegen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/stdlib"
)

// The compiler as stdlib.Emitter: what a builtin's code generation may
// use. Each method is a thin export of the compiler's own.

var _ stdlib.Emitter = (*gen)(nil)

func (g *gen) Emit(insns ...asm.Instruction)            { g.emit(insns...) }
func (g *gen) IntExpr(e ast.Expr)                       { g.intExpr(e) }
func (g *gen) Materialize(e ast.Expr, off int)          { g.materialize(e, off) }
func (g *gen) Store(e ast.Expr, off int, dst *ast.Type) { g.store(e, off, dst) }
func (g *gen) ValueAt(e ast.Expr) int                   { return g.aggLoc(e) }
func (g *gen) Type(e ast.Expr) *ast.Type                { return g.typ(e) }
func (g *gen) ConstArg(e ast.Expr) int64                { return g.constArg(e) }

// Fail aborts at n, or at what is being compiled when n is nil.
func (g *gen) Fail(n ast.Node, format string, args ...any) {
	if n == nil {
		n = g.node
	}
	g.fail(n, format, args...)
}
func (g *gen) NewLabel(kind string) string                  { return g.newLabel(kind) }
func (g *gen) Bind(label string)                            { g.bind(label) }
func (g *gen) AllocScratch(n int) int                       { return g.allocScratch(n) }
func (g *gen) Zero(off, n int)                              { g.zero(off, n) }
func (g *gen) ScratchAddr(dst asm.Register, off int)        { g.scratchAddr(dst, off) }
func (g *gen) StoreBytes(off int, b []byte, n int)          { g.storeBytes(off, b, n) }
func (g *gen) CopyScratch(dst, src, n int)                  { g.copyScratch(dst, src, n) }
func (g *gen) CopyFromPtr(dst int, reg asm.Register, n int) { g.copyFromPtr(dst, reg, n) }
func (g *gen) LoadConst(r asm.Register, v int64)            { g.loadConst(r, v) }
func (g *gen) Call(fn asm.BuiltinFunc)                      { g.call(fn) }
func (g *gen) LoadMap(dst asm.Register, name string)        { g.loadMap(dst, name) }
func (g *gen) SignExtend(r asm.Register, size int)          { g.signExtend(r, size) }
func (g *gen) Truncate(r asm.Register, size int)            { g.truncate(r, size) }
func (g *gen) Boolify(op asm.JumpOp)                        { g.boolify(op) }
func (g *gen) DivSigned(dst, src asm.Register)              { g.signedDivMod(asm.Div, dst, src) }
func (g *gen) Map(name string) *ast.MapLayout               { return g.maps[name] }
func (g *gen) MapKey(m *ast.MapRef) int                     { return g.mapKey(m, g.maps[m.Name]) }
func (g *gen) MapLookup(m *ast.MapLayout, key int)          { g.mapLookup(m, key) }
func (g *gen) MapUpdate(m *ast.MapLayout, key, val int)     { g.mapUpdate(m, key, val) }
func (g *gen) Callback(n ast.Node, head func(), body *ast.Block) string {
	return g.callback(n, head, body)
}
func (g *gen) Event(ev *stdlib.EventSpec, args []ast.Expr) { g.event(ev, args) }
func (g *gen) Send(ev *stdlib.EventSpec, id, rec int)      { g.send(ev, id, rec) }
func (g *gen) CheckHelper(name string, n ast.Node, level int) {
	g.checkHelper(name, n, level)
}
func (g *gen) Patch(r asm.Register, value stdlib.PatchFunc) { g.patch(r, value) }
func (g *gen) Attach() *ast.AttachInfo                      { return g.attach }
func (g *gen) Note(n ast.Node) any                          { return g.info.Notes[n] }
func (g *gen) Member(e ast.Expr) *ast.Member                { return g.info.Members[e] }
func (g *gen) MemberAddr(e ast.Expr)                        { g.memberAddr(e) }
func (g *gen) Strlen() int                                  { return g.info.Strlen }
func (g *gen) Arch() string                                 { return g.arch() }
func (g *gen) ProbeArg(e *ast.Ident, n int)                 { g.probeArg(e, n) }
func (g *gen) ProbeRetval(e *ast.Ident)                     { g.probeRetval(e) }
func (g *gen) LoadReg(n ast.Node, name string)              { probes.LoadReg(g, g.attach, n, asm.R0, name) }
func (g *gen) ProbeStackArg(e *ast.Ident, n int)            { g.provider().EmitStackArg(g, g.attach, e, n) }

func (g *gen) PushTemp() stdlib.Temp {
	t := g.pushTemp()
	return stdlib.Temp{Reg: t.reg, Stack: t.stack}
}

func (g *gen) PopTemp(t stdlib.Temp, dst asm.Register) {
	g.popTemp(temp{reg: t.Reg, stack: t.Stack}, dst)
}

func (g *gen) AddEvent(ev *stdlib.EventSpec) int {
	g.out.Events = append(g.out.Events, ev)
	return len(g.out.Events) - 1
}

func (g *gen) AddString(s string) int {
	g.out.Strings = append(g.out.Strings, s)
	return len(g.out.Strings) - 1
}

func (g *gen) LeaveProbe() {
	g.emit(asm.Ja.Label(g.exitLabel))
	g.terminated = true
}

// StackMap names the stack map of depth frames and has it created.
func (g *gen) PacketFile(path string) (int, string) {
	g.out.PacketMap = packetMapName
	for i, p := range g.out.PacketFiles {
		if p == path {
			return i, packetMapName
		}
	}
	g.out.PacketFiles = append(g.out.PacketFiles, path)
	return len(g.out.PacketFiles) - 1, packetMapName
}

func (g *gen) StackMap(user bool, depth int) string {
	name := stdlib.StackMapName(user, depth)
	if g.stackMaps == nil {
		g.stackMaps = map[string]int{}
	}
	g.stackMaps[name] = depth
	return name
}
