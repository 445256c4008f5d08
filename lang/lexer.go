package lang

import (
	"fmt"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// This file holds what participle sees: the stateful lexer and the grammar
// structs it fills. parse.go drives them and turns the result into the AST.

// Lexing is stateful because ':' and '/' mean different things at the top
// level of a script and inside a probe:
//
//   - Root (outside every brace) is where attach points live. There a word
//     followed by ':' is one Attach token up to the next blank, ',', '{' or
//     '/', so `uprobe:/bin/bash:readline` and `kprobe:vfs_*` need no grammar
//     of their own, and a ':' inside a block (`a ? b : c`,
//     `for ($i : 0..5)`) is never mistaken for one. A '/' in Root opens a
//     predicate.
//   - Block is the inside of `{ ... }` (probe bodies and config); '{' pushes
//     another Block and '}' pops back.
//   - A predicate is lexed by predLexer, outside the main lexer (see
//     tokenize): as in bpftrace, the '/' that closes it is the first one,
//     outside parentheses and brackets, that is followed by the '{' of the
//     probe body, so `/(nsecs - @s[tid]) / 1000 > 10/ {` divides and needs
//     no parentheses. Deciding that needs lookahead, which a stateful
//     participle lexer cannot do.
//
// Every state ends with a one-character Invalid rule and whitespace and
// comments are real (elided) tokens: lexing never fails, every byte belongs
// to a token (so participle's EndPos is exactly the end of the last token a
// node used), and bad input becomes a parse error at the right place in the
// order it appears. Shebang and preprocessor lines never reach the lexer
// (see preprocess).
//
// Attach-point edge cases, kept simple on purpose: a part that starts with
// '/' (or ./ or ../) is a path and may contain '/' but not ':'; any other
// part stops at '/', so `kprobe:f/pid == 1/` still sees the predicate. A
// part may be double-quoted to hold ':' (`uprobe:/bin/x:"ns::f"`), and
// then be followed by an offset (`"ns::f"+4`). A path
// that itself contains ':' cannot be written.

const (
	tokWhitespace = "Whitespace"
	tokComment    = "Comment"
	tokInvalid    = "Invalid"
	tokBadString  = "BadString"
	tokBadComment = "BadComment"
)

// Keywords are never identifiers.
const keywordPattern = `(?:if|else|unroll|while|for|break|continue|return|config|struct|union|enum|sizeof|offsetof)\b`

// attachPart is one ':'-separated part of an attach point; see above.
const attachPart = `(?:"[^"\n]*"(?:\+(?:0[xX][0-9a-fA-F]+|[0-9]+))?|\.{0,2}/[^\s,{}:"]*|[^\s,{}:/"]*)`

var commonRules = []lexer.Rule{
	{Name: tokWhitespace, Pattern: `\s+`},
	{Name: tokComment, Pattern: `//[^\n]*|/\*(?:[^*]|\*+[^*/])*\*+/`},
	{Name: tokBadComment, Pattern: `/\*[\s\S]*`},
}

var exprRules = append(commonRules[:len(commonRules):len(commonRules)], []lexer.Rule{
	{Name: "String", Pattern: `"(?:\\[^\n]|[^"\\\n])*"`},
	{Name: tokBadString, Pattern: `"(?:\\[^\n]|[^"\\\n])*\\?`},
	{Name: "Number", Pattern: `[0-9][0-9A-Za-z_]*`},
	{Name: "Positional", Pattern: `\$(?:[0-9]+|#)`},
	{Name: "Var", Pattern: `\$[A-Za-z_][A-Za-z0-9_]*`},
	{Name: "Map", Pattern: `@[A-Za-z0-9_]*`},
	{Name: "Keyword", Pattern: keywordPattern},
	{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
	{Name: "Op", Pattern: `<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||\+=|-=|\*=|/=|%=|&=|\|=|\^=|\.\.|[-+*/%&|^!~<>=?:;,.()\[\]]`},
}...)

var invalidRule = lexer.Rule{Name: tokInvalid, Pattern: `[\s\S]`}

var scriptLexer = lexer.MustStateful(lexer.Rules{
	"Root": append(commonRules[:len(commonRules):len(commonRules)],
		lexer.Rule{Name: "LBrace", Pattern: `\{`, Action: lexer.Push("Block")},
		lexer.Rule{Name: "Attach", Pattern: `[A-Za-z_][A-Za-z0-9_]*(?::` + attachPart + `)+`},
		lexer.Rule{Name: "Keyword", Pattern: keywordPattern},
		lexer.Rule{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
		lexer.Rule{Name: "PredStart", Pattern: `/`},
		lexer.Rule{Name: "Punct", Pattern: `[},=;]`},
		invalidRule),
	"Block": append([]lexer.Rule{
		{Name: "LBrace", Pattern: `\{`, Action: lexer.Push("Block")},
		{Name: "RBrace", Pattern: `\}`, Action: lexer.Pop()},
	}, append(exprRules[:len(exprRules):len(exprRules)], invalidRule)...),
	// Never entered: it gives predLexer's own token kinds a type here.
	"Names": {
		{Name: "PredEnd", Pattern: `/`},
		{Name: "PredBrace", Pattern: `[{}]`},
	},
})

// predLexer lexes from just after a predicate's opening '/'.
var predLexer = lexer.MustStateful(lexer.Rules{
	"Root": append(exprRules[:len(exprRules):len(exprRules)],
		lexer.Rule{Name: "PredBrace", Pattern: `[{}]`},
		invalidRule),
})

// predTypes maps predLexer's token types to scriptLexer's, by name.
var predTypes = func() map[lexer.TokenType]lexer.TokenType {
	main := scriptLexer.Symbols()
	m := map[lexer.TokenType]lexer.TokenType{}
	for name, t := range predLexer.Symbols() {
		m[t] = main[name]
	}
	return m
}()

// tokenize lexes the whole (preprocessed) text into tokens with offsets
// into it: with scriptLexer up to each predicate, with predLexer through
// the predicate, and with scriptLexer again from the probe body on.
func tokenize(file, text string) []lexer.Token {
	sym := scriptLexer.Symbols()
	trivia := func(t lexer.Token) bool { return t.Type == sym[tokWhitespace] || t.Type == sym[tokComment] }
	var out []lexer.Token
	for off := 0; ; {
		lx, _ := scriptLexer.LexString(file, text[off:])
		pred := false
		for !pred {
			t, err := lx.Next()
			if err != nil { // cannot happen: every state ends in Invalid
				t = lexer.EOFToken(lexer.Position{Offset: len(text) - off})
			}
			t.Pos.Offset += off
			out = append(out, t)
			if t.EOF() {
				return out
			}
			pred = t.Type == sym["PredStart"]
		}
		// Read the predicate lazily: each step needs at most the next
		// token that is not whitespace or a comment.
		start := out[len(out)-1].Pos.Offset + 1
		px, _ := predLexer.LexString(file, text[start:])
		var toks []lexer.Token
		fill := func(i int) bool {
			for len(toks) <= i {
				if n := len(toks); n > 0 && toks[n-1].EOF() {
					return false
				}
				t, err := px.Next()
				if err != nil { // cannot happen, as above
					t = lexer.EOFToken(lexer.Position{Offset: len(text) - start})
				}
				t.Type, t.Pos.Offset = predTypes[t.Type], t.Pos.Offset+start
				if t.EOF() {
					t.Type = lexer.EOF
				}
				toks = append(toks, t)
			}
			return true
		}
		depth, end := 0, -1
		for i := 0; end < 0 && fill(i) && !toks[i].EOF(); i++ {
			switch t := toks[i]; {
			case t.Type != sym["Op"]:
			case t.Value == "(" || t.Value == "[":
				depth++
			case (t.Value == ")" || t.Value == "]") && depth > 0:
				depth--
			case t.Value == "/" && depth == 0:
				j := i + 1
				for fill(j) && trivia(toks[j]) {
					j++
				}
				if j < len(toks) && toks[j].Value == "{" {
					end = i
				}
			}
		}
		if end < 0 { // never closed: the parser reports it
			return append(out, toks...)
		}
		toks[end].Type = sym["PredEnd"]
		out = append(out, toks[:end+1]...)
		off = toks[end].Pos.Offset + 1
	}
}

// tokenList feeds tokenize's result to participle.
type tokenList []lexer.Token

func (l *tokenList) Next() (lexer.Token, error) {
	t := (*l)[0]
	if len(*l) > 1 {
		*l = (*l)[1:]
	}
	return t, nil
}

// preprocess blanks what the lexer must not see, byte for byte (newlines
// stay), so that offsets, lines and columns remain those of the original:
//
//   - a first line starting with `#!` (the shebang);
//
//   - `#include` lines: bpftrace hands scripts to clang for headers, but
//     gtrace reads every kernel type from BTF, so an include adds nothing;
//
//   - `#ifdef`/`#ifndef`/`#else`/`#endif`, keeping the branch that applies
//     when only BPFTRACE_HAVE_BTF is defined (gtrace always has BTF), so the
//     `#ifndef BPFTRACE_HAVE_BTF` header blocks of bpftrace's own tools,
//     struct definitions included, drop out as they do under bpftrace.
//
//   - `#define NAME VALUE` and `#undef NAME`: the names are constants the
//     checker evaluates (defines.go), returned by name with the offset of
//     their value; `#ifdef NAME` sees them.
//
// Any other directive (#if, macros with parameters, ...) is an error. A
// directive is a line whose first non-blank character is '#', outside
// block comments.
func preprocess(src string) (string, *directives, *ast.Error) {
	dirs := &directives{defines: map[string]*ast.Define{}}
	defines := dirs.defines
	b := []byte(src)
	blank := func(from, to int) {
		for i := from; i < to; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	type cond struct {
		off            int
		active, inElse bool
	}
	var stack []cond
	inComment := false // inside a /* */ comment at the start of a line
	active := func() bool { return len(stack) == 0 || stack[len(stack)-1].active }
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := strings.TrimLeft(src[start:end], " \t")
		hash := end - len(line)
		wasInComment := inComment
		inComment = endsInComment(src[start:end], inComment)
		switch {
		case start == 0 && strings.HasPrefix(src, "#!"):
			blank(start, end)
		case strings.HasPrefix(line, "#") && !wasInComment:
			inComment = false
			fields := strings.Fields(strings.TrimSpace(line[1:]))
			name, arg := "", ""
			if len(fields) > 0 {
				name = fields[0]
			}
			if len(fields) > 1 {
				arg = fields[1]
			}
			parentActive := active()
			switch name {
			case "include":
				if parentActive && strings.HasPrefix(arg, `"`) {
					// A local header: its defines are read (includes.go).
					dirs.includes = append(dirs.includes, localInclude{name: strings.Trim(arg, `"`), offset: hash})
				}
			case "ifdef", "ifndef":
				if arg == "" {
					return "", nil, &ast.Error{Pos: ast.Pos{Offset: hash}, Msg: fmt.Sprintf("#%s needs a macro name", name)}
				}
				defined := arg == "BPFTRACE_HAVE_BTF" || defines[arg] != nil
				stack = append(stack, cond{off: hash, active: parentActive && defined == (name == "ifdef")})
			case "else", "endif":
				if len(stack) == 0 {
					return "", nil, &ast.Error{Pos: ast.Pos{Offset: hash}, Msg: fmt.Sprintf("#%s without #ifdef or #ifndef", name)}
				}
				top := &stack[len(stack)-1]
				if name == "endif" {
					stack = stack[:len(stack)-1]
					break
				}
				if top.inElse {
					return "", nil, &ast.Error{Pos: ast.Pos{Offset: hash}, Msg: "a second #else for the same #ifdef"}
				}
				outer := len(stack) == 1 || stack[len(stack)-2].active
				top.active, top.inElse = outer && !top.active, true
			case "define", "undef":
				if !parentActive {
					break
				}
				d, err := parseDefine(src, hash, end, name)
				if err != nil {
					return "", nil, err
				}
				if name == "undef" {
					delete(defines, d.Name)
				} else {
					defines[d.Name] = d
				}
			default:
				return "", nil, &ast.Error{Pos: ast.Pos{Offset: hash}, Msg: fmt.Sprintf("preprocessor directive %q is not supported: only #include, #define, #undef, #ifdef, #ifndef, #else and #endif are", "#"+name)}
			}
			blank(start, end)
		case !active():
			blank(start, end)
		}
		start = end + 1
	}
	if len(stack) > 0 {
		return "", nil, &ast.Error{Pos: ast.Pos{Offset: stack[len(stack)-1].off}, Msg: "#ifdef or #ifndef without #endif"}
	}
	return string(b), dirs, nil
}

// directives are what preprocess keeps of a script's directives: its
// defines by name, and its local headers (#include "file") in order.
type directives struct {
	defines  map[string]*ast.Define
	includes []localInclude
}

// localInclude is one `#include "name"` line, at offset.
type localInclude struct {
	name   string
	offset int
}

// parseDefine reads `#define NAME VALUE` (or `#undef NAME`) on the line
// from hash to end; Pos.Offset of the result is the value's offset.
func parseDefine(src string, hash, end int, directive string) (*ast.Define, *ast.Error) {
	line := src[hash:end]
	i := strings.Index(line, directive) + len(directive)
	rest := line[i:]
	name := strings.TrimLeft(rest, " \t")
	at := hash + i + len(rest) - len(name)
	n := 0
	for n < len(name) && (name[n] == '_' || name[n] >= 'a' && name[n] <= 'z' || name[n] >= 'A' && name[n] <= 'Z' || n > 0 && name[n] >= '0' && name[n] <= '9') {
		n++
	}
	if n == 0 {
		return nil, &ast.Error{Pos: ast.Pos{Offset: at}, Msg: fmt.Sprintf("#%s needs a macro name", directive)}
	}
	if n < len(name) && name[n] == '(' {
		return nil, &ast.Error{Pos: ast.Pos{Offset: at}, Msg: fmt.Sprintf("#define %s(...): macros with parameters are not supported; define constants", name[:n])}
	}
	value := name[n:]
	if c := strings.Index(value, "//"); c >= 0 && !strings.Contains(value[:c], "\"") {
		value = value[:c]
	}
	trimmed := strings.TrimLeft(value, " \t")
	d := &ast.Define{Name: name[:n], Value: strings.TrimSpace(trimmed)}
	d.Pos.Offset = at + n + len(value) - len(trimmed)
	if directive == "undef" && d.Value != "" {
		return nil, &ast.Error{Pos: d.Pos, Msg: "#undef takes only a name"}
	}
	return d, nil
}

// endsInComment reports whether a line that starts inside a block comment
// (or not) ends inside one, skipping strings and // comments.
func endsInComment(line string, in bool) bool {
	for i := 0; i < len(line); i++ {
		switch {
		case in:
			if line[i] == '*' && i+1 < len(line) && line[i+1] == '/' {
				in = false
				i++
			}
		case line[i] == '"':
			for i++; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' {
					i++
				}
			}
		case line[i] == '/' && i+1 < len(line) && line[i+1] == '/':
			return false
		case line[i] == '/' && i+1 < len(line) && line[i+1] == '*':
			in = true
			i++
		}
	}
	return in
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
	Keyword string `parser:"@'sizeof' '('"`
	Type    *gType `parser:"( @@"`
	X       *gExpr `parser:"| @@ ) ')'"`
}

type gOffsetof struct {
	Keyword string  `parser:"@'offsetof' '('"`
	Type    *gType  `parser:"( @@"`
	X       *gExpr  `parser:"| @@ ) ','"`
	Field   *gField `parser:"@@ ')'"`
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
