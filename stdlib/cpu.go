package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

func init() {
	register(&Builtin{Name: "cpu", Samples: []string{"cpu"}, Kind: Variable, Doc: "processor the probe runs on",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.IntType(8, false) },
		Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnGetSmpProcessorId) }})
}
