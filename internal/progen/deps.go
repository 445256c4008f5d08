package progen

// The checker types a variable or a map from its definitions on first
// use; a definition that reads, directly or through other symbols, the
// symbol it defines is a cycle, and the read inside the cycle is typed
// as an integer (lang/symbols.go). That is right for integers, so the
// generator makes such cycles only among integer symbols: before it
// keeps a definition, it checks what the definition reads.

// deps holds, for each symbol ($name or @name), the symbols its
// definitions read; isInt says whether a symbol holds integers.
type deps struct {
	reads map[string]map[string]bool
	isInt map[string]bool
	cur   map[string]bool // what the definition being written reads
}

func newDeps() *deps {
	return &deps{reads: map[string]map[string]bool{}, isInt: map[string]bool{}}
}

// note records that the expression being written reads sym.
func (d *deps) note(sym string) {
	if d.cur != nil {
		d.cur[sym] = true
	}
}

// begin starts recording the reads of a definition; end(saved) stops.
func (d *deps) begin() (saved map[string]bool) {
	saved, d.cur = d.cur, map[string]bool{}
	return saved
}

func (d *deps) end(saved map[string]bool) (reads map[string]bool) {
	reads, d.cur = d.cur, saved
	for s := range reads {
		d.note(s) // an enclosing definition reads them too
	}
	return reads
}

// reach is every symbol reachable from the symbols in from.
func (d *deps) reach(from map[string]bool) map[string]bool {
	seen := map[string]bool{}
	var visit func(s string)
	visit = func(s string) {
		if seen[s] {
			return
		}
		seen[s] = true
		for t := range d.reads[s] {
			visit(t)
		}
	}
	for s := range from {
		visit(s)
	}
	return seen
}

// define adds a definition of sym reading reads, unless that makes a
// cycle through a symbol that is not an integer; it says whether it did.
// A map's reads of itself are no cycle when it has an earlier definition
// (existing): the checker types that one first.
func (d *deps) define(sym string, isInt, existing bool, reads map[string]bool) bool {
	others := map[string]bool{}
	for s := range reads {
		if s != sym || !existing || sym[0] != '@' {
			others[s] = true
		}
	}
	if r := d.reach(others); r[sym] {
		// The symbols on a cycle: reachable from the reads and reaching sym.
		for s := range r {
			if !d.isInt[s] && d.reach(map[string]bool{s: true})[sym] {
				return false
			}
		}
		if !isInt {
			return false
		}
	}
	d.isInt[sym] = isInt
	if d.reads[sym] == nil {
		d.reads[sym] = map[string]bool{}
	}
	for s := range reads {
		d.reads[sym][s] = true
	}
	return true
}
