package progen

import (
	"fmt"
	"math/rand"
	"slices"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/stdlib"
)

// What the generator writes (docs/language.md is the language):
//
//   - probes: BEGIN, END, interval, profile, software events, syscall and
//     sched tracepoints with their args fields (two attach points in one
//     probe too), raw tracepoints with typed arguments, and with
//     Options.Uprobe uprobes and uretprobes; short aliases; predicates;
//     a config block.
//   - statements: assignments to variables and maps (no key, one key,
//     several keys, tuple keys), every compound assignment, ++ and --
//     before and after, if / else if / else, unroll, while loops with a
//     counter the checker can prove (up or down, < <= > >=, flipped,
//     joined with && to another condition), for over a range (constant
//     or computed bounds) and over a map, break, continue, return,
//     exit(), delete (both spellings), clear, zero, print of values and
//     of maps with top and divisor, printf with conversions matching
//     their arguments, time, cat, system, signal, join, unwatch, expression
//     statements; blocks nested MaxDepth deep.
//   - expressions: integer literals of both signs and both signednesses
//     (decimal, hex, with _), every unary and binary operator, ?: on
//     integers and strings, casts to every integer type, strings and
//     their comparisons, tuples and their fields, map reads, and the
//     builtins pid tid uid gid nsecs elapsed cpu rand cgroup cpid probe
//     comm curtask (with -> chains and a pointer-cast dereference) func
//     args argN retval $1 $2 $# str strncmp strcontains sizeof offsetof
//     bswap ksym usym kaddr kstack ustack ntop strftime cgroupid len
//     has_key.
//   - maps: plain values of every type (integers, strings, tuples,
//     symbols, stacks, addresses) and every aggregation (count sum min
//     max avg stats hist lhist), which are per-CPU.
//
// Left out, and why:
//   - kprobe, kretprobe, fentry and fexit: this kernel has neither
//     kprobes nor trampolines (their tests run in the kernel matrix);
//     hardware events: no PMU here; usdt: needs a binary with probes.
//   - ctx: the checker refuses it ("not supported yet").
//   - str(string, n): codegen refuses it ("not supported yet").
//   - delete of one entry, len() and has_key() of hist/lhist maps, and
//     for over maps other than plain, count() and sum() ones: refused
//     with a message by the compiler or the checker, by design.
//   - address-of (&): the checker refuses it.

type probeKind int

const (
	pBegin probeKind = iota
	pEnd
	pInterval
	pProfile
	pSoftware
	pOpenat
	pOpenatExit
	pSchedSwitch
	pExecve
	pReadWrite
	pProcExec
	pRawSwitch
	pRawSysEnter
	pUprobe
	pUretprobe
	numProbeKinds
)

type fieldKind int

const (
	fInt     fieldKind = iota // an integer
	fPtr                      // a pointer to a user string: str(args->f), or an integer
	fChars                    // a char array: a string
	fDataLoc                  // a __data_loc string: only str(args->f)
	fArgv                     // a string array: only join(args->f)
)

type field struct {
	name string
	k    fieldKind
}

type argKind int

const (
	aInt  argKind = iota
	aTask         // a struct task_struct *
)

type probeSpec struct {
	attach  []string // spellings: one is picked
	special bool     // BEGIN and END: no signal()
	fields  []field
	args    []argKind
	retval  bool
	fn      bool // func is available
	regs    bool // reg("name") is available
	stack   bool // sargN is available
}

func (g *gen) spec(k probeKind) probeSpec {
	switch k {
	case pBegin:
		return probeSpec{attach: []string{"BEGIN"}, special: true}
	case pEnd:
		return probeSpec{attach: []string{"END"}, special: true}
	case pInterval:
		return probeSpec{attach: []string{"interval:ms:100", "interval:s:1", "i:ms:250", "interval:hz:5", "interval:us:500000"}, regs: true}
	case pProfile:
		return probeSpec{attach: []string{"profile:hz:99", "profile:ms:10", "p:hz:49", "profile:us:20000"}, regs: true}
	case pSoftware:
		return probeSpec{attach: []string{"software:cpu-clock:1000000", "software:page-faults:100", "s:cs:1000", "software:task-clock"}, regs: true}
	case pOpenat:
		return probeSpec{attach: []string{"tracepoint:syscalls:sys_enter_openat", "t:syscalls:sys_enter_openat"},
			fields: []field{{"dfd", fInt}, {"filename", fPtr}, {"flags", fInt}, {"mode", fInt}, {"__syscall_nr", fInt}}}
	case pOpenatExit:
		return probeSpec{attach: []string{"tracepoint:syscalls:sys_exit_openat"}, fields: []field{{"ret", fInt}}}
	case pSchedSwitch:
		return probeSpec{attach: []string{"tracepoint:sched:sched_switch"},
			fields: []field{{"prev_comm", fChars}, {"prev_pid", fInt}, {"prev_prio", fInt}, {"prev_state", fInt},
				{"next_comm", fChars}, {"next_pid", fInt}, {"next_prio", fInt}}}
	case pExecve:
		return probeSpec{attach: []string{"tracepoint:syscalls:sys_enter_execve"},
			fields: []field{{"filename", fPtr}, {"argv", fArgv}, {"envp", fArgv}}}
	case pReadWrite:
		return probeSpec{attach: []string{"tracepoint:syscalls:sys_enter_read, tracepoint:syscalls:sys_enter_write"},
			fields: []field{{"fd", fInt}, {"buf", fPtr}, {"count", fInt}}}
	case pProcExec:
		return probeSpec{attach: []string{"tracepoint:sched:sched_process_exec"},
			fields: []field{{"filename", fDataLoc}, {"pid", fInt}, {"old_pid", fInt}}}
	case pRawSwitch:
		return probeSpec{attach: []string{"rawtracepoint:sched_switch", "rt:sched_switch"},
			args: []argKind{aInt, aTask, aTask, aInt}}
	case pRawSysEnter:
		return probeSpec{attach: []string{"rawtracepoint:sys_enter"}, args: []argKind{aInt, aInt}}
	case pUprobe:
		return probeSpec{attach: []string{"uprobe:" + g.o.Uprobe}, args: []argKind{aInt, aInt, aInt, aInt, aInt, aInt}, fn: true, regs: true, stack: true}
	case pUretprobe:
		return probeSpec{attach: []string{"uretprobe:" + g.o.Uprobe}, retval: true, fn: true, regs: true}
	}
	panic("progen: unknown probe kind")
}

