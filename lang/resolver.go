package lang

// TracepointField is one field of a tracepoint's format file.
type TracepointField struct {
	Name    string
	CType   string // the C declaration's type as written, e.g. "const char *"
	Offset  int
	Size    int
	Signed  bool
	DataLoc bool  // __data_loc: a u32 with the offset in the low 16 bits and length in the high 16
	Array   int   // element count for fixed arrays like char comm[16], else 0
	Pointer bool  // the C type is a pointer
	Type    *Type // when set, the checked type (fentry arguments typed from BTF)
}

// Resolver answers the questions the checker and compiler have about the
// kernel. The runtime implements it from tracefs and BTF; tests use fakes.
type Resolver interface {
	// TracepointFields returns the fields of category:event, not counting
	// the common_ fields; an error says the tracepoint does not exist.
	TracepointFields(category, event string) ([]TracepointField, error)
	// Tracepoints lists "category:event" names matching the glob pattern
	// (with * wildcards in either part).
	Tracepoints(pattern string) ([]string, error)
}
