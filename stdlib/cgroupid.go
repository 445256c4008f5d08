package stdlib

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"
)

func init() {
	register(&Builtin{Name: "cgroupid", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "cgroup v2 id of a cgroup path",
		Check: checkConstStringArg("cgroupid"),
		Int: func(e Emitter, _ ast.Expr, args []ast.Expr) {
			name := constArg(e, args[0])
			e.Patch(asm.R0, func(Runtime) (int64, error) {
				id, err := host.CgroupID(name)
				if err != nil {
					return 0, fmt.Errorf("cgroupid(%q): %w", name, err)
				}
				return int64(id), nil
			})
		}})
}
