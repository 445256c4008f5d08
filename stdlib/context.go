package stdlib

import (
	"strconv"
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"

	"github.com/gtrace/gtrace/lang/ast"
)

// The probe's context: args, arg0..argN, retval and func. What they hold
// depends on the probe type; the probe types define them (package probes)
// and the checker and compiler ask the probe being compiled.

// ArgIndex reports N for the builtin argN.
func ArgIndex(name string) (int, bool) { return numbered(name, "arg") }

// numbered reports N for a name prefix followed by a number N written
// without leading zeros (arg0, sarg12).
func numbered(name, prefix string) (int, bool) {
	digits, ok := strings.CutPrefix(name, prefix)
	if !ok || digits == "" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 0 || strconv.Itoa(n) != digits {
		return 0, false
	}
	return n, true
}

// argsBuiltin is args, for builtins that take args->field apart.
var argsBuiltin = &Builtin{Name: "args", Kind: Variable, Doc: "the probe's arguments: args->name (tracepoint, fentry, fexit)",
	Check: func(c Checker, x ast.Expr, _ []ast.Expr) *ast.Type { return c.ProbeArgs(x.(*ast.Ident)) }}

// IsArgs says whether x names the probe's args.
func IsArgs(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && Lookup(id.Name) == argsBuiltin
}

// ctxBuiltin is ctx, for builtins that follow its pointers.
var ctxBuiltin = &Builtin{Name: "ctx", Kind: Variable, Doc: "the probe's context: a pointer to the kernel struct its programs get (iter: struct bpf_iter__NAME; kprobe, uprobe: struct pt_regs)",
	Check: func(c Checker, x ast.Expr, _ []ast.Expr) *ast.Type { return c.ProbeCtx(x.(*ast.Ident)) },
	Int:   func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Emit(asm.Mov.Reg(asm.R0, insn.Ctx)) }}

// IsCtx says whether x names the probe's ctx.
func IsCtx(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && Lookup(id.Name) == ctxBuiltin
}

func init() {
	register(argsBuiltin)
	register(&Builtin{Name: "argN", Kind: Variable, Doc: "argument N of the traced function: arg0, arg1, ...",
		Match: func(name string) bool { _, ok := ArgIndex(name); return ok },
		Check: func(c Checker, x ast.Expr, _ []ast.Expr) *ast.Type {
			id := x.(*ast.Ident)
			n, _ := ArgIndex(id.Name)
			return c.ProbeArg(id, n)
		},
		Int: func(e Emitter, x ast.Expr, _ []ast.Expr) {
			id := x.(*ast.Ident)
			n, _ := ArgIndex(id.Name)
			e.ProbeArg(id, n)
		}})
	register(&Builtin{Name: "retval", Kind: Variable, Doc: "return value (kretprobe, uretprobe, fexit)",
		Check: func(c Checker, x ast.Expr, _ []ast.Expr) *ast.Type { return c.ProbeRetval(x.(*ast.Ident)) },
		Int:   func(e Emitter, x ast.Expr, _ []ast.Expr) { e.ProbeRetval(x.(*ast.Ident)) }})
	register(&Builtin{Name: "func", Kind: Variable, Doc: "name of the traced function",
		Check: func(c Checker, x ast.Expr, _ []ast.Expr) *ast.Type {
			for _, a := range c.Attach() {
				if a.Func == "" {
					c.Errorf(x, "func is not available in %s probes", a.Provider)
					return nil
				}
			}
			return ast.StringType(c.Strlen())
		},
		Value: func(e Emitter, x ast.Expr, _ []ast.Expr, off int) {
			storeString(e, e.Attach().Func, off, e.Type(x))
		}})
	register(ctxBuiltin)
}
