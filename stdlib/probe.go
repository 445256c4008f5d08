package stdlib

import "github.com/gtrace/gtrace/lang/ast"

func init() {
	register(&Builtin{Name: "probe", Kind: Variable, Doc: "name of the probe that fired",
		Check: func(c Checker, _ ast.Expr, _ []ast.Expr) *ast.Type { return ast.StringType(c.Strlen()) },
		Value: func(e Emitter, x ast.Expr, _ []ast.Expr, off int) {
			// One program per attach point: the name is a constant.
			storeString(e, e.Attach().Name, off, e.Type(x))
		}})
}

// storeString writes the constant s as a value of string type t at off,
// cut to t's capacity.
func storeString(e Emitter, s string, off int, t *ast.Type) {
	if len(s) >= t.Size {
		s = s[:t.Size-1]
	}
	e.StoreBytes(off, []byte(s), t.StorageSize())
}
