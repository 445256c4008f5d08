package stdlib

import (
	"fmt"
	"io"
	"os"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// cat(format, args...): the file named by the formatted path is read and
// printed in user space when the event arrives, its first
// BPFTRACE_CAT_BYTES_MAX bytes (10240 by default), as bpftrace prints.

func init() {
	register(&Builtin{Name: "cat", Kind: Function, MinArgs: 1, MaxArgs: -1, Doc: "print the contents of a file",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type { return checkFormatted(c, x, args, "cat") },
		Stmt:  formattedEvent(handleCat)})
}

func handleCat(r Runtime, ev *EventSpec, args []output.Value) error {
	path, err := formatted(r, ev, args, "cat")
	if err != nil {
		return err
	}
	data, err := readAtMost(path, r.CatBytesMax())
	if err != nil {
		// bpftrace's words: the run goes on.
		fmt.Fprintf(r.Stderr(), "ERROR: failed to open file '%s': %s\n", path, output.ErrnoText(err))
		return nil
	}
	r.Output(output.Event{Kind: "cat", Text: string(data)})
	return nil
}

// readAtMost reads the first n bytes of the file at path (all of a
// shorter one).
func readAtMost(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, int64(n)))
}
