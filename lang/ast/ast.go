package ast

import (
	"fmt"

	"github.com/gtrace/gtrace/lang/cdecl"
)

// Pos is a position in a script. Line and Col are 1-based; Col counts bytes.
type Pos struct {
	File   string
	Offset int
	Line   int
	Col    int
}

func (p Pos) String() string {
	f := p.File
	if f == "" {
		f = "stdin"
	}
	return fmt.Sprintf("%s:%d:%d", f, p.Line, p.Col)
}

// Node is anything in the AST; every node knows where it starts and ends.
type Node interface {
	Position() Pos
	// End is the position just past the node's last byte.
	EndPos() Pos
}

// Span is embedded in every node.
type Span struct {
	Pos Pos
	End Pos
}

func (s Span) Position() Pos { return s.Pos }
func (s Span) EndPos() Pos   { return s.End }

// Program is a whole script.
type Program struct {
	Span
	File   string
	Source string
	Config []*ConfigAssign
	Probes []*Probe
	// Defines are the script's #define NAME VALUE lines, by name.
	Defines map[string]*Define
	// C holds the C definitions of the headers the script includes, in
	// the order read, then the script's own.
	C []*CSource
}

// CSource is the C definitions of a header or of the script: the file
// they are in, its text when it is a header (the script's is Source),
// and what cdecl read of them.
type CSource struct {
	File  string
	Text  string
	Decls *cdecl.File
}

// Define is `#define NAME VALUE`: VALUE as written, and where it starts.
type Define struct {
	Name, Value string
	Pos         Pos // of the value
}

// ConfigAssign is one `key = value` inside `config = { ... }`.
type ConfigAssign struct {
	Span
	Key   string
	Value Expr // *IntLit or *StrLit
}

// Probe is `attach, attach /pred/ { body }`.
type Probe struct {
	Span
	Attach []*AttachPoint
	Pred   Expr // nil when absent
	Body   *Block
}

// AttachPoint is one attach point as written, split on ':'.
// Provider is the first part, expanded from its short alias ("t" becomes
// "tracepoint", "begin" becomes "BEGIN"); Parts are the rest.
type AttachPoint struct {
	Span
	Raw      string
	Provider string
	Parts    []string
}

// ---- statements ----

type Stmt interface {
	Node
	stmtNode()
}

type Block struct {
	Span
	Stmts []Stmt
}

type ExprStmt struct {
	Span
	X Expr
}

// AssignStmt is `target op value` where Op is "=", "+=", "-=", "*=", "/=",
// "%=", "&=", "|=", "^=", "<<=" or ">>=". Target is *Var or *MapRef.
type AssignStmt struct {
	Span
	Op     string
	Target Expr
	Value  Expr
}

// IfStmt's Else is nil, a *Block or an *IfStmt (for `else if`).
type IfStmt struct {
	Span
	Cond Expr
	Then *Block
	Else Stmt
}

type UnrollStmt struct {
	Span
	Count Expr
	Body  *Block
}

type WhileStmt struct {
	Span
	Cond Expr
	Body *Block
}

// ForStmt is `for ($v : start..end) {}` (Map nil) or `for ($v : @m) {}`
// (Start and End nil).
type ForStmt struct {
	Span
	Var   *Var
	Start Expr
	End   Expr
	Map   *MapRef
	Body  *Block
}

type BreakStmt struct{ Span }
type ContinueStmt struct{ Span }
type ReturnStmt struct{ Span }

func (*Block) stmtNode()        {}
func (*ExprStmt) stmtNode()     {}
func (*AssignStmt) stmtNode()   {}
func (*IfStmt) stmtNode()       {}
func (*UnrollStmt) stmtNode()   {}
func (*WhileStmt) stmtNode()    {}
func (*ForStmt) stmtNode()      {}
func (*BreakStmt) stmtNode()    {}
func (*ContinueStmt) stmtNode() {}
func (*ReturnStmt) stmtNode()   {}

// ---- expressions ----

type Expr interface {
	Node
	exprNode()
}

// IntLit is an integer literal; Text is the literal as written.
type IntLit struct {
	Span
	Value uint64
	Text  string
}

// StrLit holds the string with escapes already decoded.
type StrLit struct {
	Span
	Value string
}

// Ident is a bare word: a builtin variable (pid, comm, args, curtask, ...).
type Ident struct {
	Span
	Name string
}

// Var is a scratch variable; Name includes the '$'.
type Var struct {
	Span
	Name string
}

// Positional is $1..$N (N >= 1) or $# (Count true).
type Positional struct {
	Span
	N     int
	Count bool
}

// MapRef is `@name` or `@name[k1, k2]`; Name includes the '@' and is "@"
// for the anonymous map. Keys is nil when the map has no subscript.
type MapRef struct {
	Span
	Name string
	Keys []Expr
}

// Binary Op is one of || && | ^ & == != < > <= >= << >> + - * / %.
type Binary struct {
	Span
	Op   string
	L, R Expr
}

// Unary Op is one of - ! ~ * (dereference) & (address of).
type Unary struct {
	Span
	Op string
	X  Expr
}

// IncDec is ++x, --x, x++ or x--; X is *Var or *MapRef.
type IncDec struct {
	Span
	Op   string // "++" or "--"
	Post bool
	X    Expr
}

type Ternary struct {
	Span
	Cond, Then, Else Expr
}

// Call is name(args...). sizeof/offsetof with a type argument use TypeArg.
type Call struct {
	Span
	Name    string
	Args    []Expr
	TypeArg *TypeName // sizeof(struct x), offsetof(struct x, f): the type
}

// Field is x.name or x->name (Arrow). Tuple access x.0 has Name "0".
type Field struct {
	Span
	X     Expr
	Name  string
	Arrow bool
}

// Index is x[i] on something that is not a map (arrays, pointers).
type Index struct {
	Span
	X     Expr
	Index Expr
}

type Cast struct {
	Span
	Type *TypeName
	X    Expr
}

type Tuple struct {
	Span
	Elems []Expr
}

// TypeName is a type as written in a cast or sizeof: Name is
// "struct task_struct", "uint32", "int8", ...; Ptr counts the stars.
type TypeName struct {
	Span
	Name string
	Ptr  int
}

func (*IntLit) exprNode()     {}
func (*StrLit) exprNode()     {}
func (*Ident) exprNode()      {}
func (*Var) exprNode()        {}
func (*Positional) exprNode() {}
func (*MapRef) exprNode()     {}
func (*Binary) exprNode()     {}
func (*Unary) exprNode()      {}
func (*IncDec) exprNode()     {}
func (*Ternary) exprNode()    {}
func (*Call) exprNode()       {}
func (*Field) exprNode()      {}
func (*Index) exprNode()      {}
func (*Cast) exprNode()       {}
func (*Tuple) exprNode()      {}
