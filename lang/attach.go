package lang

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf/btf"
)

// Attach points: each provider's syntax is checked here and expanded into
// concrete AttachInfo entries (wildcards resolved through the Resolver).

var providers = []string{"BEGIN", "END", "tracepoint", "interval", "profile", "software", "hardware",
	"kprobe", "kretprobe", "uprobe", "uretprobe", "usdt", "rawtracepoint", "kfunc", "kretfunc", "fentry", "fexit"}

// ProbeResolver is what a Resolver may also answer, for probe types beyond
// tracepoints: user binaries (uprobe, usdt) and kernel functions (kprobe,
// fentry). The runtime's resolver implements it; without it, only probes
// naming an exact path and function are accepted.
type ProbeResolver interface {
	// ResolveBinary turns a path or a library name ("libc") into the
	// absolute path of an ELF file, as bpftrace does.
	ResolveBinary(name string) (string, error)
	// Symbols lists the function symbols of the ELF file path matching
	// the glob pattern, sorted.
	Symbols(path, pattern string) ([]string, error)
	// SymbolAt names the function containing the virtual address addr.
	SymbolAt(path string, addr uint64) (string, bool)
	// KernelFuncs lists traceable kernel functions matching the glob.
	KernelFuncs(pattern string) ([]string, error)
	// USDTProbes lists the USDT probes of path whose provider and name
	// match the globs.
	USDTProbes(path, provider, name string) ([]ast.USDTProbe, error)
}

func (c *checker) attach(pr *ast.Probe) *ast.ProbeInfo {
	pi := &ast.ProbeInfo{}
	add := func(a *ast.AttachInfo) { pi.Attach = append(pi.Attach, a) }
	for _, ap := range pr.Attach {
		switch ap.Provider {
		case "BEGIN", "END":
			if len(ap.Parts) != 0 {
				c.errorf(ap, "%s takes no arguments", ap.Provider)
			}
			add(&ast.AttachInfo{Provider: ap.Provider, Name: ap.Provider, Special: true})
		case "tracepoint":
			if len(ap.Parts) != 2 || ap.Parts[0] == "" || ap.Parts[1] == "" {
				c.errorf(ap, "tracepoint needs a category and an event: tracepoint:category:event")
				continue
			}
			if c.opts.Resolver == nil {
				c.errorf(ap, "tracepoints are not available: no kernel resolver")
				continue
			}
			targets := []string{ap.Parts[0] + ":" + ap.Parts[1]}
			if isGlob(targets[0]) {
				list, err := c.opts.Resolver.Tracepoints(targets[0])
				if err != nil || len(list) == 0 {
					c.errorf(ap, "no tracepoint matches %s", targets[0])
					continue
				}
				targets = list
			}
			for _, t := range targets {
				cat, ev, _ := strings.Cut(t, ":")
				fields, err := c.opts.Resolver.TracepointFields(cat, ev)
				if err != nil {
					c.errorf(ap, "%v%s", err, c.tracepointHint(cat, ev))
					continue
				}
				add(&ast.AttachInfo{Provider: "tracepoint", Name: "tracepoint:" + t, Target: t, Fields: fields})
			}
		case "interval", "profile":
			units := map[string]bool{"s": true, "ms": true, "us": true, "hz": true}
			if len(ap.Parts) != 2 || !units[ap.Parts[0]] {
				c.errorf(ap, "%s needs a unit and a number: %s:s|ms|us|hz:N", ap.Provider, ap.Provider)
				continue
			}
			n, err := strconv.ParseUint(ap.Parts[1], 0, 64)
			if err != nil || n == 0 {
				c.errorf(ap, "%s: %q is not a positive number", ap.Provider, ap.Parts[1])
				continue
			}
			add(&ast.AttachInfo{Provider: ap.Provider, Name: ap.Provider + ":" + ap.Parts[0] + ":" + ap.Parts[1], Unit: ap.Parts[0], Value: n})
		case "software", "hardware":
			c.perfEvent(ap, add)
		case "uprobe", "uretprobe":
			c.uprobe(ap, add)
		case "usdt":
			c.usdt(ap, add)
		case "rawtracepoint":
			parts := ap.Parts
			if len(parts) == 2 && parts[1] != "" {
				parts = parts[1:] // module:name; modules share one namespace
			}
			if len(parts) != 1 || parts[0] == "" || isGlob(parts[0]) {
				c.errorf(ap, "rawtracepoint needs a tracepoint name: rawtracepoint:sched_switch")
				continue
			}
			add(&ast.AttachInfo{Provider: "rawtracepoint", Name: "rawtracepoint:" + parts[0], Target: parts[0],
				ArgTypes: c.rawTracepointArgs(parts[0])})
		case "kprobe", "kretprobe":
			c.kprobe(ap, add)
		case "fentry", "fexit", "kfunc", "kretfunc":
			c.fentry(ap, add)
		default:
			c.errorf(ap, "unknown probe type %q%s", ap.Provider, ast.Hint(ap.Provider, providers))
		}
	}
	return pi
}

