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
	case len(args) > 0:
		xt := c.Expr(args[0])
		if xt == nil {
			return nil
		}
		switch {
		case xt.BTF != nil:
			t = xt.BTF
			size = xt.Size
		case xt.Kind == ast.KInt:
			size = xt.Size
		default:
			size = xt.StorageSize()
		}
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
