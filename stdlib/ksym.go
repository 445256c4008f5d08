package stdlib

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// Symbols: ksym() and usym() keep an address (usym also the pid, to find
// the process's mappings) and name it when printed; kaddr() is a kernel
// symbol's address, looked up when the program is loaded.

func init() {
	register(&Builtin{Name: "ksym", Samples: []string{"ksym(%s)"}, Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "kernel symbol name of an address",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			c.IntExpr(args[0])
			return &ast.Type{Kind: ast.KInt, Size: 8, Output: "ksym"}
		},
		Int: func(e Emitter, _ ast.Expr, args []ast.Expr) { e.IntExpr(args[0]) },
		Render: func(r Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			return output.StrVal(r.Host().KernelSymbol(le64(b, 0), false)), nil
		}})
	register(&Builtin{Name: "usym", Samples: []string{"usym(%s)"}, Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "user symbol name of an address in the current process",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			c.IntExpr(args[0])
			// (address, pid)
			t := ast.TupleType([]*ast.Type{ast.Uint64, ast.Uint64})
			t.Output = "usym"
			return t
		},
		Value: func(e Emitter, _ ast.Expr, args []ast.Expr, off int) {
			e.IntExpr(args[0])
			e.Emit(asm.StoreMem(insn.Scratch, int16(off), asm.R0, asm.DWord))
			storePid(e, off+8)
		},
		Render: func(r Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			return output.StrVal(r.Host().UserSymbol(le64(b, 0), uint32(le64(b, 8)), false, false)), nil
		}})
	register(&Builtin{Name: "kaddr", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "address of a kernel symbol",
		Check: checkConstStringArg("kaddr"),
		Int: func(e Emitter, _ ast.Expr, args []ast.Expr) {
			name := constArg(e, args[0])
			e.Patch(asm.R0, func(r Runtime) (int64, error) {
				a, err := r.Host().KernelSymbolAddr(name)
				if err != nil {
					return 0, fmt.Errorf("kaddr(%q): %w", name, err)
				}
				return int64(a), nil
			})
		}})
}

// storePid writes the current process's pid at scratch offset off.
func storePid(e Emitter, off int) {
	e.Call(asm.FnGetCurrentPidTgid)
	e.Emit(asm.RSh.Imm(asm.R0, 32))
	e.Emit(asm.StoreMem(insn.Scratch, int16(off), asm.R0, asm.DWord))
}

// checkConstStringArg is the type rule of fn("name") returning a
// uint64: the name is known when the script compiles (a literal, $1 or
// str($1)); constArg reads it back in the code generation.
func checkConstStringArg(fn string) func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
	return func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
		arg := args[0]
		if call, ok := arg.(*ast.Call); ok && call.Name == "str" && len(call.Args) == 1 {
			arg = call.Args[0] // kaddr(str($1)), as bpftrace writes it
		}
		s, ok := c.ConstString(arg)
		if !ok {
			c.Errorf(args[0], "%s() needs a string known when the script compiles: a literal, $1 or str($1)", fn)
			return nil
		}
		c.Note(args[0], s)
		return ast.Uint64
	}
}

// constArg is the string checkConstStringArg found in arg.
func constArg(e Emitter, arg ast.Expr) string { return e.Note(arg).(string) }
