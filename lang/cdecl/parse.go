// Package cdecl reads the C definitions bpftrace scripts and their
// headers carry (struct, union, enum and typedef, with C's declarators,
// bitfields and a few attributes) and lays them out as a C compiler for
// x86-64 and arm64 Linux does, as BTF types the rest of gtrace already
// understands. It needs no compiler and no headers: a name the text does
// not define is looked up in the kernel's BTF, through Lookup.
package cdecl

import (
	"fmt"
	"strconv"
	"strings"
)

// Error is a positioned error: Off and End are byte offsets in the text
// given to Parse (plus its base).
type Error struct {
	Off, End int
	Msg      string
	// File is, for Build's errors, the index of the file in error.
	File int
}

func (e *Error) Error() string { return e.Msg }

// File is what Parse read: its declarations in order.
type File struct {
	Decls []*Decl
}

// Decl is one top-level declaration: a definition of a struct, union or
// enum (Spec, no Names), a typedef (Typedef, Names), or a declaration of
// functions or variables (Names, ignored: they have no type to give).
type Decl struct {
	Off     int
	Typedef bool
	Spec    *Spec
	Names   []*Declarator
}

// SpecKind says what a type specifier names.
type SpecKind int

const (
	SpecBase   SpecKind = iota // void, char, int, unsigned long, double...
	SpecRecord                 // struct or union
	SpecEnum                   // enum
	SpecName                   // a typedef name
)

// Spec is a type specifier: `unsigned long`, `struct x { ... }`, `pid_t`.
type Spec struct {
	Off, End int
	Kind     SpecKind
	// Base: the C spelling normalised ("unsigned long long"), its size
	// in bytes (0 for void), signedness, and whether it is floating.
	Base   string
	Size   int
	Signed bool
	Float  bool
	Bool   bool
	// Record and enum: Union for union, Tag (may be empty), and whether
	// a body was given (a definition rather than a reference).
	Union   bool
	Tag     string
	HasBody bool
	Fields  []*Field
	Values  []*Enumerator
	// Name: the typedef name.
	Name string
	// Attributes of a record: packed, aligned(N) (0 when not given).
	Packed  bool
	Aligned Expr
	// attrs holds the attributes given among the specifiers (before a
	// struct keyword, or around a base type or typedef name): they are
	// the declaration's, and apply to each of its declarators.
	attrs Declarator
}

// Field is a member of a struct or union: a specifier and one declarator
// (a member declaration `int a, b;` gives two fields), or, with Decl nil,
// an anonymous struct or union (a record without a tag) or a definition
// nested in the record that declares no member (a record with a tag, an
// enum: C makes them file-wide).
type Field struct {
	Off  int
	Spec *Spec
	Decl *Declarator
}

// Enumerator is one name of an enum, with its value expression (nil: one
// more than the previous).
type Enumerator struct {
	Off   int
	Name  string
	Value Expr
}

// Declarator names something and derives its type from the specifier:
// pointers, then suffixes ([N] arrays, (params) functions) applied right
// to left, then an inner parenthesised declarator (`(*fp)(int)`,
// `(*pa)[4]`).
type Declarator struct {
	Off, End int
	Name     string
	Ptrs     int
	Suffixes []Suffix
	Inner    *Declarator
	Bits     Expr // a bitfield's width, nil otherwise
	Aligned  Expr // __attribute__((aligned(N))) on a member or typedef
	Packed   bool // __attribute__((packed)) on a member
}

// Suffix is an array dimension (Len nil for `[]`) or a function's
// parameter list (Func).
type Suffix struct {
	Off  int
	Func bool
	Len  Expr
}

// Expr is an integer constant expression.
type Expr interface{ exprOff() int }

// Num is an integer literal.
type Num struct {
	Off   int
	Value int64
}

// Ident is a name: an enumerator, a #define, a kernel enumerator.
type Ident struct {
	Off  int
	Name string
}

// Unary is -x, ~x, !x or +x.
type Unary struct {
	Off int
	Op  string
	X   Expr
}

// Binary is l op r with C's operators.
type Binary struct {
	Off  int
	Op   string
	L, R Expr
}

// Cond is c ? a : b.
type Cond struct {
	Off     int
	C, A, B Expr
}