type mapv struct {
	name  string
	keys  []typ // nil: no key
	val   typ   // what reading it gives (integers for aggregations)
	agg   string
	param string // lhist's ", min, max, step"
	// frozen: not to be assigned for the rest of the probe (see forMap)
	frozen bool
}

// readable says whether @m[k] may be read in an expression.
func (m *mapv) readable() bool { return m.agg == "" || m.aggregator().Read != nil }

// bucketed: an aggregation that keeps a count per bucket (histograms).
func (m *mapv) bucketed() bool { return m.agg != "" && m.aggregator().Bucket != nil }

// iterable says whether for ($kv : @m) may walk it.
func (m *mapv) iterable() bool { return m.agg == "" || m.aggregator().Iterable }

// aggregator is what stdlib says of the map's aggregation.
func (m *mapv) aggregator() *stdlib.Aggregator { return stdlib.Lookup(m.agg).Agg }

// keyType is the type of $kv.0 in for ($kv : @m).
func (m *mapv) keyType() typ {
	switch len(m.keys) {
	case 0:
		return intT
	case 1:
		return m.keys[0]
	}
	return tupT(m.keys...)
}

type variable struct {
	name   string
	t      typ
	locked bool // a loop's counter, bound or variable: its body must not assign it
}

type probe struct {
	spec   probeSpec
	vars   []*variable
	loops  int // enclosing while and for loops
	depth  int
	unroll int // product of the enclosing unroll counts
}

type gen struct {
	r      *rand.Rand
	o      Options
	strlen int
	maps   []*mapv
	nmap   int
	nvar   int
	anon   bool // @ is taken
	p      *probe
	budget int // statements left
	d      *deps
}

// Build returns the syntax tree of a random well-typed script.
func Build(r *rand.Rand, o Options) *Node {
	g := &gen{r: r, o: o.withDefaults(), strlen: 64, budget: 40, d: newDeps()}
	prog := &Node{Kind: Program}
	if g.chance(15) {
		g.strlen = []int{16, 32, 48, 100, 128}[r.Intn(5)]
		cfg := fmt.Sprintf("config = { max_strlen = %d", g.strlen)
		if g.chance(50) {
			cfg += fmt.Sprintf("; max_map_keys = %d", []int{1, 16, 10000}[r.Intn(3)])
		}
		prog.Parts = append(prog.Parts, text(cfg+" }"))
	}
	n := 1 + r.Intn(g.o.MaxProbes)
	used := map[probeKind]bool{}
	for i := 0; i < n; i++ {
		k := probeKind(r.Intn(int(numProbeKinds)))
		if (k == pBegin || k == pEnd) && used[k] {
			k = pInterval
		}
		if (k == pUprobe || k == pUretprobe) && g.o.Uprobe == "" {
			k = pProfile
		}
		used[k] = true
		prog.Parts = append(prog.Parts, g.probe(k))
	}
	return prog
}

func (g *gen) chance(pct int) bool { return g.r.Intn(100) < pct }

func (g *gen) pick(s []string) string { return s[g.r.Intn(len(s))] }

func text(s string) *Node { return &Node{Kind: Text, Lit: s} }

// node makes a node of kind k from strings (Text) and nodes.
func node(k Kind, parts ...any) *Node {
	n := &Node{Kind: k}
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			n.Parts = append(n.Parts, text(p))
		case *Node:
			n.Parts = append(n.Parts, p)
		default:
			panic(fmt.Sprintf("progen: part %T", p))
		}
	}
	return n
}

// expr makes an expression of type t from its parts.
func expr(t typ, parts ...any) *Node {
	n := node(Expr, parts...)
	n.Type, n.Simple = t.key(), t.simple()
	return n
}

// leaf is an expression without sub-expressions.
func leaf(t typ, s string) *Node { return &Node{Kind: Expr, Lit: s, Type: t.key(), Simple: t.simple()} }

func stmt(parts ...any) *Node { return node(Stmt, parts...) }

