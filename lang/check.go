package lang

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/lang/cdecl"
	"github.com/gtrace/gtrace/probes"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/stdlib"
)

// CheckOptions carries what the checker needs beyond the script.
type CheckOptions struct {
	// Host answers questions about the kernel and the binaries traced
	// (tracepoint formats, symbols); required for tracepoints. When it
	// is also a probes.HostSymbols, wildcards in uprobes, kprobes and
	// usdt probes expand too.
	Host   probes.Host
	Params []string // positional parameters $1..$N
	Strlen int      // string capacity; 0 means 64 (a config block overrides)
	// BTF returns the kernel's types; it is called at most once, and only
	// when the script needs kernel types (curtask, struct casts).
	BTF func() (*btf.Spec, error)
	// Unsafe allows the builtins bpftrace calls unsafe: system(),
	// signal() (--unsafe).
	Unsafe bool
	// PID is the -p process, whose mapped objects usdt:provider:name
	// without a binary searches; 0 without -p.
	PID int
}

// Check resolves names and types in p. It returns every error it finds.
func Check(p *ast.Program, opts CheckOptions) (info *ast.Info, err error) {
	c := &checker{
		opts:     opts,
		typed:    map[ast.Expr]*ast.Type{},
		defs:     map[ast.Node]defState{},
		varsDone: map[*ast.VarInfo]bool{},
		mapsDone: map[string]bool{},
		info: &ast.Info{
			Types:        map[ast.Expr]*ast.Type{},
			Vars:         map[*ast.Var]*ast.VarInfo{},
			Members:      map[ast.Expr]*ast.Member{},
			Consts:       map[ast.Expr]int64{},
			ConstStrings: map[ast.Expr]string{},
			Bounds:       map[*ast.WhileStmt]*ast.LoopBound{},
			Scales:       map[*ast.Binary]int{},
			Notes:        map[ast.Node]any{},
			Maps:         map[string]*ast.MapInfo{},
			Strlen:       opts.Strlen,
			Params:       opts.Params,
		},
	}
	if c.info.Strlen <= 0 {
		c.info.Strlen = 64
	}
	defer func() {
		if r := recover(); r != nil {
			// A checker bug must not reach the user as a Go stack trace.
			pos := ast.Pos{File: p.File, Line: 1, Col: 1}
			if c.at != nil {
				pos = c.at.Position()
			}
			info, err = nil, &ast.Error{Pos: pos, Msg: fmt.Sprintf("internal error: %v (please report this with the script)", r)}
		}
	}()
	c.defines = p.Defines
	c.buildC(p)
	c.config(p)
	for _, pr := range p.Probes {
		c.info.Probes = append(c.info.Probes, c.attach(pr, len(p.Probes)))
	}
	c.checkSomethingAttaches()
	c.resolve(p)
	c.probes(p)
	c.finishMaps()
	for name := range c.keysTaken {
		if mi := c.info.Maps[name]; mi != nil {
			mi.KeyTaken = true
		}
	}
	c.checkProvisional()
	if len(c.errs) > 0 {
		c.errs.Sort()
		return nil, c.errs
	}
	return c.info, nil
}

type checker struct {
	opts CheckOptions
	info *ast.Info
	errs ast.ErrorList
	at   ast.Node // what is being checked, for internal errors

	btfSpec *btf.Spec
	btfErr  error
	enums   map[string]enumValue // the kernel's enumerators, read on first use

	ctypes  *cdecl.Types           // what the script's C definitions define
	defines map[string]*ast.Define // the script's #define constants
	defined map[string]*defined    // their values, evaluated on first use

	syms      *symbols        // what resolve found
	keysTaken map[string]bool // maps read by key (MapInfo.KeyTaken)
	nextID    int             // the last variable's ID

	// Each expression and definition is typed once: typed holds the
	// expressions done (nil after an error), defs the definitions'
	// progress, and the symbols whose definitions are all typed.
	typed    map[ast.Expr]*ast.Type
	defs     map[ast.Node]defState
	varsDone map[*ast.VarInfo]bool
	mapsDone map[string]bool

	// the probe being typed
	probeIndex int
	probe      *ast.ProbeInfo
	loops      int
	missing    ast.ErrorList // the probe's attach points that name nothing here
	dropped    ast.ErrorList // those of probes left out (ProbeInfo.Dropped)

	// provisional are the reads typed as integers because they were
	// reached while their symbol's definitions were being typed.
	provisional []provisional
}

