package ast

// Walk calls f for n and every node under it, parents before children, in
// source order. When f returns false, Walk does not descend into that
// node's children.
func Walk(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) || !f(n) {
		return
	}
	each := func(ns ...Node) {
		for _, c := range ns {
			Walk(c, f)
		}
	}
	switch n := n.(type) {
	case *Program:
		for _, p := range n.Probes {
			Walk(p, f)
		}
	case *Probe:
		if n.Pred != nil {
			Walk(n.Pred, f)
		}
		Walk(n.Body, f)
	case *Block:
		for _, s := range n.Stmts {
			Walk(s, f)
		}
	case *ExprStmt:
		each(n.X)
	case *AssignStmt:
		each(n.Target, n.Value)
	case *IfStmt:
		each(n.Cond, n.Then)
		if n.Else != nil {
			Walk(n.Else, f)
		}
	case *UnrollStmt:
		each(n.Count, n.Body)
	case *WhileStmt:
		each(n.Cond, n.Body)
	case *ForStmt:
		Walk(n.Var, f)
		if n.Map != nil {
			Walk(n.Map, f)
		} else {
			each(n.Start, n.End)
		}
		Walk(n.Body, f)
	case *MapRef:
		for _, k := range n.Keys {
			Walk(k, f)
		}
	case *Binary:
		each(n.L, n.R)
	case *Unary:
		each(n.X)
	case *IncDec:
		each(n.X)
	case *Ternary:
		each(n.Cond, n.Then, n.Else)
	case *Call:
		for _, a := range n.Args {
			Walk(a, f)
		}
	case *Field:
		each(n.X)
	case *Index:
		each(n.X, n.Index)
	case *Cast:
		each(n.X)
	case *Tuple:
		for _, x := range n.Elems {
			Walk(x, f)
		}
	}
}

// isNilNode catches typed nil pointers stored in a Node (an absent block).
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Block:
		return n == nil
	case *IfStmt:
		return n == nil
	case *Var:
		return n == nil
	case *MapRef:
		return n == nil
	}
	return false
}