// SizeofType is sizeof(type).
type SizeofType struct {
	Off  int
	Spec *Spec
	Decl *Declarator
}

func (e *Num) exprOff() int        { return e.Off }
func (e *Ident) exprOff() int      { return e.Off }
func (e *Unary) exprOff() int      { return e.Off }
func (e *Binary) exprOff() int     { return e.Off }
func (e *Cond) exprOff() int       { return e.Off }
func (e *SizeofType) exprOff() int { return e.Off }

// ---- lexer ----

type tokKind int

const (
	tEOF tokKind = iota
	tIdent
	tNum
	tPunct
	tString
)

type token struct {
	kind     tokKind
	text     string
	off, end int
	num      int64
}

// maxDepth bounds nesting (records in records, parentheses) so that
// hostile input cannot exhaust the stack.
const maxDepth = 200

func lex(src string, base int) ([]token, *Error) {
	var toks []token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				return nil, &Error{Off: base + i, End: base + i + 2, Msg: "unterminated comment"}
			}
			i += j + 4
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, token{kind: tIdent, text: src[i:j], off: base + i, end: base + j})
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] == 'x' || src[j] == 'X' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			n, err := ParseInt(src[i:j])
			if err != nil {
				return nil, &Error{Off: base + i, End: base + j, Msg: err.Error()}
			}
			toks = append(toks, token{kind: tNum, text: src[i:j], off: base + i, end: base + j, num: n})
			i = j
		case c == '\'':
			n, l, err := charLit(src[i:])
			if err != nil {
				return nil, &Error{Off: base + i, End: base + i + 1, Msg: err.Error()}
			}
			toks = append(toks, token{kind: tNum, text: src[i : i+l], off: base + i, end: base + i + l, num: n})
			i += l
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) || src[j] != '"' {
				return nil, &Error{Off: base + i, End: base + i + 1, Msg: "unterminated string literal"}
			}
			toks = append(toks, token{kind: tString, text: src[i : j+1], off: base + i, end: base + j + 1})
			i = j + 1
		default:
			l := 1
			for _, op := range []string{"<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "..."} {
				if strings.HasPrefix(src[i:], op) {
					l = len(op)
					break
				}
			}
			if l == 1 && !strings.ContainsRune("{}()[];,*=:+-~!&|^/%<>?.", rune(c)) {
				return nil, &Error{Off: base + i, End: base + i + 1, Msg: fmt.Sprintf("unexpected character %q", string(rune(c)))}
			}
			toks = append(toks, token{kind: tPunct, text: src[i : i+l], off: base + i, end: base + i + l})
			i += l
		}
	}
	toks = append(toks, token{kind: tEOF, off: base + len(src), end: base + len(src)})
	return toks, nil
}

// ParseInt reads a C integer literal: decimal, 0x hex, 0 octal, 0b
// binary, with u/l suffixes (the #define evaluator reads them too).
func ParseInt(s string) (int64, error) {
	t := strings.TrimRight(s, "uUlL")
	b := 10
	switch {
	case strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X"):
		b, t = 16, t[2:]
	case strings.HasPrefix(t, "0b") || strings.HasPrefix(t, "0B"):
		b, t = 2, t[2:]
	case len(t) > 1 && t[0] == '0':
		b, t = 8, t[1:]
	}
	n, err := strconv.ParseUint(t, b, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not an integer literal", s)
	}
	return int64(n), nil
}

// charLit reads 'c' or '\n'-style escapes; it returns the value and the
// literal's length.
func charLit(s string) (int64, int, error) {
	if len(s) >= 3 && s[1] != '\\' && s[2] == '\'' {
		return int64(s[1]), 3, nil
	}
	if len(s) >= 4 && s[1] == '\\' && s[3] == '\'' {
		v, ok := map[byte]int64{'n': '\n', 't': '\t', 'r': '\r', '0': 0, '\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12, 'v': 11}[s[2]]
		if ok {
			return v, 4, nil
		}
	}
	return 0, 0, fmt.Errorf("character literal not understood")
}

// ---- parser ----

type parser struct {
	toks  []token
	i     int
	depth int
	// typedefs holds the typedef names declared so far, so that `T *x;`
	// reads T as a type even after other specifiers could not.
	typedefs map[string]bool
}

type bail struct{ err *Error }

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}
func (p *parser) is(s string) bool {
	t := p.peek()
	return (t.kind == tPunct || t.kind == tIdent) && t.text == s
}
func (p *parser) accept(s string) bool {
	if p.is(s) {
		p.i++
		return true
	}
	return false
}