// provisional is a read of a map (ref, with its key's type) typed as an
// integer before the map had a type.
type provisional struct {
	ref *ast.MapRef
	key *ast.Type
}

// checkProvisional reports the provisional reads whose map turned out
// not to be what they were read as: an integer with such a key. Left
// alone, the compiler would lay them out wrong (`@m[@m["a"]] = comm`
// reads a string-keyed string as an int-keyed integer).
func (c *checker) checkProvisional() {
	for _, p := range c.provisional {
		mi := c.info.Maps[p.ref.Name]
		if mi == nil {
			continue
		}
		if p.ref.Keys == nil || p.key != nil {
			c.sameKey(p.ref, mi, p.key)
		}
		switch t := stdlib.ReadType(mi); t.Kind {
		case ast.KInt:
		case ast.KAgg:
			c.errorf(p.ref, "cannot read %s in an expression: it is %s map", p.ref.Name, aggName(mi.Agg))
		default:
			c.errorf(p.ref, "%s is read here, in its own definition, as an integer, but it holds %s", p.ref.Name, t)
		}
	}
}

func (c *checker) errorf(n ast.Node, format string, args ...any) {
	c.errs = append(c.errs, ast.Errorf(n, format, args...))
}

// MaxPerfRBPages bounds perf_rb_pages (and BPFTRACE_PERF_RB_PAGES): the
// event ring of 2 CPUs is then 512 MiB.
const MaxPerfRBPages = 1 << 16

func (c *checker) config(p *ast.Program) {
	for _, a := range p.Config {
		switch a.Key {
		case "max_strlen", "strlen":
			lit, ok := a.Value.(*ast.IntLit)
			if !ok || lit.Value < 8 || lit.Value > 1024 {
				c.errorf(a.Value, "max_strlen must be an integer from 8 to 1024")
				continue
			}
			c.info.Strlen = int(lit.Value)
		case "max_map_keys":
			lit, ok := a.Value.(*ast.IntLit)
			if !ok || lit.Value < 1 || lit.Value > 1<<24 {
				c.errorf(a.Value, "max_map_keys must be an integer from 1 to %d", 1<<24)
				continue
			}
			c.info.MaxMapKeys = int(lit.Value)
		case "perf_rb_pages":
			lit, ok := a.Value.(*ast.IntLit)
			if !ok || lit.Value < 1 || lit.Value > MaxPerfRBPages {
				c.errorf(a.Value, "perf_rb_pages must be an integer from 1 to %d", MaxPerfRBPages)
				continue
			}
			c.info.PerfRBPages = int(lit.Value)
		default:
			c.errorf(a, "unknown config setting %q%s", a.Key, ast.Hint(a.Key, []string{"max_strlen", "max_map_keys", "perf_rb_pages"}))
		}
	}
}

func (c *checker) probes(p *ast.Program) {
	for i, pr := range p.Probes {
		c.probeIndex = i
		c.probe = c.info.Probes[i]
		if pr.Pred != nil {
			if t := c.expr(pr.Pred); t != nil && t.Kind != ast.KInt {
				c.errorf(pr.Pred, "predicate must be an integer, not %s", t)
			}
		}
		c.block(pr.Body)
	}
}

func (c *checker) block(b *ast.Block) {
	if b == nil {
		return
	}
	for _, s := range b.Stmts {
		c.stmt(s)
	}
}

