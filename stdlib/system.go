package stdlib

import (
	"os/exec"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// system(format, args...): a shell command run in user space when the
// event arrives (--unsafe).

func init() {
	register(&Builtin{Name: "system", Kind: Function, MinArgs: 1, MaxArgs: -1, Unsafe: true, Doc: "run a shell command (--unsafe)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type { return checkFormatted(c, x, args, "system") },
		Stmt:  formattedEvent(handleSystem)})
}

func handleSystem(r Runtime, ev *EventSpec, args []output.Value) error {
	cmd, err := formatted(r, ev, args, "system")
	if err != nil {
		return err
	}
	// As bpftrace's popen: sh -c, its stdout printed, its stderr passed
	// through.
	c := exec.Command("/bin/sh", "-c", cmd)
	c.Stderr = r.Stderr()
	out, _ := c.Output()
	r.Output(output.Event{Kind: "system", JSONType: "syscall", Text: string(out)})
	return nil
}
