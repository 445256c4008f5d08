package lang

import (
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// Symbol types. A variable's or a map's type comes from all of its
// definitions (resolve found them): the first that types fixes it, the
// others must agree and may widen its strings. They are typed when the
// symbol is first needed, wherever that is, so every use sees the final
// type. Each definition, like each expression, is typed once.

// defState is how far a definition's typing has got.
type defState int

const (
	defTodo defState = iota
	defBusy          // being typed: a read of its symbol meanwhile is provisional
	defDone
)

// typeDef types one definition once, in its own probe.
func (c *checker) typeDef(def ast.Node, f func()) {
	if c.defs[def] != defTodo {
		return
	}
	c.defs[def] = defBusy
	saved, savedIndex, savedAt := c.probe, c.probeIndex, c.at
	if i, ok := c.syms.probeOf[def]; ok {
		c.probeIndex, c.probe = i, c.info.Probes[i]
	}
	f()
	c.probe, c.probeIndex, c.at = saved, savedIndex, savedAt
	c.defs[def] = defDone
}

// busy says whether one of defs is being typed.
func (c *checker) busy(defs []ast.Node) bool {
	for _, d := range defs {
		if c.defs[d] == defBusy {
			return true
		}
	}
	return false
}

// varType is the type of variable vi, from all its definitions; nil when
// none could be typed (an error said why). While one of them is being
// typed, a read of the variable (through a map that depends on it) reads
// an integer, as the definition will most often make it.
func (c *checker) varType(vi *ast.VarInfo) *ast.Type {
	if !c.varsDone[vi] {
		c.varsDone[vi] = true
		for _, def := range c.syms.varDefs[vi] {
			c.varDef(def)
		}
		// Every definition holds the final type, not the one it had
		// when it was typed.
		for _, def := range c.syms.varDefs[vi] {
			if v := defVar(def); vi.Type != nil && c.info.Types[v] != nil {
				c.info.Types[v] = vi.Type
			}
		}
	}
	if vi.Type == nil && c.busy(c.syms.varDefs[vi]) {
		return ast.Int64
	}
	return vi.Type
}

// defVar is the variable a definition binds.
func defVar(def ast.Node) *ast.Var {
	if f, ok := def.(*ast.ForStmt); ok {
		return f.Var
	}
	return def.(*ast.AssignStmt).Target.(*ast.Var)
}

// varDef types one definition of a variable: `$v = value` or a for loop.
func (c *checker) varDef(def ast.Node) {
	c.typeDef(def, func() {
		switch s := def.(type) {
		case *ast.AssignStmt:
			c.at = s
			t := c.expr(s.Value)
			if t == nil {
				return
			}
			if !t.Storable() {
				c.errorf(s.Value, "cannot assign %s to a variable%s", t, ast.StructHint(t))
				return
			}
			c.bindVar(s.Target.(*ast.Var), t)
		case *ast.ForStmt:
			c.at = s
			if t := c.forVar(s); t != nil {
				c.bindVar(s.Var, t)
			}
		}
	})
}

// bindVar gives v's variable the type t of one of its definitions.
func (c *checker) bindVar(v *ast.Var, t *ast.Type) {
	vi := c.info.Vars[v]
	switch {
	case vi.Type == nil:
		vi.Type = t
	case !vi.Type.Equal(t):
		c.errorf(v, "type mismatch for %s: it holds %s, cannot assign %s", v.Name, vi.Type, t)
	default:
		vi.Type = ast.Widen(vi.Type, t)
	}
	c.info.Types[v] = vi.Type
}

// forVar types a for loop's variable: an integer for a range, a
// (key, value) tuple for a map.
func (c *checker) forVar(s *ast.ForStmt) *ast.Type {
	if s.Map == nil {
		c.intExpr(s.Start)
		c.intExpr(s.End)
		return ast.Int64
	}
	mi := c.mapRead(s.Map, true)
	if a := stdlib.AggregatorOf(mi); a != nil && !a.Iterable {
		c.errorf(s.Map, "cannot iterate over %s: it is %s map", s.Map.Name, aggName(mi.Agg))
		return nil
	}
	if mi == nil {
		return nil
	}
	kt := mi.Key
	if kt == nil {
		kt = ast.Int64
	}
	return ast.TupleType([]*ast.Type{kt, stdlib.ReadType(mi)})
}

// completeMap types every definition of the map called name, once, so
// that reads see its final key and value types.
func (c *checker) completeMap(name string) {
	if c.mapsDone[name] {
		return
	}
	c.mapsDone[name] = true
	for _, def := range c.syms.mapDefs[name] {
		switch d := def.(type) {
		case *ast.AssignStmt:
			c.assignMap(d)
		case *ast.IncDec:
			c.expr(d)
		}
	}
}

// finishMaps gives every definition of a map the map's final type, not
// the one it had when the definition was typed.
func (c *checker) finishMaps() {
	for name, defs := range c.syms.mapDefs {
		mi := c.info.Maps[name]
		if mi == nil {
			continue
		}
		for _, def := range defs {
			var m *ast.MapRef
			switch d := def.(type) {
			case *ast.AssignStmt:
				m = d.Target.(*ast.MapRef)
			case *ast.IncDec:
				m = d.X.(*ast.MapRef)
			}
			if c.info.Types[m] != nil {
				c.info.Types[m] = stdlib.ReadType(mi)
			}
		}
	}
}
