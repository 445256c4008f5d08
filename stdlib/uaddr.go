package stdlib

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// uaddr("name"): the address of a variable of the probe's binary in the
// traced process. In a position-independent binary (or a library) the
// address moves with where the process loaded it: the probe then adds
// that shift, which it learns from its own instruction pointer (the
// probed function's, or the USDT site's, address in the file is known),
// so uprobe and usdt probes have it, but not uretprobes.

func init() {
	register(&Builtin{Name: "uaddr", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "address of a variable of the probed binary",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			if _, ok := args[0].(*ast.StrLit); !ok {
				c.Errorf(args[0], "uaddr() needs a symbol's name as a string literal")
				return nil
			}
			for _, a := range c.Attach() {
				if a.Path == "" {
					c.Errorf(x, "uaddr() is available in uprobe, uretprobe and usdt probes, not %s", a.Provider)
					return nil
				}
			}
			return &ast.Type{Kind: ast.KInt, Size: 8, Pointer: true, UserPtr: true}
		},
		Int: func(e Emitter, x ast.Expr, args []ast.Expr) {
			name := args[0].(*ast.StrLit).Value
			a := e.Attach()
			// r0 = ip * moves + (symbol - site): both patched at load.
			e.LoadReg(x, "ip")
			e.Patch(asm.R1, func(r Runtime) (int64, error) {
				_, pie, err := r.Host().DataSymbol(a.Path, name)
				if err != nil || !pie {
					return 0, nil
				}
				return 1, nil
			})
			e.Emit(asm.Mul.Reg(asm.R0, asm.R1))
			e.Patch(asm.R1, func(r Runtime) (int64, error) {
				sym, pie, err := r.Host().DataSymbol(a.Path, name)
				if err != nil {
					return 0, fmt.Errorf("uaddr(%q): %w", name, err)
				}
				if !pie {
					return int64(sym), nil
				}
				site, err := probeSite(r, a)
				if err != nil {
					return 0, fmt.Errorf("uaddr(%q) in %s: %w", name, a.Name, err)
				}
				return int64(sym - site), nil
			})
			e.Emit(asm.Add.Reg(asm.R0, asm.R1))
		}})
}

// probeSite is the address in its file of the instruction a uprobe or
// usdt probe stops at.
func probeSite(r Runtime, a *ast.AttachInfo) (uint64, error) {
	switch {
	case a.USDT != nil:
		return a.USDT.PC, nil
	case a.Address != 0:
		return a.Address, nil
	case a.Func != "" && !a.AtReturn:
		fn, err := r.Host().FunctionAddr(a.Path, a.Func)
		return fn + a.Offset, err
	}
	return 0, fmt.Errorf("a return probe does not know where the binary was loaded (it is position-independent): use a uprobe")
}
