package lang

import (
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// Builtins: the checker finds a name in stdlib's table, applies the rules
// every builtin shares (kind, --unsafe, argument count) and hands the use
// to the builtin's own type rule, through the stdlib.Checker methods
// below.

// call types a builtin function call.
func (c *checker) call(e *ast.Call) *ast.Type {
	b := stdlib.Lookup(e.Name)
	if b == nil {
		var names []string
		names = append(names, stdlib.Names(stdlib.Function)...)
		names = append(names, stdlib.Names(stdlib.Aggregation)...)
		c.errorf(e, "unknown function %s()%s", e.Name, ast.Hint(e.Name, names))
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
	if b.Unsafe && !c.opts.Unsafe {
		c.errorf(e, "%s() is an unsafe function being used in safe mode; run with --unsafe", e.Name)
		for _, a := range e.Args {
			c.expr(a)
		}
		return nil
	}
	return b.Check(c, e, e.Args)
}

// ident types a bare word: a builtin variable, a function that may be
// named without parentheses (kstack), or a named constant (consts.go).
func (c *checker) ident(e *ast.Ident) *ast.Type {
	b := stdlib.Lookup(e.Name)
	if d := c.defines[e.Name]; d != nil {
		v := c.define(d, nil)
		switch {
		case v.err != "":
			c.errorf(e, "%s: %s", e.Name, v.err)
			return nil
		case v.isString:
			c.info.ConstStrings[e] = v.s
			return ast.StringType(c.info.Strlen)
		}
		c.info.Consts[e] = v.n
		return ast.Int64
	}
	if b == nil {
		if v, t, ok := c.namedConstant(e.Name); ok {
			c.info.Consts[e] = v
			return t
		}
	}
	switch {
	case b == nil:
		c.errorf(e, "unknown identifier %s%s", e.Name, ast.Hint(e.Name, stdlib.IdentNames()))
		return nil
	case b.Kind != stdlib.Variable && !b.Bare:
		c.errorf(e, "%s is a function: call it as %s(...)", e.Name, e.Name)
		return nil
	}
	return b.Check(c, e, nil)
}

func (c *checker) arity(call *ast.Call, b *stdlib.Builtin) bool {
	n := len(call.Args)
	if n < b.MinArgs || (b.MaxArgs >= 0 && n > b.MaxArgs) {
		switch {
		case b.MinArgs == b.MaxArgs:
			c.errorf(call, "%s() takes %d argument%s, got %d", call.Name, b.MinArgs, plural(b.MinArgs), n)
		case b.MaxArgs < 0:
			c.errorf(call, "%s() takes at least %d argument%s, got %d", call.Name, b.MinArgs, plural(b.MinArgs), n)
		default:
			c.errorf(call, "%s() takes %d to %d arguments, got %d", call.Name, b.MinArgs, b.MaxArgs, n)
		}
		return false
	}
	return true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// The checker as stdlib.Checker.

var _ stdlib.Checker = (*checker)(nil)

func (c *checker) Expr(e ast.Expr) *ast.Type    { return c.expr(e) }
func (c *checker) IntExpr(e ast.Expr) *ast.Type { return c.intExpr(e) }
func (c *checker) Errorf(n ast.Node, format string, args ...any) {
	c.errorf(n, format, args...)
}
func (c *checker) Warnf(n ast.Node, format string, args ...any) {
	c.info.Warnings = append(c.info.Warnings, ast.Errorf(n, format, args...))
}
func (c *checker) ConstInt(e ast.Expr) (int64, bool)              { return c.constInt(e) }
func (c *checker) ConstString(e ast.Expr) (string, bool)          { return c.constString(e) }
func (c *checker) Strlen() int                                    { return c.info.Strlen }
func (c *checker) Attach() []*ast.AttachInfo                      { return c.probe.Attach }
func (c *checker) MapRead(m *ast.MapRef, whole bool) *ast.MapInfo { return c.mapRead(m, whole) }
func (c *checker) MapKey(m *ast.MapRef) *ast.Type                 { return c.mapKey(m) }
func (c *checker) SetType(e ast.Expr, t *ast.Type)                { c.info.Types[e] = t }
func (c *checker) SetConst(e ast.Expr, v int64)                   { c.info.Consts[e] = v }
func (c *checker) Note(n ast.Node, v any)                         { c.info.Notes[n] = v }
func (c *checker) Member(e ast.Expr) *ast.Member                  { return c.info.Members[e] }
func (c *checker) KernelTypes() (*btf.Spec, error)                { return c.kernelTypes() }
func (c *checker) NamedType(tn *ast.TypeName) (btf.Type, bool)    { return c.namedType(tn) }
func (c *checker) Typedef(name string) btf.Type                   { return c.typedef(name) }
func (c *checker) ProbeArgs(e *ast.Ident) *ast.Type               { return c.probeArgs(e) }
func (c *checker) ProbeArg(e *ast.Ident, n int) *ast.Type         { return c.probeArg(e, n) }
func (c *checker) ProbeRetval(e *ast.Ident) *ast.Type             { return c.probeRetval(e) }
func (c *checker) ProbeCtx(e *ast.Ident) *ast.Type                { return c.probeCtx(e) }
func (c *checker) ProbeRegs(e ast.Expr, what string) bool         { return c.probeRegs(e, what) }
func (c *checker) ProbeTypedPointers(e ast.Expr, what string) bool {
	return c.probeTypedPointers(e, what)
}
func (c *checker) ProbeOverridable(e ast.Expr, what string) bool { return c.probeOverridable(e, what) }
func (c *checker) ProbeStackArg(e *ast.Ident, n int) *ast.Type   { return c.probeStackArg(e, n) }