func (c *checker) stmt(s ast.Stmt) {
	c.at = s
	switch s := s.(type) {
	case *ast.Block:
		c.block(s)
	case *ast.ExprStmt:
		c.exprStmt(s.X)
	case *ast.AssignStmt:
		c.assign(s)
	case *ast.IfStmt:
		c.cond(s.Cond)
		c.block(s.Then)
		if s.Else != nil {
			c.stmt(s.Else)
		}
	case *ast.UnrollStmt:
		// A literal or a positional parameter, as bpftrace takes.
		if n, ok := c.constInt(s.Count); !ok || n < 1 || n > 100 {
			c.errorf(s.Count, "unroll count must be an integer from 1 to 100: a literal or a positional parameter")
		} else {
			c.info.Consts[s.Count] = n
		}
		c.block(s.Body)
	case *ast.WhileStmt:
		c.cond(s.Cond)
		c.whileBound(s)
		c.loops++
		c.block(s.Body)
		c.loops--
	case *ast.ForStmt:
		c.varType(c.info.Vars[s.Var]) // types this loop with the variable's other definitions
		if s.Map == nil {
			a, ok1 := c.constInt(s.Start)
			b, ok2 := c.constInt(s.End)
			if ok1 && ok2 && b-a > ast.MaxLoopIterations {
				c.errorf(s, "this loop would run %d times, more than bpf_loop's limit of %d iterations", b-a, ast.MaxLoopIterations)
			}
		}
		c.loops++
		c.block(s.Body)
		c.loops--
	case *ast.BreakStmt, *ast.ContinueStmt:
		if c.loops == 0 {
			c.errorf(s, "%s outside a loop", map[bool]string{true: "break", false: "continue"}[isBreak(s)])
		}
	case *ast.ReturnStmt:
	default:
		c.errorf(s, "internal error: unknown statement %T", s)
	}
}

func isBreak(s ast.Stmt) bool { _, ok := s.(*ast.BreakStmt); return ok }

func (c *checker) cond(e ast.Expr) {
	if t := c.expr(e); t != nil && t.Kind != ast.KInt {
		c.errorf(e, "condition must be an integer, not %s", t)
	}
}

func (c *checker) intExpr(e ast.Expr) *ast.Type {
	t := c.expr(e)
	if t != nil && t.Kind != ast.KInt {
		c.errorf(e, "expected an integer, not %s", t)
		return nil
	}
	return t
}

func (c *checker) exprStmt(e ast.Expr) {
	if t, ok := e.(*ast.Ternary); ok {
		// cond ? a : b as a statement is if/else: its arms may be
		// statements (printf(), exit()) of any type.
		c.cond(t.Cond)
		c.exprStmt(t.Then)
		c.exprStmt(t.Else)
		c.info.Types[e] = ast.Void
		return
	}
	if call, ok := e.(*ast.Call); ok {
		if b := stdlib.Lookup(call.Name); b != nil && b.Kind == stdlib.Aggregation {
			c.errorf(call, "%s() must be assigned to a map: @x = %s(...)", call.Name, call.Name)
			return
		}
	}
	c.expr(e)
}

func (c *checker) assign(s *ast.AssignStmt) {
	switch tgt := s.Target.(type) {
	case *ast.Var:
		vi := c.info.Vars[tgt]
		if vi == nil { // undefined: resolve said so
			c.expr(s.Value)
			return
		}
		if s.Op == "=" {
			c.varType(vi) // types this definition with the others
			return
		}
		t := c.varType(vi)
		if t == nil {
			c.expr(s.Value)
			return
		}
		c.info.Types[tgt] = t
		if t.Kind != ast.KInt {
			c.errorf(s, "%s needs an integer variable; %s is %s", s.Op, tgt.Name, t)
		}
		c.intExpr(s.Value)
	case *ast.MapRef:
		c.assignMap(s)
	default:
		c.errorf(s.Target, "cannot assign to this expression")
	}
}

// assignMap types a definition of a map: `@m[k] = value`, `@m[k] op=
// value` or `@m[k] = agg(...)`.
func (c *checker) assignMap(s *ast.AssignStmt) {
	c.typeDef(s, func() {
		c.at = s
		tgt := s.Target.(*ast.MapRef)
		key := c.mapKey(tgt)
		if s.Op != "=" {
			t := c.intExpr(s.Value)
			if t == nil {
				return
			}
			c.mapDefine(tgt, key, ast.Int64, "", nil)
			return
		}
		if call, ok := s.Value.(*ast.Call); ok {
			if b := stdlib.Lookup(call.Name); b != nil && b.Kind == stdlib.Aggregation {
				if !c.arity(call, b) {
					return
				}
				if val, params, ok := stdlib.CheckAggregation(c, b, call); ok {
					c.info.Types[call] = &ast.Type{Kind: ast.KAgg, Agg: b.Name}
					c.mapDefine(tgt, key, val, b.Name, params)
				}
				return
			}
		}
		t := c.expr(s.Value)
		if t == nil {
			return
		}
		if !t.Storable() {
			c.errorf(s.Value, "cannot assign %s to a map%s", t, ast.StructHint(t))
			return
		}
		c.mapDefine(tgt, key, t, "", nil)
	})
}

