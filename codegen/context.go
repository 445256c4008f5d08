package codegen

import "github.com/gtrace/gtrace/lang"

// Context access that depends on the probe type: probe arguments, return
// values, the traced function.

// contextIdent evaluates a probe-type builtin integer into r0; it reports
// false for names it does not know.
func (g *gen) contextIdent(e *lang.Ident) bool {
	return false
}