func (g *gen) probe(k probeKind) *Node {
	g.p = &probe{spec: g.spec(k), unroll: 1}
	for _, m := range g.maps {
		m.frozen = false
	}
	pr := node(Probe, g.pick(g.p.spec.attach))
	if g.chance(25) {
		// Spaced: "/*" would open a comment.
		pr.Parts = append(pr.Parts, text(" / "), g.intExpr(2), text(" /"))
	}
	pr.Parts = append(pr.Parts, text(" "), g.block())
	return pr
}

// block writes one to MaxStmts statements (fewer when the budget runs out).
func (g *gen) block() *Node {
	b := &Node{Kind: Block}
	g.p.depth++
	n := 1 + g.r.Intn(g.o.MaxStmts)
	for i := 0; i < n && (i == 0 || g.budget > 0); i++ {
		g.budget--
		b.Parts = append(b.Parts, g.stmt())
	}
	g.p.depth--
	return b
}

// nested says whether another block may open here.
func (g *gen) nested() bool { return g.p.depth < g.o.MaxDepth && g.budget > 3 }

func (g *gen) stmt() *Node {
	for {
		switch w := g.r.Intn(100); {
		case w < 14:
			return g.assignVar()
		case w < 18:
			if s := g.updateVar(); s != nil {
				return s
			}
		case w < 30:
			return g.assignMap()
		case w < 34:
			if s := g.updateMap(); s != nil {
				return s
			}
		case w < 44:
			return g.aggregate()
		case w < 50:
			if g.nested() {
				return g.ifStmt()
			}
		case w < 52:
			if g.nested() && g.p.unroll < 8 {
				return g.unrollStmt()
			}
		case w < 56:
			if g.nested() && g.p.loops < 3 {
				return g.whileStmt()
			}
		case w < 59:
			if g.nested() && g.p.loops < 3 {
				return g.forRange()
			}
		case w < 62:
			if g.nested() && g.p.loops < 3 {
				if s := g.forMap(); s != nil {
					return s
				}
			}
		case w < 67:
			return g.printf()
		case w < 69:
			// ?: as a statement: its arms are statements.
			other := g.pick2(g.printfCall(), node(Expr, "exit()"))
			return stmt(g.intExpr(2), " ? ", g.printfCall(), " : ", other, ";")
		case w < 72:
			return stmt("print(", g.anyExpr(2), ");")
		case w < 74:
			if s := g.printMap(); s != nil {
				return s
			}
		case w < 77:
			if s := g.deleteStmt(); s != nil {
				return s
			}
		case w < 79:
			if m := g.someMap(func(*mapv) bool { return true }); m != nil {
				return stmt(g.pick([]string{"clear", "zero"}), "(", m.name, ");")
			}
		case w < 80:
			return stmt("exit();")
		case w < 82:
			return stmt("return;")
		case w < 86:
			if g.p.loops > 0 {
				return stmt(g.pick([]string{"break;", "continue;"}))
			}
		case w < 92:
			if s := g.effect(); s != nil {
				return s
			}
		default:
			return stmt(g.anyExpr(2), ";")
		}
	}
}

// ---- variables ----

func (g *gen) newVar(t typ) *variable {
	g.nvar++
	prefix := map[tkind]string{tInt: "$i", tStr: "$s", tTup: "$t", tOut: "$o"}[t.k]
	return &variable{name: prefix + strconv.Itoa(g.nvar), t: t}
}

func (g *gen) vars(match func(*variable) bool) []*variable {
	var out []*variable
	for _, v := range g.p.vars {
		if match(v) {
			out = append(out, v)
		}
	}
	return out
}

// assignVar assigns an existing variable a value of its type, or makes
// a new one.
func (g *gen) assignVar() *Node {
	if vs := g.vars(func(v *variable) bool { return !v.locked }); len(vs) > 0 && g.chance(40) {
		v := vs[g.r.Intn(len(vs))]
		return g.defn(v.name, v.t.k == tInt, true, func(simple bool) *Node {
			return stmt(v.name, " = ", g.value(v.t, 3, simple), ";")
		})
	}
	t := g.anyType(2)
	v := g.newVar(t)
	s := g.defn(v.name, t.k == tInt, false, func(simple bool) *Node {
		return stmt(v.name, " = ", g.value(t, 3, simple), ";")
	})
	g.p.vars = append(g.p.vars, v)
	return s
}

// defn writes a definition of the symbol sym (a variable or a map) with
// build, again when what it reads would make a cycle the checker types
// wrong (see deps.go), and in the end with the simplest expressions,
// which read nothing.
func (g *gen) defn(sym string, isInt, existing bool, build func(simple bool) *Node) *Node {
	for try := 0; ; try++ {
		saved := g.d.begin()
		n := build(try >= 4)
		if g.d.define(sym, isInt, existing, g.d.end(saved)) || try >= 4 {
			return n
		}
	}
}

// value is an expression of type t, or with simple the simplest one.
func (g *gen) value(t typ, d int, simple bool) *Node {
	if simple {
		return leaf(t, t.simple())
	}
	return g.exprOf(t, d)
}

var compoundOps = []string{"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="}

func (g *gen) intVars() []*variable {
	return g.vars(func(v *variable) bool { return !v.locked && v.t.k == tInt })
}

