package stdlib

import (
	"fmt"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"
)

// The current task: its ids, its name, its task_struct and its cgroup.

func init() {
	uint64Var := func(name, doc string, emit func(e Emitter)) {
		register(&Builtin{Name: name, Kind: Variable, Doc: doc, Samples: []string{name},
			Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type { return ast.IntType(8, false) },
			Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { emit(e) }})
	}
	for _, id := range []struct {
		name, doc string
		tgid      bool
	}{
		{"pid", "process id (tgid) of the current task, in gtrace's pid namespace: pid, pid(curr_ns); pid(init) in the initial one", true},
		{"tid", "thread id of the current task, in gtrace's pid namespace: tid, tid(curr_ns); tid(init) in the initial one", false},
	} {
		register(&Builtin{Name: id.name, Kind: Function, Bare: true, MaxArgs: 1, Doc: id.doc,
			Samples: []string{id.name, id.name + "(curr_ns)", id.name + "(init)"},
			Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
				ns, err := pidNamespace(c, x, args)
				if err != "" {
					c.Errorf(args[0], "%s() takes curr_ns (gtrace's pid namespace, the default) or init (the initial one)%s", id.name, err)
					return nil
				}
				c.Note(x, ns)
				return ast.IntType(8, false)
			},
			Int: func(e Emitter, x ast.Expr, _ []ast.Expr) {
				ns, _ := e.Note(x).(*host.PidNS) // nil: the initial namespace
				emitTaskID(e, ns, id.tgid)
			}})
	}
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

// pidNamespace is the namespace pid() and tid() answer in: nil for the
// initial one (init, or gtrace's when it runs there).
func pidNamespace(c Checker, x ast.Expr, args []ast.Expr) (*host.PidNS, string) {
	if len(args) == 1 {
		id, ok := args[0].(*ast.Ident)
		switch {
		case !ok:
			return nil, " as a name"
		case id.Name == "init":
			return nil, ""
		case id.Name != "curr_ns":
			return nil, fmt.Sprintf(", not %s", id.Name)
		}
	}
	ns, err := host.OwnPidNS()
	if err != nil {
		c.Warnf(x, "%v: the ids are those of the initial pid namespace", err)
		return nil, ""
	}
	if ns.Initial() {
		return nil, ""
	}
	return ns, ""
}

// emitTaskID leaves the current task's process id (tgid) or thread id
// in r0: as the initial pid namespace numbers it, or (ns) as ns does,
// 0 for a task that is not in ns itself.
func emitTaskID(e Emitter, ns *host.PidNS, tgid bool) {
	if ns == nil {
		e.Call(asm.FnGetCurrentPidTgid)
		if tgid {
			e.Emit(asm.RSh.Imm(asm.R0, 32))
		} else {
			e.Truncate(asm.R0, 4)
		}
		return
	}
	// struct bpf_pidns_info { u32 pid; u32 tgid; }, zeroed by the
	// helper when the task is in another namespace.
	tmp := e.AllocScratch(8)
	e.LoadConst(asm.R1, int64(ns.Dev))
	e.LoadConst(asm.R2, int64(ns.Ino))
	e.ScratchAddr(asm.R3, tmp)
	e.Emit(asm.Mov.Imm(asm.R4, 8))
	e.Call(asm.FnGetNsCurrentPidTgid)
	off := int16(tmp)
	if tgid {
		off += 4
	}
	e.Emit(asm.LoadMem(asm.R0, insn.Scratch, off, asm.Word))
}
