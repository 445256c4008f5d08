package probes

import (
	"strconv"

	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/lang/ast"
)

// interval:unit:n fires once per period on one CPU; profile:unit:n fires
// on every CPU, for sampling. Both are cpu-clock perf events.

// Interval and Profile are the providers, for the runtime.
var (
	Interval = register(timer("interval", "i"))
	Profile  = register(timer("profile", "p"))
)

// timerUnits are the units of interval and profile.
var timerUnits = map[string]bool{"s": true, "ms": true, "us": true, "hz": true}

func timer(name, short string) *Provider {
	return &Provider{
		Name: name, Aliases: map[string]string{short: name},
		Usage: name + ":s|ms|us|hz:N", ProgType: ebpf.PerfEvent,
		Expand: func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
			if len(ap.Parts) != 2 || !timerUnits[ap.Parts[0]] {
				x.Errorf(ap, "%s needs a unit and a number: %s:s|ms|us|hz:N", ap.Provider, ap.Provider)
				return nil
			}
			n, err := strconv.ParseUint(ap.Parts[1], 0, 64)
			if err != nil || n == 0 {
				x.Errorf(ap, "%s: %q is not a positive number", ap.Provider, ap.Parts[1])
				return nil
			}
			return []*ast.AttachInfo{{Provider: ap.Provider, Name: ap.Provider + ":" + ap.Parts[0] + ":" + ap.Parts[1], Unit: ap.Parts[0], Value: n}}
		},
	}
}
