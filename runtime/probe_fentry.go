package runtime

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"syscall"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// fentry and fexit: BPF tracing programs, bound to their function when
// they are loaded; on kernels without BPF trampolines the load fails, not
// the attach.

func init() {
	for _, p := range []*probes.Provider{probes.Fentry, probes.Fexit} {
		registerKernel(p, &kernelHalf{
			supported: func(*host.Host) error {
				if err := haveTracing(); err != nil {
					return fmt.Errorf("BPF tracing programs do not load here: %w", kernelReason(err, "CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS", "CONFIG_DEBUG_INFO_BTF"))
				}
				return nil
			},
			loadError: func(a *ast.AttachInfo, err error) error { return errNoFentry(a.Name, err) },
			attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
				l, err := link.AttachTracing(link.TracingOptions{Program: prog})
				if err != nil {
					if errors.Is(err, ebpf.ErrNotSupported) {
						return nil, errNoFentry(a.Name, err)
					}
					return nil, fmt.Errorf("%s: %w", a.Name, err)
				}
				return []io.Closer{l}, nil
			},
			list:  listFentries,
			inAll: p == probes.Fentry,
		})
	}
}

// haveTracing says whether fentry/fexit programs can be loaded.
func haveTracing() error {
	return features.HaveProgramType(ebpf.Tracing)
}

// errNoFentry names the missing feature for probe.
func errNoFentry(probe string, err error) error {
	why := err.Error()
	var errno syscall.Errno
	if errors.As(err, &errno) {
		why = errno.Error()
	}
	return fmt.Errorf("%s: this kernel cannot run BPF tracing programs (fentry/fexit need BPF trampolines and kernel BTF, Linux 5.5+; loading said: %s); %s", probe, why, alternatives)
}

func listFentries(l *lister, provider, _ string) error {
	if err := haveTracing(); err != nil {
		if l.explicit {
			return errNoFentry(provider+":*", err)
		}
		return nil
	}
	spec, err := l.host.KernelTypes()
	if err != nil {
		return err
	}
	// Functions the kernel can trace: BTF also describes inlined ones.
	traceable := map[string]bool{}
	if funcs, err := l.host.AllKernelFuncs(); err == nil {
		for _, f := range funcs {
			traceable[f] = true
		}
	}
	var names []string
	protos := map[string]*btf.FuncProto{}
	for typ, err := range spec.All() {
		if err != nil {
			return err
		}
		fn, ok := typ.(*btf.Func)
		if !ok || protos[fn.Name] != nil || len(traceable) > 0 && !traceable[fn.Name] ||
			!l.match(provider+":"+fn.Name) && !l.match(provider+":vmlinux:"+fn.Name) {
			continue
		}
		// Those the kernel's trampolines pass all arguments of.
		if proto, ok := fn.Type.(*btf.FuncProto); ok && len(proto.Params) <= l.host.TrampolineArgs() {
			protos[fn.Name] = proto
			names = append(names, fn.Name)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		// Named with their module, as bpftrace does where the kernel
		// has module BTF: the kernel's own functions are vmlinux's.
		fmt.Fprintln(l.w, provider+":vmlinux:"+n)
		if l.verbose {
			writeProto(l.w, protos[n])
		}
	}
	return nil
}

// writeProto writes a function's parameters and return type, one a line.
func writeProto(w io.Writer, p *btf.FuncProto) {
	for _, a := range p.Params {
		fmt.Fprintf(w, "    %s %s\n", ast.CTypeName(a.Type), a.Name)
	}
	if _, void := p.Return.(*btf.Void); !void && p.Return != nil {
		fmt.Fprintf(w, "    %s retval\n", ast.CTypeName(p.Return))
	}
}
