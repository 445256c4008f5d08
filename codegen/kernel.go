package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// isMemory says whether e reads kernel memory: a struct member through a
// typed pointer, an array element, or a dereference.
func (g *gen) isMemory(e ast.Expr) bool {
	_, ok := g.info.Members[e]
	return ok
}

// memberAddr leaves the kernel address of e's storage in r0.
func (g *gen) memberAddr(e ast.Expr) {
	g.node = e
	m := g.info.Members[e]
	switch e := e.(type) {
	case *ast.Field:
		if g.typ(e.X).Kind == ast.KStruct {
			g.baseAddr(e.X)
		} else {
			g.intExpr(e.X)
		}
		if m.Offset != 0 {
			g.emit(asm.Add.Imm(asm.R0, int32(m.Offset)))
		}
	case *ast.Index:
		if g.typ(e.X).Kind == ast.KInt {
			g.intExpr(e.X) // a pointer: p[i] is *(p + i)
		} else {
			g.baseAddr(e.X)
		}
		base := g.pushTemp()
		g.intExpr(e.Index)
		g.emit(asm.Mul.Imm(asm.R0, int32(m.ElemSize)))
		g.popTemp(base, asm.R1)
		g.emit(asm.Add.Reg(asm.R0, asm.R1))
	case *ast.Unary:
		g.intExpr(e.X)
	default:
		g.fail(e, "internal error: no address for %T", e)
	}
}

// baseAddr leaves in r0 the address of the struct or array x: in memory
// when x is itself a member, element or dereference, else in the scratch
// area, where a value of x (a variable, a map's value, a call's result)
// is copied.
func (g *gen) baseAddr(x ast.Expr) {
	if g.isMemory(x) {
		g.memberAddr(x)
		return
	}
	g.scratchAddr(asm.R0, g.aggLoc(x))
}

// inScratch says whether the member, element or dereference e reads a
// struct or array value the program holds (their reads then use the
// kernel helpers on the scratch area).
func (g *gen) inScratch(e ast.Expr) bool {
	var x ast.Expr
	switch e := e.(type) {
	case *ast.Field:
		x = e.X
	case *ast.Index:
		x = e.X
	default:
		return false
	}
	if k := g.typ(x).Kind; k != ast.KStruct && k != ast.KArray {
		return false // through a pointer
	}
	return !g.isMemory(x) || g.inScratch(x)
}

// readMemberBytes copies a struct or array out of memory into off,
// padded with zeros to its storage size (all zeros when it cannot be
// read).
func (g *gen) readMemberBytes(e ast.Expr, off int, t *ast.Type) {
	g.zero(off, t.StorageSize())
	g.memberAddr(e)
	g.readInto(e, off, t.Size)
}

// readInto copies size bytes from the address in r0, in the memory e
// lies in, to scratch offset off (zeros when it cannot be read).
func (g *gen) readInto(e ast.Expr, off, size int) {
	g.emit(asm.Mov.Reg(asm.R3, asm.R0))
	g.scratchAddr(asm.R1, off)
	g.emit(asm.Mov.Imm(asm.R2, int32(size)))
	if g.inUserMemory(e) {
		g.call(asm.FnProbeReadUser)
	} else {
		g.call(asm.FnProbeReadKernel)
	}
	g.checkHelper("probe_read", e, stdlib.HelperReads)
}

// readMember reads an integer member of kernel memory into r0, zero when
// the memory cannot be read.
func (g *gen) readMember(e ast.Expr, t *ast.Type) {
	m := g.info.Members[e]
	g.memberAddr(e)
	tmp := g.allocScratch(8)
	g.emit(insn.StoreImm64(regScratch, int16(tmp), 0))
	g.readInto(e, tmp, m.Size)
	g.emit(asm.LoadMem(asm.R0, regScratch, int16(tmp), sizes[m.Size]))
	if m.BitSize > 0 {
		if m.BitOffset > 0 {
			g.emit(asm.RSh.Imm(asm.R0, int32(m.BitOffset)))
		}
		if m.BitSize < 64 {
			g.loadConst(asm.R1, int64(1)<<m.BitSize-1)
			g.emit(asm.And.Reg(asm.R0, asm.R1))
		}
		return
	}
	if t.Signed {
		g.signExtend(asm.R0, m.Size)
	}
}

// readMemberString copies a char array member into a string buffer.
func (g *gen) readMemberString(e ast.Expr, off int, t *ast.Type) {
	m := g.info.Members[e]
	g.memberAddr(e)
	g.emit(asm.Mov.Reg(asm.R3, asm.R0))
	g.zero(off, t.StorageSize())
	g.scratchAddr(asm.R1, off)
	n := t.Size
	if m.Nelems > 0 && m.Nelems < n {
		n = m.Nelems
	}
	g.emit(asm.Mov.Imm(asm.R2, int32(n)))
	if g.inUserMemory(e) {
		g.call(asm.FnProbeReadUserStr)
	} else {
		g.call(asm.FnProbeReadKernelStr)
	}
	g.checkHelper("probe_read_str", e, stdlib.HelperReads)
}

// inUserMemory says whether the member, element or dereference e lies in
// user memory: its base is a user pointer, or a struct or array read from
// one (the checker marks those UserPtr).
func (g *gen) inUserMemory(e ast.Expr) bool {
	if g.inScratch(e) {
		return false
	}
	switch e := e.(type) {
	case *ast.Field:
		return g.typ(e.X).UserPtr
	case *ast.Index:
		return g.typ(e.X).UserPtr
	case *ast.Unary:
		return g.typ(e.X).UserPtr
	}
	return false
}