func (p *parser) failAt(t token, format string, args ...any) {
	panic(bail{&Error{Off: t.off, End: t.end, Msg: fmt.Sprintf(format, args...)}})
}

func describe(t token) string {
	switch t.kind {
	case tEOF:
		return "end of the definitions"
	case tIdent:
		return fmt.Sprintf("%q", t.text)
	}
	return fmt.Sprintf("%q", t.text)
}

func (p *parser) expect(s, what string) token {
	if !p.is(s) {
		p.failAt(p.peek(), "expected %s, found %s", what, describe(p.peek()))
	}
	return p.next()
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.failAt(p.peek(), "definitions nest more than %d deep", maxDepth)
	}
}
func (p *parser) leave() { p.depth-- }

// Parse reads C declarations from src; base is added to every offset.
// It never panics.
func Parse(src string, base int) (f *File, err *Error) {
	toks, err := lex(src, base)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks, typedefs: map[string]bool{}}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				panic(r)
			}
			f, err = nil, b.err
		}
	}()
	f = &File{}
	for p.peek().kind != tEOF {
		if p.accept(";") {
			continue
		}
		f.Decls = append(f.Decls, p.decl())
	}
	return f, nil
}

// Keywords that a declaration may carry and gtrace ignores.
var ignoredWords = map[string]bool{
	"const": true, "volatile": true, "restrict": true, "__restrict": true, "__restrict__": true,
	"static": true, "extern": true, "inline": true, "__inline": true, "__inline__": true,
	"register": true, "auto": true, "__extension__": true, "__const": true, "__volatile__": true,
	"_Noreturn": true, "__user": true, "__kernel": true, "__iomem": true, "__rcu": true, "__percpu": true,
	"__force": true, "__must_check": true,
}

func (p *parser) decl() *Decl {
	start := p.peek()
	d := &Decl{Off: start.off}
	if p.accept("typedef") {
		d.Typedef = true
	}
	d.Spec = p.spec(true)
	if p.is(";") {
		p.next()
		if d.Typedef {
			p.failAt(p.toks[p.i-1], "a typedef needs a name")
		}
		if d.Spec.Kind != SpecRecord && d.Spec.Kind != SpecEnum {
			p.failAt(start, "this declaration declares nothing")
		}
		return d
	}
	if !d.Typedef && d.Spec.HasBody && !p.startsDeclarator() {
		// bpftrace lets a definition end at its closing brace.
		return d
	}
	for {
		dc := p.declarator(false)
		if dc.Name == "" {
			p.failAt(p.peek(), "expected a name to declare, found %s", describe(p.peek()))
		}
		for p.is("__attribute__") || p.is("__attribute") {
			p.attributes(nil, dc)
		}
		mergeAttrs(dc, d.Spec)
		if p.is("=") {
			p.failAt(p.peek(), "initialisers are not read: gtrace takes only types from C definitions")
		}
		d.Names = append(d.Names, dc)
		if d.Typedef {
			p.typedefs[dc.Name] = true
		}
		if !p.accept(",") {
			break
		}
	}
	if p.is("{") {
		p.failAt(p.peek(), "function bodies are not read: gtrace takes only types from C definitions")
	}
	p.expect(";", `";" after the declaration`)
	return d
}

func (p *parser) startsDeclarator() bool {
	t := p.peek()
	return t.kind == tIdent && !p.typedefs[t.text] && !isSpecWord(t.text) && t.text != "typedef" || p.is("*") || p.is("(")
}

func isSpecWord(s string) bool {
	switch s {
	case "void", "char", "short", "int", "long", "signed", "unsigned", "__signed__", "_Bool", "bool",
		"float", "double", "struct", "union", "enum":
		return true
	}
	return ignoredWords[s]
}

// fixedNames are the integer typedefs scripts use without a header.
var fixedNames = map[string]struct {
	size   int
	signed bool
}{}

