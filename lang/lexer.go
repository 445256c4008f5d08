package lang

import (
	"github.com/alecthomas/participle/v2/lexer"
)

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

// keywords are never identifiers.
var keywords = map[string]bool{
	"if": true, "else": true, "unroll": true, "while": true, "for": true,
	"break": true, "continue": true, "return": true, "config": true,
	"struct": true, "union": true, "enum": true, "sizeof": true, "offsetof": true,
}

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
