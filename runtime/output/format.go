package output

import (
	"strconv"
	"strings"
)

// The printf format language, shared by the checker (argument counts and
// types) and the runtime (formatting), so the two never disagree.

// PrintfVerb is one conversion of a printf format string, as found by
// ParsePrintf. "%%" is not a conversion: it consumes no argument.
type PrintfVerb struct {
	Verb   string // "d", "i", "u", "o", "x", "X", "c", "s", "p", "r", "rx" or "rh"
	Start  int    // byte offset of the '%' in the format
	End    int    // byte offset just past the conversion
	Flags  string // the flags as written, a subset of "-+ #0"
	Width  int    // -1 when absent
	Prec   int    // -1 when absent
	Length string // "", "hh", "h", "l", "ll", "j", "z" or "t"
}

// IntArg reports whether the conversion takes an integer argument; "s"
// takes any value and "r", "rx", "rh" take a string (buffer).
func (v PrintfVerb) IntArg() bool {
	switch v.Verb {
	case "d", "i", "u", "o", "x", "X", "c", "p":
		return true
	}
	return false
}

// HasFlag says whether the conversion has flag c (one of "-+ #0").
func (v PrintfVerb) HasFlag(c byte) bool { return strings.IndexByte(v.Flags, c) >= 0 }

// PrintfPiece is a run of literal text followed by at most one conversion.
type PrintfPiece struct {
	Text string
	Verb *PrintfVerb
}

// ParsePrintf returns the conversions of an (already unescaped) printf
// format in order, one per argument. A '%' that does not start a
// conversion is literal text, as in bpftrace: "%y" or "%f" print as
// written (and then the checker reports an argument-count mismatch if
// arguments were given for them). The error is reserved for formats no
// printf could use; none are known today, but callers should check it.
func ParsePrintf(format string) ([]PrintfVerb, error) {
	pieces, err := PrintfPieces(format)
	if err != nil {
		return nil, err
	}
	var verbs []PrintfVerb
	for _, p := range pieces {
		if p.Verb != nil {
			verbs = append(verbs, *p.Verb)
		}
	}
	return verbs, nil
}

// PrintfPieces splits a format into literal text and conversions. It
// accepts the conversions of bpftrace v0.17
// (%[-][width][.prec][length]{d,u,o,x,X,c,s,p,r,rx,rh}) and, as newer
// bpftrace does, %i and the flags '+', ' ', '#', '0' in any order. The
// value printed for a v0.17 format is the one v0.17 prints (glibc's
// snprintf fed a 64-bit argument), so that byte-for-byte output holds.
func PrintfPieces(format string) ([]PrintfPiece, error) {
	var pieces []PrintfPiece
	var lit strings.Builder
	i := 0
	for i < len(format) {
		c := format[i]
		if c != '%' {
			lit.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			// bpftrace v0.17 prints "%%" verbatim when no conversion
			// follows it; gtrace always prints '%' (docs/differences.md).
			lit.WriteByte('%')
			i += 2
			continue
		}
		v, n := matchPrintfVerb(format[i:])
		if n == 0 {
			lit.WriteByte('%')
			i++
			continue
		}
		v.Start, v.End = i, i+n
		pieces = append(pieces, PrintfPiece{Text: lit.String(), Verb: &v})
		lit.Reset()
		i += n
	}
	if lit.Len() > 0 || len(pieces) == 0 {
		pieces = append(pieces, PrintfPiece{Text: lit.String()})
	}
	return pieces, nil
}

// matchPrintfVerb matches one conversion at the start of s (which begins
// with '%') and returns it with its length, or 0 when there is none.
func matchPrintfVerb(s string) (PrintfVerb, int) {
	v := PrintfVerb{Width: -1, Prec: -1}
	i := 1
	for i < len(s) && strings.IndexByte("-+ #0", s[i]) >= 0 {
		i++
	}
	v.Flags = s[1:i]
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j > i {
		w, err := strconv.Atoi(s[i:j])
		if err != nil {
			return v, 0
		}
		v.Width = w
	}
	i = j
	if i < len(s) && s[i] == '.' {
		j = i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i+1 {
			return v, 0 // "%.d": bpftrace wants digits after the dot
		}
		p, err := strconv.Atoi(s[i+1 : j])
		if err != nil {
			return v, 0
		}
		v.Prec = p
		i = j
	}
	for _, l := range []string{"hh", "h", "ll", "l", "j", "z", "t"} {
		if strings.HasPrefix(s[i:], l) {
			v.Length = l
			i += len(l)
			break
		}
	}
	if i >= len(s) {
		return v, 0
	}
	switch s[i] {
	case 'd', 'i', 'u', 'o', 'x', 'X', 'c', 's', 'p':
		v.Verb = s[i : i+1]
		return v, i + 1
	case 'r':
		if i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'h') {
			v.Verb = s[i : i+2]
			return v, i + 2
		}
		v.Verb = "r"
		return v, i + 1
	}
	return v, 0
}

// UnknownConversion returns the first '%' sequence of format that is not
// a conversion gtrace knows (printed literally, as bpftrace does), or "".
func UnknownConversion(format string) string {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		if _, n := matchPrintfVerb(format[i:]); n > 0 {
			i += n - 1
			continue
		}
		end := i + 2
		for end < len(format) && strings.IndexByte("-+ #0123456789.hljzt", format[end-1]) >= 0 {
			end++
		}
		return format[i:min(end, len(format))]
	}
	return ""
}
