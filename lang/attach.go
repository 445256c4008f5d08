package lang

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
)

// Attach points and the probe's context: each attach point goes to its
// provider (package probes), which checks its syntax and expands it into
// concrete AttachInfo entries; args, argN and retval are typed by the
// providers of the probe's attach points.

func (c *checker) attach(pr *ast.Probe, probesInScript int) *ast.ProbeInfo {
	pi := &ast.ProbeInfo{}
	c.missing = nil
	skippable := true
	for _, ap := range pr.Attach {
		p := probes.Lookup(ap.Provider)
		if p == nil {
			c.errorf(ap, "unknown probe type %q%s", ap.Provider, ast.Hint(ap.Provider, probes.Names()))
			continue
		}
		skippable = skippable && p.Skippable
		if ap = c.withParams(ap); ap == nil {
			continue
		}
		pi.Attach = append(pi.Attach, p.Expand(c, ap)...)
	}
	// A probe with nothing left to attach is an error, but for uprobes
	// (Provider.Skippable) in a script with other probes: it is left out,
	// and the script must have a probe left (checkSomethingAttaches).
	// What else is missing is a warning.
	left := len(pi.Attach) > 0 && len(pr.Attach) > 1
	if len(c.missing) > 0 && !left && skippable && probesInScript > 1 {
		pi.Dropped = true
		left = true
		c.dropped = append(c.dropped, c.missing...)
		last := c.missing[len(c.missing)-1]
		last.Msg += "; the probe is left out"
	}
	for _, m := range c.missing {
		if left {
			c.info.Warnings = append(c.info.Warnings, m)
		} else {
			c.errs = append(c.errs, m)
		}
	}
	return pi
}

// checkSomethingAttaches: a script whose probes were all left out
// (ProbeInfo.Dropped) has nothing to run: what they lack are errors.
func (c *checker) checkSomethingAttaches() {
	for _, pi := range c.info.Probes {
		if !pi.Dropped {
			return
		}
	}
	for _, m := range c.dropped {
		m.Msg = strings.TrimSuffix(m.Msg, "; the probe is left out")
		c.errs = append(c.errs, m)
		c.info.Warnings = slices.DeleteFunc(c.info.Warnings, func(w *ast.Error) bool { return w == m })
	}
}

// Missing: see probes.Expander; attach decides between warning and error.
func (c *checker) Missing(n ast.Node, format string, args ...any) {
	c.missing = append(c.missing, ast.Errorf(n, format, args...))
}

// The checker as probes.Expander.

var _ probes.Expander = (*checker)(nil)

func (c *checker) Host() probes.Host { return c.opts.Host }

func (c *checker) PID() int { return c.opts.PID }

func (c *checker) HostSymbols() probes.HostSymbols {
	s, _ := c.opts.Host.(probes.HostSymbols)
	return s
}

// provider is the probe type of an attach point the checker expanded.
func provider(a *ast.AttachInfo) *probes.Provider { return probes.Lookup(a.Provider) }

// probeArgs types args: the probe's argument record.
func (c *checker) probeArgs(e *ast.Ident) *ast.Type {
	for _, a := range c.probe.Attach {
		p := provider(a)
		if !p.Args {
			c.errorf(e, "args is only available in %s probes, not %s", list(probes.WithArgs(), "and"), a.Provider)
			return nil
		}
		if p.ArgFields != nil && a.Fields == nil {
			if err := p.ArgFields(c, a); err != nil {
				c.errorf(e, "args: %v", err)
				return nil
			}
		}
	}
	return &ast.Type{Kind: ast.KCtx}
}

// probeCtx types ctx: a pointer to the struct every attach point of the
// probe gets, the same in all.
func (c *checker) probeCtx(e *ast.Ident) *ast.Type {
	var name string
	for _, a := range c.probe.Attach {
		p := provider(a)
		if p.Ctx == nil {
			c.errorf(e, "ctx is not available in %s probes: only in %s", a.Provider, list(probes.WithCtx(), "and"))
			return nil
		}
		n := p.Ctx(a)
		if name != "" && n != name {
			c.errorf(e, "ctx is a struct %s in one attach point of this probe and a struct %s in another", name, n)
			return nil
		}
		name = n
	}
	spec, err := c.KernelTypes()
	if err != nil {
		c.errorf(e, "ctx needs the kernel's types: %v", err)
		return nil
	}
	var st *btf.Struct
	if err := spec.TypeByName(name, &st); err != nil {
		c.errorf(e, "ctx: the kernel's BTF has no struct %s", name)
		return nil
	}
	return &ast.Type{Kind: ast.KInt, Size: 8, Pointer: true, Elem: st}
}

