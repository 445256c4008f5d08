package codegen

import (
	goruntime "runtime"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
)

// What depends on the probe type (its program type, how argN and retval
// are read) comes from the attach point's provider.

func (g *gen) provider() *probes.Provider {
	p := probes.Lookup(g.attach.Provider)
	if p == nil {
		g.fail(g.node, "internal error: unknown probe type %s", g.attach.Provider)
	}
	return p
}

// arch is the architecture whose pt_regs layout kprobe and uprobe
// programs read: Options.Arch, or the one gtrace runs on.
func (g *gen) arch() string {
	if g.opts.Arch != "" {
		return g.opts.Arch
	}
	return goruntime.GOARCH
}

// probeArg evaluates argN of the attach point being compiled into r0.
func (g *gen) probeArg(e *ast.Ident, n int) {
	p := g.provider()
	if p.EmitArg == nil {
		g.fail(e, "internal error: %s in a %s probe", e.Name, g.attach.Provider)
	}
	p.EmitArg(g, g.attach, e, n)
}

// probeRetval evaluates retval of the attach point being compiled into r0.
func (g *gen) probeRetval(e *ast.Ident) {
	p := g.provider()
	if p.EmitRetval == nil {
		g.fail(e, "internal error: retval in a %s probe", g.attach.Provider)
	}
	p.EmitRetval(g, g.attach, e)
}

// programSpec is the spec of the program for the attach point being
// compiled: its type, and for types bound to their target at load time,
// the target.
func (g *gen) programSpec(insns []asm.Instruction) *ebpf.ProgramSpec {
	p := g.provider()
	ps := &ebpf.ProgramSpec{Name: g.meta.Name, Type: p.ProgType, Instructions: insns, License: "GPL"}
	if p.AttachType != 0 {
		ps.AttachType, ps.AttachTo = p.AttachType, g.attach.Target
	}
	return ps
}
