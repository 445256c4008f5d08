package stdlib

import (
	"github.com/gtrace/gtrace/lang/ast"
)

// reg("name") is a register of the traced task where the probe sees them
// (kprobes, uprobes, usdt, perf events); sargN is the Nth argument passed
// on the stack, at the entry of a kprobe or uprobe function.

// StackArgIndex reports N for the builtin sargN.
func StackArgIndex(name string) (int, bool) { return numbered(name, "sarg") }

func init() {
	register(&Builtin{Name: "reg", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: `a register of the traced task: reg("ip"), reg("sp")`,
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			if _, ok := args[0].(*ast.StrLit); !ok {
				c.Errorf(args[0], "reg() needs a register's name as a string literal")
				return nil
			}
			if !c.ProbeRegs(x, "reg") {
				return nil
			}
			return ast.Uint64
		},
		Int: func(e Emitter, _ ast.Expr, args []ast.Expr) {
			e.LoadReg(args[0], args[0].(*ast.StrLit).Value)
		}})
	register(&Builtin{Name: "sargN", Kind: Variable, Doc: "argument N passed on the stack, at a function's entry: sarg0, sarg1, ... (kprobe, uprobe)",
		Match: func(name string) bool { _, ok := StackArgIndex(name); return ok },
		Check: func(c Checker, x ast.Expr, _ []ast.Expr) *ast.Type {
			id := x.(*ast.Ident)
			n, _ := StackArgIndex(id.Name)
			return c.ProbeStackArg(id, n)
		},
		Int: func(e Emitter, x ast.Expr, _ []ast.Expr) {
			id := x.(*ast.Ident)
			n, _ := StackArgIndex(id.Name)
			e.ProbeStackArg(id, n)
		}})
}
