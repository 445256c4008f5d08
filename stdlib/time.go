package stdlib

import (
	"fmt"
	"strings"
	"time"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// time() prints the wall-clock time when its event is handled;
// strftime() is a timestamp kept with its format and formatted when it
// is printed.

func init() {
	register(&Builtin{Name: "time", Kind: Function, MinArgs: 0, MaxArgs: 1, Doc: "print the wall-clock time with a strftime format (default \"%H:%M:%S\\n\")",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			if len(args) == 1 {
				if _, ok := args[0].(*ast.StrLit); !ok {
					c.Errorf(args[0], "time() needs a string literal as its format")
					return nil
				}
			}
			return ast.Void
		},
		Stmt: func(e Emitter, call *ast.Call) {
			format := "%H:%M:%S\n"
			if len(call.Args) == 1 {
				format = call.Args[0].(*ast.StrLit).Value
			}
			e.Event(&EventSpec{Handle: handleTime, Format: format, Pos: call.Pos}, nil)
		}})
	register(&Builtin{Name: "strftime", Samples: []string{`strftime("%H:%M:%S", %s)`, `strftime("%Y-%m-%d %S.%f", %s)`}, Kind: Function, MinArgs: 2, MaxArgs: 2, Doc: "a timestamp (nsecs) formatted with a strftime format when printed",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			if _, ok := args[0].(*ast.StrLit); !ok {
				c.Errorf(args[0], "strftime() needs a string literal as its format")
				return nil
			}
			c.IntExpr(args[1])
			// (format id, nsecs)
			t := ast.TupleType([]*ast.Type{ast.Int64, ast.Uint64})
			t.Output = "strftime"
			return t
		},
		Value: func(e Emitter, _ ast.Expr, args []ast.Expr, off int) {
			id := e.AddString(args[0].(*ast.StrLit).Value)
			e.IntExpr(args[1])
			e.Emit(asm.StoreMem(insn.Scratch, int16(off+8), asm.R0, asm.DWord))
			e.Emit(insn.StoreImm64(insn.Scratch, int16(off), int32(id)))
		},
		Render: func(r Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			tm := r.BootTime().Add(time.Duration(le64(b, 8)))
			return output.StrVal(output.Strftime(withMicroseconds(r.String(int(le64(b, 0))), tm), tm)), nil
		}})
}

func handleTime(r Runtime, ev *EventSpec, _ []output.Value) error {
	r.Output(output.Event{Kind: "time", Text: output.Strftime(ev.Format, time.Now())})
	return nil
}

// withMicroseconds puts tm's microseconds (six digits) for each %f of a
// strftime() format, as bpftrace does; time() keeps %f as it is.
func withMicroseconds(format string, tm time.Time) string {
	if !strings.Contains(format, "%f") {
		return format
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] == '%' && i+1 < len(format) {
			switch format[i+1] {
			case 'f':
				fmt.Fprintf(&b, "%06d", tm.Nanosecond()/1000)
				i++
				continue
			case '%':
				b.WriteString("%%")
				i++
				continue
			}
		}
		b.WriteByte(format[i])
	}
	return b.String()
}
