package lang

import (
	"fmt"
	"strings"

	"github.com/gtrace/gtrace/runtime/output"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/gtrace/gtrace/stdlib"
)

// Builtin function calls: argument rules and result types.

func (c *checker) call(e *ast.Call) *ast.Type {
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
		if m, ok := e.Args[0].(*ast.MapRef); ok && m.Keys == nil {
			c.mapRead(m, true)
			for _, a := range e.Args[1:] {
				if _, ok := c.constInt(a); !ok {
					c.errorf(a, "print() top and divisor must be constant integers")
				}
			}
			return ast.Void
		}
		if len(e.Args) > 1 {
			c.errorf(e.Args[1], "print() takes top and divisor only for a whole map")
			return nil
		}
		t := c.expr(e.Args[0])
		if t != nil && !storable(t) {
			c.errorf(e.Args[0], "cannot print %s", t)
		}
		return ast.Void
	case "exit":
		return ast.Void
	case "sizeof", "offsetof":
		return c.sizeofOffsetof(e)
	case "strncmp":
		for _, a := range e.Args[:2] {
			if t := c.expr(a); t != nil && t.Kind != ast.KString {
				c.errorf(a, "strncmp() compares strings, not %s", t)
			}
		}
		if n, ok := c.constInt(e.Args[2]); !ok || n < 0 {
			c.errorf(e.Args[2], "strncmp() needs a constant, non-negative length")
		}
		c.expr(e.Args[2])
		return ast.Int64
	case "strcontains":
		if t := c.expr(e.Args[0]); t != nil && t.Kind != ast.KString {
			c.errorf(e.Args[0], "strcontains() searches a string, not %s", t)
		}
		lit, ok := e.Args[1].(*ast.StrLit)
		if !ok {
			c.errorf(e.Args[1], "strcontains() needs a string literal to search for")
			return nil
		}
		c.expr(lit)
		return ast.Int64
	case "str":
		t := c.expr(e.Args[0])
		if len(e.Args) == 2 {
			c.intExpr(e.Args[1])
		}
		if t == nil {
			return nil
		}
		if t.Kind == ast.KString {
			return t
		}
		if t.Kind != ast.KInt {
			c.errorf(e.Args[0], "str() needs a pointer or a string, not %s", t)
			return nil
		}
		return ast.StringType(c.info.Strlen)
	case "delete":
		m, ok := e.Args[0].(*ast.MapRef)
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
			keyed := &ast.MapRef{Span: m.Span, Name: m.Name, Keys: []ast.Expr{e.Args[1]}}
			if tup, ok := e.Args[1].(*ast.Tuple); ok {
				keyed.Keys = tup.Elems
			}
			c.mapRead(keyed, false)
			c.info.Types[e.Args[1]] = c.mapKey(keyed)
			return ast.Void
		}
		c.mapRead(m, false)
		return ast.Void
	case "clear", "zero":
		m, ok := e.Args[0].(*ast.MapRef)
		if !ok || m.Keys != nil {
			c.errorf(e.Args[0], "%s() needs a whole map: %s(@m)", e.Name, e.Name)
			return nil
		}
		c.mapRead(m, true)
		return ast.Void
	}
	if t, ok := c.outputCall(e); ok {
		return t
	}
	c.errorf(e, "%s() is not supported yet", e.Name)
	return nil
}

// formatVerbs parses a format literal of printf(), system() or cat() and
// checks that as many arguments follow as it has conversions.
func (c *checker) formatVerbs(lit *ast.StrLit, fn string, nargs int, call *ast.Call) ([]output.PrintfVerb, bool) {
	verbs, err := output.ParsePrintf(lit.Value)
	if err != nil {
		c.errorf(lit, "%v", err)
		return nil, false
	}
	if len(verbs) != nargs {
		hint := ""
		if u := output.UnknownConversion(lit.Value); u != "" {
			hint = fmt.Sprintf("; %q is not a conversion gtrace knows (use %%%% for a literal %%)", u)
		}
		c.errorf(call, "%s() format has %d conversion%s but %d argument%s given%s", fn, len(verbs), plural(len(verbs)), nargs, plural(nargs), hint)
	}
	return verbs, true
}

