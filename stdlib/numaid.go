package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

func init() {
	register(&Builtin{Name: "numaid", Samples: []string{"numaid"}, Kind: Variable, Doc: "NUMA node of the CPU the probe runs on",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.IntType(4, false) },
		Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnGetNumaNodeId) }})
}
