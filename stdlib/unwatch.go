package stdlib

import (
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// unwatch(addr): the watchpoints on addr are removed in user space when
// the event arrives (so a few more accesses may fire them), as in
// bpftrace; an address nothing watches is no error.

func init() {
	register(&Builtin{Name: "unwatch", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "remove the watchpoints on an address",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			c.IntExpr(args[0])
			return ast.Void
		},
		Stmt: func(e Emitter, call *ast.Call) {
			e.Event(&EventSpec{Handle: handleUnwatch, Pos: call.Pos}, call.Args[:1])
		}})
}

func handleUnwatch(r Runtime, _ *EventSpec, args []output.Value) error {
	r.Unwatch(args[0].Uint64())
	return nil
}
