// Package ast is the data model every stage of gtrace shares: the syntax
// tree of a script (every node with its position), the types the checker
// gives its expressions, what the checker learned about them (Info: maps,
// variables, attach points), and positioned diagnostics (Error, Format).
//
// It sits below everything else: the parser builds its trees, the checker
// fills its Info, stdlib's builtins and the probe providers type and
// compile against it, codegen reads it and the runtime decodes values by
// its types. It holds data and pure helpers only.
package ast
