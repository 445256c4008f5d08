package probes

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// Registers: kprobe, uprobe and usdt programs get the traced task's
// registers (struct pt_regs) as their context.

// MaxRegArgs is how many argN a kprobe or uprobe can read from registers.
const MaxRegArgs = 6

// ptRegs gives each architecture's register offsets in struct pt_regs (as
// the BPF context of kprobe and uprobe programs sees it), the registers
// carrying the first arguments, and the one carrying the return value.
type ptRegs struct {
	offsets map[string]int
	args    []string
	ret     string
}

var regTables = map[string]ptRegs{
	// arch/x86/include/asm/ptrace.h: struct pt_regs for x86_64.
	"amd64": {
		offsets: map[string]int{
			"r15": 0, "r14": 8, "r13": 16, "r12": 24, "bp": 32, "bx": 40, "r11": 48, "r10": 56,
			"r9": 64, "r8": 72, "ax": 80, "cx": 88, "dx": 96, "si": 104, "di": 112, "orig_ax": 120,
			"ip": 128, "cs": 136, "flags": 144, "sp": 152, "ss": 160,
		},
		args: []string{"di", "si", "dx", "cx", "r8", "r9"},
		ret:  "ax",
	},
	// arch/arm64/include/asm/ptrace.h: user_pt_regs {regs[31], sp, pc, pstate}.
	"arm64": func() ptRegs {
		t := ptRegs{offsets: map[string]int{"sp": 31 * 8, "pc": 32 * 8, "pstate": 33 * 8}, ret: "x0"}
		for i := 0; i < 31; i++ {
			t.offsets[fmt.Sprintf("x%d", i)] = 8 * i
		}
		t.offsets["fp"], t.offsets["lr"] = 29*8, 30*8
		for i := 0; i < 8; i++ {
			t.args = append(t.args, fmt.Sprintf("x%d", i))
		}
		return t
	}(),
}

func regs(g stdlib.Emitter, a *ast.AttachInfo) ptRegs {
	t, ok := regTables[g.Arch()]
	if !ok {
		g.Fail(nil, "%s probes are not supported on %s", a.Provider, g.Arch())
	}
	return t
}

// loadReg reads the named pt_regs register into dst.
func loadReg(g stdlib.Emitter, a *ast.AttachInfo, dst asm.Register, name string) {
	off, ok := regs(g, a).offsets[name]
	if !ok {
		g.Fail(nil, "register %s is not known on %s", name, g.Arch())
	}
	g.Emit(asm.LoadMem(dst, insn.Ctx, int16(off), asm.DWord))
}

// regArg is argN of a kprobe or uprobe: the registers of the calling
// convention (user says the value points to user memory).
func regArg(user bool) func(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident, n int) *ast.Type {
	return func(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident, n int) *ast.Type {
		if n >= MaxRegArgs {
			c.Errorf(e, "%s: only arg0 to arg%d are available", a.Provider, MaxRegArgs-1)
			return nil
		}
		return &ast.Type{Kind: ast.KInt, Size: 8, UserPtr: user}
	}
}

func emitRegArg(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident, n int) {
	r := regs(g, a)
	if n >= len(r.args) {
		g.Fail(e, "%s is not available on %s", e.Name, g.Arch())
	}
	loadReg(g, a, asm.R0, r.args[n])
}

// retReg is retval of a kretprobe or uretprobe: the return register.
func retReg(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident) *ast.Type { return ast.Uint64 }

func emitRetReg(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident) {
	loadReg(g, a, asm.R0, regs(g, a).ret)
}
