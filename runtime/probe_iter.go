package runtime

import (
	"fmt"
	"io"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/link"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// iter: BPF iterators. Once every probe is attached, gtrace reads each
// iterator to its end, which runs the program once per object; what the
// programs print comes through the event ring as from any probe. Then
// tracing ends as after exit(): END runs and the maps are printed.

func init() {
	registerKernel(probes.Iter, &kernelHalf{
		supported: func(*host.Host) error {
			if err := haveIter(); err != nil {
				return fmt.Errorf("BPF iterators do not load here: %w", kernelReason(err, "CONFIG_DEBUG_INFO_BTF"))
			}
			return nil
		},
		loadError: func(a *ast.AttachInfo, err error) error {
			if haveIter() != nil {
				return fmt.Errorf("%s: this kernel cannot run BPF iterators (Linux 5.8+ with BTF): %w", a.Name, err)
			}
			return nil
		},
		attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
			l, err := link.AttachIter(link.IterOptions{Program: prog})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", a.Name, err)
			}
			r.iters = append(r.iters, iterator{name: a.Name, it: l})
			return []io.Closer{l}, nil
		},
		list: func(l *lister, provider, _ string) error {
			spec, err := l.host.KernelTypes()
			if err != nil {
				return err
			}
			for _, n := range probes.IterNames(spec) {
				if l.match(provider + ":" + n) {
					fmt.Fprintln(l.w, provider+":"+n)
				}
			}
			return nil
		},
		inAll: true,
	})
}

var iterOnce = sync.OnceValue(func() error {
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.Tracing, AttachType: ebpf.AttachTraceIter, AttachTo: "task",
		License: "GPL", Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}})
	if err != nil {
		return err
	}
	return prog.Close()
})

// haveIter says whether the kernel loads iter:task programs: it may
// although fentry programs do not load.
func haveIter() error { return iterOnce() }

// iterator is an iter probe's attached iterator.
type iterator struct {
	name string
	it   *link.Iter
}

// readIters reads every iterator to its end, beside the event loop, and
// then ends tracing.
func (r *runner) readIters() {
	if len(r.iters) == 0 {
		return
	}
	r.watchers.Add(1)
	go func() {
		defer r.watchers.Done()
		for _, i := range r.iters {
			if err := readIter(i.it); err != nil {
				fmt.Fprintf(r.opts.Stderr, "WARNING: %s: %v\n", i.name, err)
			}
		}
		r.requestStop(stopIters)
	}()
}

// readIter runs an iterator once: its programs print nothing of their own
// into it.
func readIter(it *link.Iter) error {
	rd, err := it.Open()
	if err != nil {
		return fmt.Errorf("open the iterator: %w", err)
	}
	defer rd.Close()
	if _, err := io.Copy(io.Discard, rd); err != nil {
		return fmt.Errorf("read the iterator: %w", err)
	}
	return nil
}