func init() {
	for _, sz := range []int{8, 16, 32, 64} {
		b := sz / 8
		for _, f := range []string{"u%d", "__u%d", "uint%d_t", "u_int%d_t", "uint%d"} {
			fixedNames[fmt.Sprintf(f, sz)] = struct {
				size   int
				signed bool
			}{b, false}
		}
		for _, f := range []string{"s%d", "__s%d", "int%d_t", "int%d"} {
			fixedNames[fmt.Sprintf(f, sz)] = struct {
				size   int
				signed bool
			}{b, true}
		}
	}
	for _, n := range []string{"size_t", "uintptr_t", "__kernel_size_t", "__kernel_ulong_t"} {
		fixedNames[n] = struct {
			size   int
			signed bool
		}{8, false}
	}
	for _, n := range []string{"ssize_t", "intptr_t", "ptrdiff_t", "off_t", "loff_t", "__kernel_long_t"} {
		fixedNames[n] = struct {
			size   int
			signed bool
		}{8, true}
	}
}

// FixedInt says whether name is one of the integer typedefs gtrace knows
// without a header (u32, __u32, uint32_t, size_t...), and its layout.
func FixedInt(name string) (size int, signed, ok bool) {
	f, ok := fixedNames[name]
	return f.size, f.signed, ok
}

// spec reads a type specifier with its qualifiers. top says whether a
// record body here may be a definition of the file's (always true in C;
// kept for clarity of the callers).
func (p *parser) spec(top bool) *Spec {
	start := p.peek()
	s := &Spec{Off: start.off}
	var words []string // base type words
	for {
		t := p.peek()
		if t.kind != tIdent {
			break
		}
		if top && s.HasBody && isSpecWord(t.text) && !ignoredWords[t.text] {
			// bpftrace lets a definition end at its closing brace: a
			// type after it begins the next declaration.
			break
		}
		switch {
		case ignoredWords[t.text]:
			p.next()
			continue
		case t.text == "__attribute__" || t.text == "__attribute":
			p.attributes(nil, &s.attrs)
			continue
		case t.text == "struct" || t.text == "union":
			if len(words) > 0 || s.Kind != SpecBase || s.Base != "" {
				p.failAt(t, "two types in one declaration")
			}
			p.next()
			p.record(s, t.text == "union")
			continue
		case t.text == "enum":
			if len(words) > 0 || s.Kind != SpecBase || s.Base != "" {
				p.failAt(t, "two types in one declaration")
			}
			p.next()
			p.enum(s)
			continue
		case isSpecWord(t.text):
			if s.Kind != SpecBase || s.Base != "" {
				p.failAt(t, "two types in one declaration")
			}
			words = append(words, t.text)
			p.next()
			continue
		}
		// An identifier: a typedef name when no type has been given yet.
		if len(words) == 0 && s.Kind == SpecBase && s.Base == "" {
			p.next()
			s.Kind, s.Name = SpecName, t.text
			s.Base = t.text
			continue
		}
		break
	}
	if s.Kind == SpecBase && s.Base == "" && len(words) == 0 {
		p.failAt(p.peek(), "expected a type, found %s", describe(p.peek()))
	}
	if s.Kind == SpecBase && s.Base == "" {
		p.base(s, words, start)
	}
	if s.Kind == SpecName {
		s.Base = ""
	}
	s.End = p.toks[max(p.i-1, 0)].end
	return s
}