// probeArg types argN in every attach point of the probe; the first
// attach point's type is the probe's.
func (c *checker) probeArg(e *ast.Ident, n int) *ast.Type {
	var typ *ast.Type
	for _, a := range c.probe.Attach {
		p := provider(a)
		if p.Arg == nil {
			hint := ""
			if p.Args {
				hint = ": use args->name"
			}
			c.errorf(e, "%s is not available in %s probes%s", e.Name, a.Provider, hint)
			return nil
		}
		t := p.Arg(c, a, e, n)
		if t == nil {
			return nil
		}
		if typ == nil {
			typ = t
		}
	}
	return typ
}

// probeRegs says every attach point of the probe has the traced task's
// registers, reporting at e the first that does not.
func (c *checker) probeRegs(e ast.Expr, what string) bool {
	return c.everyProvider(e, what, (*probes.Provider).HasRegs, "only where the traced task's registers are", probes.WithRegs())
}

// probeTypedPointers says every attach point's context pointers are
// BTF-typed for the verifier, reporting at e the first that is not.
func (c *checker) probeTypedPointers(e ast.Expr, what string) bool {
	return c.everyProvider(e, what, func(p *probes.Provider) bool { return p.TypedPointers },
		"only where the kernel knows the types of the probe's pointers", probes.WithTypedPointers())
}

// probeOverridable says override() works in every attach point,
// reporting at e the first where it does not.
func (c *checker) probeOverridable(e ast.Expr, what string) bool {
	return c.everyProvider(e, what, func(p *probes.Provider) bool { return p.Overridable },
		"only at a kernel function's entry", probes.Overridable())
}

// everyProvider says has holds for the provider of every attach point of
// the probe, reporting at e the first where it does not: what can not be
// used there, only where (which: the providers where it can).
func (c *checker) everyProvider(e ast.Expr, what string, has func(*probes.Provider) bool, where string, which []string) bool {
	for _, a := range c.probe.Attach {
		if !has(provider(a)) {
			c.errorf(e, "%s can not be used with %q probes: %s (%s)", what, a.Provider, where, list(which, "and"))
			return false
		}
	}
	return true
}

// probeStackArg types sargN in every attach point of the probe.
func (c *checker) probeStackArg(e *ast.Ident, n int) *ast.Type {
	for _, a := range c.probe.Attach {
		if provider(a).EmitStackArg == nil {
			c.errorf(e, "%s is not available in %s probes: only in kprobe and uprobe", e.Name, a.Provider)
			return nil
		}
	}
	return ast.Uint64
}

// probeRetval types retval in every attach point of the probe.
func (c *checker) probeRetval(e *ast.Ident) *ast.Type {
	var typ *ast.Type
	for _, a := range c.probe.Attach {
		p := provider(a)
		if p.Retval == nil {
			c.errorf(e, "retval is not available in %s probes: use %s", a.Provider, list(probes.WithRetval(), "or"))
			return nil
		}
		t := p.Retval(c, a, e)
		if t == nil {
			return nil
		}
		if typ == nil {
			typ = t
		}
	}
	return typ
}

// list writes "a, b and c".
func list(items []string, and string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}

// withParams puts the positional parameters' text for each $N in an
// attach point (uprobe:$1:main, interval:ms:$2), as bpftrace does; a
// parameter not given is an error.
func (c *checker) withParams(ap *ast.AttachPoint) *ast.AttachPoint {
	if !strings.Contains(ap.Raw, "$") {
		return ap
	}
	ok := true
	subst := func(s string) string {
		return paramRef.ReplaceAllStringFunc(s, func(ref string) string {
			n, _ := strconv.Atoi(ref[1:])
			if n < 1 || n > len(c.opts.Params) {
				c.errorf(ap, "%s: positional parameter %s is not given", ap.Raw, ref)
				ok = false
				return ref
			}
			return c.opts.Params[n-1]
		})
	}
	out := *ap
	out.Parts = make([]string, len(ap.Parts))
	for i, p := range ap.Parts {
		out.Parts[i] = subst(p)
	}
	if !ok {
		return nil
	}
	return &out
}

// paramRef is $N in an attach point.
var paramRef = regexp.MustCompile(`\$[0-9]+`)
