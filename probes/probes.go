// Package probes is gtrace's library of probe types: one Provider for
// each (tracepoint, kprobe, uprobe, ...), registered once, holding the
// pure half of everything about it: its names and short forms, its
// attach-point syntax and how wildcards expand, the BPF program type,
// and its context (args, argN, retval) with their types and the code
// that reads them. The kernel half (is it supported here, attach, list)
// lives in the runtime, registered against the same Provider.
//
// The parser, the checker, the compiler, the runtime, -l, --info and the
// prompt's completion all read this registry; none of them matches a
// provider's name. Call Lookup first.
//
// Adding a probe type is adding a file here that calls register in its
// init, and one in runtime for its kernel half, with their tests.
package probes

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// Provider is one probe type.
type Provider struct {
	// Name is the provider as written in full: "tracepoint".
	Name string
	// Aliases maps the other ways of writing the provider to the name the
	// probe is then called by (its `probe` value): short forms, "t" ->
	// "tracepoint", and bpftrace's older names, "kfunc" -> "kfunc".
	Aliases map[string]string
	// Bare providers take nothing after their name (BEGIN, END). A short
	// form only stands for a provider when it is written the way the
	// provider is: bare, or with ':' parts.
	Bare bool
	// Usage is the attach point's syntax, for errors and help.
	Usage string
	// ProgType is the BPF program type of its programs; AttachType, when
	// set, binds them to their target function when they are loaded
	// (fentry, fexit).
	ProgType   ebpf.ProgramType
	AttachType ebpf.AttachType
	// Special providers are run by gtrace itself, once, with
	// BPF_PROG_TEST_RUN: BEGIN before tracing, END after.
	Special bool
	// OwnTask: the programs run in gtrace's own task, not in one being
	// traced (BEGIN, END, iter): --cgroup does not restrict them.
	OwnTask bool
	// Skippable: a probe whose attach points of this provider all name
	// nothing here (a function the binary lacks) is left out with a
	// warning when the script has other probes, as bpftrace leaves out
	// (silently) uprobes it cannot resolve.
	Skippable bool

	// Expand checks one attach point and returns its concrete attach
	// points, wildcards resolved; it reports errors through x.
	Expand func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo

	// Args says the probe has an args record, whose fields are the
	// attach point's Fields (with their types).
	Args bool
	// ArgFields, for a probe whose args are looked up only when a
	// script uses them (a uprobe's, in its binary's DWARF), fills the
	// attach point's Fields, or says why it cannot.
	ArgFields func(x Expander, a *ast.AttachInfo) error
	// Arg types argN (nil after an error it reported); nil means argN is
	// not available. EmitArg reads it into r0.
	Arg     func(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident, n int) *ast.Type
	EmitArg func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident, n int)
	// Retval and EmitRetval are retval's type and code, for probes of
	// function returns.
	Retval     func(c stdlib.Checker, a *ast.AttachInfo, e *ast.Ident) *ast.Type
	EmitRetval func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident)
	// Overridable: override() may make the traced function return at
	// once with a value (bpf_override_return: kprobe).
	Overridable bool
	// TypedPointers: the pointers in the program's context (fentry and
	// fexit arguments, iter's ctx members) are typed by the kernel's BTF,
	// and the verifier follows them, so helpers that want a kernel object
	// (bpf_d_path's struct path) take them.
	TypedPointers bool
	// Ctx names the kernel struct ctx points to in the provider's
	// programs (from BTF): "pt_regs" for kprobe; nil where gtrace does
	// not type ctx.
	Ctx func(a *ast.AttachInfo) string
	// EmitStackArg reads sargN, the Nth argument passed on the stack, at
	// a function's entry, into r0; nil where there is none (only kprobe
	// and uprobe have it, as in bpftrace).
	EmitStackArg func(g stdlib.Emitter, a *ast.AttachInfo, e *ast.Ident, n int)
}

// HasRegs says the provider's programs get the traced task's registers
// (struct pt_regs) as their context, or at its start (perf events):
// reg("name") reads them.
func (p *Provider) HasRegs() bool { return p.ProgType == ebpf.Kprobe || p.ProgType == ebpf.PerfEvent }

// Expander is what a provider's Expand may ask of the checker.
type Expander interface {
	Errorf(n ast.Node, format string, args ...any)
	// Missing reports an attach point that names nothing this machine
	// has (no function or tracepoint of that name, a wildcard matching
	// none). In a probe with other attach points it is a warning, and the
	// probe runs with those, as bpftrace does: one script serves kernels
	// whose functions differ. Alone, it is an error.
	Missing(n ast.Node, format string, args ...any)
	// Host answers questions about the kernel; nil when there is none.
	Host() Host
	// Symbols answers questions about binaries and kernel functions; nil
	// when the Host does not.
	HostSymbols() HostSymbols
	KernelTypes() (*btf.Spec, error)
	Strlen() int
	// PID is the -p process (0 without -p).
	PID() int
}

// Host answers the checker's questions about tracepoints. The runtime's
// host.Host implements it and HostSymbols from this machine; tests use
// fakes.
type Host interface {
	// TracepointFields returns the fields of category:event, not counting
	// the common_ fields; an error says the tracepoint does not exist.
	TracepointFields(category, event string) ([]ast.TracepointField, error)
	// Tracepoints lists "category:event" names matching the glob pattern
	// (with * wildcards in either part).
	Tracepoints(pattern string) ([]string, error)
}

// DebugInfo is what a HostSymbols may also answer from the debug
// information (DWARF) of user binaries: a function's parameters, and
// the binary's own types ("struct NAME", "union NAME", "enum NAME", a
// typedef's NAME; nil when it has none of that name).
type DebugInfo interface {
	FuncParamTypes(path, fn string) (names []string, types []btf.Type, err error)
	DebugType(path, name string) btf.Type
}

