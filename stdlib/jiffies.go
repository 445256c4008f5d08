package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

func init() {
	register(&Builtin{Name: "jiffies", Samples: []string{"jiffies"}, Kind: Variable, Doc: "the kernel's jiffies counter, 64-bit (Linux 5.5+)",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.IntType(8, false) },
		Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnJiffies64) }})
}
