package lang

import (
	"strconv"
	"strings"
)

// Attach points: each provider's syntax is checked here and expanded into
// concrete AttachInfo entries (wildcards resolved through the Resolver).

var providers = []string{"BEGIN", "END", "tracepoint", "interval", "profile", "software", "hardware",
	"kprobe", "kretprobe", "uprobe", "uretprobe", "usdt", "rawtracepoint", "kfunc", "kretfunc", "fentry", "fexit"}

func (c *checker) attach(pr *Probe) *ProbeInfo {
	pi := &ProbeInfo{}
	for _, ap := range pr.Attach {
		switch ap.Provider {
		case "BEGIN", "END":
			if len(ap.Parts) != 0 {
				c.errorf(ap, "%s takes no arguments", ap.Provider)
			}
			pi.Attach = append(pi.Attach, &AttachInfo{Provider: ap.Provider, Name: ap.Provider})
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
			if strings.ContainsAny(targets[0], "*?") {
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
				pi.Attach = append(pi.Attach, &AttachInfo{Provider: "tracepoint", Name: "tracepoint:" + t, Target: t, Fields: fields})
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
			pi.Attach = append(pi.Attach, &AttachInfo{Provider: ap.Provider, Name: ap.Provider + ":" + ap.Parts[0] + ":" + ap.Parts[1], Unit: ap.Parts[0], Value: n})
		default:
			known := false
			for _, p := range providers {
				known = known || p == ap.Provider
			}
			if known {
				c.errorf(ap, "probe type %s is not supported yet", ap.Provider)
			} else {
				c.errorf(ap, "unknown probe type %q%s", ap.Provider, hint(ap.Provider, providers))
			}
		}
	}
	return pi
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
	if h := hint(ev, names); h != "" {
		return strings.Replace(h, "did you mean ", "did you mean "+cat+":", 1)
	}
	return ""
}

// contextIdent types the builtins whose meaning depends on the probe type:
// arguments, return values, the traced function. ok is false for names it
// does not know; it reports its own errors and then returns (nil, true).
func (c *checker) contextIdent(e *Ident) (*Type, bool) {
	switch e.Name {
	case "retval", "func", "ctx":
		c.errorf(e, "%s is not available in this probe type", e.Name)
		return nil, true
	}
	return nil, false
}
