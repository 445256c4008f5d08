package runtime

import (
	"fmt"
	"io"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// The kernel half of each probe type: is it supported here, how its
// programs attach, how its probes are listed. Each probe_*.go file
// registers the half of its providers (package probes holds the pure
// half); run, -l and --info go through this table.

// kernelHalf is what the runtime does for one probe type. Every field is
// optional.
type kernelHalf struct {
	// supported says whether this kernel can run the probe type, and if
	// not why (--info); nil means yes.
	supported func(h *host.Host) error
	// check refuses, before anything is loaded, an attach point this
	// kernel cannot attach, naming the missing feature.
	check func(r *runner, a *ast.AttachInfo) error
	// lastFirst: the kernel runs the programs on one attach point last
	// attached first (uprobes); they are attached in reverse script order
	// so that they run in script order, as in bpftrace.
	lastFirst bool
	// prepare adjusts a program's spec before it is loaded.
	prepare func(r *runner, ps *ebpf.ProgramSpec, a *ast.AttachInfo)
	// loadError explains why the kernel would not load the probe type's
	// programs, when that is not a verifier rejection (nil: no idea).
	loadError func(a *ast.AttachInfo, err error) error
	// attach attaches one program; closing the closers detaches it.
	attach func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error)
	// run, for special probes (BEGIN, END), is when gtrace runs the
	// program itself instead of attaching it.
	run phase
	// list writes the probes matching l.match (-l); rest is the pattern
	// after "provider:". inAll lists them for patterns that name no
	// provider.
	list  func(l *lister, name, rest string) error
	inAll bool
}

// phase is when a special probe runs.
type phase int

const (
	attached phase = iota // not special: attached to its event
	atBegin               // run once before the other probes are attached
	atEnd                 // run once after they are detached
)

var kernelHalves = map[*probes.Provider]*kernelHalf{}

// registerKernel adds the kernel half of p; each probe_*.go's init calls it.
func registerKernel(p *probes.Provider, k *kernelHalf) {
	if kernelHalves[p] != nil {
		panic("runtime: kernel half of " + p.Name + " registered twice")
	}
	kernelHalves[p] = k
}

// noKernelHalf is what a provider without one gets: nothing attaches.
var noKernelHalf = &kernelHalf{}

// kernelOf returns the kernel half of an attach point's probe type.
func kernelOf(a *ast.AttachInfo) (*probes.Provider, *kernelHalf) {
	p := probes.Lookup(a.Provider)
	if p == nil {
		return nil, noKernelHalf
	}
	if k := kernelHalves[p]; k != nil {
		return p, k
	}
	return p, noKernelHalf
}

// prepareProbes checks that this kernel can attach every probe of the
// script before anything is loaded, naming the missing feature, and lets
// each probe type adjust its programs' specs.
//
// As at attach time (attachAll), an attach point of a probe with several
// that cannot attach is skipped with a warning; before "Attaching N
// probes...", as every failure that can be known then.
func (r *runner) prepareProbes(spec *ebpf.CollectionSpec) error {
	points := attachPoints(r.out)
	for _, pm := range r.out.Programs {
		if pm.Attach == nil {
			return fmt.Errorf("program %s has no attach point", pm.Name)
		}
		_, k := kernelOf(pm.Attach)
		if k.check != nil {
			err := k.check(r, pm.Attach)
			if err != nil && points[pm.Probe] > 1 {
				fmt.Fprintf(r.opts.Stderr, "WARNING: could not attach probe %s, skipping: %v\n", pm.Attach.Name, err)
				if r.skip == nil {
					r.skip = map[string]bool{}
				}
				r.skip[pm.Name] = true
				continue
			}
			if err != nil {
				return err
			}
		}
		if ps := spec.Programs[pm.Name]; ps != nil && k.prepare != nil {
			k.prepare(r, ps, pm.Attach)
		}
	}
	return nil
}

// attachPoints counts the attach points of each probe.
func attachPoints(out *codegen.Output) map[int]int {
	points := map[int]int{}
	for _, pm := range out.Programs {
		points[pm.Probe]++
	}
	return points
}

// probeLoadError explains a load failure that is not a verifier
// rejection through the probe types of the programs, or returns nil.
func probeLoadError(out *codegen.Output, err error) error {
	for _, pm := range out.Programs {
		if pm.Attach == nil {
			continue
		}
		if _, k := kernelOf(pm.Attach); k.loadError != nil {
			if lerr := k.loadError(pm.Attach, err); lerr != nil {
				return lerr
			}
		}
	}
	return nil
}

// runPhase runs the special programs of phase ph (BEGIN or END), in
// script order.
func (r *runner) runPhase(ph phase) error {
	for _, pm := range r.out.Programs {
		if pm.Attach == nil {
			continue
		}
		if p, k := kernelOf(pm.Attach); k.run == ph {
			if err := runProgram(r.coll.Programs[pm.Name]); err != nil {
				return fmt.Errorf("%s: %w", p.Name, err)
			}
		}
	}
	return nil
}

// attachAll attaches every program but the special ones.
//
// A probe with several attach points (a list, or a wildcard) runs with
// those that attach: one that cannot is skipped with a warning, as
// bpftrace does, since the same script serves kernels whose functions
// differ (biolatency.bt names both blk_account_io_start and
// __blk_account_io_start). A probe's only attach point must attach.
func (r *runner) attachAll() error {
	points := attachPoints(r.out)
	for _, pm := range attachOrder(r.out.Programs) {
		if r.skip[pm.Name] {
			continue
		}
		a := pm.Attach
		if a == nil {
			return fmt.Errorf("program %s has no attach point", pm.Name)
		}
		p, k := kernelOf(a)
		if k.run != attached {
			continue
		}
		if k.attach == nil {
			name := a.Provider
			if p != nil {
				name = p.Name
			}
			return fmt.Errorf("%s: attaching %s probes is not supported yet", a.Name, name)
		}
		cs, err := k.attach(r, a, r.coll.Programs[pm.Name])
		r.closers = append(r.closers, cs...)
		if err != nil && points[pm.Probe] > 1 {
			fmt.Fprintf(r.opts.Stderr, "WARNING: could not attach probe %s, skipping: %v\n", a.Name, err)
			continue
		}
		if err != nil {
			return err
		}
		if r.opts.Verbose {
			fmt.Fprintf(r.opts.Stderr, "gtrace: attached %s\n", a.Name)
		}
	}
	return nil
}

// attachOrder is the order to attach programs in: script order, but
// those of lastFirst probe types reversed among themselves, so that
// probes sharing an attach point run in script order.
func attachOrder(progs []*codegen.ProgramMeta) []*codegen.ProgramMeta {
	out := slices.Clone(progs)
	var idx []int
	for i, pm := range out {
		if pm.Attach != nil {
			if _, k := kernelOf(pm.Attach); k.lastFirst {
				idx = append(idx, i)
			}
		}
	}
	for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
		out[idx[i]], out[idx[j]] = out[idx[j]], out[idx[i]]
	}
	return out
}
