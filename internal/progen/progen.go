// Package progen generates random, well-typed gtrace scripts, for
// property tests of the compiler: every script it writes must pass the
// checker, and every script the checker accepts must compile to programs
// the kernel's verifier accepts. Call Build (or Generate) with a seeded
// *rand.Rand; the same seed gives the same script. A failing script is
// made small with Reduce, which works on the syntax tree Build returns.
//
// The generator keeps the types of the variables and maps it has made,
// probe by probe, so that each expression it writes has the type its
// place needs: see gen.go for what it covers and what it leaves out.
package progen

import (
	"math/rand"
	"strings"
)

// Kind is what a node of a generated script is.
type Kind int

const (
	// Text is a verbatim piece of source: an operator, a keyword, a
	// constant the language requires to be a literal.
	Text Kind = iota
	// Program holds the probes (and a config block, as Text).
	Program
	// Probe is an attach point list, an optional predicate and a Block.
	Probe
	// Block holds statements only; the renderer adds the braces.
	Block
	// Stmt is one statement: its pieces, and any blocks it owns.
	Stmt
	// Expr is an expression of the type named by Type.
	Expr
)

// Node is a piece of a generated script. The reducer removes probes and
// statements, replaces a statement by the statements of its Body, and
// replaces an expression by Simple or by a sub-expression of its type.
type Node struct {
	Kind  Kind
	Lit   string  // Text, or an Expr leaf
	Parts []*Node // everything else: rendered in order
	// Type names an Expr's type ("i" integer, "s" string, tuples and the
	// printed-as types by their shape); expressions of equal Type may
	// stand for each other.
	Type string
	// Simple is the simplest expression of Type ("0", `""`): what the
	// reducer tries first in an expression's place.
	Simple string
	// Body is the block of a compound statement whose statements may
	// replace it (if, loops).
	Body *Node
}

// String renders the script.
func (n *Node) String() string {
	var b strings.Builder
	n.render(&b, 0)
	return b.String()
}

func (n *Node) render(b *strings.Builder, indent int) {
	switch n.Kind {
	case Text:
		b.WriteString(n.Lit)
	case Block:
		b.WriteString("{\n")
		for _, s := range n.Parts {
			b.WriteString(strings.Repeat("\t", indent+1))
			s.render(b, indent+1)
			b.WriteString("\n")
		}
		b.WriteString(strings.Repeat("\t", indent))
		b.WriteString("}")
	case Program:
		for _, p := range n.Parts {
			p.render(b, 0)
			b.WriteString("\n")
		}
	case Expr:
		if len(n.Parts) == 0 {
			b.WriteString(n.Lit)
			return
		}
		fallthrough
	default:
		for _, p := range n.Parts {
			p.render(b, indent)
		}
	}
}

// clone copies the tree; Body keeps pointing into the copy.
func (n *Node) clone() *Node {
	c := *n
	if n.Parts != nil {
		c.Parts = make([]*Node, len(n.Parts))
		for i, p := range n.Parts {
			c.Parts[i] = p.clone()
			if p == n.Body {
				c.Body = c.Parts[i]
			}
		}
	}
	return &c
}

// walk visits the nodes in preorder; f returns false to stop.
func (n *Node) walk(f func(n, parent *Node) bool) bool {
	var visit func(n, parent *Node) bool
	visit = func(n, parent *Node) bool {
		if !f(n, parent) {
			return false
		}
		for _, p := range n.Parts {
			if !visit(p, n) {
				return false
			}
		}
		return true
	}
	return visit(n, nil)
}

// Size counts the nodes that are not Text.
func (n *Node) Size() int {
	count := 0
	n.walk(func(n, _ *Node) bool {
		if n.Kind != Text {
			count++
		}
		return true
	})
	return count
}

// Options bound what Build writes; zero fields take the defaults.
type Options struct {
	MaxProbes int // probes per script (default 4)
	MaxStmts  int // statements per block (default 5)
	MaxDepth  int // nesting of blocks inside a probe (default 3)
	// Uprobe, as "binary:function", adds uprobe and uretprobe probes on
	// that function (arg0..., retval, func); empty leaves them out.
	Uprobe string
	// UprobeVar names a variable of the uprobe's binary, for uaddr().
	UprobeVar string
}

func (o Options) withDefaults() Options {
	if o.MaxProbes <= 0 {
		o.MaxProbes = 4
	}
	if o.MaxStmts <= 0 {
		o.MaxStmts = 5
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = 3
	}
	return o
}

// Params are the positional parameters every generated script expects:
// $1 is a number, $2 a string.
func Params() []string { return []string{"7", "hello"} }

// Generate returns a random well-typed script.
func Generate(r *rand.Rand, o Options) string { return Build(r, o).String() }
