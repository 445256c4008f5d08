package lang

import (
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Parse turns a script into a *Program. file names the script in positions
// and errors ("" reads as stdin). A `#!` first line, `#include` lines and
// `#ifdef BPFTRACE_HAVE_BTF`-style blocks are handled as bpftrace's tools
// expect (see preprocess). Parsing stops at the first error, which is
// returned as an *Error; Parse never panics.
func Parse(file, src string) (prog *ast.Program, err error) {
	return ParseWith(file, src, ParseOptions{})
}

// ParseOptions tune ParseWith.
type ParseOptions struct {
	// IncludeDirs are searched for `#include "file"` after the script's
	// own directory (-I).
	IncludeDirs []string
	// Includes are read as if the script began with `#include "file"`
	// for each (--include).
	Includes []string
}

// ParseWith parses as Parse does, with the preprocessor's options.
func ParseWith(file, src string, opts ParseOptions) (prog *ast.Program, err error) {
	p := &parser{file: file, src: src, opts: opts}
	p.lines = lineStarts(src)
	defer func() {
		if r := recover(); r != nil {
			prog = nil
			// Never show the panic itself: it speaks of grammar internals.
			err = &ast.Error{Pos: p.pos(p.lastOffset), Msg: "internal error: the parser failed on this input; please report it"}
		}
	}()
	return p.parse()
}

// ---- driver ----

type parser struct {
	opts       ParseOptions
	file       string
	src        string
	lines      []int // offset of the first byte of each line
	lastOffset int   // for internal errors: roughly where we were
	err        *ast.Error
	sawProbe   bool
	toks       []lexer.Token // every token but whitespace and comments
	// headerC holds the C definitions of the headers read, headersRead
	// their paths (a header is read once).
	headerC     []*ast.CSource
	headersRead map[string]bool
}

// maxDepth bounds bracket and ternary nesting so that hostile input cannot
// exhaust the stack of the recursive-descent parser.
const maxDepth = 500

func (p *parser) parse() (*ast.Program, error) {
	text, dirs, perr := preprocess(p.src)
	if perr != nil {
		perr.Pos = p.pos(perr.Pos.Offset)
		return nil, perr
	}
	defines := dirs.defines
	if perr := p.includes(dirs); perr != nil {
		return nil, perr
	}
	text, scriptC, perr := p.readCDefinitions(text)
	if perr != nil {
		return nil, perr
	}
	toks := tokenize(p.file, text)
	for i := range toks {
		q := p.pos(toks[i].Pos.Offset)
		toks[i].Pos.Line, toks[i].Pos.Column = q.Line, q.Col
	}
	sym := scriptLexer.Symbols()
	list := tokenList(toks)
	peek, err := lexer.Upgrade(&list, sym[tokWhitespace], sym[tokComment])
	if err != nil {
		return nil, p.errAt(0, "syntax error: %v", err)
	}
	if e := p.scanTokens(peek); e != nil {
		return nil, e
	}
	g, err := scriptParser.ParseFromLexer(peek)
	if err != nil {
		e := p.syntaxError(err)
		if p.err != nil && p.err.Pos.Offset < e.Pos.Offset {
			return nil, p.err // a bad literal before the syntax error
		}
		return nil, e
	}
	p.err = nil // conversion finds the literal errors again, with the rest
	prog := &ast.Program{File: p.file, Source: p.src, Defines: defines, C: p.headerC}
	if scriptC != nil {
		prog.C = append(prog.C, scriptC)
	}
	for _, d := range defines {
		if d.Pos.File == "" { // the script's own, not a header's
			d.Pos = p.pos(d.Pos.Offset)
		}
	}
	prog.Span = ast.Span{Pos: p.pos(0), End: p.pos(len(p.src))}
	for _, t := range g.Tops {
		switch {
		case t.Config != nil:
			if p.sawProbe {
				p.fail(t.Config.Pos.Offset, t.Config.Pos.Offset+len("config"), "syntax error: config must come before the first probe")
			}
			prog.Config = append(prog.Config, p.convConfig(t.Config)...)
		case t.Probe != nil:
			p.sawProbe = true
			prog.Probes = append(prog.Probes, p.convProbe(t.Probe))
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	if len(prog.Probes) == 0 {
		// bpftrace: "unexpected end of file, expected {".
		return nil, p.errAt(len(p.src), `the program has no probes; write one, e.g. BEGIN { printf("hello\n"); exit(); }`)
	}
	return prog, nil
}

// scanTokens keeps the tokens for error messages, checks literals (so
// that a bad literal before a syntax error is the error reported), and
// rejects nesting deeper than maxDepth. `?` counts as an opener closed by
// its `:`, which bounds the recursion of nested ternaries.
func (p *parser) scanTokens(peek *lexer.PeekingLexer) *ast.Error {
	var stack []string
	sym := scriptLexer.Symbols()
	cp := peek.MakeCheckpoint()
	defer peek.LoadCheckpoint(cp)
	for t := peek.Next(); !t.EOF(); t = peek.Next() {
		p.toks = append(p.toks, *t)
		sp := p.span(t.Pos.Offset, t.Pos.Offset+len(t.Value))
		switch t.Type {
		case sym["Number"]:
			if n := len(p.toks); n < 2 || p.toks[n-2].Value != "." {
				p.intLit(sp, t.Value) // not a tuple index: those are checked apart
			}
		case sym["String"]:
			p.strLit(sp, t.Value)
		case sym["Positional"]:
			p.positional(sp, t.Value)
		}
		switch t.Value {
		case "(", "[", "{", "?":
			stack = append(stack, t.Value)
			if len(stack) > maxDepth {
				return p.errAt(t.Pos.Offset, "syntax error: nesting is too deep (more than %d levels)", maxDepth)
			}
		case ")", "]", "}":
			for len(stack) > 0 && stack[len(stack)-1] == "?" {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ":", ";", ",":
			if len(stack) > 0 && stack[len(stack)-1] == "?" {
				stack = stack[:len(stack)-1]
			}
		}
	}
	return nil
}

// ---- positions and errors ----

func lineStarts(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// pos makes a Pos from a byte offset; columns count bytes.
func (p *parser) pos(off int) ast.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(p.src) {
		off = len(p.src)
	}
	line := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	return ast.Pos{File: p.file, Offset: off, Line: line + 1, Col: off - p.lines[line] + 1}
}

func (p *parser) span(start, end int) ast.Span {
	p.lastOffset = start
	return ast.Span{Pos: p.pos(start), End: p.pos(end)}
}

func (p *parser) errAt(off int, format string, args ...any) *ast.Error {
	return &ast.Error{Pos: p.pos(off), Msg: fmt.Sprintf(format, args...)}
}

// fail records an error found while converting; the earliest one wins.
func (p *parser) fail(start, end int, format string, args ...any) {
	if p.err != nil && p.err.Pos.Offset <= start {
		return
	}
	p.err = &ast.Error{Pos: p.pos(start), End: p.pos(end), Msg: fmt.Sprintf(format, args...)}
}

// syntaxError rewords a participle error for a script author.
func (p *parser) syntaxError(err error) *ast.Error {
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		return p.unexpected(ute.Unexpected, expectedFrom(ute.Message()))
	}
	var pe participle.Error
	if errors.As(err, &pe) {
		off := pe.Position().Offset
		return p.unexpected(p.tokenAt(off), "")
	}
	return p.errAt(0, "syntax error: %v", err)
}

// tokenAt finds the token that starts at off (used when participle
// reports only a position).
func (p *parser) tokenAt(off int) lexer.Token {
	for _, t := range p.toks {
		if t.Pos.Offset == off {
			return t
		}
	}
	return lexer.Token{Type: lexer.EOF, Pos: lexer.Position{Offset: len(p.src)}}
}

func (p *parser) unexpected(t lexer.Token, expected string) *ast.Error {
	off := t.Pos.Offset
	e := &ast.Error{Pos: p.pos(off), End: p.pos(off + len(t.Value))}
	sym := scriptLexer.Symbols()
	switch {
	case t.EOF():
		e.Msg = "syntax error: unexpected end of input"
		if expected == `"}"` {
			if open, ok := p.unclosedBrace(); ok {
				o := p.pos(open)
				expected += fmt.Sprintf(` to close the "{" at %d:%d`, o.Line, o.Col)
			}
		}
	case t.Type == sym[tokBadString]:
		e.Msg = "syntax error: unterminated string literal"
		return e
	case t.Type == sym[tokBadComment]:
		e.End = p.pos(off + 2)
		e.Msg = "syntax error: unterminated comment"
		return e
	case t.Type == sym[tokInvalid]:
		e.Msg = fmt.Sprintf("syntax error: unexpected character %q", t.Value)
	default:
		e.Msg = fmt.Sprintf("syntax error: unexpected %s", describeToken(t.Value))
	}
	depth := p.depthAt(off)
	if expected == `"}"` && !t.EOF() {
		// The '}' participle wants is the end of a block or config list,
		// where another statement or option could also have gone.
		if p.inConfig(off) {
			expected = `config option or "}"`
		} else {
			expected = `statement or "}"`
		}
	}
	if expected == "" && depth == 0 && t.Type != sym[tokInvalid] {
		// participle says nothing about what it wanted at the top level.
		expected = "probe"
	}
	if expected != "" {
		e.Msg += ", expected " + expected
	}
	return e
}

// depthAt returns the bracket depth at off.
func (p *parser) depthAt(off int) (depth int) {
	for _, t := range p.toks {
		if t.Pos.Offset >= off {
			break
		}
		switch t.Value {
		case "{", "(", "[":
			depth++
		case "}", ")", "]":
			if depth > 0 {
				depth--
			}
		}
	}
	return depth
}

// inConfig reports whether the innermost '{' open at off is a config list.
func (p *parser) inConfig(off int) bool {
	var open []int // indexes into p.toks
	for i, t := range p.toks {
		if t.Pos.Offset >= off {
			break
		}
		switch {
		case t.Value == "{":
			open = append(open, i)
		case t.Value == "}" && len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	if len(open) == 0 {
		return false
	}
	i := open[len(open)-1]
	return i >= 2 && p.toks[i-1].Value == "=" && p.toks[i-2].Value == "config"
}

// unclosedBrace finds the innermost '{' that is never closed.
func (p *parser) unclosedBrace() (int, bool) {
	var open []int
	for _, t := range p.toks {
		switch {
		case t.Value == "{":
			open = append(open, t.Pos.Offset)
		case t.Value == "}" && len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	if len(open) == 0 {
		return 0, false
	}
	return open[len(open)-1], true
}

func describeToken(v string) string {
	if len(v) > 40 {
		n := 37
		for n > 0 && !utf8.RuneStart(v[n]) {
			n--
		}
		v = v[:n] + "..."
	}
	return strconv.Quote(v)
}

// expectedFrom turns the "(expected ...)" part of a participle message,
// written in participle's EBNF, into words. Only the first element of the
// expected sequence matters to a user; anything not recognised is dropped
// rather than shown, so no grammar-internal name can leak.
func expectedFrom(msg string) string {
	i := strings.Index(msg, "(expected ")
	if i < 0 || !strings.HasSuffix(msg, ")") {
		return ""
	}
	ebnf := strings.TrimSpace(msg[i+len("(expected ") : len(msg)-1])
	if strings.HasPrefix(ebnf, "=") {
		return ebnf[1:] // our own words, from gCast
	}
	return describeEBNF(firstEBNF(ebnf))
}

// firstEBNF returns the first element of an EBNF sequence: a literal, a
// <token>, a Name or a parenthesized group (with its parentheses).
func firstEBNF(s string) string {
	if s == "" {
		return ""
	}
	switch s[0] {
	case '"':
		for j := 1; j < len(s); j++ {
			if s[j] == '\\' {
				j++
			} else if s[j] == '"' {
				return s[:j+1]
			}
		}
		return s
	case '(':
		depth, quoted := 0, false
		for j := 0; j < len(s); j++ {
			switch c := s[j]; {
			case quoted && c == '\\':
				j++
			case c == '"':
				quoted = !quoted
			case quoted:
			case c == '(':
				depth++
			case c == ')':
				depth--
				if depth == 0 {
					return s[:j+1]
				}
			}
		}
		return s
	}
	if j := strings.IndexAny(s, " ()|?*+"); j > 0 {
		return s[:j]
	}
	return s
}

func describeEBNF(e string) string {
	e = strings.TrimSpace(e)
	if strings.HasPrefix(e, "(") && strings.HasSuffix(e, ")") {
		e = strings.TrimSpace(e[1 : len(e)-1])
	}
	if w, ok := expectedWords[e]; ok {
		return w
	}
	if strings.HasPrefix(e, `"`) {
		lit := firstEBNF(e)
		if s, err := strconv.Unquote(lit); err == nil && (lit == e || strings.HasPrefix(e[len(lit):], ":")) {
			return strconv.Quote(s)
		}
	}
	return ""
}

// expectedWords maps participle's names for grammar nodes to words.
var expectedWords = map[string]string{
	"GExpr":                          "expression",
	"GBinary":                        "expression",
	"GUnary":                         "expression",
	"GPostfix":                       "expression",
	"GPrimary":                       "expression",
	"GBlock":                         `"{"`,
	"GLoop":                          `"("`,
	"GStmt":                          "statement",
	"GSimple":                        "statement",
	"GAttach":                        "attach point",
	"GProbe":                         "probe",
	"GTop":                           "probe",
	"GType":                          "type",
	"GField":                         "field name",
	"GToken":                         "$variable",
	"GValue":                         "number or string",
	"GConfigItem":                    "config option",
	"<attach> | <ident>":             "attach point",
	"<ident> | <keyword>":            "field name",
	"<ident> | <keyword> | <number>": "field name or tuple index",
	"<ident>":                        "identifier",
	"<var>":                          "$variable",
	"<map>":                          "@map",
}

// ---- conversion: top level ----

func (p *parser) convConfig(g *gConfig) []*ast.ConfigAssign {
	var out []*ast.ConfigAssign
	for _, it := range g.Items {
		ca := &ast.ConfigAssign{Span: p.span(it.Pos.Offset, it.Value.EndPos.Offset), Key: it.Key}
		v := it.Value
		sp := p.span(v.Pos.Offset, v.EndPos.Offset)
		switch {
		case v.Num != "":
			ca.Value = p.intLit(sp, v.Num)
		case v.Str != "":
			ca.Value = p.strLit(sp, v.Str)
		default:
			// `stack_mode = perf`: a bare word is taken as its text.
			ca.Value = &ast.StrLit{Span: sp, Value: v.Ident}
		}
		out = append(out, ca)
	}
	return out
}

func (p *parser) convProbe(g *gProbe) *ast.Probe {
	pr := &ast.Probe{Span: p.span(g.Pos.Offset, g.EndPos.Offset)}
	for _, a := range g.Attach {
		pr.Attach = append(pr.Attach, p.convAttach(a))
	}
	if g.Pred != nil {
		pr.Pred, _ = p.convExpr(g.Pred)
	}
	pr.Body = p.convBlock(g.Body)
	return pr
}

func (p *parser) convAttach(g *gAttach) *ast.AttachPoint {
	parts := splitAttach(g.Text)
	a := &ast.AttachPoint{Span: p.span(g.Pos.Offset, g.EndPos.Offset), Raw: g.Text, Provider: parts[0]}
	if len(parts) > 1 {
		a.Parts = parts[1:]
	}
	// Short forms ("t" for tracepoint) are the probe types'.
	a.Provider = probes.Spell(a.Provider, len(parts) > 1)
	return a
}

// splitAttach splits on ':' outside double quotes and drops the quotes.
func splitAttach(s string) []string {
	var parts []string
	var cur strings.Builder
	quoted := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			quoted = !quoted
		case c == ':' && !quoted:
			parts = append(parts, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(parts, cur.String())
}

// ---- conversion: statements ----

func (p *parser) convBlock(g *gBlock) *ast.Block {
	b := &ast.Block{Span: p.span(g.Pos.Offset, g.EndPos.Offset)}
	for _, s := range g.Items {
		if st := p.convStmt(s); st != nil {
			b.Stmts = append(b.Stmts, st)
		}
	}
	return b
}

func (p *parser) convStmt(g *gStmt) ast.Stmt {
	switch {
	case g.If != nil:
		return p.convIf(g.If)
	case g.Unroll != nil:
		cond, _ := p.convExpr(g.Unroll.Cond)
		return &ast.UnrollStmt{Span: p.span(g.Pos.Offset, g.EndPos.Offset), Count: cond, Body: p.convBlock(g.Unroll.Body)}
	case g.While != nil:
		cond, _ := p.convExpr(g.While.Cond)
		return &ast.WhileStmt{Span: p.span(g.Pos.Offset, g.EndPos.Offset), Cond: cond, Body: p.convBlock(g.While.Body)}
	case g.For != nil:
		return p.convFor(g.For)
	case g.Simple != nil:
		return p.convSimple(g.Simple)
	}
	return nil
}

func (p *parser) convIf(g *gIf) ast.Stmt {
	for i, e := range g.Elses {
		if e.If == nil && i < len(g.Elses)-1 {
			next := g.Elses[i+1].Pos.Offset
			p.fail(next, next+len("else"), `syntax error: unexpected "else" after the final else block`)
		}
	}
	// Build the else-if chain from its last link backwards; every link
	// ends where the whole statement ends.
	var tail ast.Stmt
	end := g.EndPos.Offset
	for i := len(g.Elses) - 1; i >= 0; i-- {
		e := g.Elses[i]
		if e.If == nil {
			tail = p.convBlock(e.Then)
			continue
		}
		cond, _ := p.convExpr(e.Cond)
		// An else-if's span starts at its `if`, past the `else`.
		tail = &ast.IfStmt{Span: p.span(e.If.Pos.Offset, end), Cond: cond, Then: p.convBlock(e.Then), Else: tail}
	}
	cond, _ := p.convExpr(g.Cond)
	return &ast.IfStmt{Span: p.span(g.Pos.Offset, end), Cond: cond, Then: p.convBlock(g.Then), Else: tail}
}

func (p *parser) convFor(g *gFor) ast.Stmt {
	f := &ast.ForStmt{Span: p.span(g.Pos.Offset, g.EndPos.Offset)}
	f.Var = &ast.Var{Span: p.span(g.Var.Pos.Offset, g.Var.EndPos.Offset), Name: g.Var.Text}
	start, sp := p.convExpr(g.Start)
	if g.RangeEnd != nil {
		f.Start = start
		f.End, _ = p.convExpr(g.RangeEnd)
	} else if m, ok := start.(*ast.MapRef); ok && m.Keys == nil {
		f.Map = m
	} else {
		p.fail(sp.Pos.Offset, sp.End.Offset, "syntax error: for loops iterate over a range (start..end) or a map (@name)")
	}
	f.Body = p.convBlock(g.Body)
	return f
}

func (p *parser) convSimple(g *gSimple) ast.Stmt {
	if g.Jump != "" {
		sp := p.span(g.Pos.Offset, g.Pos.Offset+len(g.Jump))
		switch g.Jump {
		case "break":
			return &ast.BreakStmt{Span: sp}
		case "continue":
			return &ast.ContinueStmt{Span: sp}
		default:
			return &ast.ReturnStmt{Span: sp}
		}
	}
	x, xs := p.convExpr(g.X)
	if g.Op == "" {
		return &ast.ExprStmt{Span: xs, X: x}
	}
	switch x.(type) {
	case *ast.Var, *ast.MapRef:
	default:
		p.fail(xs.Pos.Offset, xs.End.Offset, "syntax error: the left side of %q must be a $variable or a @map", g.Op)
	}
	v, vs := p.convExpr(g.Value)
	return &ast.AssignStmt{Span: ast.Span{Pos: xs.Pos, End: vs.End}, Op: g.Op, Target: x, Value: v}
}

// ---- conversion: expressions ----
//
// Each conv function returns the expression and the span of its syntax,
// which for a parenthesized expression includes the parentheses: parents
// take their own spans from these, so `(a + b) * c` starts at the '('.

func (p *parser) convExpr(g *gExpr) (ast.Expr, ast.Span) {
	conds := []*gBinary{g.First}
	for _, t := range g.Tails {
		conds = append(conds, t.Next)
	}
	acc, accSpan := p.convBinary(conds[len(conds)-1])
	for i := len(g.Tails) - 1; i >= 0; i-- {
		c, cs := p.convBinary(conds[i])
		t, _ := p.convExpr(g.Tails[i].Then)
		sp := ast.Span{Pos: cs.Pos, End: accSpan.End}
		acc, accSpan = &ast.Ternary{Span: sp, Cond: c, Then: t, Else: acc}, sp
	}
	return acc, accSpan
}

// binaryPrec is C's precedence; all of these operators group left.
var binaryPrec = map[string]int{
	"||": 1, "&&": 2, "|": 3, "^": 4, "&": 5,
	"==": 6, "!=": 6,
	"<": 7, ">": 7, "<=": 7, ">=": 7,
	"<<": 8, ">>": 8,
	"+": 9, "-": 9,
	"*": 10, "/": 10, "%": 10,
}

type operand struct {
	x  ast.Expr
	sp ast.Span
}

// convBinary builds the tree by operator precedence with explicit stacks,
// so long chains do not recurse.
func (p *parser) convBinary(g *gBinary) (ast.Expr, ast.Span) {
	x, sp := p.convUnary(g.First)
	vals := []operand{{x, sp}}
	var ops []string
	reduce := func() {
		r, l := vals[len(vals)-1], vals[len(vals)-2]
		op := ops[len(ops)-1]
		vals, ops = vals[:len(vals)-2], ops[:len(ops)-1]
		s := ast.Span{Pos: l.sp.Pos, End: r.sp.End}
		vals = append(vals, operand{&ast.Binary{Span: s, Op: op, L: l.x, R: r.x}, s})
	}
	for _, t := range g.Tails {
		for len(ops) > 0 && binaryPrec[ops[len(ops)-1]] >= binaryPrec[t.Op] {
			reduce()
		}
		ops = append(ops, t.Op)
		x, sp := p.convUnary(t.X)
		vals = append(vals, operand{x, sp})
	}
	for len(ops) > 0 {
		reduce()
	}
	return vals[0].x, vals[0].sp
}

func (p *parser) convUnary(g *gUnary) (ast.Expr, ast.Span) {
	x, sp := p.convPostfix(g.X)
	for i := len(g.Prefix) - 1; i >= 0; i-- {
		pre := g.Prefix[i]
		s := ast.Span{Pos: p.pos(pre.Pos.Offset), End: sp.End}
		switch {
		case pre.Cast != nil:
			c := pre.Cast
			tn := &ast.TypeName{Span: p.span(c.Start, c.End), Name: c.Name, Ptr: c.Stars}
			if c.Kind != "" {
				tn.Name = c.Kind + " " + c.Name
			}
			x = &ast.Cast{Span: s, Type: tn, X: x}
		case pre.Op == "++" || pre.Op == "--":
			p.checkIncDec(pre.Op, x, sp)
			x = &ast.IncDec{Span: s, Op: pre.Op, X: x}
		default:
			x = &ast.Unary{Span: s, Op: pre.Op, X: x}
		}
		sp = s
	}
	return x, sp
}

func (p *parser) checkIncDec(op string, x ast.Expr, sp ast.Span) {
	switch x.(type) {
	case *ast.Var, *ast.MapRef:
	default:
		p.fail(sp.Pos.Offset, sp.End.Offset, "syntax error: %q needs a $variable or a @map", op)
	}
}

func (p *parser) convType(g *gType) *ast.TypeName {
	t := &ast.TypeName{Span: p.span(g.Pos.Offset, g.EndPos.Offset), Ptr: len(g.Stars)}
	if g.Kind != "" {
		t.Name = g.Kind + " " + g.Name
	} else {
		t.Name = g.Int
	}
	return t
}

func (p *parser) convPostfix(g *gPostfix) (ast.Expr, ast.Span) {
	x, sp := p.convPrimary(g.X)
	for _, t := range g.Tails {
		s := ast.Span{Pos: sp.Pos, End: p.pos(t.EndPos.Offset)}
		switch {
		case t.Dot != "":
			if c := t.Dot[0]; c >= '0' && c <= '9' {
				if _, err := strconv.ParseUint(t.Dot, 10, 31); err != nil || (len(t.Dot) > 1 && c == '0') {
					p.fail(t.EndPos.Offset-len(t.Dot), t.EndPos.Offset, "invalid tuple index %q: write it as a small decimal number", t.Dot)
				}
			}
			x = &ast.Field{Span: s, X: x, Name: t.Dot}
		case t.Arrow != "":
			x = &ast.Field{Span: s, X: x, Name: t.Arrow, Arrow: true}
		case t.Index != nil:
			i, _ := p.convExpr(t.Index)
			x = &ast.Index{Span: s, X: x, Index: i}
		default:
			p.checkIncDec(t.IncDec, x, sp)
			x = &ast.IncDec{Span: s, Op: t.IncDec, Post: true, X: x}
		}
		sp = s
	}
	return x, sp
}

func (p *parser) convPrimary(g *gPrimary) (ast.Expr, ast.Span) {
	sp := p.span(g.Pos.Offset, g.EndPos.Offset)
	switch {
	case g.Num != "":
		return p.intLit(sp, g.Num), sp
	case g.Str != "":
		return p.strLit(sp, g.Str), sp
	case g.Sizeof != nil:
		c := &ast.Call{Span: sp, Name: g.Sizeof.Keyword}
		if g.Sizeof.Type != nil {
			c.TypeArg = p.convType(g.Sizeof.Type)
		} else {
			x, _ := p.convExpr(g.Sizeof.X)
			c.Args = []ast.Expr{x}
		}
		return c, sp
	case g.Offsetof != nil:
		o := g.Offsetof
		c := &ast.Call{Span: sp, Name: o.Keyword}
		if o.Type != nil {
			c.TypeArg = p.convType(o.Type)
		} else {
			x, _ := p.convExpr(o.X)
			c.Args = []ast.Expr{x}
		}
		// The field (a.b.c for nested members) is an Ident naming it.
		f := &ast.Ident{Span: p.span(o.Field.Pos.Offset, o.Field.EndPos.Offset), Name: strings.Join(o.Field.Names, ".")}
		c.Args = append(c.Args, f)
		return c, sp
	case g.Call != nil:
		if g.Call.Args == nil {
			return &ast.Ident{Span: sp, Name: g.Call.Name}, sp
		}
		c := &ast.Call{Span: sp, Name: g.Call.Name}
		for _, a := range g.Call.Args.List {
			x, _ := p.convExpr(a)
			c.Args = append(c.Args, x)
		}
		return c, sp
	case g.Var != "":
		return &ast.Var{Span: sp, Name: g.Var}, sp
	case g.Posn != "":
		return p.positional(sp, g.Posn), sp
	case g.Map != nil:
		m := &ast.MapRef{Span: sp, Name: g.Map.Name}
		for _, k := range g.Map.Keys {
			x, _ := p.convExpr(k)
			m.Keys = append(m.Keys, x)
		}
		return m, sp
	case g.Paren != nil:
		if len(g.Paren.Elems) == 1 {
			x, _ := p.convExpr(g.Paren.Elems[0])
			return x, sp
		}
		t := &ast.Tuple{Span: sp}
		for _, e := range g.Paren.Elems {
			x, _ := p.convExpr(e)
			t.Elems = append(t.Elems, x)
		}
		return t, sp
	}
	// Unreachable with a successful parse; keep the AST well formed anyway.
	p.fail(sp.Pos.Offset, sp.End.Offset, "syntax error: expected expression")
	return &ast.Ident{Span: sp}, sp
}

func (p *parser) positional(sp ast.Span, text string) ast.Expr {
	if text == "$#" {
		return &ast.Positional{Span: sp, Count: true}
	}
	n, err := strconv.ParseUint(text[1:], 10, 31)
	switch {
	case err != nil:
		p.fail(sp.Pos.Offset, sp.End.Offset, "positional parameter %s is out of range", text)
	case n == 0:
		p.fail(sp.Pos.Offset, sp.End.Offset, "there is no $0: positional parameters start at $1")
	}
	return &ast.Positional{Span: sp, N: int(n)}
}

// intLit reads decimal, hex (0x), octal (leading 0) and 1e6-style
// literals, each with optional '_' separators after the first digit.
func (p *parser) intLit(sp ast.Span, text string) *ast.IntLit {
	lit := &ast.IntLit{Span: sp, Text: text}
	bad := func(format string, args ...any) *ast.IntLit {
		p.fail(sp.Pos.Offset, sp.End.Offset, format, args...)
		return lit
	}
	s := strings.ReplaceAll(text, "_", "")
	var v uint64
	var err error
	switch {
	case len(s) > 2 && (s[1] == 'x' || s[1] == 'X') && s[0] == '0':
		v, err = strconv.ParseUint(s[2:], 16, 64)
	case strings.ContainsAny(s, "eE") && !strings.ContainsAny(s, "xX"):
		i := strings.IndexAny(s, "eE")
		m, err1 := strconv.ParseUint(s[:i], 10, 64)
		e, err2 := strconv.ParseUint(s[i+1:], 10, 8)
		if ne, ok := err2.(*strconv.NumError); err1 == nil && i > 0 && ok && ne.Err == strconv.ErrRange {
			return bad("integer literal %s does not fit in 64 bits", text)
		}
		if err1 != nil || err2 != nil || i == 0 {
			return bad("invalid integer literal %q", text)
		}
		v = m
		for ; e > 0; e-- {
			hi, lo := bits.Mul64(v, 10)
			if hi != 0 {
				return bad("integer literal %s does not fit in 64 bits", text)
			}
			v = lo
		}
		lit.Value = v
		return lit
	case len(s) > 1 && s[0] == '0':
		v, err = strconv.ParseUint(s[1:], 8, 64)
	default:
		v, err = strconv.ParseUint(s, 10, 64)
	}
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return bad("integer literal %s does not fit in 64 bits", text)
		}
		return bad("invalid integer literal %q", text)
	}
	lit.Value = v
	return lit
}

// strLit decodes a quoted literal's escapes: \n \t \r \\ \" \0,
// octal \NNN (up to three digits) and hex \xHH (one or two digits).
func (p *parser) strLit(sp ast.Span, text string) *ast.StrLit {
	body := text[1 : len(text)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		start := sp.Pos.Offset + 1 + i
		i++
		if i >= len(body) {
			p.fail(start, start+1, "unterminated escape sequence in string")
			break
		}
		switch c := body[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\', '"':
			b.WriteByte(c)
		case 'x':
			j := i + 1
			for j < len(body) && j < i+3 && isHex(body[j]) {
				j++
			}
			if j == i+1 {
				p.fail(start, start+2, `invalid escape sequence "\x": expected hex digits after \x`)
				break
			}
			v, _ := strconv.ParseUint(body[i+1:j], 16, 8)
			b.WriteByte(byte(v))
			i = j - 1
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(body) && j < i+3 && body[j] >= '0' && body[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(body[i:j], 8, 16)
			if v > 255 {
				p.fail(start, start+1+j-i, "octal escape \\%s is out of range (max \\377)", body[i:j])
			}
			b.WriteByte(byte(v))
			i = j - 1
		default:
			_, n := utf8.DecodeRuneInString(body[i:])
			p.fail(start, start+1+n, "unknown escape sequence %q in string", "\\"+body[i:i+n])
			i += n - 1
		}
	}
	return &ast.StrLit{Span: sp, Value: b.String()}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
