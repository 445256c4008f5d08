package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
)

// override(rc): the traced kernel function returns rc at once, without
// running (bpf_override_return, --unsafe). The kernel allows it only on a
// kernel built with CONFIG_BPF_KPROBE_OVERRIDE, and only on the functions
// marked for error injection (ALLOW_ERROR_INJECTION).

func init() {
	register(&Builtin{Name: "override", Kind: Function, MinArgs: 1, MaxArgs: 1, Unsafe: true,
		Doc: "make the traced kernel function return a value at once (kprobe, --unsafe)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			c.IntExpr(args[0])
			c.ProbeOverridable(x, "override()")
			return ast.Void
		},
		Stmt: func(e Emitter, call *ast.Call) {
			e.IntExpr(call.Args[0])
			e.Emit(asm.Mov.Reg(asm.R2, asm.R0), asm.Mov.Reg(asm.R1, insn.Ctx))
			e.Call(asm.FnOverrideReturn)
		}})
}
