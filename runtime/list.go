package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/features"
)

// ListProbes writes the probes matching pattern, one a line, as
// `bpftrace -l` does: "tracepoint:sched:sched_switch",
// "rawtracepoint:sched_switch", "kprobe:vfs_read", "fentry:vfs_read",
// "software:cpu-clock:", "uprobe:/bin/bash:readline",
// "usdt:/path:provider:name". The pattern is a glob over whole names in
// which * also matches ':' and '/'; without a provider prefix it matches
// against every kind (and against the name after the provider). uprobe and
// usdt need a binary in the pattern (`uprobe:/bin/bash:*`). Probe types
// this kernel cannot attach are listed only when the pattern names them,
// and then as an error naming the missing feature. verbose adds
// tracepoint fields and BTF arguments with their types.
func ListProbes(w io.Writer, h *host.Host, pattern string, verbose bool) error {
	if pattern == "" {
		pattern = "*"
	}
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	provider, rest, hasProvider := strings.Cut(pattern, ":")
	known := map[string]bool{}
	for _, p := range []string{"tracepoint", "rawtracepoint", "kprobe", "kretprobe", "fentry", "fexit", "kfunc", "kretfunc",
		"software", "hardware", "uprobe", "uretprobe", "usdt", "interval", "profile", "BEGIN", "END"} {
		known[p] = true
	}
	if !hasProvider || !known[provider] && strings.ContainsAny(provider, "*?") {
		// No provider: every kind, matching the whole name or its tail.
		l := &lister{host: h, w: bw, verbose: verbose, match: func(name string) bool {
			_, tail, _ := strings.Cut(name, ":")
			return wildMatch(pattern, name) || wildMatch(pattern, tail)
		}}
		return l.all()
	}
	if !known[provider] {
		return fmt.Errorf("unknown probe type %q in %q", provider, pattern)
	}
	l := &lister{host: h, w: bw, verbose: verbose, explicit: true, match: func(name string) bool { return wildMatch(pattern, name) }}
	switch provider {
	case "tracepoint":
		return l.tracepoints()
	case "rawtracepoint":
		return l.rawTracepoints()
	case "kprobe", "kretprobe":
		return l.kprobes(provider)
	case "fentry", "fexit", "kfunc", "kretfunc":
		return l.fentries(provider)
	case "software":
		return l.events("software", softwareEvents)
	case "hardware":
		return l.events("hardware", hardwareEvents)
	case "uprobe", "uretprobe":
		return l.uprobes(provider, rest)
	case "usdt":
		return l.usdt(rest)
	}
	return nil // interval, profile, BEGIN, END: nothing to list
}

type lister struct {
	host     *host.Host
	w        *bufio.Writer
	verbose  bool
	explicit bool // the pattern names the provider
	match    func(name string) bool
}

