package codegen

import (
	"fmt"
	goruntime "runtime"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// Context access that depends on the probe type: probe arguments, return
// values, the traced function.
//
// kprobe, uprobe and usdt programs get the traced task's registers
// (struct pt_regs); raw tracepoint, fentry and fexit programs get an array
// of u64 arguments (fexit's return value follows the arguments).

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

// arch is the architecture whose pt_regs layout kprobe and uprobe
// programs read: Options.Arch, or the one gtrace runs on.
func (g *gen) arch() string {
	if g.opts.Arch != "" {
		return g.opts.Arch
	}
	return goruntime.GOARCH
}

func (g *gen) regs() ptRegs {
	t, ok := regTables[g.arch()]
	if !ok {
		g.fail(g.node, "%s probes are not supported on %s", g.attach.Provider, g.arch())
	}
	return t
}

// loadReg reads the named pt_regs register into dst.
func (g *gen) loadReg(dst asm.Register, name string) {
	off, ok := g.regs().offsets[name]
	if !ok {
		g.fail(g.node, "register %s is not known on %s", name, g.arch())
	}
	g.emit(asm.LoadMem(dst, regCtx, int16(off), asm.DWord))
}

// probeArg evaluates argN of the attach point being compiled into r0.
func (g *gen) probeArg(e *ast.Ident, n int) {
	a := g.attach
	switch a.Provider {
	case "kprobe", "uprobe":
		regs := g.regs()
		if n >= len(regs.args) {
			g.fail(e, "%s is not available on %s", e.Name, g.arch())
		}
		g.loadReg(asm.R0, regs.args[n])
	case "rawtracepoint":
		// Each argument fills a u64 slot; narrower typed ones are
		// cut to their width.
		g.emit(asm.LoadMem(asm.R0, regCtx, int16(8*n), asm.DWord))
		if t := g.typ(e); t.Signed {
			g.signExtend(asm.R0, t.Size)
		} else {
			g.truncate(asm.R0, t.Size)
		}
	case "usdt":
		g.usdtArg(a.USDT.Args[n])
	default:
		g.fail(e, "internal error: %s in a %s probe", e.Name, a.Provider)
	}
}

// probeRetval evaluates retval of the attach point being compiled into r0.
func (g *gen) probeRetval(e *ast.Ident) {
	a := g.attach
	switch a.Provider {
	case "kretprobe", "uretprobe":
		g.loadReg(asm.R0, g.regs().ret)
	case "fexit", "kretfunc":
		g.emit(asm.LoadMem(asm.R0, regCtx, int16(8*a.NArgs), asm.DWord))
		t := a.Return
		if t != nil && t.Size < 8 {
			if t.Signed {
				g.signExtend(asm.R0, t.Size)
			} else {
				g.truncate(asm.R0, t.Size)
			}
		}
	default:
		g.fail(e, "internal error: retval in a %s probe", a.Provider)
	}
}

// usdtArg evaluates one USDT argument, as its note describes it, into r0.
func (g *gen) usdtArg(u ast.USDTArg) {
	switch u.Kind {
	case ast.USDTConst:
		g.loadConst(asm.R0, u.Value)
		return
	case ast.USDTReg:
		g.loadReg(asm.R0, u.Reg)
	case ast.USDTMem:
		off := g.allocScratch(8)
		g.emit(insn.StoreImm64(regScratch, int16(off), 0))
		g.loadReg(asm.R3, u.Reg)
		if u.Offset != 0 {
			g.loadConst(asm.R1, u.Offset)
			g.emit(asm.Add.Reg(asm.R3, asm.R1))
		}
		g.scratchAddr(asm.R1, off)
		g.emit(asm.Mov.Imm(asm.R2, int32(u.Size)))
		g.call(asm.FnProbeReadUser)
		g.emit(asm.LoadMem(asm.R0, regScratch, int16(off), asm.DWord))
	}
	if u.Signed {
		g.signExtend(asm.R0, u.Size)
	} else {
		g.truncate(asm.R0, u.Size)
	}
}

func progType(provider string) ebpf.ProgramType {
	switch provider {
	case "tracepoint":
		return ebpf.TracePoint
	case "interval", "profile", "software", "hardware":
		return ebpf.PerfEvent
	case "kprobe", "kretprobe", "uprobe", "uretprobe", "usdt":
		return ebpf.Kprobe
	case "fentry", "fexit", "kfunc", "kretfunc":
		return ebpf.Tracing
	}
	return ebpf.RawTracepoint // rawtracepoint; BEGIN and END run through BPF_PROG_TEST_RUN
}

// attachSpec fills in what the loader needs to know about the attach point
// of program types bound to it at load time.
func attachSpec(ps *ebpf.ProgramSpec, a *ast.AttachInfo) {
	switch a.Provider {
	case "fentry", "kfunc":
		ps.AttachType, ps.AttachTo = ebpf.AttachTraceFEntry, a.Target
	case "fexit", "kretfunc":
		ps.AttachType, ps.AttachTo = ebpf.AttachTraceFExit, a.Target
	}
}
