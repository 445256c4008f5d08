package stdlib

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/lang/ast"
)

func init() {
	register(&Builtin{Name: "cgroupid", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "cgroup v2 id of a cgroup path",
		Check: checkConstStringArg("cgroupid"),
		Int: func(e Emitter, _ ast.Expr, args []ast.Expr) {
			name := constArg(e, args[0])
			e.Patch(asm.R0, func(Runtime) (int64, error) {
				// A cgroup's id is the inode of its cgroup v2 directory.
				path := name
				if !strings.HasPrefix(path, "/sys/fs/cgroup") {
					path = "/sys/fs/cgroup/" + strings.TrimPrefix(path, "/")
				}
				var st unix.Stat_t
				if err := unix.Stat(path, &st); err != nil {
					return 0, fmt.Errorf("cgroupid(%q): %w", name, err)
				}
				return int64(st.Ino), nil
			})
		}})
}
