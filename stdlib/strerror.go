package stdlib

import (
	"strconv"
	"strings"
	"syscall"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// strerror(n): an error number, printed as its description, as the C
// library's strerror(3) words it.

func init() {
	register(&Builtin{Name: "strerror", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "description of an error number",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			c.IntExpr(args[0])
			return &ast.Type{Kind: ast.KInt, Size: 8, Signed: true, Output: "strerror"}
		},
		Int: func(e Emitter, _ ast.Expr, args []ast.Expr) { e.IntExpr(args[0]) },
		Render: func(_ Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			return output.StrVal(errnoText(int64(le64(b, 0)))), nil
		}})
}

// errnoText is strerror(3)'s text for n: Go's table of Linux errors
// holds the C library's sentences with a lower-case first letter, all but
// the newest.
func errnoText(n int64) string {
	if n == 133 { // EHWPOISON
		return "Memory page has hardware error"
	}
	if n > 0 && n < 4096 {
		if s := syscall.Errno(n).Error(); !strings.HasPrefix(s, "errno ") {
			return strings.ToUpper(s[:1]) + s[1:]
		}
	}
	if n == 0 {
		return "Success"
	}
	return "Unknown error " + strconv.FormatInt(n, 10)
}