func (c *checker) printf(e *ast.Call) *ast.Type {
	lit, ok := e.Args[0].(*ast.StrLit)
	if !ok {
		c.errorf(e.Args[0], "printf() needs a string literal as its format")
		return nil
	}
	verbs, ok := c.formatVerbs(lit, "printf", len(e.Args)-1, e)
	if !ok {
		return nil
	}
	args := e.Args[1:]
	for i, a := range args {
		t := c.expr(a)
		if t == nil || i >= len(verbs) {
			continue
		}
		switch {
		case !storable(t):
			c.errorf(a, "cannot format %s%s", t, structHint(t))
		case verbs[i].Verb == "s":
		case verbs[i].IntArg() && (t.Kind != ast.KInt || t.Output != ast.OutNone):
			c.errorf(a, "%%%s needs an integer, not %s: use %%s", verbs[i].Verb, t)
		case !verbs[i].IntArg() && t.Kind != ast.KString:
			c.errorf(a, "%%%s needs a string, not %s", verbs[i].Verb, t)
		}
	}
	return ast.Void
}

// unsafeBuiltins are refused without --unsafe, as in bpftrace.
var unsafeBuiltins = map[string]bool{"system": true, "signal": true}

// outputIdent types builtin variables that exist for their output:
// stacks, cgroup ids and the like. ok is false for names it does not know.
func (c *checker) outputIdent(e *ast.Ident) (*ast.Type, bool) {
	switch e.Name {
	case "kstack":
		return ast.StackType(false, false, 127), true
	case "ustack":
		return ast.StackType(true, false, 127), true
	case "cgroup":
		return ast.Uint64, true
	}
	return nil, false
}

// outputCall types the builtins that produce output or output values.
func (c *checker) outputCall(e *ast.Call) (*ast.Type, bool) {
	if unsafeBuiltins[e.Name] && !c.opts.Unsafe {
		c.errorf(e, "%s() is an unsafe function being used in safe mode; run with --unsafe", e.Name)
		for _, a := range e.Args {
			c.expr(a)
		}
		return nil, true
	}
	switch e.Name {
	case "len":
		m, ok := e.Args[0].(*ast.MapRef)
		if !ok || m.Keys != nil {
			c.errorf(e.Args[0], "len() needs a whole map: len(@m)")
			return nil, true
		}
		c.mapRead(m, true)
		return ast.Int64, true
	case "has_key":
		m, ok := e.Args[0].(*ast.MapRef)
		if !ok || m.Keys != nil {
			c.errorf(e.Args[0], "has_key() needs a map and a key: has_key(@m, key)")
			return nil, true
		}
		keyed := &ast.MapRef{Span: m.Span, Name: m.Name, Keys: e.Args[1:]}
		if tup, ok := e.Args[1].(*ast.Tuple); ok && len(e.Args) == 2 {
			keyed.Keys = tup.Elems
		}
		c.mapRead(keyed, false)
		return ast.Int64, true
	case "time":
		if len(e.Args) == 1 {
			if _, ok := e.Args[0].(*ast.StrLit); !ok {
				c.errorf(e.Args[0], "time() needs a string literal as its format")
				return nil, true
			}
		}
		return ast.Void, true
	case "strftime":
		if _, ok := e.Args[0].(*ast.StrLit); !ok {
			c.errorf(e.Args[0], "strftime() needs a string literal as its format")
			return nil, true
		}
		c.intExpr(e.Args[1])
		t := ast.TupleType([]*ast.Type{ast.Int64, ast.Uint64})
		t.Output = ast.OutStrftime
		return t, true
	case "ksym":
		c.intExpr(e.Args[0])
		return &ast.Type{Kind: ast.KInt, Size: 8, Output: ast.OutKsym}, true
	case "usym":
		c.intExpr(e.Args[0])
		t := ast.TupleType([]*ast.Type{ast.Uint64, ast.Uint64})
		t.Output = ast.OutUsym
		return t, true
	case "kaddr", "cgroupid":
		if _, ok := e.Args[0].(*ast.StrLit); !ok {
			c.errorf(e.Args[0], "%s() needs a string literal", e.Name)
			return nil, true
		}
		return ast.Uint64, true
	case "kstack", "ustack":
		perf, depth := false, 127
		for i, a := range e.Args {
			if id, ok := a.(*ast.Ident); ok && i == 0 && (id.Name == "perf" || id.Name == "bpftrace") {
				perf = id.Name == "perf"
				continue
			}
			n, ok := c.constInt(a)
			if !ok || i != len(e.Args)-1 || n < 1 || n > 127 {
				c.errorf(a, "%s() takes a mode (bpftrace or perf) and a constant depth from 1 to 127", e.Name)
				return nil, true
			}
			depth = int(n)
		}
		return ast.StackType(e.Name == "ustack", perf, depth), true
	case "ntop":
		addr := e.Args[len(e.Args)-1]
		if len(e.Args) == 2 {
			c.intExpr(e.Args[0])
		}
		if !c.ntopAddress(addr) {
			return nil, true
		}
		// (af, 16 address bytes); an IPv4 address fills the first 4.
		t := ast.TupleType([]*ast.Type{ast.Int64, ast.Uint64, ast.Uint64})
		t.Output = ast.OutNtop
		return t, true
	case "join":
		if t := c.expr(e.Args[0]); t != nil && (t.Kind != ast.KInt || t.Output != ast.OutNone) {
			c.errorf(e.Args[0], "join() needs a pointer to an array of strings (argv), not %s", t)
			return nil, true
		}
		if len(e.Args) == 2 {
			if _, ok := e.Args[1].(*ast.StrLit); !ok {
				c.errorf(e.Args[1], "join() needs a string literal as its separator")
				return nil, true
			}
		}
		return ast.Void, true
	case "system", "cat":
		lit, ok := e.Args[0].(*ast.StrLit)
		if !ok {
			c.errorf(e.Args[0], "%s() needs a string literal as its format", e.Name)
			return nil, true
		}
		if _, ok := c.formatVerbs(lit, e.Name, len(e.Args)-1, e); !ok {
			return nil, true
		}
		for _, a := range e.Args[1:] {
			if t := c.expr(a); t != nil && !storable(t) {
				c.errorf(a, "cannot format %s%s", t, structHint(t))
			}
		}
		return ast.Void, true
	case "signal":
		switch a := e.Args[0].(type) {
		case *ast.StrLit:
			if SignalNumber(a.Value) == 0 {
				c.errorf(a, "unknown signal %q", a.Value)
			}
		default:
			c.intExpr(a)
		}
		for _, a := range c.probe.Attach {
			if a.Provider == "BEGIN" || a.Provider == "END" {
				c.errorf(e, "signal can not be used with \"%s\" probes", a.Provider)
				break
			}
		}
		return ast.Void, true
	}
	return nil, false
}