// base resolves C's base type words (in any order) to a size.
func (p *parser) base(s *Spec, words []string, at token) {
	count := map[string]int{}
	for _, w := range words {
		if w == "__signed__" {
			w = "signed"
		}
		count[w]++
	}
	signed, unsigned := count["signed"] > 0, count["unsigned"] > 0
	if signed && unsigned {
		p.failAt(at, "both signed and unsigned")
	}
	for w, n := range count {
		if n > 1 && !(w == "long" && n == 2) {
			p.failAt(at, "%q given twice", w)
		}
	}
	kinds := 0
	for _, w := range []string{"void", "char", "short", "_Bool", "bool", "float", "double"} {
		if count[w] > 0 {
			kinds++
		}
	}
	if count["short"] > 0 && count["long"] > 0 || kinds > 1 && !(count["long"] == 1 && count["double"] == 1) {
		p.failAt(at, "%q is not a C type", strings.Join(words, " "))
	}
	s.Signed = !unsigned
	switch {
	case count["void"] > 0:
		if len(words) > 1 {
			p.failAt(at, "%q is not a C type", strings.Join(words, " "))
		}
		s.Base, s.Size = "void", 0
	case count["_Bool"] > 0 || count["bool"] > 0:
		if signed || unsigned || count["int"] > 0 || count["long"] > 0 {
			p.failAt(at, "%q is not a C type", strings.Join(words, " "))
		}
		s.Base, s.Size, s.Signed, s.Bool = "_Bool", 1, false, true
	case count["float"] > 0 || count["double"] > 0:
		if signed || unsigned || count["int"] > 0 || count["long"] > 0 && count["float"] > 0 {
			p.failAt(at, "%q is not a C type", strings.Join(words, " "))
		}
		s.Float, s.Signed = true, true
		switch {
		case count["float"] > 0:
			s.Base, s.Size = "float", 4
		case count["long"] > 0:
			s.Base, s.Size = "long double", 16
		default:
			s.Base, s.Size = "double", 8
		}
	case count["char"] > 0:
		if count["int"] > 0 || count["long"] > 0 {
			p.failAt(at, "%q is not a C type", strings.Join(words, " "))
		}
		s.Size = 1
		s.Base = "char"
		if signed {
			s.Base = "signed char"
		}
		if unsigned {
			s.Base = "unsigned char"
		}
	case count["short"] > 0:
		s.Base, s.Size = "short", 2
	case count["long"] == 2:
		s.Base, s.Size = "long long", 8
	case count["long"] == 1:
		s.Base, s.Size = "long", 8
	default:
		s.Base, s.Size = "int", 4
	}
	if unsigned && s.Size > 0 && !s.Float && s.Base != "unsigned char" {
		s.Base = "unsigned " + s.Base
	}
}

func (p *parser) record(s *Spec, union bool) {
	s.Kind, s.Union = SpecRecord, union
	kw := p.toks[p.i-1]
	if !p.tagged(s, kw) {
		return
	}
	p.next()
	p.enter()
	s.HasBody = true
	s.Fields = []*Field{}
	for !p.accept("}") {
		if p.peek().kind == tEOF {
			p.failAt(kw, "%s has no closing \"}\"", kw.text)
		}
		if p.accept(";") {
			continue
		}
		p.member(s)
	}
	p.leave()
	for p.is("__attribute__") || p.is("__attribute") {
		p.attributes(s, nil)
	}
}

func (p *parser) member(rec *Spec) {
	start := p.peek()
	ms := p.spec(false)
	if p.is(";") {
		p.next()
		if ms.Kind == SpecRecord && ms.HasBody && ms.Tag == "" {
			rec.Fields = append(rec.Fields, &Field{Off: start.off, Spec: ms})
			return
		}
		if ms.Kind == SpecRecord || ms.Kind == SpecEnum {
			if ms.HasBody {
				// A nested definition with a tag, or an enum: C makes
				// it file-wide (and its enumerators).
				rec.Fields = append(rec.Fields, &Field{Off: start.off, Spec: ms})
			}
			return
		}
		p.failAt(start, "this member declares nothing")
	}
	if p.is("}") {
		p.failAt(p.peek(), `expected ";" after the member`)
	}
	for {
		var dc *Declarator
		if p.is(":") {
			// An unnamed bitfield: padding.
			dc = &Declarator{Off: p.peek().off, End: p.peek().end}
		} else {
			dc = p.declarator(false)
			if dc.Name == "" {
				p.failAt(p.peek(), "expected a member name, found %s", describe(p.peek()))
			}
		}
		if p.accept(":") {
			dc.Bits = p.expr(0)
		}
		for p.is("__attribute__") || p.is("__attribute") {
			p.attributes(nil, dc)
		}
		mergeAttrs(dc, ms)
		rec.Fields = append(rec.Fields, &Field{Off: dc.Off, Spec: ms, Decl: dc})
		if !p.accept(",") {
			break
		}
	}
	if !p.is(";") {
		p.failAt(p.peek(), `expected ";" after the member, found %s`, describe(p.peek()))
	}
	p.next()
}

