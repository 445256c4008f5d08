package progen

import (
	"strings"

	"github.com/gtrace/gtrace/stdlib"
)

// The generator's types: what the checker's types are for choosing an
// expression that fits a place. Integer width and signedness do not
// matter there (the checker's Type.Equal ignores them), nor string
// capacity (it widens); what matters is the kind, a tuple's shape, and
// for values printed otherwise than they are stored (symbols, stacks,
// addresses, timestamps) which of those they are.

type tkind int

const (
	tInt tkind = iota
	tStr
	tTup
	tOut // a value with an output type, spelled as a builtin's sample
)

type typ struct {
	k     tkind
	out   string // tOut: the builtin's sample that makes it (%s: an integer)
	elems []typ  // tTup
}

var (
	intT = typ{k: tInt}
	strT = typ{k: tStr}
)

func tupT(elems ...typ) typ { return typ{k: tTup, elems: elems} }

// key names the type; equal keys are equal types for the checker.
func (t typ) key() string {
	switch t.k {
	case tInt:
		return "i"
	case tStr:
		return "s"
	case tOut:
		return t.out
	}
	keys := make([]string, len(t.elems))
	for i, e := range t.elems {
		keys[i] = e.key()
	}
	return "(" + strings.Join(keys, ",") + ")"
}

// simple is the simplest expression of type t.
func (t typ) simple() string {
	switch t.k {
	case tInt:
		return "0"
	case tStr:
		return `""`
	case tOut:
		return strings.ReplaceAll(t.out, "%s", "0")
	}
	parts := make([]string, len(t.elems))
	for i, e := range t.elems {
		parts[i] = e.simple()
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// outTypes are the output types the generator makes values of: the
// samples of the builtins that render their values (stdlib.Builtin's
// Samples and Render), each its own type (kstack and kstack(perf) differ).
var outTypes, intSamples = func() (out, ints []string) {
	for _, b := range stdlib.All() {
		if b.Render != nil {
			out = append(out, b.Samples...)
		} else {
			ints = append(ints, b.Samples...)
		}
	}
	return out, ints
}()

// paths lists the tuple field accesses (".1", ".0.1") of t that have
// type want.
func (t typ) paths(want string) []string {
	var out []string
	if t.k != tTup {
		return nil
	}
	for i, e := range t.elems {
		p := "." + string(rune('0'+i))
		if e.key() == want {
			out = append(out, p)
		}
		for _, q := range e.paths(want) {
			out = append(out, p+q)
		}
	}
	return out
}