// SignalNumber returns the number of a signal named "KILL" or "SIGKILL",
// or 0.
func SignalNumber(name string) int {
	name = strings.TrimPrefix(strings.ToUpper(name), "SIG")
	sigs := map[string]int{"HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "TRAP": 5, "ABRT": 6, "BUS": 7, "FPE": 8,
		"KILL": 9, "USR1": 10, "SEGV": 11, "USR2": 12, "PIPE": 13, "ALRM": 14, "TERM": 15, "STKFLT": 16,
		"CHLD": 17, "CONT": 18, "STOP": 19, "TSTP": 20, "TTIN": 21, "TTOU": 22, "URG": 23, "XCPU": 24,
		"XFSZ": 25, "VTALRM": 26, "PROF": 27, "WINCH": 28, "IO": 29, "PWR": 30, "SYS": 31}
	return sigs[name]
}

// ntopAddress checks ntop()'s address: an IPv4 address as an integer, a
// tracepoint byte array (__u8 daddr[4], __u8 daddr_v6[16]), or kernel
// memory of 4 or 16 bytes (an array member, struct in6_addr).
func (c *checker) ntopAddress(addr ast.Expr) bool {
	if f, ok := addr.(*ast.Field); ok {
		if x, ok := f.X.(*ast.Ident); ok && x.Name == "args" {
			if n, ok := c.tracepointBytes(f); ok {
				c.expr(x)
				c.info.ByteFields[f] = n
				return true
			}
		}
	}
	t := c.expr(addr)
	switch {
	case t == nil:
		return false
	case t.Kind == ast.KInt:
		return true
	case (t.Kind == ast.KArray || t.Kind == ast.KStruct) && (t.Size == 4 || t.Size == 16):
		return true
	case t.Kind == ast.KString && c.info.Members[addr] != nil && (c.info.Members[addr].Nelems == 4 || c.info.Members[addr].Nelems == 16):
		return true // a byte array member such as in6_addr.in6_u.u6_addr8
	}
	c.errorf(addr, "ntop() takes an IPv4 address as an integer, or 4 or 16 bytes of address; not %s", t)
	return false
}

// tracepointBytes reports the length of a byte-array tracepoint field
// (the same in every attach point of the probe), for ntop().
func (c *checker) tracepointBytes(f *ast.Field) (int, bool) {
	n := 0
	for _, a := range c.probe.Attach {
		tf := findField(a.Fields, f.Name)
		if tf == nil || tf.Array == 0 || tf.Size != tf.Array || (tf.Size != 4 && tf.Size != 16) || (n != 0 && n != tf.Size) {
			return 0, false
		}
		n = tf.Size
	}
	return n, n != 0
}
