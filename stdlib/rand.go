package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

func init() {
	register(&Builtin{Name: "rand", Kind: Variable, Samples: []string{"rand"}, Doc: "a pseudo-random 32-bit number",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.IntType(8, false) },
		Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnGetPrandomU32) }})
}