// tagged reads what follows struct, union or enum (the keyword kw): its
// attributes and tag; it says whether a body follows (the "{" ahead).
func (p *parser) tagged(s *Spec, kw token) bool {
	for p.is("__attribute__") || p.is("__attribute") {
		p.attributes(s, nil)
	}
	if t := p.peek(); t.kind == tIdent {
		s.Tag = t.text
		p.next()
	}
	if !p.is("{") {
		if s.Tag == "" {
			p.failAt(p.peek(), "expected a name or \"{\" after %s, found %s", kw.text, describe(p.peek()))
		}
		return false
	}
	return true
}

func (p *parser) enum(s *Spec) {
	s.Kind = SpecEnum
	kw := p.toks[p.i-1]
	if !p.tagged(s, kw) {
		return
	}
	p.next()
	s.HasBody = true
	s.Values = []*Enumerator{}
	for !p.accept("}") {
		t := p.peek()
		if t.kind == tEOF {
			p.failAt(kw, "enum has no closing \"}\"")
		}
		if t.kind != tIdent || isSpecWord(t.text) {
			p.failAt(t, "expected an enumerator name, found %s", describe(t))
		}
		p.next()
		en := &Enumerator{Off: t.off, Name: t.text}
		if p.accept("=") {
			en.Value = p.expr(0)
		}
		s.Values = append(s.Values, en)
		if !p.accept(",") {
			p.expect("}", `"," or "}" in the enum`)
			break
		}
	}
	if len(s.Values) == 0 {
		p.failAt(kw, "an enum needs at least one enumerator")
	}
}

// attributes reads __attribute__((...)) onto a record (packed, aligned)
// or a member (aligned, packed).
func (p *parser) attributes(s *Spec, d *Declarator) {
	kw := p.next()
	p.expect("(", `"((" after __attribute__`)
	p.expect("(", `"((" after __attribute__`)
	for !p.is(")") {
		t := p.next()
		if t.kind != tIdent {
			p.failAt(t, "expected an attribute name, found %s", describe(t))
		}
		name := strings.TrimSuffix(strings.TrimPrefix(t.text, "__"), "__")
		switch name {
		case "packed":
			if s == nil {
				// packed on a member: its alignment is 1 (unless it is
				// also aligned).
				d.Packed = true
			} else {
				s.Packed = true
			}
		case "aligned":
			var n Expr = &Num{Off: t.off, Value: 16} // aligned alone: the largest alignment
			if p.accept("(") {
				n = p.expr(0)
				p.expect(")", `")"`)
			}
			switch {
			case d != nil:
				d.Aligned = maxExpr(d.Aligned, n)
			case s != nil:
				s.Aligned = maxExpr(s.Aligned, n)
			}
		case "preserve_access_index", "unused", "used", "may_alias", "deprecated", "designated_init", "randomize_layout", "no_randomize_layout":
			// They change nothing in the layout.
			if p.accept("(") {
				p.skipParens()
			}
		default:
			p.failAt(t, "attribute %q is not supported (gtrace reads packed and aligned)", t.text)
		}
		if !p.accept(",") {
			break
		}
	}
	p.expect(")", `"))" to end `+kw.text)
	p.expect(")", `"))" to end `+kw.text)
}

// maxExpr is the larger of a and b (either may be nil): gcc keeps the
// largest of several aligned attributes.
func maxExpr(a, b Expr) Expr {
	if a == nil {
		return b
	}
	return &Cond{Off: b.exprOff(), C: &Binary{Off: b.exprOff(), Op: ">", L: a, R: b}, A: a, B: b}
}

// mergeAttrs gives d the attributes its declaration's specifiers carry.
func mergeAttrs(d *Declarator, s *Spec) {
	d.Packed = d.Packed || s.attrs.Packed
	if s.attrs.Aligned != nil {
		d.Aligned = maxExpr(d.Aligned, s.attrs.Aligned)
	}
}

func (p *parser) skipParens() {
	for n := 1; n > 0; {
		t := p.next()
		switch {
		case t.kind == tEOF:
			p.failAt(t, `expected ")"`)
		case t.text == "(":
			n++
		case t.text == ")":
			n--
		}
	}
}