// HostSymbols is what a Host may also answer, for probe types beyond
// tracepoints: user binaries (uprobe, usdt) and kernel functions
// (kprobe, fentry). Without it, only probes naming an exact path and
// function are accepted.
type HostSymbols interface {
	// ProcessRoot is "" when process pid sees the files gtrace sees, else
	// the directory its root is seen at (/proc/PID/root: a process in
	// another mount namespace).
	ProcessRoot(pid int) string
	// ResolveBinary turns a path or a library name ("libc") into the
	// absolute path of an ELF file, as bpftrace does.
	ResolveBinary(name string) (string, error)
	// MatchBinaries lists the ELF files a wildcarded path matches, sorted.
	MatchBinaries(pattern string) ([]string, error)
	// MappedObjects lists the ELF files process pid has mapped
	// executable: its program and libraries.
	MappedObjects(pid int) ([]string, error)
	// Symbols lists the function symbols of the ELF file path matching
	// the glob pattern, sorted.
	Symbols(path, pattern string) ([]string, error)
	// SymbolAt names the function containing the virtual address addr.
	SymbolAt(path string, addr uint64) (string, bool)
	// KernelFuncs lists traceable kernel functions matching the glob.
	KernelFuncs(pattern string) ([]string, error)
	// KprobeRefused says whether the kernel refuses kprobes on the
	// function (its kprobe blacklist).
	KprobeRefused(fn string) bool
	// TrampolineArgs is how many arguments the kernel's BPF trampolines
	// pass to fentry and fexit programs.
	TrampolineArgs() int
	// USDTProbes lists the USDT probes of path whose provider and name
	// match the globs.
	USDTProbes(path, provider, name string) ([]ast.USDTProbe, error)
}

var (
	registry []*Provider
	byName   = map[string]*Provider{} // by Name and by every spelled alias
)

// register adds a provider; each file's init calls it.
func register(p *Provider) *Provider {
	for _, n := range append([]string{p.Name}, spelled(p)...) {
		if q := byName[n]; q != nil && q != p {
			panic("probes: " + n + " registered twice")
		}
		byName[n] = p
	}
	registry = append(registry, p)
	sort.Slice(registry, func(i, j int) bool { return registry[i].Name < registry[j].Name })
	return p
}

// spelled lists the names probes of p are called by besides p.Name.
func spelled(p *Provider) []string {
	var out []string
	for _, to := range p.Aliases {
		if to != p.Name && !contains(out, to) {
			out = append(out, to)
		}
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Lookup returns the provider of attach points written with provider
// name (after Spell), or nil.
func Lookup(name string) *Provider { return byName[name] }

// All returns every provider, sorted by name.
func All() []*Provider { return append([]*Provider(nil), registry...) }

// Names lists every name an attach point may start with, full and short,
// sorted: for "did you mean" hints and completion.
func Names() []string {
	var out []string
	for _, p := range registry {
		out = append(out, p.Name)
		for from := range p.Aliases {
			out = append(out, from)
		}
	}
	sort.Strings(out)
	return out
}

// Spell turns the provider an attach point was written with into the name
// its probes are called by: short forms expand ("t" to "tracepoint"), full
// names stay. hasParts says ':' parts follow.
func Spell(written string, hasParts bool) string {
	for _, p := range registry {
		if to, ok := p.Aliases[written]; ok && hasParts != p.Bare {
			return to
		}
	}
	return written
}

// Spellings are the names p's probes may be called by: its Name and the
// older names it also answers to ("fentry", "kfunc").
func (p *Provider) Spellings() []string { return append([]string{p.Name}, spelled(p)...) }

// WithArgs lists the providers that have an args record, for messages.
func WithArgs() []string { return names(func(p *Provider) bool { return p.Args }) }

// WithRetval lists the providers that have retval, for messages.
func WithRetval() []string { return names(func(p *Provider) bool { return p.Retval != nil }) }

// WithCtx lists the providers whose ctx gtrace types, for messages.
func WithCtx() []string { return names(func(p *Provider) bool { return p.Ctx != nil }) }

// Overridable lists the providers where override() works, for messages.
func Overridable() []string { return names(func(p *Provider) bool { return p.Overridable }) }

// WithTypedPointers lists the providers whose context pointers the
// verifier knows the types of, for messages.
func WithTypedPointers() []string { return names(func(p *Provider) bool { return p.TypedPointers }) }

// WithRegs lists the providers whose programs see the traced task's
// registers, for messages.
func WithRegs() []string { return names((*Provider).HasRegs) }

// names lists the providers for which has holds, in registry order.
func names(has func(*Provider) bool) []string {
	var out []string
	for _, p := range registry {
		if has(p) {
			out = append(out, p.Name)
		}
	}
	return out
}

// isGlob says whether s has shell wildcards.
func isGlob(s string) bool { return strings.ContainsAny(s, "*?[") }

// splitOffset splits "func+off".
func splitOffset(fn string) (string, uint64, error) {
	name, offs, ok := strings.Cut(fn, "+")
	if !ok {
		return fn, 0, nil
	}
	off, err := strconv.ParseUint(offs, 0, 64)
	if err != nil || name == "" {
		return "", 0, fmt.Errorf("%q is not function+offset", fn)
	}
	return name, off, nil
}

// withOffset names func+off as bpftrace does ("vfs_read+16").
func withOffset(name string, off uint64) string {
	if off != 0 {
		name += fmt.Sprintf("+%d", off)
	}
	return name
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
