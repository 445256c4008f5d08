package probes

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/lang/ast"
)

// watchpoint:ADDR:LEN:MODE fires when the traced process (-c or -p)
// reads (r), writes (w) or executes (x) the LEN bytes at ADDR: a hardware
// breakpoint, a perf event of the process. watchpoint:FUNC+argN:LEN:MODE
// watches, from the time FUNC of the traced program is entered, the
// address its argument N holds: a uprobe on FUNC sends the address to
// gtrace, which sets the breakpoint. For watchpoint the process is stopped
// (SIGSTOP) at that entry until the breakpoint is set, so that FUNC's own
// accesses are seen; asyncwatchpoint lets it run on.

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
			if _, _, _, err := WatchTarget(ap.Parts[0]); err != nil {
				x.Errorf(ap, "%s: %v", ap.Provider, err)
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

// WatchTarget reads a watchpoint's first part: an address, or FUNC+argN
// (fn the function, arg N).
func WatchTarget(target string) (addr uint64, fn string, arg int, err error) {
	if f, n, ok := strings.Cut(target, "+arg"); ok {
		arg, err := strconv.Atoi(n)
		if f == "" || err != nil || arg < 0 || strconv.Itoa(arg) != n {
			return 0, "", 0, fmt.Errorf("%q is not FUNCTION+argN", target)
		}
		if arg >= MaxRegArgs {
			return 0, "", 0, fmt.Errorf("%s: only arg0 to arg%d are in registers", target, MaxRegArgs-1)
		}
		return 0, f, arg, nil
	}
	addr, err = strconv.ParseUint(target, 0, 64)
	if err != nil || addr == 0 {
		return 0, "", 0, fmt.Errorf("%q is not an address, nor FUNCTION+argN", target)
	}
	return addr, "", 0, nil
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