func isGlob(s string) bool { return strings.ContainsAny(s, "*?[") }

// perfEvents lists the software and hardware event names and aliases, as
// bpftrace v0.17 knows them (the runtime holds the perf configs).
var perfEvents = map[string][]string{
	"software": {"alignment-faults", "bpf-output", "context-switches", "cs", "cpu-clock", "cpu",
		"cpu-migrations", "migrations", "dummy", "emulation-faults", "major-faults", "minor-faults",
		"page-faults", "faults", "task-clock"},
	"hardware": {"backend-stalls", "branch-instructions", "branches", "branch-misses", "bus-cycles",
		"cache-misses", "cache-references", "cpu-cycles", "cycles", "frontend-stalls", "instructions", "ref-cycles"},
}

func (c *checker) perfEvent(ap *ast.AttachPoint, add func(*ast.AttachInfo)) {
	if len(ap.Parts) < 1 || len(ap.Parts) > 2 || ap.Parts[0] == "" {
		c.errorf(ap, "%s needs an event and an optional count: %s:event[:count]", ap.Provider, ap.Provider)
		return
	}
	ev := ap.Parts[0]
	known := false
	for _, n := range perfEvents[ap.Provider] {
		known = known || n == ev
	}
	if !known {
		c.errorf(ap, "%s: unknown event %q%s", ap.Provider, ev, ast.Hint(ev, perfEvents[ap.Provider]))
		return
	}
	var n uint64
	name := ap.Provider + ":" + ev
	if len(ap.Parts) == 2 {
		var err error
		n, err = strconv.ParseUint(ap.Parts[1], 0, 64)
		if err != nil || n == 0 {
			c.errorf(ap, "%s: %q is not a positive number", ap.Provider, ap.Parts[1])
			return
		}
		name += ":" + ap.Parts[1]
	}
	add(&ast.AttachInfo{Provider: ap.Provider, Name: name, Target: ev, Value: n})
}

func (c *checker) probeResolver() ProbeResolver {
	pr, _ := c.opts.Resolver.(ProbeResolver)
	return pr
}

