package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// tracepoint: a perf event per tracepoint, or, for many system call
// tracepoints, one raw_syscalls program that tail-calls theirs
// (probe_syscalls.go).

func init() {
	registerKernel(probes.Tracepoint, &kernelHalf{
		supported: func(h *host.Host) error {
			_, err := h.TracefsDir()
			return firstErr(err, features.HaveProgramType(ebpf.TracePoint))
		},
		attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
			cat, ev, ok := strings.Cut(a.Target, ":")
			if !ok {
				return nil, fmt.Errorf("%s: bad tracepoint %q", a.Name, a.Target)
			}
			cs, done, err := r.sysDisp.attach(r.host, r.out, a, prog)
			if err != nil || done {
				return cs, err
			}
			l, err := attachTracepoint(r.host, cat, ev, prog)
			if err != nil {
				return cs, err
			}
			return append(cs, l), nil
		},
		list:  listTracepoints,
		inAll: true,
	})
}

func listTracepoints(l *lister, provider, _ string) error {
	tfs, err := l.host.Tracefs()
	if err != nil {
		return err
	}
	all, err := tfs.AllTracepoints()
	if err != nil {
		return err
	}
	for _, t := range all {
		name := provider + ":" + t
		if !l.match(name) {
			continue
		}
		fmt.Fprintln(l.w, name)
		if !l.verbose {
			continue
		}
		cat, ev, _ := strings.Cut(t, ":")
		fields, err := tfs.TracepointFields(cat, ev)
		if err != nil {
			continue
		}
		for _, f := range fields {
			fmt.Fprintf(l.w, "    %s\n", fieldDecl(f))
		}
	}
	return nil
}

// fieldDecl writes a tracepoint field back as its C declaration.
func fieldDecl(f ast.TracepointField) string {
	switch {
	case f.DataLoc:
		return fmt.Sprintf("__data_loc %s[] %s", f.CType, f.Name)
	case f.Array > 0:
		return fmt.Sprintf("%s %s[%d]", f.CType, f.Name, f.Array)
	}
	return f.CType + " " + f.Name
}

// attachTracepoint attaches a TracePoint program to category:event.
func attachTracepoint(h *host.Host, category, event string, prog *ebpf.Program) (link.Link, error) {
	probe := "tracepoint:" + category + ":" + event
	// Mount tracefs first: cilium/ebpf looks for it only once per process.
	dir, err := h.TracefsDir()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", probe, err)
	}
	if !host.ValidTracefsName(category) || !host.ValidTracefsName(event) {
		return nil, fmt.Errorf("%s: no such tracepoint", probe)
	}
	l, err := link.Tracepoint(category, event, prog, nil)
	if err != nil {
		if _, serr := os.Stat(filepath.Join(dir, "events", category, event)); errors.Is(serr, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such tracepoint", probe)
		}
		return nil, fmt.Errorf("%s: %w", probe, err)
	}
	return l, nil
}
