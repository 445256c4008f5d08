package stdlib

import (
	"fmt"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// print(): a value travels in an event; a whole map is read by the
// runtime when the event arrives (print(@m, top, div)).

func init() {
	register(&Builtin{Name: "print", Kind: Function, MinArgs: 1, MaxArgs: 3, Doc: "print a value, or a map (top N, divided by D)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			if m, ok := args[0].(*ast.MapRef); ok && m.Keys == nil {
				c.MapRead(m, true)
				for _, a := range args[1:] {
					if _, ok := c.ConstInt(a); !ok {
						c.Errorf(a, "print() top and divisor must be constant integers")
					}
				}
				return ast.Void
			}
			if len(args) > 1 {
				c.Errorf(args[1], "print() takes top and divisor only for a whole map")
				return nil
			}
			t := c.Expr(args[0])
			if t != nil && !t.Storable() {
				c.Errorf(args[0], "cannot print %s", t)
			}
			return ast.Void
		},
		Stmt: func(e Emitter, call *ast.Call) {
			if m, ok := call.Args[0].(*ast.MapRef); ok && m.Keys == nil {
				ev := &EventSpec{Handle: handlePrintMap, Map: m.Name, Pos: call.Pos}
				if len(call.Args) > 1 {
					ev.Top = e.ConstArg(call.Args[1])
				}
				if len(call.Args) > 2 {
					ev.Div = e.ConstArg(call.Args[2])
				}
				e.Event(ev, nil)
				return
			}
			e.Event(&EventSpec{Handle: handlePrintValue, Pos: call.Pos}, call.Args[:1])
		}})
}

func handlePrintMap(r Runtime, ev *EventSpec, _ []output.Value) error {
	d, err := r.ReadMap(ev.Map)
	if err != nil {
		return err
	}
	r.Output(output.Event{Kind: "print", Map: d, Top: int(ev.Top), Div: int(ev.Div)})
	return nil
}

func handlePrintValue(r Runtime, ev *EventSpec, args []output.Value) error {
	if len(args) != 1 {
		return fmt.Errorf("%s: print with %d arguments", ev.Pos, len(args))
	}
	r.Output(output.Event{Kind: "print", Value: &args[0]})
	return nil
}
