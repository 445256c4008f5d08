package codegen

import (
	"fmt"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf/asm"
)

// Register conventions. r1-r5 and r0 die at every helper call, so values
// that must survive one live in r6-r9 or on the stack.
const (
	regCtx     = insn.Ctx     // the context pointer, saved at entry
	regScratch = insn.Scratch // this program's per-CPU scratch area
)

// tempRegs are callee-saved registers handed out for temporaries before
// falling back to stack slots.
var tempRegs = []asm.Register{asm.R7, asm.R8}

// Fixed stack layout, see saveFrame.
const stackReserved = 24

// maxStack is the kernel's limit for one BPF program's frame.
const maxStack = 512

// compileError aborts the compilation of one program with a positioned
// error; it travels as a panic inside codegen and is recovered at Compile.
type compileError struct{ err *ast.Error }

func (g *gen) fail(n ast.Node, format string, args ...any) {
	panic(compileError{ast.Errorf(n, format, args...)})
}

// temp is where a pushed temporary lives: a register or a stack offset.
type temp struct {
	reg   asm.Register
	stack int16 // non-zero: offset from r10
}

// emit appends instructions; a pending label or source comment lands on
// the first.
func (g *gen) emit(insns ...asm.Instruction) {
	for _, ins := range insns {
		if g.pendingLabel != "" {
			ins = ins.WithSymbol(g.pendingLabel)
			g.pendingLabel = ""
		}
		if g.pendingSource != "" {
			ins = ins.WithSource(asm.Comment(g.pendingSource))
			g.pendingSource = ""
		}
		if to, ok := g.aliases[ins.Reference()]; ok {
			ins = ins.WithReference(to)
		}
		g.insns = append(g.insns, ins)
	}
	if len(g.insns) > maxInsns {
		g.fail(g.node, "this probe compiles to more than %d instructions, the kernel's limit; reduce unroll counts", maxInsns)
	}
}

// maxInsns is the kernel's limit on one program's instructions.
const maxInsns = 1_000_000

func (g *gen) newLabel(kind string) string {
	g.labels++
	return fmt.Sprintf("%s_%d", kind, g.labels)
}

// bind makes label point at the next instruction emitted. Two labels on
// one instruction are one: the jumps to the first go to the second. A
// function's entry keeps its name, with a no-op jump to carry it.
func (g *gen) bind(label string) {
	switch {
	case g.pendingLabel == "":
	case g.pendingFunc:
		g.emit(asm.Instruction{OpCode: asm.Ja.Op(asm.ImmSource), Offset: 0})
	default:
		g.alias(g.pendingLabel, label)
	}
	g.pendingLabel, g.pendingFunc = label, false
}

// alias makes the jumps to label old, emitted and to come, go to label
// to instead.
func (g *gen) alias(old, to string) {
	for i := range g.insns {
		if g.insns[i].Reference() == old {
			g.insns[i] = g.insns[i].WithReference(to)
		}
	}
	if g.aliases == nil {
		g.aliases = map[string]string{}
	}
	for k, v := range g.aliases {
		if v == old {
			g.aliases[k] = to
		}
	}
	g.aliases[old] = to
}

// referenced says whether any instruction of the current function jumps
// to label.
func (g *gen) referenced(label string) bool {
	for _, ins := range g.insns {
		if ins.Reference() == label {
			return true
		}
	}
	return false
}

// pushTemp saves r0 somewhere that survives helper calls.
func (g *gen) pushTemp() temp {
	if g.nextTempReg < len(tempRegs) {
		r := tempRegs[g.nextTempReg]
		g.nextTempReg++
		g.emit(asm.Mov.Reg(r, asm.R0))
		return temp{reg: r}
	}
	off := g.allocStack(8)
	g.emit(asm.StoreMem(asm.RFP, off, asm.R0, asm.DWord))
	return temp{stack: off}
}

// popTemp loads a temporary into dst and frees it; temps are freed in the
// reverse order of their pushes.
func (g *gen) popTemp(t temp, dst asm.Register) {
	if t.stack == 0 {
		g.nextTempReg--
		if dst != t.reg {
			g.emit(asm.Mov.Reg(dst, t.reg))
		}
		return
	}
	g.emit(asm.LoadMem(dst, asm.RFP, t.stack, asm.DWord))
	g.freeStack(8)
}

