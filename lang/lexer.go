package lang

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// This file holds what participle sees: the stateful lexer and the grammar
// structs it fills. parse.go drives them and turns the result into the AST.

// The lexer is stateful because ':' and '/' mean different things at the top
// level of a script and inside a probe:
//
//   - Root (outside every brace) is where attach points live. There a word
//     followed by ':' is one Attach token up to the next blank, ',' or '{',
//     so `uprobe:/bin/bash:readline` and `kprobe:vfs_*` need no grammar of
//     their own, and a ':' inside a block (`a ? b : c`, `for ($i : 0..5)`)
//     is never mistaken for one. A '/' in Root opens a predicate.
//   - Pred is the inside of `/ ... /`: expression tokens, except that a '/'
//     at the predicate's own nesting level closes it (PredEnd). Division in
//     a predicate therefore needs parentheses or brackets, which push PParen
//     and PBrack where '/' is an operator again.
//   - Block is the inside of `{ ... }` (probe bodies and config); '{' pushes
//     another Block and '}' pops back.
//
// Every state ends with a one-character Invalid rule and whitespace and
// comments are real (elided) tokens: the lexer never fails, every byte
// belongs to a token (so participle's EndPos is exactly the end of the last
// token a node used), and bad input becomes a parse error at the right place
// in the order it appears.
//
// A `#...` line at the top level is a Directive token that no rule accepts,
// so `#include` gets its own error; a `#!` first line never reaches the
// lexer (see blankShebang).
//
// Attach-point edge cases, kept simple on purpose: a part that starts with
// '/' (or ./ or ../) is a path and may contain '/' but not ':'; any other
// part stops at '/', so `kprobe:f/pid == 1/` still sees the predicate. A
// part may be double-quoted to hold ':' (`uprobe:/bin/x:"ns::f"`). A path
// that itself contains ':' cannot be written.

const (
	tokWhitespace = "Whitespace"
	tokComment    = "Comment"
	tokInvalid    = "Invalid"
	tokBadString  = "BadString"
	tokBadComment = "BadComment"
	tokDirective  = "Directive"
)

// Keywords are never identifiers.
const keywordPattern = `(?:if|else|unroll|while|for|break|continue|return|config|struct|union|enum|sizeof|offsetof)\b`

// attachPart is one ':'-separated part of an attach point; see above.
const attachPart = `(?:"[^"\n]*"|\.{0,2}/[^\s,{}:"]*|[^\s,{}:/"]*)`

