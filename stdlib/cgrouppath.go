package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// cgroup_path(id [, filter]): a cgroup id kept with the filter and named
// when printed, "hierarchy:path" for each mounted hierarchy (matching the
// glob filter) that has a cgroup of that id (runtime/host.CgroupPath).

func init() {
	register(&Builtin{Name: "cgroup_path", Samples: []string{"cgroup_path(%s)", `cgroup_path(%s, "unified")`, `cgroup_path(cgroup, "mem*")`}, Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: `the path of a cgroup id in each cgroup hierarchy: cgroup_path(cgroup [, "unified"])`,
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			c.IntExpr(args[0])
			if len(args) == 2 {
				if _, ok := args[1].(*ast.StrLit); !ok {
					c.Errorf(args[1], "cgroup_path()'s filter must be a string literal, such as \"unified\"")
					return nil
				}
			}
			// (id, filter's string id)
			t := ast.TupleType([]*ast.Type{ast.Uint64, ast.Int64})
			t.Output = "cgroup_path"
			return t
		},
		Value: func(e Emitter, _ ast.Expr, args []ast.Expr, off int) {
			filter := ""
			if len(args) == 2 {
				filter = args[1].(*ast.StrLit).Value
			}
			id := e.AddString(filter)
			e.IntExpr(args[0])
			e.Emit(asm.StoreMem(insn.Scratch, int16(off), asm.R0, asm.DWord))
			e.Emit(insn.StoreImm64(insn.Scratch, int16(off+8), int32(id)))
		},
		Render: func(r Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			return output.StrVal(r.Host().CgroupPath(le64(b, 0), r.String(int(le64(b, 8))))), nil
		}})
}
