package stdlib

import (
	"github.com/gtrace/gtrace/lang/ast"
)

// kptr(p) and uptr(p): p, marked as an address in kernel or in user
// memory, so that str() and other reads of it use that memory's helpers
// whatever p's type said.

func init() {
	for _, b := range []struct {
		name string
		user bool
		doc  string
	}{
		{"kptr", false, "mark an address as kernel memory"},
		{"uptr", true, "mark an address as user memory"},
	} {
		register(&Builtin{Name: b.name, Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: b.doc, Samples: []string{b.name + "(%s)"},
			Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
				t := c.IntExpr(args[0])
				if t == nil {
					return nil
				}
				marked := *t
				marked.Pointer, marked.UserPtr, marked.AnySpace = true, b.user, false
				return &marked
			},
			Int: func(e Emitter, _ ast.Expr, args []ast.Expr) { e.IntExpr(args[0]) }})
	}
}
