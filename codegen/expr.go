package codegen

import (
	"math/bits"
	"strconv"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/cilium/ebpf/asm"
)

func (g *gen) typ(e ast.Expr) *ast.Type {
	t := g.info.Types[e]
	if t == nil {
		g.fail(e, "internal error: expression has no type")
	}
	return t
}

// loadConst puts v in r with the shortest instruction.
func (g *gen) loadConst(r asm.Register, v int64) {
	if v == int64(int32(v)) {
		g.emit(asm.Mov.Imm(r, int32(v)))
	} else {
		g.emit(asm.LoadImm(r, v, asm.DWord))
	}
}

// intExpr evaluates an integer expression into r0.
func (g *gen) intExpr(e ast.Expr) {
	g.node = e
	t := g.typ(e)
	if t.Kind != ast.KInt {
		g.fail(e, "internal error: %s used as an integer", t)
	}
	if v, ok := g.info.Consts[e]; ok {
		g.loadConst(asm.R0, v)
		return
	}
	if g.isMemory(e) {
		g.readMember(e, t)
		return
	}
	switch e := e.(type) {
	case *ast.IntLit:
		g.loadConst(asm.R0, int64(e.Value))
	case *ast.Positional:
		g.loadConst(asm.R0, g.positionalInt(e))
	case *ast.Ident:
		g.builtin(e, e.Name).Int(g, e, nil)
	case *ast.Var:
		loc := g.vars[g.info.Vars[e].ID]
		g.emit(asm.LoadMem(asm.R0, regScratch, int16(loc.scratch), asm.DWord))
	case *ast.MapRef:
		g.mapReadInt(e)
	case *ast.Binary:
		g.binary(e)
	case *ast.Unary:
		g.intExpr(e.X)
		switch e.Op {
		case "-":
			g.emit(asm.Neg.Imm(asm.R0, 0))
		case "~":
			g.emit(asm.Xor.Imm(asm.R0, -1))
		case "!":
			g.boolify(asm.JEq)
		}
	case *ast.IncDec:
		g.incDec(e)
	case *ast.Ternary:
		elseL, end := g.newLabel("telse"), g.newLabel("tend")
		g.intExpr(e.Cond)
		g.emit(asm.JEq.Imm(asm.R0, 0, elseL))
		g.intExpr(e.Then)
		g.emit(asm.Ja.Label(end))
		g.bind(elseL)
		g.intExpr(e.Else)
		g.bind(end)
	case *ast.Field:
		g.fieldInt(e, t)
	case *ast.Index:
		g.stringByte(e)
	case *ast.Call:
		g.builtin(e, e.Name).Int(g, e, e.Args)
	case *ast.Cast:
		g.intExpr(e.X)
		if t.Signed {
			g.signExtend(asm.R0, t.Size)
		} else {
			g.truncate(asm.R0, t.Size)
		}
	default:
		g.fail(e, "this expression is not supported yet")
	}
}

// stringByte reads byte i of a string, $s[i], into r0 as a signed char:
// the string is in scratch, the index checked against its capacity (0
// past the end) so that the verifier sees a bounded offset.
func (g *gen) stringByte(e *ast.Index) {
	size := g.typ(e.X).StorageSize()
	off := g.aggLoc(e.X)
	g.intExpr(e.Index)
	out, end := g.newLabel("sidx"), g.newLabel("send")
	g.emit(asm.JGE.Imm(asm.R0, int32(size), out))
	g.scratchAddr(asm.R1, off)
	g.emit(asm.Add.Reg(asm.R1, asm.R0))
	g.emit(asm.LoadMem(asm.R0, asm.R1, 0, asm.Byte))
	g.signExtend(asm.R0, 1)
	g.emit(asm.Ja.Label(end))
	g.bind(out)
	g.emit(asm.Mov.Imm(asm.R0, 0))
	g.bind(end)
}

