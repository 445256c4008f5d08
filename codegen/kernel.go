package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
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
		if g.inScratch(e) {
			g.heldElemAddr(e, m)
			return
		}
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

// heldElemAddr leaves in r0 the address of element e of an array the
// program holds, at an index known only when it runs: bounded by the
// array's length, as the verifier wants offsets into the scratch area
// to be; past the end it is the address of a zeroed element (it reads
// 0, as a string's byte past its end does).
func (g *gen) heldElemAddr(e *ast.Index, m *ast.Member) {
	base, _ := g.valueOffset(e.X) // inScratch holds: it is known
	n := 0
	if arr, ok := btf.UnderlyingType(g.typ(e.X).BTF).(*btf.Array); ok {
		n = int(arr.Nelems)
	}
	g.intExpr(e.Index)
	past, done := g.newLabel("ipast"), g.newLabel("idone")
	g.emit(asm.JGE.Imm(asm.R0, int32(n), past))
	if m.ElemSize > 1 {
		g.emit(asm.Mul.Imm(asm.R0, int32(m.ElemSize)))
	}
	g.emit(asm.Add.Imm(asm.R0, int32(base)), asm.Add.Reg(asm.R0, regScratch), asm.Ja.Label(done))
	g.bind(past)
	zero := g.allocScratch(m.ElemSize)
	g.zero(zero, m.ElemSize)
	g.scratchAddr(asm.R0, zero)
	g.bind(done)
}

// valueOffset is the scratch offset of the struct or array value x the
// program holds: copied there (a variable's place, a map value or call
// result materialized), or a member of one (scratchOffset).
func (g *gen) valueOffset(x ast.Expr) (int, bool) {
	if !g.isMemory(x) {
		return g.aggLoc(x), true
	}
	return g.scratchOffset(x)
}

// scratchOffset is where in the scratch area the member or element e
// lies, when it belongs to a struct or array value the program holds (a
// variable, a map's value, a tuple's field) and its place is known when
// compiling (members, constant indexes); false otherwise, and then e is
// read with the helpers (inScratch).
func (g *gen) scratchOffset(e ast.Expr) (int, bool) {
	m := g.info.Members[e]
	var x ast.Expr
	var rel int
	switch e := e.(type) {
	case *ast.Field:
		x, rel = e.X, m.Offset
	case *ast.Index:
		lit, ok := e.Index.(*ast.IntLit)
		if !ok {
			return 0, false
		}
		x, rel = e.X, int(lit.Value)*m.ElemSize
	default:
		return 0, false
	}
	xt := g.typ(x)
	if (xt.Kind != ast.KStruct && xt.Kind != ast.KArray) || rel+m.Size > xt.StorageSize() {
		return 0, false
	}
	base, ok := g.valueOffset(x)
	return base + rel, ok
}

// readMemberBytes copies a struct or array out of memory into off,
// padded with zeros to its storage size (all zeros when it cannot be
// read).
func (g *gen) readMemberBytes(e ast.Expr, off int, t *ast.Type) {
	g.zero(off, t.StorageSize())
	g.memberAddr(e)
	g.readInto(e, off, t.Size, false)
}

// readInto copies size bytes from the address in r0, in the memory e
// lies in, to scratch offset off (zeros when it cannot be read); a string
// stops at its NUL.
func (g *gen) readInto(e ast.Expr, off, size int, str bool) {
	g.emit(asm.Mov.Reg(asm.R3, asm.R0))
	g.scratchAddr(asm.R1, off)
	g.emit(asm.Mov.Imm(asm.R2, int32(size)))
	user := g.inUserMemory(e)
	switch {
	case str && user:
		g.call(asm.FnProbeReadUserStr)
	case str:
		g.call(asm.FnProbeReadKernelStr)
	case user:
		g.call(asm.FnProbeReadUser)
	default:
		g.call(asm.FnProbeReadKernel)
	}
	name := "probe_read"
	if str {
		name = "probe_read_str"
	}
	g.checkHelper(name, e, stdlib.HelperReads)
}

// readMember reads an integer member of kernel memory into r0, zero when
// the memory cannot be read.
func (g *gen) readMember(e ast.Expr, t *ast.Type) {
	m := g.info.Members[e]
	if off, ok := g.scratchOffset(e); ok {
		// A member of a value the program holds: a plain load.
		g.emit(asm.LoadMem(asm.R0, regScratch, int16(off), sizes[m.Size]))
	} else {
		g.memberAddr(e)
		tmp := g.allocScratch(8)
		g.emit(insn.StoreImm64(regScratch, int16(tmp), 0))
		g.readInto(e, tmp, m.Size, false)
		g.emit(asm.LoadMem(asm.R0, regScratch, int16(tmp), sizes[m.Size]))
	}
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
	g.zero(off, t.StorageSize())
	g.memberAddr(e)
	n := t.Size
	if m.Nelems > 0 && m.Nelems < n {
		n = m.Nelems
	}
	g.readInto(e, off, n, true)
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
