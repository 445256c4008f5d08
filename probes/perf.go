package probes

import (
	"strconv"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/lang/ast"
)

// software:event[:count] and hardware:event[:count]: a perf event on
// every CPU; the program runs every count events.

// PerfEvent is one software or hardware event: its name, bpftrace's alias
// for it, the perf config, and the period bpftrace uses when the probe
// gives no count.
type PerfEvent struct {
	Name, Alias   string
	Config        uint64
	DefaultPeriod uint64
}

// SoftwareEvents follows bpftrace v0.17's table (and what its
// perf_event_open calls show): task-clock's default period really is 1 ns
// there, although the reference guide says 1000000.
var SoftwareEvents = []PerfEvent{
	{"alignment-faults", "", unix.PERF_COUNT_SW_ALIGNMENT_FAULTS, 1},
	{"bpf-output", "", unix.PERF_COUNT_SW_BPF_OUTPUT, 1},
	{"context-switches", "cs", unix.PERF_COUNT_SW_CONTEXT_SWITCHES, 1000},
	{"cpu-clock", "cpu", unix.PERF_COUNT_SW_CPU_CLOCK, 1000000},
	{"cpu-migrations", "migrations", unix.PERF_COUNT_SW_CPU_MIGRATIONS, 1},
	{"dummy", "", unix.PERF_COUNT_SW_DUMMY, 1},
	{"emulation-faults", "", unix.PERF_COUNT_SW_EMULATION_FAULTS, 1},
	{"major-faults", "", unix.PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1},
	{"minor-faults", "", unix.PERF_COUNT_SW_PAGE_FAULTS_MIN, 100},
	{"page-faults", "faults", unix.PERF_COUNT_SW_PAGE_FAULTS, 100},
	{"task-clock", "", unix.PERF_COUNT_SW_TASK_CLOCK, 1},
}

// HardwareEvents follows bpftrace v0.17's table.
var HardwareEvents = []PerfEvent{
	{"backend-stalls", "", unix.PERF_COUNT_HW_STALLED_CYCLES_BACKEND, 1000000},
	{"branch-instructions", "branches", unix.PERF_COUNT_HW_BRANCH_INSTRUCTIONS, 100000},
	{"branch-misses", "", unix.PERF_COUNT_HW_BRANCH_MISSES, 100000},
	{"bus-cycles", "", unix.PERF_COUNT_HW_BUS_CYCLES, 100000},
	{"cache-misses", "", unix.PERF_COUNT_HW_CACHE_MISSES, 1000000},
	{"cache-references", "", unix.PERF_COUNT_HW_CACHE_REFERENCES, 1000000},
	{"cpu-cycles", "cycles", unix.PERF_COUNT_HW_CPU_CYCLES, 1000000},
	{"frontend-stalls", "", unix.PERF_COUNT_HW_STALLED_CYCLES_FRONTEND, 1000000},
	{"instructions", "", unix.PERF_COUNT_HW_INSTRUCTIONS, 1000000},
	{"ref-cycles", "", unix.PERF_COUNT_HW_REF_CPU_CYCLES, 1000000},
}

// Software and Hardware are the providers, for the runtime.
var (
	Software = register(perfProvider("software", "s", SoftwareEvents))
	Hardware = register(perfProvider("hardware", "h", HardwareEvents))
)

// EventNames lists the names and aliases of a table's events.
func EventNames(table []PerfEvent) []string {
	var names []string
	for _, e := range table {
		names = append(names, e.Name)
		if e.Alias != "" {
			names = append(names, e.Alias)
		}
	}
	return names
}

// LookupEvent finds an event by name or alias.
func LookupEvent(table []PerfEvent, name string) (PerfEvent, bool) {
	for _, e := range table {
		if name == e.Name || e.Alias != "" && name == e.Alias {
			return e, true
		}
	}
	return PerfEvent{}, false
}

func perfProvider(name, short string, table []PerfEvent) *Provider {
	return &Provider{
		Name: name, Aliases: map[string]string{short: name},
		Usage: name + ":event[:count]", ProgType: ebpf.PerfEvent,
		Expand: func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
			if len(ap.Parts) < 1 || len(ap.Parts) > 2 || ap.Parts[0] == "" {
				x.Errorf(ap, "%s needs an event and an optional count: %s:event[:count]", ap.Provider, ap.Provider)
				return nil
			}
			ev := ap.Parts[0]
			if _, ok := LookupEvent(table, ev); !ok {
				x.Errorf(ap, "%s: unknown event %q%s", ap.Provider, ev, ast.Hint(ev, EventNames(table)))
				return nil
			}
			var n uint64
			name := ap.Provider + ":" + ev
			if len(ap.Parts) == 2 {
				var err error
				n, err = strconv.ParseUint(ap.Parts[1], 0, 64)
				if err != nil || n == 0 {
					x.Errorf(ap, "%s: %q is not a positive number", ap.Provider, ap.Parts[1])
					return nil
				}
				name += ":" + ap.Parts[1]
			}
			return []*ast.AttachInfo{{Provider: ap.Provider, Name: name, Target: ev, Value: n}}
		},
	}
}