// boolify sets r0 to 1 when `r0 op 0` holds, else 0.
func (g *gen) boolify(op asm.JumpOp) {
	yes, end := g.newLabel("yes"), g.newLabel("bend")
	g.emit(op.Imm(asm.R0, 0, yes), asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	g.bind(yes)
	g.emit(asm.Mov.Imm(asm.R0, 1))
	g.bind(end)
}

func (g *gen) positionalInt(e *ast.Positional) int64 {
	if e.Count {
		return int64(len(g.info.Params))
	}
	if e.N > len(g.info.Params) {
		return 0
	}
	v, _ := strconv.ParseInt(g.info.Params[e.N-1], 0, 64)
	return v
}

func (g *gen) binary(e *ast.Binary) {
	switch e.Op {
	case "&&", "||":
		short, end := g.newLabel("short"), g.newLabel("lend")
		// && stops at the first zero, || at the first non-zero.
		stop := asm.JEq
		if e.Op == "||" {
			stop = asm.JNE
		}
		g.intExpr(e.L)
		g.emit(stop.Imm(asm.R0, 0, short))
		g.intExpr(e.R)
		g.emit(stop.Imm(asm.R0, 0, short))
		res := int32(1)
		if e.Op == "||" {
			res = 0
		}
		g.emit(asm.Mov.Imm(asm.R0, res), asm.Ja.Label(end))
		g.bind(short)
		g.emit(asm.Mov.Imm(asm.R0, 1-res))
		g.bind(end)
		return
	}
	lt, rt := g.typ(e.L), g.typ(e.R)
	if lt.Kind == ast.KString || lt.Kind == ast.KArray {
		g.strEqual(e.L, e.R, e.Op == "==")
		return
	}
	g.intExpr(e.L)
	tmp := g.pushTemp()
	g.intExpr(e.R)
	g.emit(asm.Mov.Reg(asm.R1, asm.R0))
	g.popTemp(tmp, asm.R0)
	if scale, ok := g.info.Scales[e]; ok {
		g.pointerArith(e, lt, rt, scale)
		return
	}
	signed := lt.Signed && rt.Signed
	if e.Op == "<<" || e.Op == ">>" {
		signed = lt.Signed
	}
	g.binop(e.Op, asm.R0, asm.R1, signed)
}

// pointerArith finishes p + n, n + p, p - n (n scaled by the pointee's
// size) and p - q (the difference divided by it), with p or n in r0 and
// the other in r1.
func (g *gen) pointerArith(e *ast.Binary, lt, rt *ast.Type, scale int) {
	switch {
	case lt.Elem != nil && rt.Elem != nil:
		g.emit(asm.Sub.Reg(asm.R0, asm.R1))
		g.divSigned(scale)
	case lt.Elem != nil:
		if scale > 1 {
			g.emit(asm.Mul.Imm(asm.R1, int32(scale)))
		}
		g.binop(e.Op, asm.R0, asm.R1, false)
	default:
		if scale > 1 {
			g.emit(asm.Mul.Imm(asm.R0, int32(scale)))
		}
		g.emit(asm.Add.Reg(asm.R0, asm.R1))
	}
}

// divSigned divides r0 by a positive n, rounding toward zero, without
// BPF's signed division (which kernels before 6.6 lack).
func (g *gen) divSigned(n int) {
	if n <= 1 {
		return
	}
	div := asm.Div.Imm(asm.R0, int32(n))
	if n&(n-1) == 0 {
		div = asm.RSh.Imm(asm.R0, int32(bits.TrailingZeros(uint(n))))
	}
	neg, end := g.newLabel("dneg"), g.newLabel("dend")
	g.emit(asm.JSLT.Imm(asm.R0, 0, neg), div, asm.Ja.Label(end))
	g.bind(neg)
	g.emit(asm.Neg.Imm(asm.R0, 0), div, asm.Neg.Imm(asm.R0, 0))
	g.bind(end)
}

// signedDivMod computes dst / src or dst % src with C's signed
// semantics (the quotient truncated toward zero, the remainder taking
// the dividend's sign) through unsigned division of the magnitudes:
// BPF's signed division needs Linux 6.6. src is clobbered; r5 holds the
// result's sign.
func (g *gen) signedDivMod(alu asm.ALUOp, dst, src asm.Register) {
	sign := asm.R5
	if alu == asm.Div {
		g.emit(asm.Mov.Reg(sign, dst), asm.Xor.Reg(sign, src))
	} else {
		g.emit(asm.Mov.Reg(sign, dst))
	}
	for _, r := range []asm.Register{dst, src} {
		pos := g.newLabel("dpos")
		g.emit(asm.JSGE.Imm(r, 0, pos), asm.Neg.Imm(r, 0))
		g.bind(pos)
	}
	g.emit(alu.Reg(dst, src))
	done := g.newLabel("ddone")
	g.emit(asm.JSGE.Imm(sign, 0, done), asm.Neg.Imm(dst, 0))
	g.bind(done)
}

// binop computes dst = dst op src with C semantics for the signedness.
func (g *gen) binop(op string, dst, src asm.Register, signed bool) {
	alu := map[string]asm.ALUOp{"+": asm.Add, "-": asm.Sub, "*": asm.Mul, "&": asm.And, "|": asm.Or, "^": asm.Xor, "<<": asm.LSh}
	if a, ok := alu[op]; ok {
		g.emit(a.Reg(dst, src))
		return
	}
	switch op {
	case ">>":
		if signed {
			g.emit(asm.ArSh.Reg(dst, src))
		} else {
			g.emit(asm.RSh.Reg(dst, src))
		}
		return
	case "/", "%":
		alu := asm.Div
		if op == "%" {
			alu = asm.Mod
		}
		if signed {
			g.signedDivMod(alu, dst, src)
		} else {
			g.emit(alu.Reg(dst, src))
		}
		return
	}
	jumps := map[string][2]asm.JumpOp{
		"==": {asm.JEq, asm.JEq}, "!=": {asm.JNE, asm.JNE},
		"<": {asm.JLT, asm.JSLT}, "<=": {asm.JLE, asm.JSLE},
		">": {asm.JGT, asm.JSGT}, ">=": {asm.JGE, asm.JSGE},
	}
	j, ok := jumps[op]
	if !ok {
		g.fail(g.node, "internal error: unknown operator %s", op)
	}
	jop := j[0]
	if signed {
		jop = j[1]
	}
	yes, end := g.newLabel("cmp"), g.newLabel("cend")
	g.emit(jop.Reg(dst, src, yes), asm.Mov.Imm(dst, 0), asm.Ja.Label(end))
	g.bind(yes)
	g.emit(asm.Mov.Imm(dst, 1))
	g.bind(end)
}

// strEqual compares two strings word by word: strings are zero-padded to
// their capacity, so equal strings have equal buffers.
func (g *gen) strEqual(l, r ast.Expr, eq bool) {
	a := g.aggLoc(l)
	b := g.aggLoc(r)
	// The shorter string's terminator lies within its own buffer, so
	// comparing that many bytes decides equality.
	n := min(g.typ(l).StorageSize(), g.typ(r).StorageSize())
	diff, end := g.newLabel("sdiff"), g.newLabel("send")
	for i := 0; i < n; i += 8 {
		g.emit(
			asm.LoadMem(asm.R1, regScratch, int16(a+i), asm.DWord),
			asm.LoadMem(asm.R2, regScratch, int16(b+i), asm.DWord),
			asm.JNE.Reg(asm.R1, asm.R2, diff),
		)
	}
	res := int32(0)
	if eq {
		res = 1
	}
	g.emit(asm.Mov.Imm(asm.R0, res), asm.Ja.Label(end))
	g.bind(diff)
	g.emit(asm.Mov.Imm(asm.R0, 1-res))
	g.bind(end)
}

// aggLoc returns the scratch offset holding the value of a string or tuple
// expression, materializing it into a temporary unless it already lives
// in a variable.
func (g *gen) aggLoc(e ast.Expr) int {
	if v, ok := e.(*ast.Var); ok {
		return g.vars[g.info.Vars[v].ID].scratch
	}
	off := g.allocScratch(g.typ(e).StorageSize())
	g.materialize(e, off)
	return off
}

// materialize writes the value of e (any type) at scratch offset off:
// integers as 8 bytes, strings zero-padded to their capacity, tuples in
// their layout.
func (g *gen) materialize(e ast.Expr, off int) {
	g.node = e
	t := g.typ(e)
	if t.Kind == ast.KInt {
		g.intExpr(e)
		g.emit(asm.StoreMem(regScratch, int16(off), asm.R0, asm.DWord))
		return
	}
	size := t.StorageSize()
	if g.isMemory(e) {
		if t.Kind == ast.KStruct || t.Kind == ast.KArray {
			g.readMemberBytes(e, off, t)
		} else {
			g.readMemberString(e, off, t)
		}
		return
	}
	switch e := e.(type) {
	case *ast.StrLit:
		g.storeBytes(off, []byte(e.Value), size)
	case *ast.Positional:
		s := ""
		if e.N >= 1 && e.N <= len(g.info.Params) {
			s = g.info.Params[e.N-1]
		}
		if len(s) >= t.Size {
			s = s[:t.Size-1]
		}
		g.storeBytes(off, []byte(s), size)
	case *ast.Ident:
		if s, ok := g.info.ConstStrings[e]; ok { // #define NAME "text"
			if len(s) >= t.Size {
				s = s[:t.Size-1]
			}
			g.storeBytes(off, []byte(s), size)
			break
		}
		g.builtinValue(e, e.Name).Value(g, e, nil, off)
	case *ast.Var:
		g.copyScratch(off, g.vars[g.info.Vars[e].ID].scratch, size)
	case *ast.MapRef:
		mm := g.maps[e.Name]
		key := g.mapKey(e, mm)
		g.mapLookup(mm, key)
		found, end := g.newLabel("found"), g.newLabel("mend")
		g.emit(asm.JNE.Imm(asm.R0, 0, found))
		g.lookupMissed(e)
		g.zero(off, size)
		g.emit(asm.Ja.Label(end))
		g.bind(found)
		g.emit(asm.Mov.Reg(asm.R2, asm.R0))
		g.copyFromPtr(off, asm.R2, size)
		g.bind(end)
	case *ast.Tuple:
		g.zero(off, size)
		for i, x := range e.Elems {
			g.materialize(x, off+t.Offsets[i])
		}
	case *ast.Ternary:
		elseL, end := g.newLabel("telse"), g.newLabel("tend")
		g.intExpr(e.Cond)
		g.emit(asm.JEq.Imm(asm.R0, 0, elseL))
		g.store(e.Then, off, t)
		g.emit(asm.Ja.Label(end))
		g.bind(elseL)
		g.store(e.Else, off, t)
		g.bind(end)
	case *ast.Field:
		xt := g.typ(e.X)
		if xt.Kind == ast.KTuple {
			i, _ := strconv.Atoi(e.Name)
			src := g.aggLoc(e.X)
			g.copyScratch(off, src+xt.Offsets[i], size)
			return
		}
		g.fieldString(e, off, t)
	case *ast.Call:
		g.builtinValue(e, e.Name).Value(g, e, e.Args, off)
	default:
		g.fail(e, "this expression is not supported yet")
	}
}

// builtin finds the builtin e uses, which must compile to an integer.
func (g *gen) builtin(e ast.Expr, name string) *stdlib.Builtin {
	b := stdlib.Lookup(name)
	if b == nil || b.Int == nil {
		g.fail(e, "internal error: builtin %s does not compile to an integer", name)
	}
	return b
}

// builtinValue finds the builtin e uses, which must compile to a string,
// tuple or buffer.
func (g *gen) builtinValue(e ast.Expr, name string) *stdlib.Builtin {
	b := stdlib.Lookup(name)
	if b == nil || b.Value == nil {
		g.fail(e, "internal error: builtin %s does not compile to a value", name)
	}
	return b
}

// patch emits a 64-bit immediate load that the runtime fills in.
func (g *gen) patch(r asm.Register, value stdlib.PatchFunc) {
	g.meta.Patches = append(g.meta.Patches, Patch{Index: len(g.insns), Value: value})
	g.emit(asm.LoadImm(r, 0, asm.DWord))
}

func (g *gen) tpField(e *ast.Field) *ast.TracepointField {
	for i := range g.attach.Fields {
		if g.attach.Fields[i].Name == e.Name {
			return &g.attach.Fields[i]
		}
	}
	g.fail(e, "internal error: %s has no field %s", g.attach.Name, e.Name)
	return nil
}

var sizes = map[int]asm.Size{1: asm.Byte, 2: asm.Half, 4: asm.Word, 8: asm.DWord}

// fieldInt reads an integer field: args->f or a tuple's element.
func (g *gen) fieldInt(e *ast.Field, t *ast.Type) {
	xt := g.typ(e.X)
	if xt.Kind == ast.KTuple {
		i, _ := strconv.Atoi(e.Name)
		src := g.aggLoc(e.X)
		g.emit(asm.LoadMem(asm.R0, regScratch, int16(src+xt.Offsets[i]), asm.DWord))
		return
	}
	f := g.tpField(e)
	if f.DataLoc {
		// __data_loc: the low 16 bits are the data's offset in the record.
		g.emit(
			asm.LoadMem(asm.R0, regCtx, int16(f.Offset), asm.Word),
			asm.And.Imm(asm.R0, 0xffff),
			asm.Add.Reg(asm.R0, regCtx),
		)
		return
	}
	size, ok := sizes[f.Size]
	if !ok {
		g.fail(e, "internal error: field %s of size %d typed as an integer", f.Name, f.Size)
	}
	g.emit(asm.LoadMem(asm.R0, regCtx, int16(f.Offset), size))
	if t.Signed {
		g.signExtend(asm.R0, f.Size)
	}
}

// fieldString copies a char array field of the tracepoint record.
func (g *gen) fieldString(e *ast.Field, off int, t *ast.Type) {
	f := g.tpField(e)
	g.zero(off, t.StorageSize())
	n := min(f.Array, t.Size-1)
	for i := 0; i < n; i++ {
		g.emit(
			asm.LoadMem(asm.R1, regCtx, int16(f.Offset+i), asm.Byte),
			asm.StoreMem(regScratch, int16(off+i), asm.R1, asm.Byte),
		)
	}
}
