package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// rawtracepoint: a raw tracepoint link by name; the kernel's raw
// tracepoints are listed from their BTF typedefs.

func init() {
	registerKernel(probes.RawTracepoint, &kernelHalf{
		supported: func(*host.Host) error { return features.HaveProgramType(ebpf.RawTracepoint) },
		attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
			l, err := link.AttachRawTracepoint(link.RawTracepointOptions{Name: a.Target, Program: prog})
			if err != nil {
				if errors.Is(err, os.ErrNotExist) || errors.Is(err, ebpf.ErrNotSupported) {
					return nil, fmt.Errorf("%s: no such raw tracepoint", a.Name)
				}
				return nil, fmt.Errorf("%s: %w", a.Name, err)
			}
			return []io.Closer{l}, nil
		},
		list:  listRawTracepoints,
		inAll: true,
	})
}

// listRawTracepoints lists the kernel's raw tracepoints from their BTF
// typedefs: btf_trace_<name> is a pointer to a function whose first
// parameter is the context and whose others are the arguments.
func listRawTracepoints(l *lister, provider, _ string) error {
	spec, err := l.host.KernelTypes()
	if err != nil {
		if l.explicit {
			return fmt.Errorf("raw tracepoints are listed from kernel BTF: %w", err)
		}
		return nil
	}
	type rtp struct {
		name  string
		proto *btf.FuncProto
	}
	var list []rtp
	for typ, err := range spec.All() {
		if err != nil {
			return err
		}
		td, ok := typ.(*btf.Typedef)
		if !ok || !strings.HasPrefix(td.Name, "btf_trace_") {
			continue
		}
		name := strings.TrimPrefix(td.Name, "btf_trace_")
		if !l.match(provider + ":" + name) {
			continue
		}
		var proto *btf.FuncProto
		if ptr, ok := td.Type.(*btf.Pointer); ok {
			proto, _ = ptr.Target.(*btf.FuncProto)
		}
		list = append(list, rtp{name, proto})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	for _, r := range list {
		fmt.Fprintln(l.w, provider+":"+r.name)
		if l.verbose && r.proto != nil && len(r.proto.Params) > 0 {
			for i, a := range r.proto.Params[1:] {
				fmt.Fprintf(l.w, "    %s arg%d\n", ast.CTypeName(a.Type), i)
			}
		}
	}
	return nil
}
