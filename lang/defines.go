package lang

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/lang/cdecl"
)

// #define constants: `#define NAME VALUE` makes NAME a constant wherever
// the script uses it as a bare word, VALUE being an integer constant
// expression (literals in C's forms, other defines, the named constants
// of consts.go, C's unary and binary operators and parentheses) or a
// string literal. Evaluated on first use; a value gtrace cannot evaluate
// is an error where the name is used, as a C compiler would complain
// there.

// defined is a define's value: an integer or a string, or why not.
type defined struct {
	n        int64
	s        string
	isString bool
	err      string
}

// define evaluates d; seen holds the defines being evaluated (a cycle is
// an error).
func (c *checker) define(d *ast.Define, seen map[string]bool) *defined {
	if v := c.defined[d.Name]; v != nil {
		return v
	}
	if seen[d.Name] {
		return &defined{err: fmt.Sprintf("#define %s refers to itself", d.Name)}
	}
	if seen == nil {
		seen = map[string]bool{}
	}
	seen[d.Name] = true
	defer delete(seen, d.Name)
	v := &defined{}
	if strings.HasPrefix(d.Value, `"`) {
		s, err := strconv.Unquote(d.Value)
		if err != nil {
			v.err = fmt.Sprintf("#define value %s is not a string literal gtrace reads", d.Value)
		} else {
			v.s, v.isString = s, true
		}
	} else {
		e := &defineEval{c: c, seen: seen, toks: defineTokens(d.Value)}
		n, err := e.expr(0)
		if err == nil && e.i < len(e.toks) {
			err = fmt.Errorf("unexpected %q", e.toks[e.i])
		}
		if err != nil {
			shown := d.Value
			if len(shown) > 60 {
				shown = shown[:57] + "..."
			}
			v.err = fmt.Sprintf("#define value %q is not a constant gtrace can evaluate: %v", shown, err)
		}
		v.n = n
	}
	if c.defined == nil {
		c.defined = map[string]*defined{}
	}
	c.defined[d.Name] = v
	return v
}

// defineTokens splits a define's value into numbers, names, operators
// and parentheses.
func defineTokens(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		ch := s[i]
		switch {
		case ch == ' ' || ch == '\t':
			i++
		case isWordByte(ch):
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case ch == '\'' && i+2 < len(s) && s[i+2] == '\'':
			toks = append(toks, strconv.Itoa(int(s[i+1])))
			i += 3
		default:
			n := 1
			if i+1 < len(s) {
				switch s[i : i+2] {
				case "<<", ">>", "&&", "||", "==", "!=", "<=", ">=":
					n = 2
				}
			}
			toks = append(toks, s[i:i+n])
			i += n
		}
	}
	return toks
}

func isWordByte(ch byte) bool {
	return ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
}

// defineEval evaluates a define's tokens by precedence climbing, with
// the script's own precedence table (binaryPrec).
type defineEval struct {
	c     *checker
	seen  map[string]bool
	toks  []string
	i     int
	depth int // of parentheses and unary operators: bounded, as the parser's
}

func (e *defineEval) expr(min int) (int64, error) {
	l, err := e.unary()
	if err != nil {
		return 0, err
	}
	for e.i < len(e.toks) {
		op := e.toks[e.i]
		p, ok := binaryPrec[op]
		if !ok || p <= min {
			break
		}
		e.i++
		r, err := e.expr(p)
		if err != nil {
			return 0, err
		}
		if l, err = applyBinary(op, l, r); err != nil {
			return 0, err
		}
	}
	return l, nil
}

func applyBinary(op string, l, r int64) (int64, error) {
	b := func(x bool) int64 {
		if x {
			return 1
		}
		return 0
	}
	switch op {
	case "||":
		return b(l != 0 || r != 0), nil
	case "&&":
		return b(l != 0 && r != 0), nil
	case "|":
		return l | r, nil
	case "^":
		return l ^ r, nil
	case "&":
		return l & r, nil
	case "==":
		return b(l == r), nil
	case "!=":
		return b(l != r), nil
	case "<":
		return b(l < r), nil
	case "<=":
		return b(l <= r), nil
	case ">":
		return b(l > r), nil
	case ">=":
		return b(l >= r), nil
	case "<<":
		return l << uint64(r&63), nil
	case ">>":
		return l >> uint64(r&63), nil
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	}
	if r == 0 {
		return 0, fmt.Errorf("division by zero")
	}
	if op == "/" {
		return l / r, nil
	}
	return l % r, nil
}

func (e *defineEval) unary() (int64, error) {
	if e.i >= len(e.toks) {
		return 0, fmt.Errorf("it ends too soon")
	}
	if e.depth++; e.depth > maxDepth {
		return 0, fmt.Errorf("it nests more than %d deep", maxDepth)
	}
	defer func() { e.depth-- }()
	t := e.toks[e.i]
	e.i++
	switch t {
	case "-", "+", "~", "!":
		v, err := e.unary()
		switch t {
		case "-":
			v = -v
		case "~":
			v = ^v
		case "!":
			if v == 0 {
				v = 1
			} else {
				v = 0
			}
		}
		return v, err
	case "(":
		v, err := e.expr(0)
		if err != nil {
			return 0, err
		}
		if e.i >= len(e.toks) || e.toks[e.i] != ")" {
			return 0, fmt.Errorf("a ( without )")
		}
		e.i++
		return v, nil
	}
	if t[0] >= '0' && t[0] <= '9' {
		return cdecl.ParseInt(t)
	}
	if !isWordByte(t[0]) {
		return 0, fmt.Errorf("unexpected %q", t)
	}
	if d := e.c.defines[t]; d != nil {
		v := e.c.define(d, e.seen)
		switch {
		case v.err != "":
			return 0, fmt.Errorf("%s: %s", t, v.err)
		case v.isString:
			return 0, fmt.Errorf("%s is a string", t)
		}
		return v.n, nil
	}
	if v, _, ok := e.c.namedConstant(t); ok {
		return v, nil
	}
	return 0, fmt.Errorf("%s is not a constant gtrace knows", t)
}
