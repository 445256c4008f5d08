// Package stdlib is gtrace's library of builtins: every builtin variable,
// function and aggregation, each in its own file (or one file for a tight
// family, such as the aggregations) holding all there is to know about
// it: its name, kind, arguments and doc; its type rule; the BPF code it
// compiles to; and, for builtins whose results are printed in user space,
// the handler of its events and the renderer of its values.
//
// The checker (lang), the code generator (codegen) and the runtime reach
// a builtin only through this table (Lookup) and the narrow interfaces
// declared here, which they implement: Checker, Emitter and Runtime. No
// other package matches a builtin's name. Call Lookup first.
//
// Adding a builtin is adding a file here that calls register in its init,
// and its test.
package stdlib

import (
	"sort"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// Kind says what sort of builtin a name is.
type Kind int

const (
	Variable    Kind = iota // pid, comm, ...
	Function                // printf(), str(), ...
	Aggregation             // count(), hist(), ... : only as `@m = agg(...)`
)

// Builtin is one builtin. Check is required; of Int, Value and Stmt, a
// builtin defines those its results need.
type Builtin struct {
	Name    string
	Kind    Kind
	MinArgs int
	MaxArgs int // -1: variadic
	Doc     string
	// Bare lets a function be named without parentheses, as a variable
	// (kstack and kstack(perf) both work).
	Bare bool
	// Unsafe builtins change the system; they are refused without
	// --unsafe, as in bpftrace.
	Unsafe bool
	// Match, when set, makes the builtin answer to a family of names
	// (arg0, arg1, ...) instead of Name, which then only documents it.
	Match func(name string) bool

	// Check types a use of the builtin: x is the *ast.Ident or *ast.Call,
	// args the call's arguments (nil for a variable), already counted
	// against MinArgs and MaxArgs. It reports its own errors and returns
	// nil after one.
	Check func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type
	// Int compiles an integer-valued use, leaving the value in r0.
	Int func(e Emitter, x ast.Expr, args []ast.Expr)
	// Value compiles a string-, tuple- or buffer-valued use, writing the
	// value at scratch offset off.
	Value func(e Emitter, x ast.Expr, args []ast.Expr, off int)
	// Stmt compiles a call whose result is not used (printf, exit,
	// delete, ...). Without it, a call statement is compiled by Int or
	// Value and its result dropped.
	Stmt func(e Emitter, call *ast.Call)
	// Render decodes a value of the type this builtin produces (an
	// ast.Type whose Output is Output, or Name when Output is empty):
	// symbols, stacks, timestamps, addresses.
	Render func(r Runtime, b []byte, t *ast.Type) (output.Value, error)
	Output string
	// Agg describes an aggregation (Kind == Aggregation).
	Agg *Aggregator
	// Samples are uses of the builtin that the script generator
	// (internal/progen) writes as they are, "%s" standing for any
	// integer expression: builtins that need no context (an integer
	// variable, a value of its own output type) say here how they are
	// written, and the generator covers them without knowing them.
	// Each sample is its own type of value there (kstack and
	// kstack(perf) differ). Empty: the generator has its own rules.
	Samples []string
}

var (
	table     = map[string]*Builtin{}
	matchers  []*Builtin
	renderers = map[string]*Builtin{} // by output type
)

// register adds a builtin to the table; each file's init calls it.
func register(b *Builtin) {
	if b.Match != nil {
		matchers = append(matchers, b)
		return
	}
	if table[b.Name] != nil {
		panic("stdlib: builtin " + b.Name + " registered twice")
	}
	table[b.Name] = b
	if b.Render != nil {
		out := b.Output
		if out == "" {
			out = b.Name
		}
		renderers[out] = b
	}
}

// Lookup returns the builtin called name, or nil.
func Lookup(name string) *Builtin {
	if b := table[name]; b != nil {
		return b
	}
	for _, b := range matchers {
		if b.Match(name) {
			return b
		}
	}
	return nil
}

// Renderer returns the builtin rendering values of the output type
// named typ (ast.Type.Output), or nil.
func Renderer(typ string) *Builtin { return renderers[typ] }

// Names returns the name of every builtin of kind k, sorted; families of
// names (arg0, arg1, ...) are left out.
func Names(k Kind) []string {
	var out []string
	for n, b := range table {
		if b.Kind == k {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// IdentNames returns the name of every builtin that can be written as a
// bare name: the variables and the Bare functions (pid, kstack), sorted.
func IdentNames() []string {
	var out []string
	for n, b := range table {
		if b.Kind == Variable || b.Bare {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// All returns every builtin, sorted by name.
func All() []*Builtin {
	out := make([]*Builtin, 0, len(table)+len(matchers))
	for _, b := range table {
		out = append(out, b)
	}
	out = append(out, matchers...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