// allocStack returns the r10-relative offset of n fresh bytes (n a
// multiple of 8). Stack is allocated and freed like a stack.
func (g *gen) allocStack(n int) int16 {
	g.stack += n
	if g.stack > g.maxStackUsed {
		g.maxStackUsed = g.stack
	}
	if frame(g.stack)+g.childStack > maxStack {
		g.fail(g.node, "this probe needs more than %d bytes of BPF stack; simplify the expression", maxStack)
	}
	return int16(-g.stack)
}

func (g *gen) freeStack(n int) { g.stack -= n }

// allocScratch returns the offset of n fresh bytes in this program's
// per-CPU scratch area, 8-byte aligned. Statement temporaries are released
// by resetting g.scratch to a mark.
func (g *gen) allocScratch(n int) int {
	n = (n + 7) &^ 7
	off := g.scratch
	g.scratch += n
	if g.scratch > g.maxScratch {
		g.maxScratch = g.scratch
	}
	if g.scratch > maxScratchSize {
		g.fail(g.node, "this probe needs more than %d bytes of scratch memory; lower max_strlen or simplify", maxScratchSize)
	}
	return off
}

// maxScratchSize keeps the per-CPU value under the kernel's per-CPU
// allocation limit (32 KiB).
const maxScratchSize = 32 << 10

// scratchAddr sets dst to the address of scratch offset off.
func (g *gen) scratchAddr(dst asm.Register, off int) {
	g.emit(asm.Mov.Reg(dst, regScratch))
	if off != 0 {
		g.emit(asm.Add.Imm(dst, int32(off)))
	}
}

// zero clears n bytes (a multiple of 8 after rounding) at scratch offset off.
func (g *gen) zero(off, n int) {
	for i := 0; i < n; i += 8 {
		g.emit(insn.StoreImm64(regScratch, int16(off+i), 0))
	}
}

// copyScratch copies n bytes (rounded up to 8) inside the scratch area.
func (g *gen) copyScratch(dst, src, n int) {
	if dst == src {
		return
	}
	for i := 0; i < n; i += 8 {
		g.emit(
			asm.LoadMem(asm.R1, regScratch, int16(src+i), asm.DWord),
			asm.StoreMem(regScratch, int16(dst+i), asm.R1, asm.DWord),
		)
	}
}

// copyFromPtr copies n bytes (a multiple of 8) from the pointer in reg to
// scratch offset dst. reg must not be r1.
func (g *gen) copyFromPtr(dst int, reg asm.Register, n int) {
	for i := 0; i < n; i += 8 {
		g.emit(
			asm.LoadMem(asm.R1, reg, int16(i), asm.DWord),
			asm.StoreMem(regScratch, int16(dst+i), asm.R1, asm.DWord),
		)
	}
}

// storeBytes writes b into scratch at off, 8 bytes at a time, zero-padded
// to n bytes.
func (g *gen) storeBytes(off int, b []byte, n int) {
	for i := 0; i < n; i += 8 {
		var w uint64
		for j := 0; j < 8 && i+j < len(b); j++ {
			w |= uint64(b[i+j]) << (8 * j)
		}
		if int64(w) == int64(int32(w)) {
			g.emit(insn.StoreImm64(regScratch, int16(off+i), int32(w)))
			continue
		}
		g.emit(
			asm.LoadImm(asm.R1, int64(w), asm.DWord),
			asm.StoreMem(regScratch, int16(off+i), asm.R1, asm.DWord),
		)
	}
}

// call emits a helper call.
func (g *gen) call(fn asm.BuiltinFunc) { g.emit(fn.Call()) }

// loadMap puts the address of the named map in dst.
func (g *gen) loadMap(dst asm.Register, name string) {
	g.emit(asm.LoadMapPtr(dst, 0).WithReference(name))
}

// signExtend sign-extends the low size bytes of r.
func (g *gen) signExtend(r asm.Register, size int) {
	if size >= 8 {
		return
	}
	shift := int32(64 - 8*size)
	g.emit(asm.LSh.Imm(r, shift), asm.ArSh.Imm(r, shift))
}

// truncate keeps the low size bytes of r.
func (g *gen) truncate(r asm.Register, size int) {
	switch size {
	case 1:
		g.emit(asm.And.Imm(r, 0xff))
	case 2:
		g.emit(asm.And.Imm(r, 0xffff))
	case 4:
		g.emit(asm.LSh.Imm(r, 32), asm.RSh.Imm(r, 32))
	}
}