var scriptLexer = lexer.MustStateful(lexer.Rules{
	"Common": {
		{Name: tokWhitespace, Pattern: `\s+`},
		{Name: tokComment, Pattern: `//[^\n]*|/\*(?:[^*]|\*+[^*/])*\*+/`},
		{Name: tokBadComment, Pattern: `/\*[\s\S]*`},
	},
	"Root": {
		lexer.Include("Common"),
		{Name: tokDirective, Pattern: `#[^\n]*`},
		{Name: "LBrace", Pattern: `\{`, Action: lexer.Push("Block")},
		{Name: "Attach", Pattern: `[A-Za-z_][A-Za-z0-9_]*(?::` + attachPart + `)+`},
		{Name: "Keyword", Pattern: keywordPattern},
		{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
		{Name: "PredStart", Pattern: `/`, Action: lexer.Push("Pred")},
		{Name: "Punct", Pattern: `[},=;]`},
		{Name: tokInvalid, Pattern: `[\s\S]`},
	},
	"Expr": {
		lexer.Include("Common"),
		{Name: "String", Pattern: `"(?:\\[^\n]|[^"\\\n])*"`},
		{Name: tokBadString, Pattern: `"(?:\\[^\n]|[^"\\\n])*\\?`},
		{Name: "Number", Pattern: `[0-9][0-9A-Za-z_]*`},
		{Name: "Positional", Pattern: `\$(?:[0-9]+|#)`},
		{Name: "Var", Pattern: `\$[A-Za-z_][A-Za-z0-9_]*`},
		{Name: "Map", Pattern: `@[A-Za-z0-9_]*`},
		{Name: "Keyword", Pattern: keywordPattern},
		{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
		{Name: "Op", Pattern: `<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||\+=|-=|\*=|/=|%=|&=|\|=|\^=|\.\.|[-+*/%&|^!~<>=?:;,.()\[\]]`},
	},
	"Block": {
		{Name: "LBrace", Pattern: `\{`, Action: lexer.Push("Block")},
		{Name: "RBrace", Pattern: `\}`, Action: lexer.Pop()},
		lexer.Include("Expr"),
		{Name: tokInvalid, Pattern: `[\s\S]`},
	},
	"Pred": {
		lexer.Include("Common"),
		{Name: "PredEnd", Pattern: `/`, Action: lexer.Pop()},
		{Name: "PLParen", Pattern: `\(`, Action: lexer.Push("PParen")},
		{Name: "PLBrack", Pattern: `\[`, Action: lexer.Push("PBrack")},
		{Name: "PBrace", Pattern: `[{}]`},
		lexer.Include("Expr"),
		{Name: tokInvalid, Pattern: `[\s\S]`},
	},
	"PParen": {
		{Name: "PLParen", Pattern: `\(`, Action: lexer.Push("PParen")},
		{Name: "PLBrack", Pattern: `\[`, Action: lexer.Push("PBrack")},
		{Name: "PRParen", Pattern: `\)`, Action: lexer.Pop()},
		{Name: "PBrace", Pattern: `[{}]`},
		lexer.Include("Expr"),
		{Name: tokInvalid, Pattern: `[\s\S]`},
	},
	"PBrack": {
		{Name: "PLParen", Pattern: `\(`, Action: lexer.Push("PParen")},
		{Name: "PLBrack", Pattern: `\[`, Action: lexer.Push("PBrack")},
		{Name: "PRBrack", Pattern: `\]`, Action: lexer.Pop()},
		{Name: "PBrace", Pattern: `[{}]`},
		lexer.Include("Expr"),
		{Name: tokInvalid, Pattern: `[\s\S]`},
	},
})

// blankShebang replaces a leading `#!...` line with spaces of the same byte
// length, so that offsets, lines and columns of everything after it stay
// those of the original text.
func blankShebang(src string) string {
	if len(src) < 2 || src[0] != '#' || src[1] != '!' {
		return src
	}
	n := 0
	for n < len(src) && src[n] != '\n' {
		n++
	}
	b := []byte(src)
	for i := 0; i < n; i++ {
		b[i] = ' '
	}
	return string(b)
}

// ---- grammar ----
//
// participle fills these private structs; parser.convert* turn them into
// the AST. Binary operators are parsed as a flat operand/operator list and
// ternaries, else-if chains and prefix operators as lists too, so that the
// grammar never recurses on a chain (only on brackets, which the depth check
// in parse bounds) and precedence lives in one table in Go.

type gProgram struct {
	Tops []*gTop `parser:"@@*"`
}

type gTop struct {
	Config *gConfig `parser:"  @@"`
	Probe  *gProbe  `parser:"| @@"`
}

type gConfig struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*gConfigItem `parser:"'config' '=' '{' ( ';' | @@ )* '}'"`
}

type gConfigItem struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Key    string   `parser:"@Ident '='"`
	Value  *gValue  `parser:"@@"`
	End    *stmtEnd `parser:"@@"`
}

type gValue struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Num    string `parser:"  @Number"`
	Str    string `parser:"| @String"`
	Ident  string `parser:"| @Ident"`
}

type gProbe struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Attach []*gAttach `parser:"@@ ( ',' @@ )*"`
	Pred   *gExpr     `parser:"( '/' @@ '/' )?"`
	Body   *gBlock    `parser:"@@"`
}

type gAttach struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Text   string `parser:"@(Attach | Ident)"`
}

type gBlock struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*gStmt `parser:"'{' ( ';' | @@ )* '}'"`
}

