package stdlib

import (
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// strerror(n): an error number, printed as its description, as the C
// library's strerror(3) words it.

func init() {
	register(&Builtin{Name: "strerror", Samples: []string{"strerror(%s)"}, Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "description of an error number",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			c.IntExpr(args[0])
			return &ast.Type{Kind: ast.KInt, Size: 8, Signed: true, Output: "strerror"}
		},
		Int: func(e Emitter, _ ast.Expr, args []ast.Expr) { e.IntExpr(args[0]) },
		Render: func(_ Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			return output.StrVal(output.Strerror(int64(le64(b, 0)))), nil
		}})
}
