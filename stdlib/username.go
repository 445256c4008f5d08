package stdlib

import (
	"os/user"
	"strconv"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// username: the current task's user id, kept as a number and printed as
// the user's name from the user database (/etc/passwd), or as the number
// when it has none.

func init() {
	register(&Builtin{Name: "username", Samples: []string{"username"}, Kind: Variable, Doc: "name of the current task's user",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type {
			return &ast.Type{Kind: ast.KInt, Size: 8, Output: "username"}
		},
		Int: func(e Emitter, _ ast.Expr, _ []ast.Expr) {
			e.Call(asm.FnGetCurrentUidGid)
			e.Truncate(asm.R0, 4)
		},
		Render: func(_ Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			uid := strconv.FormatUint(le64(b, 0), 10)
			if u, err := user.LookupId(uid); err == nil {
				return output.StrVal(u.Username), nil
			}
			return output.StrVal(uid), nil
		}})
}
