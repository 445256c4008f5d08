package stdlib

import (
	"strings"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
)

// sizeof() and offsetof(): constants the checker works out from the
// types; the compiled program just loads them.

func init() {
	register(&Builtin{Name: "sizeof", Kind: Function, MinArgs: 0, MaxArgs: 1, Doc: "size in bytes of a type or expression",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type { return checkSizeof(c, x, args, true) }})
	register(&Builtin{Name: "offsetof", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "offset of a member: offsetof(struct x, member)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type { return checkSizeof(c, x, args, false) }})
}

// isTypedefName says whether e is a bare word naming no builtin but a
// typedef: sizeof(pid_t), sizeof(rec_t) of the script's C definitions.
func isTypedefName(c Checker, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && Lookup(id.Name) == nil && c.Typedef(id.Name) != nil
}

// packedSize is the size and alignment bpftrace gives a value of type t
// (the expression e, when known): integers their width, a string
// literal its bytes and NUL, other strings their capacity, structs their
// size aligned to 1 inside a tuple, arrays their elements' alignment,
// and tuples their elements laid out C-style by those rules (gtrace
// itself stores every integer in 8 bytes).
func packedSize(c Checker, e ast.Expr, t *ast.Type) (size, align int) {
	switch t.Kind {
	case ast.KInt:
		return t.Size, t.Size
	case ast.KString:
		if lit, ok := e.(*ast.StrLit); ok {
			return len(lit.Value) + 1, 1
		}
		return t.Size, 1
	case ast.KStruct:
		return t.Size, 1
	case ast.KArray:
		a := 1
		if arr, ok := btf.UnderlyingType(t.BTF).(*btf.Array); ok {
			if es, err := btf.Sizeof(arr.Type); err == nil {
				a = min(max(es, 1), 8)
			}
		}
		return t.Size, a
	case ast.KTuple:
		lit, _ := e.(*ast.Tuple)
		off, maxAlign := 0, 1
		for i, et := range t.Elems {
			var ee ast.Expr
			if lit != nil {
				ee = lit.Elems[i]
				et = c.Expr(ee)
			}
			s, a := packedSize(c, ee, et)
			off = (off + a - 1) / a * a
			off += s
			maxAlign = max(maxAlign, a)
		}
		return (off + maxAlign - 1) / maxAlign * maxAlign, maxAlign
	}
	return t.StorageSize(), 8
}

// checkSizeof evaluates sizeof(type), sizeof(expr) and offsetof(type,
// a.b) at compile time.
func checkSizeof(c Checker, x ast.Expr, args []ast.Expr, sizeof bool) *ast.Type {
	e := x.(*ast.Call)
	var t btf.Type
	var size int
	switch {
	case e.TypeArg != nil:
		bt, ok := c.NamedType(e.TypeArg)
		if !ok {
			return nil
		}
		t = bt
		size, _ = btf.Sizeof(bt)
	case len(args) > 0 && isTypedefName(c, args[0]):
		t = c.Typedef(args[0].(*ast.Ident).Name)
		size, _ = btf.Sizeof(t)
	case len(args) > 0:
		xt := c.Expr(args[0])
		if xt == nil {
			return nil
		}
		if xt.BTF != nil {
			t = xt.BTF
		}
		size, _ = packedSize(c, args[0], xt)
	}
	if sizeof {
		c.SetConst(e, int64(size))
		return ast.Uint64
	}
	field, ok := args[len(args)-1].(*ast.Ident)
	if !ok || t == nil {
		c.Errorf(e, "offsetof() needs a struct type or expression and a member name")
		return nil
	}
	off := uint32(0)
	for _, name := range strings.Split(field.Name, ".") {
		m, bits, ok := ast.FindMember(t, name)
		if !ok {
			c.Errorf(field, "%s has no member %q%s", ast.CTypeName(btf.UnderlyingType(t)), name, ast.Hint(name, ast.MemberNames(t)))
			return nil
		}
		off += bits
		t = m.Type
	}
	c.SetConst(e, int64(off/8))
	return ast.Uint64
}
