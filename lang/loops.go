package lang

import "github.com/gtrace/gtrace/lang/ast"

// whileBound proves that a while loop terminates, or warns at the loop
// that it cannot and how to make it provable. Loops compile to bpf_loop
// callbacks, which need an iteration count up front; this is where it
// comes from (bpf_loop's limit for a loop without a proven bound).
func (c *checker) whileBound(s *ast.WhileStmt) {
	for _, conj := range conjuncts(s.Cond) {
		b, ok := conj.(*ast.Binary)
		if !ok {
			continue
		}
		v, limit, op := splitCompare(b)
		if v == nil {
			continue
		}
		vi := c.info.Vars[v]
		if vi == nil || c.varType(vi) == nil || vi.Type.Kind != ast.KInt || !c.loopInvariant(limit, s.Body) {
			continue
		}
		step, down, ok := counterStep(v.Name, s.Body)
		if !ok {
			continue
		}
		if down != (op == ">" || op == ">=") {
			continue
		}
		c.info.Bounds[s] = &ast.LoopBound{Var: vi, Limit: limit, Step: step, Inclusive: op == "<=" || op == ">=", Down: down}
		return
	}
	// No bound to prove: the loop runs until its condition is false, at
	// most bpf_loop's limit, and a run that reaches the limit is reported.
	c.info.Bounds[s] = &ast.LoopBound{}
	c.info.Warnings = append(c.info.Warnings, ast.Errorf(s, "the compiler cannot see when this loop ends: it runs while its condition holds, at most %d times (bpf_loop's limit; a run that reaches it is reported); a counter bounds it, e.g. `$i = 0; while ($i < 100 && ...) { ...; $i++; }`", ast.MaxLoopIterations))
}

func conjuncts(e ast.Expr) []ast.Expr {
	if b, ok := e.(*ast.Binary); ok && b.Op == "&&" {
		return append(conjuncts(b.L), conjuncts(b.R)...)
	}
	return []ast.Expr{e}
}

// splitCompare normalizes `$v op limit` and `limit op $v` to the former.
func splitCompare(b *ast.Binary) (*ast.Var, ast.Expr, string) {
	flip := map[string]string{"<": ">", "<=": ">=", ">": "<", ">=": "<="}
	if _, ok := flip[b.Op]; !ok {
		return nil, nil, ""
	}
	if v, ok := b.L.(*ast.Var); ok {
		return v, b.R, b.Op
	}
	if v, ok := b.R.(*ast.Var); ok {
		return v, b.L, flip[b.Op]
	}
	return nil, nil, ""
}

// loopInvariant accepts limits the body cannot change: literals,
// positional parameters, constants the checker evaluated (sizeof,
// offsetof), and variables the body never assigns.
func (c *checker) loopInvariant(e ast.Expr, body *ast.Block) bool {
	switch e := e.(type) {
	case *ast.IntLit, *ast.Positional:
		return true
	case *ast.Unary:
		return e.Op == "-" && c.loopInvariant(e.X, body)
	case *ast.Call:
		_, ok := c.info.Consts[e]
		return ok
	case *ast.Var:
		return assignments(e.Name, body) == 0
	case *ast.Binary:
		return c.loopInvariant(e.L, body) && c.loopInvariant(e.R, body)
	}
	return false
}

// counterStep finds the one top-level `$v++`, `$v--`, `$v += N` or
// `$v -= N` in the loop body, with no other assignment to $v anywhere in it.
func counterStep(name string, body *ast.Block) (step int64, down, ok bool) {
	if assignments(name, body) != 1 {
		return 0, false, false
	}
	for _, st := range body.Stmts {
		switch st := st.(type) {
		case *ast.ExprStmt:
			if id, isInc := st.X.(*ast.IncDec); isInc {
				if v, isVar := id.X.(*ast.Var); isVar && v.Name == name {
					return 1, id.Op == "--", true
				}
			}
		case *ast.AssignStmt:
			v, isVar := st.Target.(*ast.Var)
			lit, isLit := st.Value.(*ast.IntLit)
			if isVar && v.Name == name && isLit && lit.Value > 0 && lit.Value < 1<<31 && (st.Op == "+=" || st.Op == "-=") {
				return int64(lit.Value), st.Op == "-=", true
			}
		}
	}
	return 0, false, false
}

// assignments counts the statements and expressions under n that change
// the variable called name.
func assignments(name string, n ast.Node) int {
	count := 0
	ast.Walk(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if v, ok := n.Target.(*ast.Var); ok && v.Name == name {
				count++
			}
		case *ast.ForStmt:
			if n.Var.Name == name {
				count++
			}
		case *ast.IncDec:
			if v, ok := n.X.(*ast.Var); ok && v.Name == name {
				count++
			}
		}
		return true
	})
	return count
}
