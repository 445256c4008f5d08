package progen

// Reduce shrinks a failing script. fails reports whether a candidate
// script still fails as the original did (the same kind of failure: a
// candidate the checker refuses does not). Reduce tries, node by node
// and until nothing more helps, to remove a probe, a statement, a
// predicate or an else branch, to replace a compound statement by the
// statements of its body (an if also by its else branch's), and to replace an expression by the simplest
// one of its type or by one of its sub-expressions of that type. It
// calls fails at most maxTries times and returns the smallest failing
// tree found (root itself when nothing smaller fails).
func Reduce(root *Node, fails func(src string) bool, maxTries int) *Node {
	cur, curSrc := root, root.String()
	tries := 0
	for progress := true; progress && tries < maxTries; {
		progress = false
		for i := 0; i < count(cur) && tries < maxTries; i++ {
			for op := range numOps {
				cand := cur.clone()
				n, parent := nodeAt(cand, i)
				if n == nil || !apply(op, n, parent) {
					continue
				}
				src := cand.String()
				if src == curSrc {
					continue
				}
				tries++
				if fails(src) {
					cur, curSrc, progress = cand, src, true
					i-- // the node now at i may shrink further
					break
				}
				if tries >= maxTries {
					break
				}
			}
		}
	}
	return cur
}

const (
	opDelete = iota
	opLift
	opLiftElse
	opDropTail
	opSimplify
	opHoist
	numOps
)

func count(n *Node) int {
	c := 0
	n.walk(func(*Node, *Node) bool { c++; return true })
	return c
}

// nodeAt is the i-th node in preorder, with its parent.
func nodeAt(root *Node, i int) (found, parent *Node) {
	root.walk(func(n, p *Node) bool {
		if i == 0 {
			found, parent = n, p
			return false
		}
		i--
		return true
	})
	return found, parent
}

// apply performs one reduction on n in place (or in its parent),
// reporting whether it applied.
func apply(op int, n, parent *Node) bool {
	switch op {
	case opDelete:
		// A statement, a probe (one must stay) or the config block.
		if parent == nil || !(parent.Kind == Block && n.Kind == Stmt || parent.Kind == Program) {
			return false
		}
		if n.Kind == Probe && probes(parent) < 2 {
			return false
		}
		return replaceIn(parent, n)
	case opLift:
		if n.Kind != Stmt || n.Body == nil || parent == nil || parent.Kind != Block {
			return false
		}
		// The statements it holds outside its body (a loop counter's
		// definition) and those of its body.
		var with []*Node
		for _, p := range n.Parts {
			if p.Kind == Stmt {
				with = append(with, p)
			}
		}
		return replaceIn(parent, n, append(with, n.Body.Parts...)...)
	case opLiftElse:
		// An if replaced by its last else branch's statements.
		if n.Kind != Stmt || n.Body == nil || parent == nil || parent.Kind != Block {
			return false
		}
		for i := len(n.Parts) - 1; i >= 0; i-- {
			if p := n.Parts[i]; p == n.Body {
				return false
			} else if p.Kind == Block {
				return replaceIn(parent, n, p.Parts...)
			}
		}
		return false
	case opDropTail:
		switch {
		case n.Kind == Stmt && n.Body != nil:
			// An if's else branches.
			for i, p := range n.Parts {
				if p == n.Body && i < len(n.Parts)-1 {
					n.Parts = n.Parts[:i+1]
					return true
				}
			}
		case n.Kind == Probe:
			// The predicate.
			for _, p := range n.Parts {
				if p.Kind == Expr {
					n.Parts = []*Node{n.Parts[0], text(" "), n.Parts[len(n.Parts)-1]}
					return true
				}
			}
		}
		return false
	case opSimplify:
		if n.Kind != Expr || n.Simple == "" || (len(n.Parts) == 0 && n.Lit == n.Simple) {
			return false
		}
		*n = Node{Kind: Expr, Lit: n.Simple, Type: n.Type, Simple: n.Simple}
		return true
	case opHoist:
		if n.Kind != Expr || n.Type == "" {
			return false
		}
		for _, p := range n.Parts {
			if p.Kind == Expr && p.Type == n.Type {
				*n = *p
				return true
			}
		}
	}
	return false
}

func probes(prog *Node) int {
	c := 0
	for _, p := range prog.Parts {
		if p.Kind == Probe {
			c++
		}
	}
	return c
}

// replaceIn replaces child n of parent by with (nothing: removes it).
func replaceIn(parent, n *Node, with ...*Node) bool {
	for i, p := range parent.Parts {
		if p == n {
			parts := append([]*Node{}, parent.Parts[:i]...)
			parts = append(parts, with...)
			parent.Parts = append(parts, parent.Parts[i+1:]...)
			return true
		}
	}
	return false
}