type gStmt struct {
	Pos    lexer.Position
	EndPos lexer.Position
	If     *gIf     `parser:"  @@"`
	Unroll *gLoop   `parser:"| 'unroll' @@"`
	While  *gLoop   `parser:"| 'while' @@"`
	For    *gFor    `parser:"| @@"`
	Simple *gSimple `parser:"| @@"`
}

type gIf struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Cond   *gExpr   `parser:"'if' '(' @@ ')'"`
	Then   *gBlock  `parser:"@@"`
	Elses  []*gElse `parser:"@@*"`
}

// gElse is `else if (cond) {...}` (If set) or `else {...}`; Parse checks
// that a plain else comes last.
type gElse struct {
	Pos  lexer.Position
	If   *gKeyword `parser:"'else' ( @@"`
	Cond *gExpr    `parser:"  '(' @@ ')' )?"`
	Then *gBlock   `parser:"@@"`
}

type gKeyword struct {
	Pos  lexer.Position
	Text string `parser:"@'if'"`
}

// gLoop is the part of unroll and while after the keyword.
type gLoop struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Cond   *gExpr  `parser:"'(' @@ ')'"`
	Body   *gBlock `parser:"@@"`
}

type gFor struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Var      *gToken `parser:"'for' '(' @@ ':'"`
	Start    *gExpr  `parser:"@@"`
	RangeEnd *gExpr  `parser:"( '..' @@ )? ')'"`
	Body     *gBlock `parser:"@@"`
}

type gToken struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Text   string `parser:"@Var"`
}

// gSimple is a statement that must be followed by ';' unless it is the last
// one of its block.
type gSimple struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Jump   string   `parser:"( @('break' | 'continue' | 'return')"`
	X      *gExpr   `parser:"| @@"`
	Op     string   `parser:"  ( @('=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=')"`
	Value  *gExpr   `parser:"    @@ )? )"`
	End    *stmtEnd `parser:"@@"`
}

type gExpr struct {
	Pos    lexer.Position
	EndPos lexer.Position
	First  *gBinary    `parser:"@@"`
	Tails  []*gTernary `parser:"@@*"`
}

// gTernary is `? then : next`; a chain a ? b : c ? d : e groups to the right.
type gTernary struct {
	Then *gExpr   `parser:"'?' @@ ':'"`
	Next *gBinary `parser:"@@"`
}

type gBinary struct {
	Pos    lexer.Position
	EndPos lexer.Position
	First  *gUnary     `parser:"@@"`
	Tails  []*gBinTail `parser:"@@*"`
}

type gBinTail struct {
	Op string  `parser:"@('||' | '&&' | '|' | '^' | '&' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '<<' | '>>' | '+' | '-' | '*' | '/':Op | '%')"`
	X  *gUnary `parser:"@@"`
}

type gUnary struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Prefix []*gPrefix `parser:"@@*"`
	X      *gPostfix  `parser:"@@"`
}

type gPrefix struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Op     string `parser:"  @('-' | '!' | '~' | '*' | '&' | '++' | '--')"`
	Cast   *gCast `parser:"| @@"`
}

type gType struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Kind   string   `parser:"( @('struct' | 'union' | 'enum')"`
	Name   string   `parser:"  @Ident"`
	Int    string   `parser:"| @('uint8' | 'uint16' | 'uint32' | 'uint64' | 'int8' | 'int16' | 'int32' | 'int64') )"`
	Stars  []string `parser:"@'*'*"`
}

type gPostfix struct {
	Pos    lexer.Position
	EndPos lexer.Position
	X      *gPrimary  `parser:"@@"`
	Tails  []*gSuffix `parser:"@@*"`
}

type gSuffix struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Dot    string `parser:"  '.' @(Ident | Keyword | Number)"`
	Arrow  string `parser:"| '->' @(Ident | Keyword)"`
	Index  *gExpr `parser:"| '[' @@ ']'"`
	IncDec string `parser:"| @('++' | '--')"`
}