// mapKey types a map reference's subscript: nil when it has none.
func (c *checker) mapKey(m *ast.MapRef) *ast.Type {
	if len(m.Keys) == 0 {
		return nil
	}
	var ts []*ast.Type
	for _, k := range m.Keys {
		t := c.expr(k)
		if t == nil {
			return nil
		}
		if !t.Storable() {
			c.errorf(k, "%s cannot be a map key", t)
			return nil
		}
		ts = append(ts, t)
	}
	if len(ts) == 1 {
		return keyType(ts[0])
	}
	for i := range ts {
		ts[i] = keyType(ts[i])
	}
	return ast.TupleType(ts)
}

// keyType widens integers so every key of a map has one layout.
func keyType(t *ast.Type) *ast.Type {
	if t.Kind == ast.KInt && t.Output == "" {
		return &ast.Type{Kind: ast.KInt, Size: 8, Signed: t.Signed}
	}
	return t
}

func (c *checker) mapDefine(m *ast.MapRef, key, val *ast.Type, agg string, params []int64) {
	mi := c.info.Maps[m.Name]
	if mi == nil {
		if m.Keys != nil && key == nil {
			return // the key had an error
		}
		mi = &ast.MapInfo{Name: m.Name, Key: key, Value: val, Agg: agg, AggArgs: params, Pos: m.Pos, KeyNames: keyNames(m.Keys)}
		c.info.Maps[m.Name] = mi
		c.info.Types[m] = stdlib.ReadType(mi)
		return
	}
	c.sameKey(m, mi, key)
	if mi.Key != nil && key != nil && mi.Key.Equal(key) {
		mi.Key = ast.Widen(mi.Key, key)
	}
	switch {
	case mi.Agg != agg:
		c.errorf(m, "type mismatch for %s: it holds %s, cannot assign %s", m.Name, describe(mi), describeAgg(agg, val))
	case agg == "" && !mi.Value.Equal(val):
		c.errorf(m, "type mismatch for %s: it holds %s, cannot assign %s", m.Name, describe(mi), val)
	case !slices.Equal(mi.AggArgs, params):
		c.errorf(m, "%s is an %s with other bounds: each map has one set of %s parameters", m.Name, agg, agg)
	case agg == "":
		mi.Value = ast.Widen(mi.Value, val)
	}
	c.info.Types[m] = stdlib.ReadType(mi)
}

// keyNames names a map's key parts by what they are: a bare word (a
// builtin or a constant) by itself, a field or member by its name, a
// variable by its name without $, any other expression "".
func keyNames(keys []ast.Expr) []string {
	var names []string
	for _, k := range keys {
		name := ""
		switch k := k.(type) {
		case *ast.Ident:
			name = k.Name
		case *ast.Var:
			name = strings.TrimPrefix(k.Name, "$")
		case *ast.Field:
			if _, err := strconv.Atoi(k.Name); err != nil { // not a tuple's .0
				name = k.Name
			}
		}
		names = append(names, name)
	}
	return names
}

func describe(mi *ast.MapInfo) string { return describeAgg(mi.Agg, mi.Value) }

// aggName is an aggregation's name with its article: "an avg()".
func aggName(agg string) string {
	if strings.ContainsRune("aeiou", rune(agg[0])) {
		return "an " + agg + "()"
	}
	return "a " + agg + "()"
}

func describeAgg(a string, v *ast.Type) string {
	if a == "" {
		return v.String()
	}
	return a + "()"
}

