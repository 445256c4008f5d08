package stdlib

import (
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// signal(sig): bpf_send_signal to the current task (--unsafe).

func init() {
	register(&Builtin{Name: "signal", Kind: Function, MinArgs: 1, MaxArgs: 1, Unsafe: true, Doc: "send a signal to the current task (--unsafe)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			switch a := args[0].(type) {
			case *ast.StrLit:
				if SignalNumber(a.Value) == 0 {
					c.Errorf(a, "unknown signal %q", a.Value)
				}
			default:
				c.IntExpr(a)
			}
			for _, a := range c.Attach() {
				if a.Special {
					c.Errorf(x, "signal can not be used with \"%s\" probes", a.Provider)
					break
				}
			}
			return ast.Void
		},
		Stmt: func(e Emitter, call *ast.Call) {
			if lit, ok := call.Args[0].(*ast.StrLit); ok {
				e.Emit(asm.Mov.Imm(asm.R1, int32(SignalNumber(lit.Value))))
			} else {
				e.IntExpr(call.Args[0])
				e.Emit(asm.Mov.Reg(asm.R1, asm.R0))
			}
			e.Call(asm.FnSendSignal)
		}})
}

// SignalNumber returns the number of a signal named "KILL" or "SIGKILL",
// or 0.
func SignalNumber(name string) int {
	name = strings.TrimPrefix(strings.ToUpper(name), "SIG")
	sigs := map[string]int{"HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "TRAP": 5, "ABRT": 6, "BUS": 7, "FPE": 8,
		"KILL": 9, "USR1": 10, "SEGV": 11, "USR2": 12, "PIPE": 13, "ALRM": 14, "TERM": 15, "STKFLT": 16,
		"CHLD": 17, "CONT": 18, "STOP": 19, "TSTP": 20, "TTIN": 21, "TTOU": 22, "URG": 23, "XCPU": 24,
		"XFSZ": 25, "VTALRM": 26, "PROF": 27, "WINCH": 28, "IO": 29, "PWR": 30, "SYS": 31}
	return sigs[name]
}
