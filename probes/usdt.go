package probes

import (
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// usdt:PATH:[PROVIDER:]NAME: a user-space static probe from the file's
// .note.stapsdt notes; its arguments are where the note says (a
// register, memory, a constant).

// USDT is the provider, for the runtime.
var USDT = register(&Provider{
	Name: "usdt", Aliases: map[string]string{"U": "usdt"},
	Usage: "usdt:/path/to/binary:[provider:]name", ProgType: ebpf.Kprobe, Ctx: ptRegsCtx,
	Expand: func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo { return eachBinary(x, ap, expandUSDT) },
	Arg: func(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident, n int) *ast.Type {
		if n >= len(a.USDT.Args) {
			c.Errorf(e, "%s has %d argument%s: %s is not one", a.Name, len(a.USDT.Args), plural(len(a.USDT.Args)), e.Name)
			return nil
		}
		// bpftrace v0.17 types them uint64 (negative values sign-extended).
		return &ast.Type{Kind: ast.KInt, Size: 8, UserPtr: true}
	},
	EmitArg: func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident, n int) { emitUSDTArg(g, a, a.USDT.Args[n]) },
})

func expandUSDT(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
	if len(ap.Parts) < 2 || len(ap.Parts) > 3 || ap.Parts[0] == "" || ap.Parts[len(ap.Parts)-1] == "" {
		x.Errorf(ap, "usdt needs a binary and a probe: usdt:/path/to/binary:[provider:]name")
		return nil
	}
	res := x.HostSymbols()
	if res == nil {
		x.Errorf(ap, "usdt: probes are not available: no resolver")
		return nil
	}
	if pid := x.PID(); pid != 0 && len(ap.Parts) == 2 && !strings.Contains(ap.Parts[0], "/") {
		// With -p, usdt:provider:name is in whatever the process mapped.
		if out := usdtInProcess(x, res, ap, pid); out != nil {
			return out
		}
	}
	path, shown, err := resolveBinary(x, res, ap.Parts[0])
	if err != nil {
		x.Errorf(ap, "usdt: %v", err)
		return nil
	}
	provider, name := "*", ap.Parts[1]
	if len(ap.Parts) == 3 {
		provider, name = ap.Parts[1], ap.Parts[2]
	}
	list, err := res.USDTProbes(path, provider, name)
	if err != nil {
		x.Errorf(ap, "usdt: %v", err)
		return nil
	}
	if len(list) == 0 {
		x.Missing(ap, "usdt: %s has no probe %s:%s", path, provider, name)
		return nil
	}
	var out []*ast.AttachInfo
	for i := range list {
		u := list[i]
		out = append(out, &ast.AttachInfo{Provider: ap.Provider, Name: "usdt:" + shown + ":" + u.Provider + ":" + u.Name,
			Path: path, Func: u.Name, USDT: &u})
	}
	return out
}

// emitUSDTArg evaluates one USDT argument, as its note describes it,
// into r0.
func emitUSDTArg(g stdlib.Emitter, a *ast.AttachInfo, u ast.USDTArg) {
	switch u.Kind {
	case ast.USDTConst:
		g.LoadConst(asm.R0, u.Value)
		return
	case ast.USDTReg:
		loadReg(g, a, asm.R0, u.Reg)
	case ast.USDTMem, ast.USDTGlobal:
		// The operand's address in r3: base + index*scale + offset, or
		// the variable's (moved by the load shift, ip - PC, in a PIE).
		if u.Kind == ast.USDTMem {
			loadReg(g, a, asm.R3, u.Reg)
			if u.Index != "" {
				loadReg(g, a, asm.R1, u.Index)
				if u.Scale > 1 {
					g.Emit(asm.Mul.Imm(asm.R1, int32(u.Scale)))
				}
				g.Emit(asm.Add.Reg(asm.R3, asm.R1))
			}
		} else {
			g.LoadConst(asm.R3, int64(u.Addr))
			if a.USDT.PIE {
				loadReg(g, a, asm.R1, "ip")
				g.Emit(asm.Add.Reg(asm.R3, asm.R1))
				g.LoadConst(asm.R1, int64(a.USDT.PC))
				g.Emit(asm.Sub.Reg(asm.R3, asm.R1))
			}
		}
		if u.Offset != 0 {
			g.LoadConst(asm.R1, u.Offset)
			g.Emit(asm.Add.Reg(asm.R3, asm.R1))
		}
		off := g.AllocScratch(8)
		g.Emit(insn.StoreImm64(insn.Scratch, int16(off), 0))
		g.ScratchAddr(asm.R1, off)
		g.Emit(asm.Mov.Imm(asm.R2, int32(u.Size)))
		g.Call(asm.FnProbeReadUser)
		g.Emit(asm.LoadMem(asm.R0, insn.Scratch, int16(off), asm.DWord))
	}
	if u.Signed {
		g.SignExtend(asm.R0, u.Size)
	} else {
		g.Truncate(asm.R0, u.Size)
	}
}

// usdtInProcess expands usdt:provider:name over every object process pid
// has mapped; nil when none has the probe (the attach point may then name
// a binary and a probe).
func usdtInProcess(x Expander, res HostSymbols, ap *ast.AttachPoint, pid int) []*ast.AttachInfo {
	objs, err := res.MappedObjects(pid)
	if err != nil {
		return nil
	}
	// As the process sees them: expandUSDT finds them in its root.
	root := res.ProcessRoot(pid)
	var out []*ast.AttachInfo
	for _, path := range objs {
		one := *ap
		one.Parts = append([]string{strings.TrimPrefix(path, root)}, ap.Parts...)
		out = append(out, expandUSDT(quietMissing{x}, &one)...)
	}
	return out
}
