package probes

import (
	"strconv"
	"strings"

	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/lang/ast"
)

// watchpoint:ADDR:LEN:MODE fires when the traced process (-c or -p)
// reads (r), writes (w) or executes (x) the LEN bytes at ADDR: a hardware
// breakpoint, a perf event of the process. asyncwatchpoint is the same
// here: bpftrace's difference (who stops the process) does not apply.

// Watchpoint and AsyncWatchpoint are the providers, for the runtime.
var (
	Watchpoint      = register(watchpoint("watchpoint"))
	AsyncWatchpoint = register(watchpoint("asyncwatchpoint"))
)

// WatchModes are the modes a watchpoint takes, as the kernel's
// HW_BREAKPOINT_R, _W and _X bits.
var WatchModes = map[string]uint32{"r": 1, "w": 2, "rw": 3, "x": 4}

func watchpoint(name string) *Provider {
	return &Provider{
		Name: name, Usage: name + ":ADDRESS:LENGTH:MODE (MODE: r, w, rw or x)", ProgType: ebpf.PerfEvent,
		Expand: func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
			if len(ap.Parts) != 3 {
				x.Errorf(ap, "%s needs an address, a length and a mode: %s:ADDRESS:LENGTH:MODE", ap.Provider, ap.Provider)
				return nil
			}
			if strings.Contains(ap.Parts[0], "+arg") {
				x.Errorf(ap, "%s: the function+argN form is not supported yet; give the address", ap.Provider)
				return nil
			}
			addr, err := strconv.ParseUint(ap.Parts[0], 0, 64)
			if err != nil || addr == 0 {
				x.Errorf(ap, "%s: %q is not an address", ap.Provider, ap.Parts[0])
				return nil
			}
			n, err := strconv.ParseUint(ap.Parts[1], 0, 64)
			if err != nil || n != 1 && n != 2 && n != 4 && n != 8 {
				x.Errorf(ap, "%s: the length must be 1, 2, 4 or 8, not %q", ap.Provider, ap.Parts[1])
				return nil
			}
			mode := normalMode(ap.Parts[2])
			if _, ok := WatchModes[mode]; !ok {
				x.Errorf(ap, "%s: the mode must be r, w, rw or x, not %q", ap.Provider, ap.Parts[2])
				return nil
			}
			return []*ast.AttachInfo{{Provider: ap.Provider, Name: ap.Provider + ":" + strings.Join(ap.Parts, ":"),
				Target: ap.Parts[0], Value: n, Unit: mode}}
		},
	}
}

// normalMode writes a mode's letters in the order r, w, x ("wr" is rw).
func normalMode(m string) string {
	var b strings.Builder
	for _, c := range "rwx" {
		if strings.ContainsRune(m, c) {
			b.WriteRune(c)
		}
	}
	if b.Len() != len(m) {
		return m // a letter twice, or another one
	}
	return b.String()
}
