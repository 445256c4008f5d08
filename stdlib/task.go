package stdlib

import (
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
)

// The current task: its ids, its name, its task_struct and its cgroup.

func init() {
	uint64Var := func(name, doc string, emit func(e Emitter)) {
		register(&Builtin{Name: name, Kind: Variable, Doc: doc, Samples: []string{name},
			Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.IntType(8, false) },
			Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { emit(e) }})
	}
	uint64Var("pid", "process id (tgid) of the current task", func(e Emitter) {
		e.Call(asm.FnGetCurrentPidTgid)
		e.Emit(asm.RSh.Imm(asm.R0, 32))
	})
	uint64Var("tid", "thread id of the current task", func(e Emitter) {
		e.Call(asm.FnGetCurrentPidTgid)
		e.Truncate(asm.R0, 4)
	})
	uint64Var("uid", "user id of the current task", func(e Emitter) {
		e.Call(asm.FnGetCurrentUidGid)
		e.Truncate(asm.R0, 4)
	})
	uint64Var("gid", "group id of the current task", func(e Emitter) {
		e.Call(asm.FnGetCurrentUidGid)
		e.Emit(asm.RSh.Imm(asm.R0, 32))
	})
	register(&Builtin{Name: "comm", Kind: Variable, Doc: "name of the current task (16 bytes)",
		Check: func(c Checker, _ ast.Expr, _ []ast.Expr) *ast.Type {
			// TASK_COMM_LEN: 15 characters and the terminator, as in bpftrace.
			return ast.StringType(min(16, c.Strlen()))
		},
		Value: func(e Emitter, x ast.Expr, _ []ast.Expr, off int) {
			t := e.Type(x)
			e.Zero(off, t.StorageSize())
			e.ScratchAddr(asm.R1, off)
			e.Emit(asm.Mov.Imm(asm.R2, int32(min(16, t.Size))))
			e.Call(asm.FnGetCurrentComm)
		}})
	register(&Builtin{Name: "curtask", Kind: Variable, Doc: "address of the current task_struct",
		Check: func(c Checker, _ ast.Expr, _ []ast.Expr) *ast.Type {
			t := &ast.Type{Kind: ast.KInt, Size: 8, Pointer: true}
			if spec, err := c.KernelTypes(); err == nil {
				var task *btf.Struct
				if spec.TypeByName("task_struct", &task) == nil {
					t.Elem = task
				}
			}
			return t
		},
		Int: func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnGetCurrentTask) }})
	register(&Builtin{Name: "cgroup", Kind: Variable, Samples: []string{"cgroup"}, Doc: "cgroup v2 id of the current task",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.Uint64 },
		Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnGetCurrentCgroupId) }})
}
