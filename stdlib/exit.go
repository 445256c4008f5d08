package stdlib

import "github.com/gtrace/gtrace/lang/ast"

func init() {
	register(&Builtin{Name: "exit", Kind: Function, Doc: "stop tracing",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.Void },
		Stmt: func(e Emitter, call *ast.Call) {
			e.Event(&EventSpec{Stop: true, Pos: call.Pos}, nil)
			// The probe ends here, as in current bpftrace: nothing after
			// exit() runs.
			e.LeaveProbe()
		}})
}
