package lang

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
)

// Dump writes p as an indented tree, one node per line: an optional role
// ("cond:", "then:", ...), the node's kind and details, and its span as
// (line:col-line:col). The output is deterministic; `gtrace -d ast` prints
// it and the parser's golden tests compare it.
func Dump(w io.Writer, p *ast.Program) {
	d := &dumper{w: w}
	if p == nil {
		d.line(0, "", "program <nil>", nil)
		return
	}
	d.line(0, "", "program "+strconv.Quote(p.File), p)
	for _, c := range p.Config {
		d.line(1, "", "config "+c.Key, c)
		d.expr(2, "", c.Value)
	}
	for _, pr := range p.Probes {
		d.probe(1, pr)
	}
}

type dumper struct {
	w io.Writer
}

func (d *dumper) line(depth int, role, text string, n ast.Node) {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", depth))
	if role != "" {
		b.WriteString(role)
		b.WriteString(": ")
	}
	b.WriteString(text)
	if n != nil {
		s, e := n.Position(), n.EndPos()
		fmt.Fprintf(&b, " (%d:%d-%d:%d)", s.Line, s.Col, e.Line, e.Col)
	}
	b.WriteByte('\n')
	io.WriteString(d.w, b.String())
}

func (d *dumper) probe(depth int, p *ast.Probe) {
	d.line(depth, "", "probe", p)
	for _, a := range p.Attach {
		text := "attach " + strconv.Quote(a.Raw) + " provider=" + a.Provider
		if len(a.Parts) > 0 {
			q := make([]string, len(a.Parts))
			for i, s := range a.Parts {
				q[i] = strconv.Quote(s)
			}
			text += " parts=[" + strings.Join(q, " ") + "]"
		}
		d.line(depth+1, "", text, a)
	}
	if p.Pred != nil {
		d.expr(depth+1, "pred", p.Pred)
	}
	d.stmt(depth+1, "", p.Body)
}

func (d *dumper) block(depth int, role string, b *ast.Block) {
	if b == nil {
		d.line(depth, role, "block <nil>", nil)
		return
	}
	d.line(depth, role, "block", b)
	for _, s := range b.Stmts {
		d.stmt(depth+1, "", s)
	}
}

func (d *dumper) stmt(depth int, role string, s ast.Stmt) {
	switch s := s.(type) {
	case nil:
		d.line(depth, role, "<nil>", nil)
	case *ast.Block:
		d.block(depth, role, s)
	case *ast.ExprStmt:
		d.line(depth, role, "expr", s)
		d.expr(depth+1, "", s.X)
	case *ast.AssignStmt:
		d.line(depth, role, "assign "+s.Op, s)
		d.expr(depth+1, "target", s.Target)
		d.expr(depth+1, "value", s.Value)
	case *ast.IfStmt:
		d.line(depth, role, "if", s)
		d.expr(depth+1, "cond", s.Cond)
		d.block(depth+1, "then", s.Then)
		if s.Else != nil {
			d.stmt(depth+1, "else", s.Else)
		}
	case *ast.UnrollStmt:
		d.line(depth, role, "unroll", s)
		d.expr(depth+1, "count", s.Count)
		d.block(depth+1, "body", s.Body)
	case *ast.WhileStmt:
		d.line(depth, role, "while", s)
		d.expr(depth+1, "cond", s.Cond)
		d.block(depth+1, "body", s.Body)
	case *ast.ForStmt:
		d.line(depth, role, "for", s)
		d.expr(depth+1, "var", s.Var)
		if s.Map != nil {
			d.expr(depth+1, "map", s.Map)
		} else {
			d.expr(depth+1, "start", s.Start)
			d.expr(depth+1, "end", s.End)
		}
		d.block(depth+1, "body", s.Body)
	case *ast.BreakStmt:
		d.line(depth, role, "break", s)
	case *ast.ContinueStmt:
		d.line(depth, role, "continue", s)
	case *ast.ReturnStmt:
		d.line(depth, role, "return", s)
	default:
		d.line(depth, role, fmt.Sprintf("unknown statement %T", s), s)
	}
}

func (d *dumper) expr(depth int, role string, x ast.Expr) {
	switch x := x.(type) {
	case nil:
		d.line(depth, role, "<nil>", nil)
	case *ast.IntLit:
		d.line(depth, role, fmt.Sprintf("int %d %q", x.Value, x.Text), x)
	case *ast.StrLit:
		d.line(depth, role, "string "+strconv.Quote(x.Value), x)
	case *ast.Ident:
		d.line(depth, role, "ident "+x.Name, x)
	case *ast.Var:
		d.line(depth, role, "var "+x.Name, x)
	case *ast.Positional:
		if x.Count {
			d.line(depth, role, "positional $#", x)
		} else {
			d.line(depth, role, fmt.Sprintf("positional $%d", x.N), x)
		}
	case *ast.MapRef:
		d.line(depth, role, "map "+x.Name, x)
		for _, k := range x.Keys {
			d.expr(depth+1, "key", k)
		}
	case *ast.Binary:
		d.line(depth, role, "binary "+x.Op, x)
		d.expr(depth+1, "", x.L)
		d.expr(depth+1, "", x.R)
	case *ast.Unary:
		d.line(depth, role, "unary "+x.Op, x)
		d.expr(depth+1, "", x.X)
	case *ast.IncDec:
		kind := "pre"
		if x.Post {
			kind = "post"
		}
		d.line(depth, role, "incdec "+x.Op+" "+kind, x)
		d.expr(depth+1, "", x.X)
	case *ast.Ternary:
		d.line(depth, role, "ternary", x)
		d.expr(depth+1, "cond", x.Cond)
		d.expr(depth+1, "then", x.Then)
		d.expr(depth+1, "else", x.Else)
	case *ast.Call:
		d.line(depth, role, "call "+x.Name, x)
		if x.TypeArg != nil {
			d.typeName(depth+1, x.TypeArg)
		}
		for _, a := range x.Args {
			d.expr(depth+1, "", a)
		}
	case *ast.Field:
		op := "."
		if x.Arrow {
			op = "->"
		}
		d.line(depth, role, "field "+op+x.Name, x)
		d.expr(depth+1, "", x.X)
	case *ast.Index:
		d.line(depth, role, "index", x)
		d.expr(depth+1, "", x.X)
		d.expr(depth+1, "index", x.Index)
	case *ast.Cast:
		d.line(depth, role, "cast", x)
		d.typeName(depth+1, x.Type)
		d.expr(depth+1, "", x.X)
	case *ast.Tuple:
		d.line(depth, role, "tuple", x)
		for _, e := range x.Elems {
			d.expr(depth+1, "", e)
		}
	default:
		d.line(depth, role, fmt.Sprintf("unknown expression %T", x), x)
	}
}

func (d *dumper) typeName(depth int, t *ast.TypeName) {
	if t == nil {
		d.line(depth, "type", "<nil>", nil)
		return
	}
	d.line(depth, "type", t.Name+strings.Repeat(" *", t.Ptr), t)
}
