package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

func init() {
	register(&Builtin{Name: "cpid", Kind: Variable, Samples: []string{"cpid"}, Doc: "pid of the -c command",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.IntType(8, false) },
		Int: func(e Emitter, _ ast.Expr, _ []ast.Expr) {
			// The command is started paused before loading, so its pid is
			// a constant of the program.
			e.Patch(asm.R0, func(r Runtime) (int64, error) { return r.Cpid(), nil })
		}})
}