// uprobe handles uprobe:PATH:FUNC[+OFF], uprobe:PATH:0xADDR and globs.
func (c *checker) uprobe(ap *ast.AttachPoint, add func(*ast.AttachInfo)) {
	if len(ap.Parts) != 2 || ap.Parts[0] == "" || ap.Parts[1] == "" {
		c.errorf(ap, "%s needs a binary and a function: %s:/path/to/binary:function", ap.Provider, ap.Provider)
		return
	}
	path, fn := ap.Parts[0], ap.Parts[1]
	res := c.probeResolver()
	if res != nil {
		p, err := res.ResolveBinary(path)
		if err != nil {
			c.errorf(ap, "%s: %v", ap.Provider, err)
			return
		}
		path = p
	} else if !strings.HasPrefix(path, "/") {
		c.errorf(ap, "%s: cannot find %q: no resolver for library names", ap.Provider, path)
		return
	}
	prefix := ap.Provider + ":" + path + ":"
	if strings.HasPrefix(fn, "0x") || strings.HasPrefix(fn, "0X") || fn[0] >= '0' && fn[0] <= '9' {
		addr, err := strconv.ParseUint(fn, 0, 64)
		if err != nil {
			c.errorf(ap, "%s: %q is not an address", ap.Provider, fn)
			return
		}
		name := fn
		if res != nil {
			if s, ok := res.SymbolAt(path, addr); ok {
				name = s
			}
		}
		add(&ast.AttachInfo{Provider: ap.Provider, Name: prefix + fn, Path: path, Func: name, Address: addr})
		return
	}
	fn, off, err := splitOffset(fn)
	if err != nil {
		c.errorf(ap, "%s: %v", ap.Provider, err)
		return
	}
	if off != 0 && ap.Provider == "uretprobe" {
		c.errorf(ap, "uretprobe cannot take an offset")
		return
	}
	funcs := []string{fn}
	if isGlob(fn) || res != nil {
		if res == nil {
			c.errorf(ap, "%s: cannot expand %q: no resolver", ap.Provider, fn)
			return
		}
		list, err := res.Symbols(path, fn)
		if err != nil {
			c.errorf(ap, "%s: %v", ap.Provider, err)
			return
		}
		if len(list) == 0 {
			if isGlob(fn) {
				c.errorf(ap, "%s: no function of %s matches %s", ap.Provider, path, fn)
			} else {
				c.errorf(ap, "%s: %s has no function %s", ap.Provider, path, fn)
			}
			return
		}
		funcs = list
	}
	if off != 0 && len(funcs) > 1 {
		c.errorf(ap, "%s: an offset cannot be used with a wildcard", ap.Provider)
		return
	}
	for _, f := range funcs {
		name := prefix + f
		if off != 0 {
			name += fmt.Sprintf("+%d", off)
		}
		add(&ast.AttachInfo{Provider: ap.Provider, Name: name, Path: path, Func: f, Offset: off})
	}
}

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

// usdt handles usdt:PATH:[PROVIDER:]NAME, with globs in both names.
func (c *checker) usdt(ap *ast.AttachPoint, add func(*ast.AttachInfo)) {
	if len(ap.Parts) < 2 || len(ap.Parts) > 3 || ap.Parts[0] == "" || ap.Parts[len(ap.Parts)-1] == "" {
		c.errorf(ap, "usdt needs a binary and a probe: usdt:/path/to/binary:[provider:]name")
		return
	}
	res := c.probeResolver()
	if res == nil {
		c.errorf(ap, "usdt: probes are not available: no resolver")
		return
	}
	path, err := res.ResolveBinary(ap.Parts[0])
	if err != nil {
		c.errorf(ap, "usdt: %v", err)
		return
	}
	provider, name := "*", ap.Parts[1]
	if len(ap.Parts) == 3 {
		provider, name = ap.Parts[1], ap.Parts[2]
	}
	list, err := res.USDTProbes(path, provider, name)
	if err != nil {
		c.errorf(ap, "usdt: %v", err)
		return
	}
	if len(list) == 0 {
		c.errorf(ap, "usdt: %s has no probe %s:%s", path, provider, name)
		return
	}
	for i := range list {
		u := list[i]
		add(&ast.AttachInfo{Provider: "usdt", Name: "usdt:" + path + ":" + u.Provider + ":" + u.Name,
			Path: path, Func: u.Name, USDT: &u})
	}
}

// kprobe handles kprobe:FUNC[+OFF] and kretprobe:FUNC, with globs.
func (c *checker) kprobe(ap *ast.AttachPoint, add func(*ast.AttachInfo)) {
	parts := ap.Parts
	if len(parts) == 2 && parts[1] != "" {
		parts = parts[1:] // module:function
	}
	if len(parts) != 1 || parts[0] == "" {
		c.errorf(ap, "%s needs a kernel function: %s:function", ap.Provider, ap.Provider)
		return
	}
	fn, off, err := splitOffset(parts[0])
	if err != nil {
		c.errorf(ap, "%s: %v", ap.Provider, err)
		return
	}
	if off != 0 && ap.Provider == "kretprobe" {
		c.errorf(ap, "kretprobe cannot take an offset")
		return
	}
	funcs := []string{fn}
	if isGlob(fn) {
		if off != 0 {
			c.errorf(ap, "%s: an offset cannot be used with a wildcard", ap.Provider)
			return
		}
		res := c.probeResolver()
		if res == nil {
			c.errorf(ap, "%s: cannot expand %q: no resolver", ap.Provider, fn)
			return
		}
		list, err := res.KernelFuncs(fn)
		if err != nil || len(list) == 0 {
			c.errorf(ap, "%s: no kernel function matches %s", ap.Provider, fn)
			return
		}
		funcs = list
	}
	for _, f := range funcs {
		name := ap.Provider + ":" + f
		if off != 0 {
			name += fmt.Sprintf("+%d", off)
		}
		add(&ast.AttachInfo{Provider: ap.Provider, Name: name, Target: f, Func: f, Offset: off})
	}
}

