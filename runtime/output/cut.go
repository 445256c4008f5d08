package output

import (
	"fmt"

	"github.com/gtrace/gtrace/lang/ast"
)

// Cut is a kind of value that a limit cut short. Each is counted while
// tracing and reported as lost events are (Writer.Cut): a wrong answer
// must never be a silent one. The kinds are registered (RegisterCut) by
// what cuts them: loops and strings here, since the compiler and the map
// and string printers share them; a builtin's own in its stdlib file
// (printf's 32-bit conversions).
type Cut int

// CutKind describes a kind of cut value.
type CutKind struct {
	// Name is the kind in JSON ("what": "loops").
	Name string
	// One and Many name one value and several ("loop", "loops"); Rest
	// says what happened to them at the limit (a %d for it).
	One, Many, Rest string
	// Limit is the limit the values were cut at, given the script's
	// string capacity.
	Limit func(strlen int) int
}

// MaxCuts bounds the kinds a runtime counts.
const MaxCuts = 8

var cutKinds []CutKind

// RegisterCut adds a kind of cut value and returns it; kinds the BPF
// programs count must come first (NumKernelCuts).
func RegisterCut(k CutKind) Cut {
	if len(cutKinds) == MaxCuts {
		panic("output: more than MaxCuts kinds of cut values")
	}
	cutKinds = append(cutKinds, k)
	return Cut(len(cutKinds) - 1)
}

// NumCuts is how many kinds are registered.
func NumCuts() int { return len(cutKinds) }

var (
	// CutLoops: loops stopped at bpf_loop's limit of iterations.
	CutLoops = RegisterCut(CutKind{Name: "loops", One: "loop", Many: "loops",
		Rest:  "stopped at bpf_loop's limit of %d iterations",
		Limit: func(int) int { return ast.MaxLoopIterations }})
	// CutStrings: strings printed that filled max_strlen, so that the
	// end of a longer one may be missing.
	CutStrings = RegisterCut(CutKind{Name: "strings", One: "string", Many: "strings",
		Rest:  "printed filled max_strlen (%d bytes) and may have been cut; raise max_strlen in the config block or BPFTRACE_STRLEN",
		Limit: func(strlen int) int { return strlen }})
)

// NumKernelCuts is how many kinds the BPF programs count (in the slots
// after the lost events'): the loops. The others are counted in user
// space, when values are printed.
const NumKernelCuts = 1

func (c Cut) kind() CutKind {
	if int(c) < 0 || int(c) >= len(cutKinds) {
		return CutKind{Name: fmt.Sprintf("cut%d", int(c)), One: "value", Many: "values", Rest: "were cut at %d",
			Limit: func(int) int { return 0 }}
	}
	return cutKinds[c]
}

func (c Cut) String() string { return c.kind().Name }

// Limit is the limit values of the kind were cut at.
func (c Cut) Limit(strlen int) int { return c.kind().Limit(strlen) }

// Message says what was cut: n of them, at limit.
func (c Cut) Message(n uint64, limit int) string {
	k := c.kind()
	what := fmt.Sprintf("%d %s", n, k.Many)
	if n == 1 {
		what = "1 " + k.One
	}
	return what + " " + fmt.Sprintf(k.Rest, limit)
}
