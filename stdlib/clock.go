package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// nsecs and elapsed: the monotonic clock bpf_ktime_get_ns() reads.

func init() {
	register(&Builtin{Name: "nsecs", Kind: Variable, Samples: []string{"nsecs"}, Doc: "monotonic time in nanoseconds",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.Uint64 },
		Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnKtimeGetNs) }})
	register(&Builtin{Name: "elapsed", Kind: Variable, Samples: []string{"elapsed"}, Doc: "nanoseconds since gtrace started",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.Uint64 },
		Int: func(e Emitter, _ ast.Expr, _ []ast.Expr) {
			e.Call(asm.FnKtimeGetNs)
			e.Patch(asm.R1, func(r Runtime) (int64, error) { return r.StartNs(), nil })
			e.Emit(asm.Sub.Reg(asm.R0, asm.R1))
		}})
}
