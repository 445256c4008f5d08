package probes

import (
	"sort"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
)

// iter:NAME runs its program once for each object of a kernel iterator
// (task: each task; task_file: each open file of each task; ...), when
// gtrace reads the iterator right after attaching; then tracing ends.
// ctx points to the kernel's struct bpf_iter__NAME (ctx->task,
// ctx->file, ctx->fd, ...), whose object pointers are NULL in the last,
// closing run.

// Iter is the provider, for the runtime.
var Iter = register(&Provider{
	Name: "iter", Usage: "iter:NAME (task, task_file, ...)", ProgType: ebpf.Tracing, AttachType: ebpf.AttachTraceIter, TypedPointers: true, OwnTask: true,
	Ctx: func(a *ast.AttachInfo) string { return "bpf_iter__" + a.Target },
	Expand: func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
		if len(ap.Parts) == 2 && ap.Parts[0] != "" {
			x.Errorf(ap, "iter: pinning an iterator (iter:%s:PIN) is not supported; gtrace reads it itself", ap.Parts[0])
			return nil
		}
		if len(ap.Parts) != 1 || ap.Parts[0] == "" || isGlob(ap.Parts[0]) {
			x.Errorf(ap, "iter needs one iterator: iter:NAME (task, task_file, ...)")
			return nil
		}
		name := ap.Parts[0]
		spec, err := x.KernelTypes()
		if err != nil {
			x.Errorf(ap, "iter: %v", err)
			return nil
		}
		var fn *btf.Func
		var ctx *btf.Struct
		if spec.TypeByName("bpf_iter_"+name, &fn) != nil || spec.TypeByName("bpf_iter__"+name, &ctx) != nil {
			x.Errorf(ap, "iter: the kernel has no iterator %s", name)
			return nil
		}
		return []*ast.AttachInfo{{Provider: ap.Provider, Name: ap.Provider + ":" + name, Target: name}}
	},
})

// IterNames lists the iterators the kernel's BTF has (bpf_iter_NAME
// functions with a struct bpf_iter__NAME), sorted.
func IterNames(spec *btf.Spec) []string {
	var out []string
	for typ, err := range spec.All() {
		if err != nil {
			break
		}
		fn, ok := typ.(*btf.Func)
		if !ok {
			continue
		}
		name, ok := strings.CutPrefix(fn.Name, "bpf_iter_")
		if !ok || name == "" || name[0] == '_' {
			continue
		}
		var ctx *btf.Struct
		if spec.TypeByName("bpf_iter__"+name, &ctx) == nil {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