// fentry handles fentry/fexit (and bpftrace's kfunc/kretfunc names) with
// the function's arguments typed from BTF.
func (c *checker) fentry(ap *ast.AttachPoint, add func(*ast.AttachInfo)) {
	parts := ap.Parts
	if len(parts) == 2 && parts[1] != "" {
		parts = parts[1:] // module:function
	}
	if len(parts) != 1 || parts[0] == "" {
		c.errorf(ap, "%s needs a kernel function: %s:function", ap.Provider, ap.Provider)
		return
	}
	spec, err := c.kernelTypes()
	if err != nil {
		c.errorf(ap, "%s: %v", ap.Provider, err)
		return
	}
	funcs := []string{parts[0]}
	if isGlob(funcs[0]) {
		res := c.probeResolver()
		if res == nil {
			c.errorf(ap, "%s: cannot expand %q: no resolver", ap.Provider, funcs[0])
			return
		}
		funcs, _ = res.KernelFuncs(funcs[0])
		if len(funcs) == 0 {
			c.errorf(ap, "%s: no kernel function matches %s", ap.Provider, parts[0])
			return
		}
	}
	for _, f := range funcs {
		var fn *btf.Func
		if err := spec.TypeByName(f, &fn); err != nil {
			if len(funcs) == 1 {
				c.errorf(ap, "%s: the kernel's BTF has no function %s", ap.Provider, f)
			}
			continue
		}
		proto, ok := fn.Type.(*btf.FuncProto)
		if !ok {
			continue
		}
		a := &ast.AttachInfo{Provider: ap.Provider, Name: ap.Provider + ":" + f, Target: f, Func: f}
		usable := true
		for i, p := range proto.Params {
			t, err := c.valueType(p.Type)
			if err != nil || t.Kind != ast.KInt && t.Kind != ast.KString || i >= 12 {
				usable = false
				break
			}
			size, _ := btf.Sizeof(p.Type)
			if t.Kind == ast.KString { // char arrays are not passed by value
				usable = false
				break
			}
			a.Fields = append(a.Fields, ast.TracepointField{Name: p.Name, CType: ast.CTypeName(p.Type), Offset: 8 * i,
				Size: size, Signed: t.Signed, Pointer: t.Pointer, Type: t})
		}
		if !usable {
			if len(funcs) == 1 {
				c.errorf(ap, "%s: %s takes arguments gtrace cannot read (structs passed by value)", ap.Provider, f)
			}
			continue
		}
		a.NArgs = len(proto.Params)
		if _, void := proto.Return.(*btf.Void); !void && proto.Return != nil {
			t, err := c.valueType(proto.Return)
			if err == nil && t.Kind == ast.KInt {
				a.Return = t
			}
		}
		add(a)
	}
}

func (c *checker) tracepointHint(cat, ev string) string {
	list, err := c.opts.Resolver.Tracepoints(cat + ":*")
	if err != nil || len(list) == 0 {
		return ""
	}
	var names []string
	for _, t := range list {
		_, e, _ := strings.Cut(t, ":")
		names = append(names, e)
	}
	if h := ast.Hint(ev, names); h != "" {
		return strings.Replace(h, "did you mean ", "did you mean "+cat+":", 1)
	}
	return ""
}

// MaxRegArgs is how many argN a kprobe or uprobe can read from registers.
const MaxRegArgs = 6