func (g *gen) updateVar() *Node {
	vs := g.intVars()
	if len(vs) == 0 {
		return nil
	}
	v := vs[g.r.Intn(len(vs))]
	switch g.r.Intn(3) {
	case 0:
		return stmt(v.name, " ", g.pick(compoundOps), " ", g.intExpr(2), ";")
	case 1:
		return stmt(v.name, g.pick([]string{"++", "--"}), ";")
	}
	return stmt(g.pick([]string{"++", "--"}), v.name, ";")
}

// ---- maps ----

func (g *gen) newMap(keys []typ, val typ, agg, param string) *mapv {
	name := "@m" + strconv.Itoa(g.nmap)
	g.nmap++
	if !g.anon && g.chance(10) {
		name, g.anon = "@", true
	}
	return &mapv{name: name, keys: keys, val: val, agg: agg, param: param}
}

// add makes a new map visible to later expressions: not to those of the
// statement defining it, which the checker would type as reading an
// integer (a cycle through the map).
func (g *gen) add(m *mapv) { g.maps = append(g.maps, m) }

func (g *gen) someMap(match func(*mapv) bool) *mapv {
	var ms []*mapv
	for _, m := range g.maps {
		if match(m) {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return nil
	}
	return ms[g.r.Intn(len(ms))]
}

// keyTypes picks the key of a new map: none, one or several values.
func (g *gen) keyTypes() []typ {
	switch g.r.Intn(10) {
	case 0, 1:
		return nil
	case 2, 3, 4, 5:
		return []typ{g.anyType(1)}
	}
	keys := make([]typ, 2+g.r.Intn(2))
	for i := range keys {
		keys[i] = g.anyType(0)
	}
	return keys
}

// ref is @m or @m[k1, k2] with keys of the map's key types.
func (g *gen) ref(m *mapv, d int) *Node {
	if m.keys == nil {
		return node(Expr, m.name)
	}
	n := node(Expr, m.name, "[")
	for i, k := range m.keys {
		if i > 0 {
			n.Parts = append(n.Parts, text(", "))
		}
		n.Parts = append(n.Parts, g.exprOf(k, d))
	}
	n.Parts = append(n.Parts, text("]"))
	return n
}

// mapRef is ref, or with simple the map with the simplest keys.
func (g *gen) mapRef(m *mapv, d int, simple bool) *Node {
	if !simple || m.keys == nil {
		return g.ref(m, d)
	}
	n := node(Expr, m.name, "[")
	for i, k := range m.keys {
		if i > 0 {
			n.Parts = append(n.Parts, text(", "))
		}
		n.Parts = append(n.Parts, leaf(k, k.simple()))
	}
	n.Parts = append(n.Parts, text("]"))
	return n
}

func (g *gen) isIntMap(m *mapv) bool { return m.agg != "" || m.val.k == tInt }

func (g *gen) assignMap() *Node {
	m := g.someMap(func(m *mapv) bool { return m.agg == "" && !m.frozen })
	existing := m != nil && g.chance(50)
	if !existing {
		m = g.newMap(g.keyTypes(), g.anyType(2), "", "")
	}
	s := g.defn(m.name, g.isIntMap(m), existing, func(simple bool) *Node {
		val := g.value(m.val, 3, simple)
		return stmt(g.mapRef(m, 2, simple), " = ", val, ";")
	})
	if !existing {
		g.add(m)
	}
	return s
}

func (g *gen) updateMap() *Node {
	m := g.someMap(func(m *mapv) bool { return m.agg == "" && m.val.k == tInt && !m.frozen })
	if m == nil {
		if !g.chance(50) {
			return nil
		}
		m = g.newMap(g.keyTypes(), intT, "", "")
	}
	existing := slices.Contains(g.maps, m)
	form := g.r.Intn(3)
	s := g.defn(m.name, true, existing, func(simple bool) *Node {
		ref := g.mapRef(m, 2, simple)
		switch form {
		case 0:
			return stmt(ref, " ", g.pick(compoundOps), " ", g.value(intT, 2, simple), ";")
		case 1:
			return stmt(ref, g.pick([]string{"++", "--"}), ";")
		}
		return stmt(g.pick([]string{"++", "--"}), ref, ";")
	})
	if !existing {
		g.add(m)
	}
	return s
}

// aggs are the aggregations stdlib has.
var aggs = func() []*stdlib.Builtin {
	var out []*stdlib.Builtin
	for _, b := range stdlib.All() {
		if b.Kind == stdlib.Aggregation {
			out = append(out, b)
		}
	}
	return out
}()

func (g *gen) aggregate() *Node {
	m := g.someMap(func(m *mapv) bool { return m.agg != "" && !m.frozen })
	isNew := m == nil || g.chance(40)
	if isNew {
		b := aggs[g.r.Intn(len(aggs))]
		agg, param := b.Name, ""
		if b.Agg.Params != nil { // lhist's min, max and step: the only such parameters
			lo := []int{0, 0, 10, 100}[g.r.Intn(4)]
			step := []int{1, 5, 10, 100}[g.r.Intn(4)]
			hi := lo + step*(1+g.r.Intn(50))
			param = fmt.Sprintf(", %d, %d, %d", lo, hi, step)
		}
		m = g.newMap(g.keyTypes(), intT, agg, param)
	}
	s := g.defn(m.name, true, !isNew, func(simple bool) *Node {
		ref := g.mapRef(m, 2, simple)
		if stdlib.Lookup(m.agg).MaxArgs == 0 { // count()
			return stmt(ref, " = ", m.agg, "();")
		}
		return stmt(ref, " = ", m.agg, "(", g.value(intT, 3, simple), m.param, ");")
	})
	if isNew {
		g.add(m)
	}
	return s
}

func (g *gen) deleteStmt() *Node {
	m := g.someMap(func(m *mapv) bool { return !m.bucketed() })
	if m == nil {
		return nil
	}
	switch {
	case len(m.keys) == 1 && m.keys[0].k != tTup && g.chance(50):
		return stmt("delete(", m.name, ", ", g.exprOf(m.keys[0], 2), ");")
	case len(m.keys) > 1 && g.chance(50):
		return stmt("delete(", m.name, ", ", g.exprOf(tupT(m.keys...), 2), ");")
	}
	return stmt("delete(", g.ref(m, 2), ");")
}

func (g *gen) printMap() *Node {
	m := g.someMap(func(*mapv) bool { return true })
	if m == nil {
		return nil
	}
	switch g.r.Intn(3) {
	case 0:
		return stmt("print(", m.name, ", ", strconv.Itoa(g.r.Intn(10)), ");")
	case 1:
		return stmt("print(", m.name, ", ", strconv.Itoa(g.r.Intn(10)), ", ", strconv.Itoa(1+g.r.Intn(1000)), ");")
	}
	return stmt("print(", m.name, ");")
}

// ---- control flow ----

func (g *gen) ifStmt() *Node {
	s := stmt("if (", g.intExpr(2), ") ")
	then := g.block()
	s.Parts, s.Body = append(s.Parts, then), then
	for g.chance(30) {
		s.Parts = append(s.Parts, text(" else if ("), g.intExpr(2), text(") "), g.block())
	}
	if g.chance(40) {
		s.Parts = append(s.Parts, text(" else "), g.block())
	}
	return s
}

func (g *gen) unrollStmt() *Node {
	n := 1 + g.r.Intn(4)
	saved := g.p.unroll
	g.p.unroll *= n
	body := g.block()
	g.p.unroll = saved
	s := stmt("unroll(", strconv.Itoa(n), ") ", body)
	s.Body = body
	return s
}

// loopBody writes a loop's block with locked variables out of its reach.
func (g *gen) loopBody(locked ...*variable) *Node {
	for _, v := range locked {
		v.locked = true
	}
	g.p.loops++
	b := g.block()
	g.p.loops--
	for _, v := range locked {
		v.locked = false
	}
	return b
}

// whileStmt writes a counted loop the checker can bound: a fresh counter
// set before it, compared with an invariant limit, stepped once at the
// top level of the body.
func (g *gen) whileStmt() *Node {
	c := g.newVar(intT)
	down := g.chance(35)
	start, limit := strconv.Itoa(g.r.Intn(3)), strconv.Itoa(1+g.r.Intn(20))
	var lockLimit *variable
	if down {
		start, limit = strconv.Itoa(5+g.r.Intn(20)), strconv.Itoa(g.r.Intn(3))
	}
	switch g.r.Intn(5) {
	case 0:
		if !down {
			limit = "$1"
		}
	case 1:
		// An invariant variable as the limit: the body must leave it alone.
		if vs := g.intVars(); len(vs) > 0 {
			lockLimit = vs[g.r.Intn(len(vs))]
			limit = lockLimit.name
		}
	}
	ops := []string{"<", "<="}
	if down {
		ops = []string{">", ">="}
	}
	op := g.pick(ops)
	var cond *Node
	// Flipped (limit first) only for a constant limit: the checker takes
	// the left side of `$n > $i` for the counter when both are variables.
	if lockLimit == nil && g.chance(30) {
		flip := map[string]string{"<": ">", "<=": ">=", ">": "<", ">=": "<="}
		cond = expr(intT, limit, " ", flip[op], " ", c.name)
	} else {
		cond = expr(intT, c.name, " ", op, " ", limit)
	}
	if g.chance(30) {
		cond = expr(intT, cond, " && ", g.intExpr(1))
	}
	g.p.vars = append(g.p.vars, c)
	locked := []*variable{c}
	if lockLimit != nil {
		locked = append(locked, lockLimit)
	}
	body := g.loopBody(locked...)
	var step string
	switch {
	case down && g.chance(50):
		step = c.name + "--;"
	case down:
		step = c.name + " -= " + strconv.Itoa(1+g.r.Intn(3)) + ";"
	case g.chance(50):
		step = c.name + "++;"
	default:
		step = c.name + " += " + strconv.Itoa(1+g.r.Intn(3)) + ";"
	}
	// The step goes anywhere at the top level of the body.
	at := g.r.Intn(len(body.Parts) + 1)
	body.Parts = append(body.Parts[:at], append([]*Node{stmt(step)}, body.Parts[at:]...)...)
	g.d.define(c.name, true, false, nil)
	init := stmt(c.name, " = ", start, ";")
	// The counter's definition and the loop stay together: a Block-less
	// pair the reducer removes or keeps as one statement.
	s := stmt(init, " ", "while (", cond, ") ", body)
	s.Body = body
	return s
}

func (g *gen) forRange() *Node {
	v := g.newVar(intT)
	var lo, hi *Node
	saved := g.d.begin()
	if g.chance(60) {
		a := g.r.Intn(5) - 1
		lo, hi = leaf(intT, strconv.Itoa(a)), leaf(intT, strconv.Itoa(a+g.r.Intn(12)))
	} else {
		lo, hi = g.intExpr(1), g.pick2(leaf(intT, "$1"), expr(intT, "(", g.intExpr(1), " % 16)"))
	}
	g.d.define(v.name, true, false, g.d.end(saved))
	g.p.vars = append(g.p.vars, v)
	body := g.loopBody(v)
	s := stmt("for (", v.name, " : ", lo, "..", hi, ") ", body)
	s.Body = body
	return s
}

func (g *gen) pick2(a, b *Node) *Node {
	if g.chance(50) {
		return a
	}
	return b
}

func (g *gen) forMap() *Node {
	m := g.someMap((*mapv).iterable)
	if m == nil {
		return nil
	}
	v := g.newVar(tupT(m.keyType(), m.val))
	g.p.vars = append(g.p.vars, v)
	// The checker types $kv from the map: a definition of the map that
	// depends on $kv (directly or through other variables, for the rest
	// of the probe) would be a cycle, which it types as an integer.
	m.frozen = true
	g.d.define(v.name, false, false, map[string]bool{m.name: true})
	body := g.loopBody(v)
	s := stmt("for (", v.name, " : ", m.name, ") ", body)
	s.Body = body
	return s
}

// ---- output and effects ----

var (
	intVerbs = []string{"%d", "%u", "%x", "%X", "%o", "%i", "%ld", "%lu", "%lld", "%llu", "%llx",
		"%5d", "%-5d", "%05d", "%+d", "% d", "%#x", "%c", "%p", "%hd", "%hhu"}
	strVerbs = []string{"%s", "%-10s", "%10s", "%.3s", "%r", "%rx", "%rh"}
)

func (g *gen) printf() *Node { return stmt(g.printfCall(), ";") }

// printfCall is a printf() call with arguments matching its conversions,
// as an expression (a statement's, or an arm of a statement's ?:).
func (g *gen) printfCall() *Node {
	n := g.r.Intn(5)
	var format strings.Builder
	var args []any
	for i := 0; i < n; i++ {
		format.WriteString(g.pick([]string{" ", "=", ":", "%% ", "\\t"}))
		t := g.anyType(1)
		switch t.k {
		case tInt:
			format.WriteString(g.pick(intVerbs))
		case tStr:
			format.WriteString(g.pick(strVerbs))
		default:
			format.WriteString("%s")
		}
		args = append(args, ", ", g.exprOf(t, 2))
	}
	parts := append([]any{"printf(\"", g.pick([]string{"x", "a b", "\\\"q\\\"", ""}), format.String(), "\\n\""}, args...)
	return node(Expr, append(parts, ")")...)
}

// effect is one of the builtins run for their effect: time, cat,
// system, signal, join, unwatch, exit.
func (g *gen) effect() *Node {
	switch g.r.Intn(7) {
	case 0:
		if g.chance(50) {
			return stmt("time();")
		}
		return stmt(`time("%H:%M:%S\n");`)
	case 1:
		if g.chance(50) {
			return stmt(`cat("/proc/loadavg");`)
		}
		return stmt(`cat("/proc/%d/comm", `, g.intExpr(1), ");")
	case 2:
		return stmt(`system("true %d %s", `, g.intExpr(1), ", ", g.strExpr(1), ");")
	case 3:
		if g.p.spec.special {
			return nil
		}
		if g.chance(50) {
			return stmt(`signal("SIGCONT");`)
		}
		return stmt("signal(", g.intExpr(1), ");")
	case 4:
		for _, f := range g.p.spec.fields {
			if f.k == fArgv {
				if g.chance(50) {
					return stmt("join(args->", f.name, ");")
				}
				return stmt("join(args->", f.name, `, ",");`)
			}
		}
	case 6:
		return stmt("unwatch(", g.intExpr(1), ");")
	case 5:
		// A call whose value is dropped.
		return stmt(g.pick2(g.outExpr(typ{k: tOut, out: g.pick(outTypes)}, 1), g.strExpr(1)), ";")
	}
	return nil
}

// ---- expressions ----

// anyType picks the type of a new value; d bounds tuple nesting.
func (g *gen) anyType(d int) typ {
	switch w := g.r.Intn(100); {
	case w < 45:
		return intT
	case w < 70:
		return strT
	case w < 85 && d > 0:
		elems := make([]typ, 2+g.r.Intn(2))
		for i := range elems {
			elems[i] = g.anyType(d - 1)
		}
		return tupT(elems...)
	case w < 85:
		return intT
	}
	return typ{k: tOut, out: g.pick(outTypes)}
}

func (g *gen) anyExpr(d int) *Node { return g.exprOf(g.anyType(1), d) }

func (g *gen) exprOf(t typ, d int) *Node {
	// A variable, a tuple field or a map of the type, sometimes.
	if g.chance(30) {
		if n := g.read(t, d); n != nil {
			return n
		}
	}
	switch t.k {
	case tInt:
		return g.intExpr(d)
	case tStr:
		return g.strExpr(d)
	case tTup:
		n := expr(t, "(")
		for i, e := range t.elems {
			if i > 0 {
				n.Parts = append(n.Parts, text(", "))
			}
			n.Parts = append(n.Parts, g.exprOf(e, d-1))
		}
		n.Parts = append(n.Parts, text(")"))
		return n
	}
	return g.outExpr(t, d)
}

// read is a variable, a tuple field of one, or a map value of type t.
func (g *gen) read(t typ, d int) *Node {
	want := t.key()
	var choices []func() *Node
	for _, v := range g.p.vars {
		if v.t.key() == want {
			choices = append(choices, func() *Node { g.d.note(v.name); return leaf(t, v.name) })
		}
		for _, p := range v.t.paths(want) {
			choices = append(choices, func() *Node { g.d.note(v.name); return leaf(t, v.name+p) })
		}
	}
	for _, m := range g.maps {
		// A map's key is an expression too: only while depth is left.
		if d > 0 && m.readable() && m.val.key() == want {
			choices = append(choices, func() *Node {
				g.d.note(m.name)
				r := g.ref(m, d-1)
				r.Type, r.Simple = want, t.simple()
				return r
			})
		}
	}
	if len(choices) == 0 {
		return nil
	}
	return choices[g.r.Intn(len(choices))]()
}

var intLits = []string{"0", "1", "2", "7", "-1", "-3", "255", "0x10", "1_000", "65535", "4294967295",
	"0xffffffffffffffff", "9223372036854775807", "-9223372036854775807", "100000007"}

// intLeaves are integers without sub-expressions: the builtins' samples
// without %s (pid, nsecs, ...) and the positional parameters.
var intLeaves = func() []string {
	out := []string{"$1", "$#"}
	for _, s := range intSamples {
		if !strings.Contains(s, "%s") {
			out = append(out, s)
		}
	}
	return out
}()

// intCalls are the builtins' integer samples of an integer: bswap(%s).
var intCalls = func() []string {
	var out []string
	for _, s := range intSamples {
		if strings.Contains(s, "%s") {
			out = append(out, s)
		}
	}
	return out
}()

var casts = []string{"uint8", "int8", "uint16", "int16", "uint32", "int32", "uint64", "int64"}

var binOps = []string{"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&&", "||"}

var taskInts = []string{"->pid", "->tgid", "->prio", "->flags", "->real_parent->pid", "->parent->tgid", "->group_leader->pid"}

func (g *gen) intExpr(d int) *Node {
	if d <= 0 || g.chance(35) {
		return g.intAtom(d)
	}
	switch g.r.Intn(9) {
	case 0:
		// Parenthesized: "-" before "-1" would lex as "--".
		return expr(intT, g.pick([]string{"-", "~", "!"}), "(", g.intExpr(d-1), ")")
	case 1:
		return expr(intT, "(", g.pick(casts), ")", g.intExpr(d-1))
	case 2:
		return expr(intT, "(", g.intExpr(d-1), " ? ", g.intExpr(d-1), " : ", g.intExpr(d-1), ")")
	case 3:
		// String comparisons and searches.
		switch g.r.Intn(3) {
		case 0:
			return expr(intT, "(", g.strExpr(d-1), g.pick([]string{" == ", " != "}), g.strExpr(d-1), ")")
		case 1:
			return expr(intT, "strncmp(", g.strExpr(d-1), ", ", g.strExpr(d-1), ", ", strconv.Itoa(g.r.Intn(20)), ")")
		}
		return expr(intT, "strcontains(", g.strExpr(d-1), ", ", g.strLit(), ")")
	case 4:
		return g.sample(intT, g.pick(intCalls), d)
	case 5:
		// Increments inside expressions.
		if vs := g.intVars(); len(vs) > 0 && g.chance(50) {
			v := vs[g.r.Intn(len(vs))]
			g.d.note(v.name)
			if g.chance(50) {
				return expr(intT, v.name, g.pick([]string{"++", "--"}))
			}
			return expr(intT, g.pick([]string{"++", "--"}), v.name)
		}
		if m := g.someMap(func(m *mapv) bool { return m.agg == "" && m.val.k == tInt && !m.frozen }); m != nil {
			// A definition of the map inside the expression.
			saved := g.d.begin()
			ref := g.ref(m, d-1)
			if g.d.define(m.name, true, true, g.d.end(saved)) {
				return expr(intT, ref, g.pick([]string{"++", "--"}))
			}
		}
	}
	return expr(intT, "(", g.intExpr(d-1), " ", g.pick(binOps), " ", g.intExpr(d-1), ")")
}

func (g *gen) intAtom(d int) *Node {
	sp := g.p.spec
	for {
		switch g.r.Intn(15) {
		case 0, 1:
			return leaf(intT, g.pick(intLits))
		case 2, 3:
			return leaf(intT, g.pick(intLeaves))
		case 4:
			return leaf(intT, "curtask"+g.pick(taskInts))
		case 5:
			if len(sp.fields) > 0 {
				f := sp.fields[g.r.Intn(len(sp.fields))]
				if f.k == fInt || f.k == fPtr {
					return leaf(intT, "args->"+f.name)
				}
			}
		case 6:
			if len(sp.args) > 0 {
				i := g.r.Intn(len(sp.args))
				if sp.args[i] == aTask {
					return leaf(intT, fmt.Sprintf("arg%d%s", i, g.pick(taskInts)))
				}
				return leaf(intT, fmt.Sprintf("arg%d", i))
			}
			if sp.retval {
				return leaf(intT, "retval")
			}
		case 7:
			return leaf(intT, g.pick([]string{"sizeof(int32)", "sizeof(uint8)", "sizeof(struct task_struct)",
				"offsetof(struct task_struct, pid)", "sizeof(comm)", `kaddr("vfs_read")`, `cgroupid("/")`,
				"*(uint32 *)curtask", "(int16)curtask->prio"}))
		case 10:
			// A string's byte.
			if d > 0 {
				// In parentheses: @m[1] would be a map's key; a literal
				// index must be within the string.
				idx := g.pick2(leaf(intT, strconv.Itoa(g.r.Intn(8))), expr(intT, "(", g.intExpr(d-1), " % 8)"))
				return expr(intT, "(", g.strExpr(d-1), ")[", idx, "]")
			}
		case 11:
			// The traced task's registers, and arguments on its stack.
			if sp.stack && g.chance(50) {
				return leaf(intT, g.pick([]string{"sarg0", "sarg1", "sarg3"}))
			}
			if sp.stack && g.o.UprobeVar != "" && g.chance(30) {
				// uprobe only: a uretprobe cannot place a PIE's variable.
				return leaf(intT, `uaddr("`+g.o.UprobeVar+`")`)
			}
			if sp.regs {
				return leaf(intT, `reg("`+g.pick([]string{"ip", "sp", "ax", "di", "flags"})+`")`)
			}
		case 8:
			if m := g.someMap(func(m *mapv) bool { return !m.bucketed() }); m != nil {
				g.d.note(m.name)
				return leaf(intT, "len("+m.name+")")
			}
		case 9:
			m := g.someMap(func(m *mapv) bool {
				return !m.bucketed() && len(m.keys) > 0 && !(len(m.keys) == 1 && m.keys[0].k == tTup)
			})
			if m != nil && d > 0 {
				g.d.note(m.name)
				n := expr(intT, "has_key(", m.name)
				for _, k := range m.keys {
					n.Parts = append(n.Parts, text(", "), g.exprOf(k, d-1))
				}
				n.Parts = append(n.Parts, text(")"))
				return n
			}
		default:
			if n := g.read(intT, d); n != nil {
				return n
			}
		}
	}
}

func (g *gen) strLit() string {
	if g.strlen > 24 && g.chance(10) {
		// Longer than comm can hold.
		return `"0123456789abcdefghij"`
	}
	return g.pick([]string{`""`, `"a"`, `"abc"`, `"sh"`, `"/etc"`, `"x\ty"`, `"q\"q"`, `"\\n"`, `"bash"`, `"a\nb"`})
}

func (g *gen) strExpr(d int) *Node {
	sp := g.p.spec
	if d > 0 && g.chance(15) {
		return expr(strT, "(", g.intExpr(d-1), " ? ", g.strExpr(d-1), " : ", g.strExpr(d-1), ")")
	}
	for {
		switch g.r.Intn(12) {
		case 0, 1:
			return leaf(strT, g.strLit())
		case 2:
			return leaf(strT, "comm")
		case 3:
			return leaf(strT, g.pick([]string{"probe", "$2", "str($2)", "curtask->comm", "curtask->real_parent->comm"}))
		case 4, 5:
			if len(sp.fields) > 0 {
				switch f := sp.fields[g.r.Intn(len(sp.fields))]; f.k {
				case fPtr, fDataLoc:
					if g.chance(30) {
						return expr(strT, "str(args->", f.name, ", ", g.intExpr(d-1), ")")
					}
					return leaf(strT, "str(args->"+f.name+")")
				case fChars:
					return leaf(strT, "args->"+f.name)
				}
			}
			if len(sp.args) > 0 {
				if i := g.r.Intn(len(sp.args)); sp.args[i] == aTask {
					return leaf(strT, fmt.Sprintf("arg%d->comm", i))
				}
			}
		case 6:
			if sp.fn {
				return leaf(strT, "func")
			}
		case 7:
			if d > 0 {
				return expr(strT, "str(", g.intExpr(d-1), ")")
			}
		case 8:
			if d > 0 {
				return expr(strT, "str(", g.strExpr(d-1), ")")
			}
		default:
			if n := g.read(strT, d); n != nil {
				return n
			}
		}
	}
}

func (g *gen) outExpr(t typ, d int) *Node { return g.sample(t, t.out, d) }

// sample writes a builtin's sample (stdlib.Builtin.Samples) with an
// integer expression for each %s.
func (g *gen) sample(t typ, s string, d int) *Node {
	parts := strings.Split(s, "%s")
	if len(parts) == 1 {
		return leaf(t, s)
	}
	n := expr(t, parts[0])
	for _, p := range parts[1:] {
		n.Parts = append(n.Parts, g.intExpr(d-1), text(p))
	}
	return n
}
