package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// username: the current task's user id, kept as a number and printed as
// the user's name (host.UserName: the user database, or the number).

func init() {
	register(&Builtin{Name: "username", Samples: []string{"username"}, Kind: Variable, Doc: "name of the current task's user",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type {
			return &ast.Type{Kind: ast.KInt, Size: 8, Output: "username"}
		},
		Int: func(e Emitter, _ ast.Expr, _ []ast.Expr) {
			e.Call(asm.FnGetCurrentUidGid)
			e.Truncate(asm.R0, 4)
		},
		Render: func(r Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			return output.StrVal(r.Host().UserName(le64(b, 0))), nil
		}})
}
