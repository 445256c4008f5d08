package codegen

import (
	"github.com/cilium/ebpf/asm"
	"github.com/gtrace/gtrace/lang/ast"
)

// store writes the value of e into storage typed dst at scratch offset
// off: a variable, a map key or value. Strings may have another capacity
// than dst (comm has 16 bytes, str() max_strlen): a shorter one is
// zero-padded, a longer one cut and terminated; tuples convert element by
// element.
func (g *gen) store(e ast.Expr, off int, dst *ast.Type) {
	src := g.typ(e)
	if ast.SameLayout(src, dst) {
		g.materialize(e, off)
		return
	}
	if tup, ok := e.(*ast.Tuple); ok && dst.Kind == ast.KTuple {
		g.zero(off, dst.StorageSize())
		for i, x := range tup.Elems {
			g.store(x, off+dst.Offsets[i], dst.Elems[i])
		}
		return
	}
	if src.Kind == ast.KString && src.Size < dst.Size {
		g.materialize(e, off)
		g.zero(off+src.StorageSize(), dst.StorageSize()-src.StorageSize())
		return
	}
	tmp := g.allocScratch(src.StorageSize())
	g.materialize(e, tmp)
	g.convert(tmp, src, off, dst)
}

// convert copies a value laid out as src at scratch offset from into the
// layout of dst at scratch offset to.
func (g *gen) convert(from int, src *ast.Type, to int, dst *ast.Type) {
	switch src.Kind {
	case ast.KString:
		n := min(src.StorageSize(), dst.StorageSize())
		g.copyScratch(to, from, n)
		g.zero(to+n, dst.StorageSize()-n)
		if src.Size > dst.Size {
			// Cut: keep the terminator inside dst's capacity.
			g.emit(asm.StoreImm(regScratch, int16(to+dst.Size-1), 0, asm.Byte))
		}
	case ast.KTuple:
		g.zero(to, dst.StorageSize())
		for i := range src.Elems {
			g.convert(from+src.Offsets[i], src.Elems[i], to+dst.Offsets[i], dst.Elems[i])
		}
	default:
		g.copyScratch(to, from, src.StorageSize())
	}
}
