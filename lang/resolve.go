package lang

import (
	"github.com/gtrace/gtrace/lang/ast"
)

// The resolve pass binds names before anything is typed: each $variable
// use to the variable it names in its probe (or reports it undefined),
// and each map to the places that define it. Typing then gives each
// variable and map one type from all its definitions, on first use, so
// that no pass runs twice: a map read in a probe before the probe that
// assigns it, or a string variable assigned strings of two capacities,
// is typed right the first time.

// symbols is what resolve learned.
type symbols struct {
	// varDefs are each variable's definitions, in program order:
	// `$v = ...` statements and for loops binding $v.
	varDefs map[*ast.VarInfo][]ast.Node
	// mapDefs are each map's definitions, in program order: assignments
	// to it (=, op=, aggregations) and ++/-- on it.
	mapDefs map[string][]ast.Node
	// probeOf is the probe of every definition, to type it out of order.
	probeOf map[ast.Node]int
}

// binder walks one probe at a time, in evaluation order.
type binder struct {
	c      *checker
	syms   *symbols
	probe  int
	scope  map[string]*ast.VarInfo
	nextID int
}

func (c *checker) resolve(p *ast.Program) {
	r := &binder{c: c, syms: &symbols{
		varDefs: map[*ast.VarInfo][]ast.Node{},
		mapDefs: map[string][]ast.Node{},
		probeOf: map[ast.Node]int{},
	}}
	for i, pr := range p.Probes {
		r.probe, r.scope = i, map[string]*ast.VarInfo{}
		r.expr(pr.Pred)
		r.block(pr.Body)
	}
	c.syms = r.syms
}

func (r *binder) block(b *ast.Block) {
	if b == nil {
		return
	}
	for _, s := range b.Stmts {
		r.stmt(s)
	}
}

func (r *binder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.Block:
		r.block(s)
	case *ast.ExprStmt:
		r.expr(s.X)
	case *ast.AssignStmt:
		switch tgt := s.Target.(type) {
		case *ast.Var:
			if s.Op != "=" {
				r.use(tgt, false)
				r.expr(s.Value)
				return
			}
			// The value is evaluated first: `$x = $x + 1` reads a $x
			// defined before.
			r.expr(s.Value)
			r.define(tgt, s)
		case *ast.MapRef:
			r.exprs(tgt.Keys)
			r.expr(s.Value)
			r.defineMap(tgt.Name, s)
		default:
			r.expr(s.Target)
			r.expr(s.Value)
		}
	case *ast.IfStmt:
		r.expr(s.Cond)
		r.block(s.Then)
		if s.Else != nil {
			r.stmt(s.Else)
		}
	case *ast.UnrollStmt:
		r.expr(s.Count)
		r.block(s.Body)
	case *ast.WhileStmt:
		r.expr(s.Cond)
		r.block(s.Body)
	case *ast.ForStmt:
		if s.Map != nil {
			r.expr(s.Map)
		} else {
			r.expr(s.Start)
			r.expr(s.End)
		}
		r.define(s.Var, s)
		r.block(s.Body)
	}
}

func (r *binder) exprs(es []ast.Expr) {
	for _, e := range es {
		r.expr(e)
	}
}

func (r *binder) expr(e ast.Expr) {
	if e == nil {
		return
	}
	ast.Walk(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Var:
			r.use(n, true)
		case *ast.IncDec:
			switch x := n.X.(type) {
			case *ast.Var:
				r.use(x, false)
			case *ast.MapRef:
				r.exprs(x.Keys)
				r.defineMap(x.Name, n)
			default:
				return true
			}
			return false
		}
		return true
	})
}

// define binds v at its definition def, making the variable on its first.
func (r *binder) define(v *ast.Var, def ast.Node) {
	vi := r.scope[v.Name]
	if vi == nil {
		r.c.nextID++
		vi = &ast.VarInfo{Name: v.Name, ID: r.c.nextID}
		r.scope[v.Name] = vi
	}
	r.c.info.Vars[v] = vi
	r.syms.varDefs[vi] = append(r.syms.varDefs[vi], def)
	r.syms.probeOf[def] = r.probe
}

// use binds a variable read, or reports it undefined (with a hint for a
// plain read).
func (r *binder) use(v *ast.Var, hint bool) {
	if vi := r.scope[v.Name]; vi != nil {
		r.c.info.Vars[v] = vi
		return
	}
	h := ""
	if hint {
		var names []string
		for n := range r.scope {
			names = append(names, n)
		}
		h = ast.Hint(v.Name, names)
	}
	r.c.errorf(v, "undefined variable %s%s", v.Name, h)
}

func (r *binder) defineMap(name string, def ast.Node) {
	r.syms.mapDefs[name] = append(r.syms.mapDefs[name], def)
	r.syms.probeOf[def] = r.probe
}