func (c *checker) sameKey(m *ast.MapRef, mi *ast.MapInfo, key *ast.Type) {
	switch {
	case mi.Key == nil && m.Keys != nil:
		c.errorf(m, "%s has a key here but was first used without one at %s", m.Name, mi.Pos)
	case mi.Key != nil && m.Keys == nil:
		c.errorf(m, "%s needs a key: it is keyed by %s", m.Name, mi.Key)
	case mi.Key != nil && key != nil && !mi.Key.Equal(key):
		c.errorf(m, "key type mismatch for %s: it is keyed by %s, not %s", m.Name, mi.Key, key)
	}
}

// mapRead checks a map used as a value (or, with whole, as a whole map).
func (c *checker) mapRead(m *ast.MapRef, whole bool) *ast.MapInfo {
	if !whole {
		if c.keysTaken == nil {
			c.keysTaken = map[string]bool{}
		}
		c.keysTaken[m.Name] = true
	}
	key := c.mapKey(m)
	c.completeMap(m.Name)
	mi := c.info.Maps[m.Name]
	defs := c.syms.mapDefs[m.Name]
	switch {
	case mi == nil && c.busy(defs):
		// `@n = @n + 1` may be the assignment that defines @n: read it
		// as an integer so the assignment can type the map, and check
		// once it is typed that it was one (checkProvisional).
		if !whole {
			c.provisional = append(c.provisional, provisional{ref: m, key: key})
		}
		return &ast.MapInfo{Name: m.Name, Value: ast.Int64}
	case mi == nil && len(defs) > 0:
		return nil // its definitions failed, and said why
	case mi == nil:
		var names []string
		for n := range c.syms.mapDefs {
			names = append(names, n)
		}
		c.errorf(m, "undefined map %s%s", m.Name, ast.Hint(m.Name, names))
		return nil
	}
	if whole {
		if m.Keys != nil {
			c.errorf(m, "expected the whole map %s, without a key", m.Name)
		}
		return mi
	}
	c.sameKey(m, mi, key)
	return mi
}

// constInt evaluates an integer literal, a negated literal, or a numeric
// positional parameter.
func (c *checker) constInt(e ast.Expr) (int64, bool) {
	switch e := e.(type) {
	case *ast.IntLit:
		return int64(e.Value), true
	case *ast.Unary:
		if e.Op == "-" {
			v, ok := c.constInt(e.X)
			return -v, ok
		}
	case *ast.Positional:
		if e.Count {
			return int64(len(c.opts.Params)), true
		}
		if v, ok := c.paramInt(e.N); ok {
			return v, true
		}
	case *ast.Ident:
		// A named constant (#define, AF_INET, an enumerator): ident
		// records its value.
		if t := c.expr(e); t != nil {
			v, ok := c.info.Consts[e]
			return v, ok
		}
	}
	return 0, false
}

// constString evaluates a string known when the script compiles: a
// literal or a positional parameter ($1, a missing one is "").
func (c *checker) constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.StrLit:
		return e.Value, true
	case *ast.Ident:
		if d := c.defines[e.Name]; d != nil {
			if v := c.define(d, nil); v.err == "" && v.isString {
				return v.s, true
			}
		}
	case *ast.Positional:
		if e.Count {
			return "", false
		}
		if e.N >= 1 && e.N <= len(c.opts.Params) {
			return c.opts.Params[e.N-1], true
		}
		return "", true
	}
	return "", false
}

func (c *checker) paramInt(n int) (int64, bool) {
	if n < 1 || n > len(c.opts.Params) {
		return 0, true // a missing parameter reads as 0, as in bpftrace
	}
	v, err := strconv.ParseInt(c.opts.Params[n-1], 0, 64)
	return v, err == nil
}

// expr types e, records the type, and returns it (nil after an error).
// Each expression is typed once: later calls return the first answer.
func (c *checker) expr(e ast.Expr) *ast.Type {
	if t, done := c.typed[e]; done {
		if t == nil && c.defs[e] == defBusy {
			// A map's ++ or -- (a definition of the map inside an
			// expression) reached again while its key is typed: through
			// a variable the key reads, whose definition holds it, as in
			// `$x = @m[$x]++` typed from the map's side. It is an
			// integer whatever the map; nil would leave the enclosing
			// expression untyped without an error.
			return ast.Int64
		}
		return t
	}
	c.typed[e] = nil
	at := c.at
	c.at = e
	t := c.expr1(e)
	c.at = at
	c.typed[e] = t
	if t != nil {
		c.info.Types[e] = t
	}
	return t
}

