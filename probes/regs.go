package probes

import (
	"fmt"
	"sort"
	"strings"

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
	LoadReg(g, a, nil, dst, name)
}

// LoadReg reads the named register of the traced task (struct pt_regs at
// the start of the context) into dst; an unknown name is an error at n.
func LoadReg(g stdlib.Emitter, a *ast.AttachInfo, n ast.Node, dst asm.Register, name string) {
	off, ok := regs(g, a).offsets[name]
	if !ok {
		g.Fail(n, "%q is not a register on %s: %s", name, g.Arch(), strings.Join(RegisterNames(g.Arch()), ", "))
		return
	}
	g.Emit(asm.LoadMem(dst, insn.Ctx, int16(off), asm.DWord))
}

// ptRegsCtx: ctx of kprobe, uprobe and usdt programs is a struct pt_regs.
func ptRegsCtx(*ast.AttachInfo) string { return "pt_regs" }

// ArgRegOffset is the offset in struct pt_regs of the register holding
// argument n at a function's entry on arch.
func ArgRegOffset(arch string, n int) (int, bool) {
	t, ok := regTables[arch]
	if !ok || n < 0 || n >= len(t.args) {
		return 0, false
	}
	return t.offsets[t.args[n]], true
}

// RegisterNames lists the registers reg() knows on arch, sorted.
func RegisterNames(arch string) []string {
	var names []string
	for n := range regTables[arch].offsets {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// stackArg is sargN at a function's entry: the 8-byte slot N above the
// return address on x86-64 (sp + 8*(N+1)), slot N at sp on arm64, which
// keeps the return address in a register; read is the helper for the
// stack's memory (kernel or user).
func stackArg(read asm.BuiltinFunc) func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident, n int) {
	return func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident, n int) {
		slot := n
		if g.Arch() == "amd64" {
			slot++
		}
		loadReg(g, a, asm.R3, "sp")
		g.Emit(asm.Add.Imm(asm.R3, int32(8*slot)))
		tmp := g.AllocScratch(8)
		g.Emit(insn.StoreImm64(insn.Scratch, int16(tmp), 0))
		g.Emit(asm.Mov.Reg(asm.R1, insn.Scratch), asm.Add.Imm(asm.R1, int32(tmp)), asm.Mov.Imm(asm.R2, 8))
		g.Call(read)
		g.CheckHelper("probe_read", e, stdlib.HelperReads)
		g.Emit(asm.LoadMem(asm.R0, insn.Scratch, int16(tmp), asm.DWord))
	}
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
