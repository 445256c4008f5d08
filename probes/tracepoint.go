package probes

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
)

// tracepoint:category:event: the kernel's static tracepoints, with args
// laid out by their tracefs format files.

// Tracepoint is the provider, for the runtime.
var Tracepoint = register(&Provider{
	Name: "tracepoint", Aliases: map[string]string{"t": "tracepoint"},
	Usage: "tracepoint:category:event", ProgType: ebpf.TracePoint, Args: true,
	Expand: expandTracepoint,
})

func expandTracepoint(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
	if len(ap.Parts) != 2 || ap.Parts[0] == "" || ap.Parts[1] == "" {
		x.Errorf(ap, "tracepoint needs a category and an event: tracepoint:category:event")
		return nil
	}
	h := x.Host()
	if h == nil {
		x.Errorf(ap, "tracepoints are not available: no kernel resolver")
		return nil
	}
	targets := []string{ap.Parts[0] + ":" + ap.Parts[1]}
	if isGlob(targets[0]) {
		list, err := h.Tracepoints(targets[0])
		if err != nil {
			x.Errorf(ap, "cannot list tracepoints: %v", err)
			return nil
		}
		if len(list) == 0 {
			x.Missing(ap, "no tracepoint matches %s", targets[0])
			return nil
		}
		targets = list
	}
	var out []*ast.AttachInfo
	for _, t := range targets {
		cat, ev, _ := strings.Cut(t, ":")
		fields, err := h.TracepointFields(cat, ev)
		if errors.Is(err, fs.ErrNotExist) {
			x.Missing(ap, "%v%s", err, tracepointHint(h, cat, ev))
			continue
		}
		if err != nil {
			x.Errorf(ap, "%v", err)
			continue
		}
		// The host may share its slices; the types are this script's.
		typed := make([]ast.TracepointField, len(fields))
		for i, f := range fields {
			f.Type = fieldType(&f, t, x.Strlen())
			if f.Type != nil && f.Type.Pointer && f.Type.Elem == nil {
				f.Type.Elem = pointee(x, f.CType)
			}
			typed[i] = f
		}
		out = append(out, &ast.AttachInfo{Provider: ap.Provider, Name: "tracepoint:" + t, Target: t, Fields: typed})
	}
	return out
}

// fieldType is the type of args->f; nil for a field gtrace cannot read.
// Pointers in syscall tracepoints point into the caller's user memory;
// other tracepoints hold kernel pointers.
func fieldType(f *ast.TracepointField, target string, strlen int) *ast.Type {
	switch {
	case f.Type != nil:
		return f.Type
	case f.DataLoc:
		return &ast.Type{Kind: ast.KInt, Size: 8, Pointer: true}
	case f.Array > 0 && strings.Contains(f.CType, "char") && f.Size == f.Array:
		return ast.StringType(strlen)
	case f.Array > 0:
		return nil
	case f.Pointer && f.Size == 8:
		return &ast.Type{Kind: ast.KInt, Size: 8, Pointer: true, UserPtr: strings.HasPrefix(target, "syscalls:")}
	case f.Size == 1 || f.Size == 2 || f.Size == 4 || f.Size == 8:
		return ast.IntType(f.Size, f.Signed)
	}
	return nil
}

// pointee is the kernel struct or union a field of C type ctype ("const
// struct __kernel_timespec *") points to, from BTF, so that
// args->rqtp->tv_sec reads its member; nil for other types, or without
// BTF.
func pointee(x Expander, ctype string) btf.Type {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(ctype), "const "))
	name, ok := strings.CutSuffix(t, "*")
	if !ok || strings.HasSuffix(strings.TrimSpace(name), "*") {
		return nil
	}
	kind, name, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || kind != "struct" && kind != "union" {
		return nil
	}
	spec, err := x.KernelTypes()
	if err != nil {
		return nil
	}
	if kind == "struct" {
		var st *btf.Struct
		if spec.TypeByName(name, &st) == nil {
			return st
		}
		return nil
	}
	var u *btf.Union
	if spec.TypeByName(name, &u) == nil {
		return u
	}
	return nil
}

// tracepointHint suggests an event of the same category.
func tracepointHint(h Host, cat, ev string) string {
	list, err := h.Tracepoints(cat + ":*")
	if err != nil || len(list) == 0 {
		return ""
	}
	var names []string
	for _, t := range list {
		_, e, _ := strings.Cut(t, ":")
		names = append(names, e)
	}
	if hint := ast.Hint(ev, names); hint != "" {
		return strings.Replace(hint, "did you mean ", "did you mean "+cat+":", 1)
	}
	return ""
}