type gPrimary struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Num      string     `parser:"  @Number"`
	Str      string     `parser:"| @String"`
	Sizeof   *gSizeof   `parser:"| @@"`
	Offsetof *gOffsetof `parser:"| @@"`
	Call     *gCall     `parser:"| @@"`
	Var      string     `parser:"| @Var"`
	Posn     string     `parser:"| @Positional"`
	Map      *gMap      `parser:"| @@"`
	Paren    *gParen    `parser:"| @@"`
}

type gSizeof struct {
	Type *gType `parser:"'sizeof' '(' ( @@"`
	X    *gExpr `parser:"| @@ ) ')'"`
}

type gOffsetof struct {
	Type  *gType  `parser:"'offsetof' '(' ( @@"`
	X     *gExpr  `parser:"| @@ ) ','"`
	Field *gField `parser:"@@ ')'"`
}

type gField struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Names  []string `parser:"@(Ident | Keyword) ( '.' @(Ident | Keyword) )*"`
}

type gCall struct {
	Name string `parser:"@Ident"`
	Args *gArgs `parser:"@@?"`
}

type gArgs struct {
	Open string   `parser:"@'('"`
	List []*gExpr `parser:"( @@ ( ',' @@ )* )? ')'"`
}

type gMap struct {
	Name string   `parser:"@Map"`
	Keys []*gExpr `parser:"( '[' @@ ( ',' @@ )* ']' )?"`
}

type gParen struct {
	Elems []*gExpr `parser:"'(' @@ ( ',' @@ )* ')'"`
}

// stmtEnd is the ';' after a simple statement or config option, which may
// be left out before the '}' that closes the block.
type stmtEnd struct{}

func (*stmtEnd) Parse(lex *lexer.PeekingLexer) error {
	switch t := lex.Peek(); t.Value {
	case ";":
		lex.Next()
		return nil
	case "}":
		return nil
	default:
		if t.EOF() {
			return &participle.UnexpectedTokenError{Unexpected: *t, Expect: `"}"`}
		}
		return &participle.UnexpectedTokenError{Unexpected: *t, Expect: `";"`}
	}
}

// gCast is the `(type)` prefix of a cast. It looks past the '(' to tell a
// cast from a parenthesized expression, which the grammar cannot do
// without backtracking.
type gCast struct {
	Open, Start, End int // offsets of '(', of the type, and past the type
	Kind, Name       string
	Stars            int
}

var intTypeNames = map[string]bool{
	"uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"int8": true, "int16": true, "int32": true, "int64": true,
}

func (c *gCast) Parse(lex *lexer.PeekingLexer) error {
	sym := scriptLexer.Symbols()
	cp := lex.MakeCheckpoint()
	open := lex.Next()
	t := lex.Peek()
	if open.Value != "(" || !(t.Type == sym["Keyword"] && (t.Value == "struct" || t.Value == "union" || t.Value == "enum") ||
		t.Type == sym["Ident"] && intTypeNames[t.Value]) {
		lex.LoadCheckpoint(cp)
		return participle.NextMatch
	}
	c.Open, c.Start = open.Pos.Offset, t.Pos.Offset
	c.End = t.Pos.Offset + len(t.Value)
	lex.Next()
	if t.Type == sym["Keyword"] {
		c.Kind = t.Value
		n := lex.Peek()
		if n.Type != sym["Ident"] {
			return &participle.UnexpectedTokenError{Unexpected: *n, Expect: "=" + t.Value + " name"}
		}
		c.Name = n.Value
		c.End = n.Pos.Offset + len(n.Value)
		lex.Next()
	} else {
		c.Name = t.Value
	}
	for lex.Peek().Value == "*" {
		c.End = lex.Next().Pos.Offset + 1
		c.Stars++
	}
	if n := lex.Peek(); n.Value != ")" {
		return &participle.UnexpectedTokenError{Unexpected: *n, Expect: `")"`}
	}
	lex.Next()
	return nil
}

var scriptParser = participle.MustBuild[gProgram](
	participle.Lexer(scriptLexer),
	participle.Elide(tokWhitespace, tokComment),
	// No backtracking: every choice is made on its first token (gCast
	// and stmtEnd look further by hand), so an error is reported where
	// the input stops making sense rather than where a choice began.
	participle.UseLookahead(0),
)