// probeArgs types args: the probe's argument record.
func (c *checker) probeArgs(e *ast.Ident) *ast.Type {
	for _, a := range c.probe.Attach {
		if !a.HasArgs() {
			c.errorf(e, "args is only available in tracepoint, fentry and fexit probes, not %s", a.Provider)
			return nil
		}
	}
	return &ast.Type{Kind: ast.KCtx}
}

// probeArg types argN in every attach point of the probe.
func (c *checker) probeArg(e *ast.Ident, n int) *ast.Type {
	var typ *ast.Type
	for _, a := range c.probe.Attach {
		var t *ast.Type
		switch a.Provider {
		case "kprobe", "uprobe":
			if n >= MaxRegArgs {
				c.errorf(e, "%s: only arg0 to arg%d are available", a.Provider, MaxRegArgs-1)
				return nil
			}
			t = &ast.Type{Kind: ast.KInt, Size: 8, UserPtr: a.Provider == "uprobe"}
		case "rawtracepoint":
			switch {
			case a.ArgTypes != nil && n >= len(a.ArgTypes):
				c.errorf(e, "%s has %d argument%s: %s is not one", a.Name, len(a.ArgTypes), plural(len(a.ArgTypes)), e.Name)
				return nil
			case a.ArgTypes != nil:
				t = a.ArgTypes[n]
			case n >= 12:
				c.errorf(e, "rawtracepoint: only arg0 to arg11 are available")
				return nil
			default:
				t = ast.Uint64
			}
		case "usdt":
			if n >= len(a.USDT.Args) {
				c.errorf(e, "%s has %d argument%s: %s is not one", a.Name, len(a.USDT.Args), plural(len(a.USDT.Args)), e.Name)
				return nil
			}
			// bpftrace v0.17 types them uint64 (negative values sign-extended).
			t = &ast.Type{Kind: ast.KInt, Size: 8, UserPtr: true}
		default:
			c.errorf(e, "%s is not available in %s probes%s", e.Name, a.Provider, argsHint(a.Provider))
			return nil
		}
		if typ == nil {
			typ = t
		}
	}
	return typ
}

// probeRetval types retval in every attach point of the probe.
func (c *checker) probeRetval(e *ast.Ident) *ast.Type {
	var typ *ast.Type
	for _, a := range c.probe.Attach {
		t := ast.Uint64
		switch a.Provider {
		case "kretprobe", "uretprobe":
		case "fexit", "kretfunc":
			if a.Return == nil {
				c.errorf(e, "%s returns nothing gtrace can read", a.Func)
				return nil
			}
			t = a.Return
		default:
			c.errorf(e, "retval is not available in %s probes: use kretprobe, uretprobe or fexit", a.Provider)
			return nil
		}
		if typ == nil {
			typ = t
		}
	}
	return typ
}

func argsHint(provider string) string {
	switch provider {
	case "tracepoint", "fentry", "fexit", "kfunc", "kretfunc":
		return ": use args->name"
	}
	return ""
}

// rawTracepointArgs types a raw tracepoint's arguments from the kernel's
// BTF: the typedef btf_trace_NAME points to a prototype whose first
// parameter is the tracepoint's private data and the rest are arg0....
// Without BTF, or for arguments of types gtrace cannot hold, it returns
// nil and every argN reads as a uint64.
func (c *checker) rawTracepointArgs(name string) []*ast.Type {
	spec, err := c.kernelTypes()
	if err != nil {
		return nil
	}
	var td *btf.Typedef
	if spec.TypeByName("btf_trace_"+name, &td) != nil {
		return nil
	}
	ptr, ok := btf.UnderlyingType(td.Type).(*btf.Pointer)
	if !ok {
		return nil
	}
	proto, ok := btf.UnderlyingType(ptr.Target).(*btf.FuncProto)
	if !ok || len(proto.Params) == 0 {
		return nil
	}
	var out []*ast.Type
	for _, p := range proto.Params[1:] {
		t, err := c.valueType(p.Type)
		if err != nil || t.Kind != ast.KInt {
			return nil
		}
		out = append(out, t)
	}
	return out
}
