package lang

import "github.com/gtrace/gtrace/lang/ast"

// Resolver answers the questions the checker and compiler have about the
// kernel. The runtime implements it from tracefs and BTF; tests use fakes.
type Resolver interface {
	// TracepointFields returns the fields of category:event, not counting
	// the common_ fields; an error says the tracepoint does not exist.
	TracepointFields(category, event string) ([]ast.TracepointField, error)
	// Tracepoints lists "category:event" names matching the glob pattern
	// (with * wildcards in either part).
	Tracepoints(pattern string) ([]string, error)
}