func (l *lister) all() error {
	for _, f := range []func() error{
		l.tracepoints, l.rawTracepoints,
		func() error { return l.kprobes("kprobe") },
		func() error { return l.fentries("fentry") },
		func() error { return l.events("software", softwareEvents) },
		func() error { return l.events("hardware", hardwareEvents) },
	} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

func (l *lister) tracepoints() error {
	tfs, err := l.host.Tracefs()
	if err != nil {
		return err
	}
	all, err := tfs.AllTracepoints()
	if err != nil {
		return err
	}
	for _, t := range all {
		name := "tracepoint:" + t
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

// rawTracepoints lists the kernel's raw tracepoints from their BTF
// typedefs: btf_trace_<name> is a pointer to a function whose first
// parameter is the context and whose others are the arguments.
func (l *lister) rawTracepoints() error {
	spec, err := btf.LoadKernelSpec()
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
		if !l.match("rawtracepoint:" + name) {
			continue
		}
		var proto *btf.FuncProto
		if p, ok := td.Type.(*btf.Pointer); ok {
			proto, _ = p.Target.(*btf.FuncProto)
		}
		list = append(list, rtp{name, proto})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	for _, r := range list {
		fmt.Fprintln(l.w, "rawtracepoint:"+r.name)
		if l.verbose && r.proto != nil && len(r.proto.Params) > 0 {
			for i, p := range r.proto.Params[1:] {
				fmt.Fprintf(l.w, "    %s arg%d\n", ast.CTypeName(p.Type), i)
			}
		}
	}
	return nil
}

func (l *lister) kprobes(provider string) error {
	if !haveKprobes(l.host) {
		if l.explicit {
			return errNoKprobes(provider + ":*")
		}
		return nil
	}
	funcs, err := l.host.AllKernelFuncs()
	if err != nil {
		return err
	}
	for _, f := range funcs {
		if name := provider + ":" + f; l.match(name) {
			fmt.Fprintln(l.w, name)
		}
	}
	return nil
}

// haveTracing says whether fentry/fexit programs can be loaded.
func haveTracing() error {
	return features.HaveProgramType(ebpf.Tracing)
}

func (l *lister) fentries(provider string) error {
	if err := haveTracing(); err != nil {
		if l.explicit {
			return errNoFentry(provider+":*", err)
		}
		return nil
	}
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		return err
	}
	var names []string
	protos := map[string]*btf.FuncProto{}
	for typ, err := range spec.All() {
		if err != nil {
			return err
		}
		fn, ok := typ.(*btf.Func)
		if !ok || protos[fn.Name] != nil || !l.match(provider+":"+fn.Name) {
			continue
		}
		if p, ok := fn.Type.(*btf.FuncProto); ok {
			protos[fn.Name] = p
			names = append(names, fn.Name)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintln(l.w, provider+":"+n)
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

func (l *lister) events(kind string, table []perfEventName) error {
	for _, e := range table {
		if name := kind + ":" + e.name + ":"; l.match(name) || l.match(kind+":"+e.name) || e.alias != "" && l.match(kind+":"+e.alias) {
			fmt.Fprintln(l.w, name)
		}
	}
	return nil
}

func (l *lister) uprobes(provider, rest string) error {
	bin, _, ok := splitBinary(rest)
	if !ok {
		return fmt.Errorf("%s: name a binary to list its functions, e.g. '%s:/bin/bash:*'", provider, provider)
	}
	path, err := l.host.ResolveBinary(bin)
	if err != nil {
		return fmt.Errorf("%s: %w", provider, err)
	}
	syms, err := l.host.Symbols(path, "*")
	if err != nil {
		return err
	}
	l.match = rebase(l.match, provider+":"+bin+":", provider+":"+path+":")
	for _, s := range syms {
		if name := provider + ":" + path + ":" + s; l.match(name) {
			fmt.Fprintln(l.w, name)
		}
	}
	return nil
}

func (l *lister) usdt(rest string) error {
	bin, _, ok := splitBinary(rest)
	if !ok {
		return errors.New("usdt: name a binary to list its probes, e.g. 'usdt:/usr/bin/python3:*'")
	}
	path, err := l.host.ResolveBinary(bin)
	if err != nil {
		return fmt.Errorf("usdt: %w", err)
	}
	notes, err := l.host.USDTNotes(path)
	if err != nil {
		return err
	}
	l.match = rebase(l.match, "usdt:"+bin+":", "usdt:"+path+":")
	seen := map[string]bool{}
	for _, n := range notes {
		name := "usdt:" + path + ":" + n.Probe.Provider + ":" + n.Probe.Name
		// usdt:PATH:name matches any provider, as in a probe.
		if seen[name] || !l.match(name) && !l.match("usdt:"+path+":"+n.Probe.Name) {
			continue
		}
		seen[name] = true
		fmt.Fprintln(l.w, name)
		if l.verbose {
			for i, a := range n.Probe.Args {
				fmt.Fprintf(l.w, "    arg%d: %s\n", i, a.Spec)
			}
		}
	}
	return nil
}

// splitBinary splits "PATH:rest" where PATH is the binary.
func splitBinary(s string) (bin, rest string, ok bool) {
	bin, rest, _ = strings.Cut(s, ":")
	return bin, rest, bin != "" && !strings.ContainsAny(bin, "*?")
}

// rebase makes a match written against the binary as the user named it
// ("libc") apply to names carrying its resolved path.
func rebase(match func(string) bool, from, to string) func(string) bool {
	if from == to {
		return match
	}
	return func(name string) bool {
		if strings.HasPrefix(name, to) {
			return match(from + strings.TrimPrefix(name, to))
		}
		return match(name)
	}
}

// wildMatch is a glob where * matches any run of characters (including
// ':' and '/') and ? any one character.
func wildMatch(pattern, s string) bool {
	px, sx := 0, 0
	star, mark := -1, 0
	for sx < len(s) {
		switch {
		case px < len(pattern) && (pattern[px] == '?' || pattern[px] == s[sx]):
			px++
			sx++
		case px < len(pattern) && pattern[px] == '*':
			star, mark = px, sx
			px++
		case star >= 0:
			px = star + 1
			mark++
			sx = mark
		default:
			return false
		}
	}
	for px < len(pattern) && pattern[px] == '*' {
		px++
	}
	return px == len(pattern)
}