func (c *checker) expr1(e ast.Expr) *ast.Type {
	switch e := e.(type) {
	case *ast.IntLit:
		if e.Value > 1<<63-1 {
			return ast.Uint64
		}
		return ast.Int64
	case *ast.StrLit:
		if len(e.Value) >= c.info.Strlen {
			c.errorf(e, "string literal of %d bytes does not fit max_strlen %d", len(e.Value), c.info.Strlen)
			return nil
		}
		return ast.StringType(c.info.Strlen)
	case *ast.Positional:
		if e.Count {
			return ast.Int64
		}
		if _, ok := c.paramInt(e.N); ok {
			return ast.Int64
		}
		return ast.StringType(c.info.Strlen)
	case *ast.Ident:
		return c.ident(e)
	case *ast.Var:
		vi := c.info.Vars[e]
		if vi == nil {
			return nil // undefined: resolve said so
		}
		return c.varType(vi)
	case *ast.MapRef:
		mi := c.mapRead(e, false)
		if mi == nil {
			return nil
		}
		t := stdlib.ReadType(mi)
		if t.Kind == ast.KAgg {
			c.errorf(e, "cannot read %s in an expression: it is %s map", e.Name, aggName(mi.Agg))
			return nil
		}
		return t
	case *ast.Binary:
		return c.binary(e)
	case *ast.Unary:
		t := c.expr(e.X)
		if t == nil {
			return nil
		}
		switch e.Op {
		case "!", "~", "-":
			if t.Kind != ast.KInt {
				c.errorf(e, "operator %s needs an integer, not %s", e.Op, t)
				return nil
			}
			if e.Op == "-" {
				return ast.Int64
			}
			if e.Op == "!" {
				return ast.Int64
			}
			return ast.IntType(8, t.Signed)
		}
		if e.Op == "*" {
			return c.deref(e, t)
		}
		c.errorf(e, "operator %s is not supported yet", e.Op)
		return nil
	case *ast.IncDec:
		switch x := e.X.(type) {
		case *ast.Var:
			vi := c.info.Vars[x]
			if vi == nil {
				return nil // undefined: resolve said so
			}
			t := c.varType(vi)
			if t == nil {
				return nil
			}
			c.info.Types[x] = t
			if t.Kind != ast.KInt {
				c.errorf(e, "%s needs an integer variable", e.Op)
				return nil
			}
			return t
		case *ast.MapRef:
			c.typeDef(e, func() {
				key := c.mapKey(x)
				c.mapDefine(x, key, ast.Int64, "", nil)
			})
			return ast.Int64
		}
		c.errorf(e, "%s needs a variable or a map", e.Op)
		return nil
	case *ast.Ternary:
		c.cond(e.Cond)
		a, b := c.expr(e.Then), c.expr(e.Else)
		if a == nil || b == nil {
			return nil
		}
		if a.Kind != b.Kind || (a.Kind != ast.KInt && a.Kind != ast.KString) {
			c.errorf(e, "the two sides of ?: must both be integers or both strings, not %s and %s", a, b)
			return nil
		}
		if a.Kind == ast.KInt {
			return ast.IntType(8, a.Signed && b.Signed)
		}
		return ast.Widen(a, b)
	case *ast.Tuple:
		var ts []*ast.Type
		for _, x := range e.Elems {
			t := c.expr(x)
			if t == nil {
				return nil
			}
			if !t.Storable() {
				c.errorf(x, "%s cannot be in a tuple%s", t, ast.StructHint(t))
				return nil
			}
			ts = append(ts, keyType(t))
		}
		return ast.TupleType(ts)
	case *ast.Field:
		return c.field(e)
	case *ast.Call:
		return c.call(e)
	case *ast.Cast:
		t := c.expr(e.X)
		if t == nil {
			return nil
		}
		if e.Type.Ptr == 0 {
			if size, signed, ok := intTypeName(e.Type.Name); ok {
				if t.Kind != ast.KInt {
					c.errorf(e, "cannot cast %s to %s", t, e.Type.Name)
					return nil
				}
				return ast.IntType(size, signed)
			}
		}
		if e.Type.Ptr == 0 {
			c.errorf(e.Type, "cannot cast to %s: only integer and pointer casts are supported", e.Type.Name)
			return nil
		}
		if t.Kind != ast.KInt {
			c.errorf(e, "cannot cast %s to a pointer", t)
			return nil
		}
		bt, ok := c.namedType(e.Type)
		if !ok {
			return nil
		}
		// The pointer points where the value did: a uprobe's argument
		// into user memory.
		return &ast.Type{Kind: ast.KInt, Size: 8, Pointer: true, UserPtr: t.UserPtr, AnySpace: t.AnySpace, Elem: bt.(*btf.Pointer).Target}
	case *ast.Index:
		return c.index(e)
	}
	c.errorf(e, "internal error: unknown expression %T", e)
	return nil
}

