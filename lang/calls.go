package lang

import (
	"fmt"
	"strings"

	"github.com/gtrace/gtrace/stdlib"
)

// Builtin function calls: argument rules and result types.

func (c *checker) call(e *Call) *Type {
	b := stdlib.Lookup(e.Name)
	if b == nil {
		var names []string
		names = append(names, stdlib.Names(stdlib.Function)...)
		names = append(names, stdlib.Names(stdlib.Aggregation)...)
		c.errorf(e, "unknown function %s()%s", e.Name, hint(e.Name, names))
		for _, a := range e.Args {
			c.expr(a)
		}
		return nil
	}
	switch b.Kind {
	case stdlib.Variable:
		c.errorf(e, "%s is a variable, not a function", e.Name)
		return nil
	case stdlib.Aggregation:
		c.errorf(e, "%s() must be assigned to a map: @x = %s(...)", e.Name, e.Name)
		return nil
	}
	if !c.arity(e, b) {
		return nil
	}
	switch e.Name {
	case "printf":
		return c.printf(e)
	case "print":
		if m, ok := e.Args[0].(*MapRef); ok && m.Keys == nil {
			c.mapRead(m, true)
			for _, a := range e.Args[1:] {
				if _, ok := c.constInt(a); !ok {
					c.errorf(a, "print() top and divisor must be constant integers")
				}
			}
			return Void
		}
		if len(e.Args) > 1 {
			c.errorf(e.Args[1], "print() takes top and divisor only for a whole map")
			return nil
		}
		t := c.expr(e.Args[0])
		if t != nil && !storable(t) {
			c.errorf(e.Args[0], "cannot print %s", t)
		}
		return Void
	case "exit":
		return Void
	case "sizeof", "offsetof":
		return c.sizeofOffsetof(e)
	case "strncmp":
		for _, a := range e.Args[:2] {
			if t := c.expr(a); t != nil && t.Kind != KString {
				c.errorf(a, "strncmp() compares strings, not %s", t)
			}
		}
		if n, ok := c.constInt(e.Args[2]); !ok || n < 0 {
			c.errorf(e.Args[2], "strncmp() needs a constant, non-negative length")
		}
		c.expr(e.Args[2])
		return Int64
	case "strcontains":
		if t := c.expr(e.Args[0]); t != nil && t.Kind != KString {
			c.errorf(e.Args[0], "strcontains() searches a string, not %s", t)
		}
		lit, ok := e.Args[1].(*StrLit)
		if !ok {
			c.errorf(e.Args[1], "strcontains() needs a string literal to search for")
			return nil
		}
		c.expr(lit)
		return Int64
	case "str":
		t := c.expr(e.Args[0])
		if len(e.Args) == 2 {
			c.intExpr(e.Args[1])
		}
		if t == nil {
			return nil
		}
		if t.Kind == KString {
			return t
		}
		if t.Kind != KInt {
			c.errorf(e.Args[0], "str() needs a pointer or a string, not %s", t)
			return nil
		}
		return StringType(c.info.Strlen)
	case "delete":
		m, ok := e.Args[0].(*MapRef)
		if !ok {
			c.errorf(e.Args[0], "delete() needs a map element: delete(@m[key]) or delete(@m, key)")
			return nil
		}
		if len(e.Args) == 2 {
			if m.Keys != nil {
				c.errorf(e.Args[0], "delete(@m, key) takes the map without a key")
				return nil
			}
			// Check the key as if written @m[key].
			keyed := &MapRef{Span: m.Span, Name: m.Name, Keys: []Expr{e.Args[1]}}
			if tup, ok := e.Args[1].(*Tuple); ok {
				keyed.Keys = tup.Elems
			}
			c.mapRead(keyed, false)
			c.info.Types[e.Args[1]] = c.mapKey(keyed)
			return Void
		}
		c.mapRead(m, false)
		return Void
	case "clear", "zero":
		m, ok := e.Args[0].(*MapRef)
		if !ok || m.Keys != nil {
			c.errorf(e.Args[0], "%s() needs a whole map: %s(@m)", e.Name, e.Name)
			return nil
		}
		c.mapRead(m, true)
		return Void
	}
	c.errorf(e, "%s() is not supported yet", e.Name)
	return nil
}

func (c *checker) printf(e *Call) *Type {
	lit, ok := e.Args[0].(*StrLit)
	if !ok {
		c.errorf(e.Args[0], "printf() needs a string literal as its format")
		return nil
	}
	verbs, err := PrintfVerbs(lit.Value)
	if err != nil {
		c.errorf(lit, "%v", err)
		return nil
	}
	args := e.Args[1:]
	if len(verbs) != len(args) {
		c.errorf(e, "printf() format has %d conversion%s but %d argument%s follow", len(verbs), plural(len(verbs)), len(args), plural(len(args)))
	}
	for i, a := range args {
		t := c.expr(a)
		if t == nil || i >= len(verbs) {
			continue
		}
		switch {
		case !storable(t):
			c.errorf(a, "cannot format %s%s", t, structHint(t))
		case verbs[i] == 's':
		case t.Kind != KInt:
			c.errorf(a, "%%%c needs an integer, not %s: use %%s", verbs[i], t)
		}
	}
	return Void
}

// PrintfVerbs returns the conversion letter of each argument-consuming
// conversion in format, or an error for a conversion gtrace does not know.
func PrintfVerbs(format string) ([]byte, error) {
	var verbs []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("-+ #0", format[j]) >= 0 {
			j++
		}
		for j < len(format) && (format[j] >= '0' && format[j] <= '9' || format[j] == '.') {
			j++
		}
		for j < len(format) && strings.IndexByte("hlzjt", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			return nil, fmt.Errorf("printf format ends inside a conversion")
		}
		switch v := format[j]; v {
		case '%':
			if j != i+1 {
				return nil, fmt.Errorf("invalid conversion %q", format[i:j+1])
			}
		case 'd', 'i', 'u', 'x', 'X', 'o', 'c', 's', 'p':
			verbs = append(verbs, v)
		default:
			return nil, fmt.Errorf("unknown printf conversion %%%c", v)
		}
		i = j
	}
	return verbs, nil
}

// outputIdent types builtin variables that exist for their output:
// stacks, cgroup ids and the like. ok is false for names it does not know.
func (c *checker) outputIdent(e *Ident) (*Type, bool) {
	return nil, false
}
