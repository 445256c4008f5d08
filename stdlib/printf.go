package stdlib

import (
	"fmt"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// printf(): the arguments travel in an event record and are formatted in
// user space, byte for byte as bpftrace's printf (output.Sprintf).

func init() {
	register(&Builtin{Name: "printf", Kind: Function, MinArgs: 1, MaxArgs: -1, Doc: "print formatted text",
		Check: checkPrintf,
		Stmt:  formattedEvent(handlePrintf)})
}

func checkPrintf(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
	lit, ok := args[0].(*ast.StrLit)
	if !ok {
		c.Errorf(args[0], "printf() needs a string literal as its format")
		return nil
	}
	verbs, ok := checkFormat(c, lit, "printf", len(args)-1, x)
	if !ok {
		return nil
	}
	for i, a := range args[1:] {
		t := c.Expr(a)
		if t == nil || i >= len(verbs) {
			continue
		}
		switch {
		case !t.Storable():
			c.Errorf(a, "cannot format %s%s", t, ast.StructHint(t))
		case t.Kind == ast.KStruct || t.Kind == ast.KArray:
			c.Errorf(a, "printf cannot format %s: print() it, or format its members", t)
		case verbs[i].Verb == "s":
		case verbs[i].IntArg() && (t.Kind != ast.KInt || t.Output != ""):
			c.Errorf(a, "%%%s needs an integer, not %s: use %%s", verbs[i].Verb, t)
		case !verbs[i].IntArg() && t.Kind != ast.KString && t.Output != "buf":
			c.Errorf(a, "%%%s needs a string, not %s", verbs[i].Verb, t)
		}
	}
	return ast.Void
}

func handlePrintf(r Runtime, ev *EventSpec, args []output.Value) error {
	s, err := formatted(r, ev, args, "printf")
	if err != nil {
		return err
	}
	r.Output(output.Event{Kind: "printf", Text: s})
	return nil
}

// formatted is an event's format filled with its arguments (printf,
// cat's path, system's command); integers cut by their conversion are
// counted.
func formatted(r Runtime, ev *EventSpec, args []output.Value, fn string) (string, error) {
	s, cut, err := output.SprintfCut(ev.Format, args)
	if err != nil {
		return "", fmt.Errorf("%s: %s: %w", ev.Pos, fn, err)
	}
	if cut > 0 {
		r.Cut(CutPrintf, uint64(cut))
	}
	return s, nil
}

// formattedEvent compiles fn(format, args...) to an event of the
// arguments, handled by handle.
func formattedEvent(handle Handler) func(e Emitter, call *ast.Call) {
	return func(e Emitter, call *ast.Call) {
		e.Event(&EventSpec{Handle: handle, Format: call.Args[0].(*ast.StrLit).Value, Pos: call.Pos}, call.Args[1:])
	}
}

// checkFormat parses a format literal of printf(), system() or cat() and
// checks that as many arguments follow as it has conversions.
func checkFormat(c Checker, lit *ast.StrLit, fn string, nargs int, call ast.Node) ([]output.PrintfVerb, bool) {
	verbs, err := output.ParsePrintf(lit.Value)
	if err != nil {
		c.Errorf(lit, "%v", err)
		return nil, false
	}
	if len(verbs) != nargs {
		hint := ""
		if u := output.UnknownConversion(lit.Value); u != "" {
			hint = fmt.Sprintf("; %q is not a conversion gtrace knows (use %%%% for a literal %%)", u)
		}
		c.Errorf(call, "%s() format has %d conversion%s but %d argument%s given%s", fn, len(verbs), plural(len(verbs)), nargs, plural(nargs), hint)
	}
	return verbs, true
}

// checkFormatted checks a format and arguments that are only printed with
// %s-like conversions (system(), cat()).
func checkFormatted(c Checker, x ast.Expr, args []ast.Expr, fn string) *ast.Type {
	lit, ok := args[0].(*ast.StrLit)
	if !ok {
		c.Errorf(args[0], "%s() needs a string literal as its format", fn)
		return nil
	}
	if _, ok := checkFormat(c, lit, fn, len(args)-1, x); !ok {
		return nil
	}
	for _, a := range args[1:] {
		if t := c.Expr(a); t != nil && !t.Storable() {
			c.Errorf(a, "cannot format %s%s", t, ast.StructHint(t))
		}
	}
	return ast.Void
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// CutPrintf counts integers printed by a 32-bit conversion (%d, %u, %x...
// without l) that did not fit it: cut as C cuts them, and reported.
var CutPrintf = output.RegisterCut(output.CutKind{Name: "printf", One: "printf integer", Many: "printf integers",
	Rest:  "did not fit a %d-bit conversion and were cut; use %%ld, %%lu or %%lx",
	Limit: func(int) int { return 32 }})