func intTypeName(n string) (size int, signed bool, ok bool) {
	switch n {
	case "uint8", "u8":
		return 1, false, true
	case "uint16", "u16":
		return 2, false, true
	case "uint32", "u32":
		return 4, false, true
	case "uint64", "u64":
		return 8, false, true
	case "int8", "s8", "i8":
		return 1, true, true
	case "int16", "s16", "i16":
		return 2, true, true
	case "int32", "s32", "i32":
		return 4, true, true
	case "int64", "s64", "i64":
		return 8, true, true
	}
	return 0, false, false
}

func (c *checker) binary(e *ast.Binary) *ast.Type {
	l, r := c.expr(e.L), c.expr(e.R)
	if l == nil || r == nil {
		return nil
	}
	switch e.Op {
	case "==", "!=":
		if l.Kind == ast.KString && r.Kind == ast.KString {
			return ast.Int64
		}
		if l.Kind == ast.KArray && r.Kind == ast.KArray {
			// Arrays compare by their elements, as in bpftrace.
			if !l.Equal(r) {
				c.errorf(e, "cannot compare %s with %s: they are different arrays", l, r)
				return nil
			}
			if !l.Storable() {
				c.errorf(e, "cannot compare %s%s", l, ast.StructHint(l))
				return nil
			}
			return ast.Int64
		}
	case "&&", "||":
		if l.Kind == ast.KInt && r.Kind == ast.KInt {
			return ast.Int64
		}
	}
	if l.Kind != ast.KInt || r.Kind != ast.KInt {
		c.errorf(e, "operator %s cannot be used between %s and %s", e.Op, l, r)
		return nil
	}
	if t := c.pointerArith(e, l, r); t != nil {
		return t
	}
	switch e.Op {
	case "==", "!=", "<", ">", "<=", ">=":
		return ast.Int64
	case "<<", ">>":
		return ast.IntType(8, l.Signed)
	}
	// C's usual conversions at 64 bits: unsigned wins.
	return ast.IntType(8, l.Signed && r.Signed)
}

func (c *checker) field(e *ast.Field) *ast.Type {
	t := c.expr(e.X)
	if t == nil {
		return nil
	}
	switch t.Kind {
	case ast.KCtx:
		var found *ast.Type
		for _, a := range c.probe.Attach {
			f := findField(a.Fields, e.Name)
			if f == nil {
				var names []string
				for _, f := range a.Fields {
					names = append(names, f.Name)
				}
				c.errorf(e, "%s has no field %q%s", a.Name, e.Name, ast.Hint(e.Name, names))
				return nil
			}
			ft := f.Type
			if ft == nil {
				c.errorf(e, "field %s of type %s is not supported yet", e.Name, f.CDecl())
				return nil
			}
			if found != nil && !found.Equal(ft) {
				c.errorf(e, "field %s has different types in the probe's tracepoints", e.Name)
				return nil
			}
			found = ft
		}
		return found
	case ast.KTuple:
		i, err := strconv.Atoi(e.Name)
		if err != nil || i < 0 || i >= len(t.Elems) {
			c.errorf(e, "tuple %s has no field %s", t, e.Name)
			return nil
		}
		return t.Elems[i]
	}
	return c.structField(e, t)
}

func findField(fs []ast.TracepointField, name string) *ast.TracepointField {
	for i := range fs {
		if fs[i].Name == name {
			return &fs[i]
		}
	}
	return nil
}