// declarator reads pointers, a name (or a parenthesised declarator) and
// suffixes. abstract allows the name to be missing (sizeof(int *)).
func (p *parser) declarator(abstract bool) *Declarator {
	p.enter()
	defer p.leave()
	start := p.peek()
	d := &Declarator{Off: start.off}
	for {
		if p.accept("*") {
			d.Ptrs++
			continue
		}
		if t := p.peek(); t.kind == tIdent && ignoredWords[t.text] {
			p.next()
			continue
		}
		break
	}
	switch t := p.peek(); {
	case t.kind == tIdent && !isSpecWord(t.text) && t.text != "__attribute__":
		d.Name = t.text
		d.Off = t.off
		p.next()
	case t.text == "(" && t.kind == tPunct && p.parenDeclarator():
		p.next()
		d.Inner = p.declarator(abstract)
		p.expect(")", `")"`)
		d.Name = d.Inner.Name
		d.Off = d.Inner.Off
	}
	for {
		switch {
		case p.is("["):
			open := p.next()
			sf := Suffix{Off: open.off}
			if !p.is("]") {
				sf.Len = p.expr(0)
			}
			p.expect("]", `"]"`)
			d.Suffixes = append(d.Suffixes, sf)
			continue
		case p.is("("):
			open := p.next()
			p.params()
			d.Suffixes = append(d.Suffixes, Suffix{Off: open.off, Func: true})
			continue
		}
		break
	}
	d.End = p.toks[max(p.i-1, 0)].end
	return d
}

// parenDeclarator says whether the "(" ahead opens a declarator, as in
// (*fp)(...), rather than a function's parameters.
func (p *parser) parenDeclarator() bool {
	n := p.toks[p.i+1]
	return n.text == "*" || n.text == "(" || n.text == "[" ||
		n.kind == tIdent && !isSpecWord(n.text) && !p.typedefs[n.text] && !isFixedOrKnown(n.text)
}

func isFixedOrKnown(s string) bool {
	_, ok := fixedNames[s]
	return ok
}

// params skips a function's parameter list (the types of parameters are
// not kept: a function pointer's size is a pointer's).
func (p *parser) params() {
	for n := 1; n > 0; {
		t := p.next()
		switch {
		case t.kind == tEOF:
			p.failAt(t, `expected ")" to end the parameters`)
		case t.text == "(":
			n++
		case t.text == ")":
			n--
		}
	}
}

// ---- constant expressions ----

var precedence = map[string]int{
	"||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6,
	"<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
}

func (p *parser) expr(min int) Expr {
	p.enter()
	defer p.leave()
	l := p.unary()
	for {
		t := p.peek()
		if t.kind == tPunct && t.text == "?" && min == 0 {
			p.next()
			a := p.expr(0)
			p.expect(":", `":"`)
			b := p.expr(0)
			l = &Cond{Off: t.off, C: l, A: a, B: b}
			continue
		}
		prec, ok := precedence[t.text]
		if t.kind != tPunct || !ok || prec <= min {
			return l
		}
		p.next()
		r := p.expr(prec)
		l = &Binary{Off: t.off, Op: t.text, L: l, R: r}
	}
}

func (p *parser) unary() Expr {
	t := p.peek()
	switch {
	case t.kind == tNum:
		p.next()
		return &Num{Off: t.off, Value: t.num}
	case t.kind == tIdent && t.text == "sizeof":
		p.next()
		p.expect("(", `"(" after sizeof`)
		sp := p.spec(false)
		d := p.declarator(true)
		p.expect(")", `")"`)
		return &SizeofType{Off: t.off, Spec: sp, Decl: d}
	case t.kind == tIdent && !isSpecWord(t.text):
		p.next()
		return &Ident{Off: t.off, Name: t.text}
	case t.kind == tPunct && (t.text == "-" || t.text == "~" || t.text == "!" || t.text == "+"):
		p.next()
		p.enter()
		defer p.leave()
		return &Unary{Off: t.off, Op: t.text, X: p.unary()}
	case t.kind == tPunct && t.text == "(":
		p.next()
		e := p.expr(0)
		p.expect(")", `")"`)
		return e
	}
	p.failAt(t, "expected a constant, found %s", describe(t))
	return nil
}
