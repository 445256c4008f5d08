package output

import "fmt"

// Cut is a kind of value that a limit cut short. Each is counted while
// tracing and reported as lost events are (Writer.Cut): a wrong answer
// must never be a silent one.
type Cut int

const (
	// CutLoops: loops stopped at bpf_loop's limit of iterations.
	CutLoops Cut = iota
	// CutStrings: strings printed that filled max_strlen, so that the
	// end of a longer one may be missing.
	CutStrings
	// CutPrintf: integers printed by a 32-bit printf conversion that did
	// not fit it.
	CutPrintf
	// NumKernelCuts is how many kinds the BPF programs count (in the
	// slots after the lost events'): the loops. The others are counted
	// in user space, when values are printed.
	NumKernelCuts = 1
)

func (c Cut) String() string {
	switch c {
	case CutLoops:
		return "loops"
	case CutStrings:
		return "strings"
	case CutPrintf:
		return "printf"
	}
	return fmt.Sprintf("cut%d", int(c))
}

// Message says what was cut: n of them, at limit.
func (c Cut) Message(n uint64, limit int) string {
	plural := func(one, many string) string {
		if n == 1 {
			return fmt.Sprintf("1 %s", one)
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	switch c {
	case CutLoops:
		return plural("loop", "loops") + fmt.Sprintf(" stopped at bpf_loop's limit of %d iterations", limit)
	case CutStrings:
		return plural("string", "strings") + fmt.Sprintf(" printed filled max_strlen (%d bytes) and may have been cut; raise max_strlen in the config block or BPFTRACE_STRLEN", limit)
	case CutPrintf:
		return plural("printf integer", "printf integers") + fmt.Sprintf(" did not fit a %d-bit conversion and were cut; use %%ld, %%lu or %%lx", limit)
	}
	return fmt.Sprintf("%d values of kind %d were cut at %d", n, int(c), limit)
}
