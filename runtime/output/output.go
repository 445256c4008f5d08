package output

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"os"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/gtrace/gtrace/lang/ast"

	"golang.org/x/sys/unix"
)

// Writer prints everything a running script outputs, in bpftrace v0.17's
// text or JSON (-f json) form. Every method writes whole lines (or, for
// an Event's Text, exactly the text given) to the underlying io.Writer in
// one Write call; nothing is held back, so Flush only matters when that
// io.Writer buffers (it is flushed if it has a Flush method).
// docs/bpftrace-output.md records the bpftrace behaviour reproduced here.
type Writer interface {
	// AttachedProbes prints "Attaching N probes..." (text) or an
	// attached_probes object (JSON).
	AttachedProbes(n int)
	// Event prints what a builtin produced: a message, a value, a map or
	// a helper error.
	Event(e Event)
	// Map prints print(@m, top, div) and is used for each map of a dump:
	// top 0 prints every entry, otherwise the top largest; div 0 or 1
	// divides nothing. An empty map prints blank line(s) as text and
	// nothing as JSON, as bpftrace does.
	Map(m *MapDump, top, div int)
	// Maps prints every map in name order with no separator (SIGUSR1).
	Maps(maps []*MapDump)
	// MapsAtExit prints the end-of-run dump: two blank lines (also in
	// JSON mode), then every map in name order.
	MapsAtExit(maps []*MapDump)
	// LostEvents reports events dropped because the ring buffer was full.
	LostEvents(n uint64)
	// Cut reports n values of the kind what that a limit cut short.
	Cut(what Cut, n uint64, limit int)
	// Flush flushes the io.Writer if it buffers and returns the first
	// write error seen.
	Flush() error
}

// NewTextWriter returns the Writer of bpftrace's default output format.
func NewTextWriter(w io.Writer) Writer { return &textWriter{outBase{w: w}} }

// NewJSONWriter returns the Writer of bpftrace's -f json format: one
// object per line.
func NewJSONWriter(w io.Writer) Writer { return &jsonWriter{outBase{w: w}} }

type outBase struct {
	w   io.Writer
	err error
}

func (o *outBase) write(s string) {
	if o.err != nil || s == "" {
		return
	}
	_, o.err = io.WriteString(o.w, s)
}

func (o *outBase) Flush() error {
	if f, ok := o.w.(interface{ Flush() error }); ok && o.err == nil {
		o.err = f.Flush()
	}
	return o.err
}

// ---- text ----

type textWriter struct{ outBase }

func (t *textWriter) AttachedProbes(n int) {
	if n == 1 {
		t.write("Attaching 1 probe...\n")
		return
	}
	t.write("Attaching " + strconv.Itoa(n) + " probes...\n")
}

func (t *textWriter) Event(e Event) {
	switch {
	case e.Map != nil:
		t.Map(e.Map, e.Top, e.Div)
	case e.Value != nil:
		t.write(outTextValue(*e.Value) + "\n")
	case e.HelperError != nil:
		t.helperError(*e.HelperError)
	case e.Newline:
		t.write(e.Text + "\n")
	default:
		t.write(e.Text)
	}
}

func (t *textWriter) LostEvents(n uint64) { t.write("Lost " + strconv.FormatUint(n, 10) + " events\n") }

func (t *textWriter) Cut(what Cut, n uint64, limit int) {
	t.write("WARNING: " + what.Message(n, limit) + "\n")
}

// HelperError is one failed helper call reported with -k or -kk: the
// helper as bpftrace names it, its return code, and the expression.
type HelperError struct {
	Helper   string
	Ret      int64
	Pos, End ast.Pos
	Source   string // the script line of Pos
}

// helperError prints bpftrace's warning in gtrace's diagnostic format:
// `file:line:col: WARNING: Failed to map_update_elem: Argument list too
// long (-7)`, the source line and a caret under the expression, as
// compile errors are shown (bpftrace writes `line:col-endcol` and a ~
// underline).
func (t *textWriter) helperError(e HelperError) {
	msg := fmt.Sprintf("WARNING: Failed to %s: %s (%d)", e.Helper, ErrnoText(unix.Errno(-e.Ret)), e.Ret)
	if e.Ret == 0 {
		msg = "WARNING: Failed to " + e.Helper + ": 0" // a lookup's NULL, as bpftrace says
	}
	t.write(ast.FormatLine(&ast.Error{Pos: e.Pos, End: e.End, Msg: msg}, e.Source))
}

func (t *textWriter) Maps(maps []*MapDump) {
	for _, m := range outByName(maps) {
		t.Map(m, 0, 0)
	}
}

func (t *textWriter) MapsAtExit(maps []*MapDump) {
	t.write("\n\n")
	t.Maps(maps)
}

func (t *textWriter) Map(m *MapDump, top, div int) {
	d := outDiv(div)
	entries := outSortedEntries(m, top)
	parts := make([]string, len(entries))
	for i, e := range entries {
		key := m.Name + outTextKey(m, e)
		v := e.Value
		switch m.Family {
		case FamilyHist:
			parts[i] = key + ": \n" + textHist(v.Buckets, d)
		case FamilyLhist:
			parts[i] = key + ": \n" + textHist(v.Buckets, 1)
		case FamilyAverage:
			parts[i] = key + ": " + strconv.FormatInt(v.Average()/int64(d), 10)
		case FamilyStats:
			parts[i] = key + ": count " + strconv.FormatInt(v.Count, 10) +
				", average " + strconv.FormatInt(v.Average(), 10) +
				", total " + strconv.FormatInt(v.Total, 10)
		default:
			parts[i] = key + ": " + outTextValue(outDivValue(v, d))
		}
	}
	s := strings.Join(parts, "\n") + "\n"
	if m.Family == FamilyAverage || m.Family == FamilyStats {
		s += "\n"
	}
	t.write(s)
}

// outTextKey renders "[k1, k2]", or "" for an unkeyed map. bpftrace
// widens integer keys to 64 bits and prints them as signed whatever
// their type.
func outTextKey(m *MapDump, e MapEntry) string {
	if !m.Keyed && len(e.Key) == 0 {
		return ""
	}
	return "[" + strings.Join(outKeyParts(e.Key), ", ") + "]"
}

func outKeyParts(key []Value) []string {
	parts := make([]string, len(key))
	for i, k := range key {
		switch {
		case k.Kind == KindInt:
			parts[i] = strconv.FormatInt(k.Int, 10)
		case k.Stack:
			parts[i] = strings.ReplaceAll(k.Str, "\n        ", "\n    ")
		case k.Kind == KindRecord || k.Kind == KindArray:
			parts[i] = outCompact(k)
		default:
			parts[i] = outTextValue(k)
		}
	}
	return parts
}

// outCompact renders a C struct or array as bpftrace writes it in a map
// key: without spaces, addresses in hex ({.x=1,.p=0x7f00,.a=[1,2]}).
func outCompact(v Value) string {
	switch v.Kind {
	case KindRecord:
		return outRecord(v, "{", ",", "}", func(name string, e Value) string { return "." + name + "=" + outCompact(e) })
	case KindArray:
		return outArray(v, outCompact)
	case KindInt:
		if v.Addr {
			return "0x" + strconv.FormatUint(uint64(v.Int), 16)
		}
	}
	return outTextValue(v)
}

// outRecord renders a C struct's members, each by member, between open
// and close.
func outRecord(v Value, open, sep, close string, member func(name string, e Value) string) string {
	parts := make([]string, len(v.Elems))
	for i, e := range v.Elems {
		parts[i] = member(v.Names[i], e)
	}
	return open + strings.Join(parts, sep) + close
}

// outArray renders a C array's elements as bpftrace does: [1,2,3].
func outArray(v Value, elem func(Value) string) string {
	parts := make([]string, len(v.Elems))
	for i, e := range v.Elems {
		parts[i] = elem(e)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// outTextValue renders a value as bpftrace's text output and %s do:
// integers by their signedness, strings raw, tuples as "(a, b)".
func outTextValue(v Value) string {
	switch v.Kind {
	case KindInt:
		if v.Signed {
			return strconv.FormatInt(v.Int, 10)
		}
		return strconv.FormatUint(uint64(v.Int), 10)
	case KindStr:
		return v.Str
	case KindTuple:
		parts := make([]string, len(v.Elems))
		for i, e := range v.Elems {
			parts[i] = outTextValue(e)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case KindRecord:
		// bpftrace's form: { .a = 1, .b = { .c = 2 } }.
		return outRecord(v, "{ ", ", ", " }", func(name string, e Value) string { return "." + name + " = " + outTextValue(e) })
	case KindArray:
		return outArray(v, outTextValue)
	}
	return ""
}

// ---- JSON ----

type jsonWriter struct{ outBase }

func (j *jsonWriter) message(typ, s string) {
	j.write(`{"type": "` + typ + `", "data": "` + outJSONEscape(s) + "\"}\n")
}

func (j *jsonWriter) AttachedProbes(n int) {
	j.write(`{"type": "attached_probes", "data": {"probes": ` + strconv.Itoa(n) + "}}\n")
}

func (j *jsonWriter) helperError(e HelperError) {
	j.write(fmt.Sprintf(`{"type": "helper_error", "helper": %q, "retcode": %d, "line": %d, "col": %d}`+"\n",
		e.Helper, e.Ret, e.Pos.Line, e.Pos.Col))
}

func (j *jsonWriter) LostEvents(n uint64) {
	j.write(`{"type": "lost_events", "data": {"events": ` + strconv.FormatUint(n, 10) + "}}\n")
}

func (j *jsonWriter) Cut(what Cut, n uint64, limit int) {
	j.write(fmt.Sprintf(`{"type": "cut", "data": {"what": %q, "count": %d, "limit": %d, "message": %s}}`+"\n",
		what.String(), n, limit, `"`+outJSONEscape(what.Message(n, limit))+`"`))
}

func (j *jsonWriter) Event(e Event) {
	switch {
	case e.Map != nil:
		j.Map(e.Map, e.Top, e.Div)
	case e.Value != nil:
		j.write(`{"type": "value", "data": ` + outJSONValue(*e.Value) + "}\n")
	case e.HelperError != nil:
		j.helperError(*e.HelperError)
	default:
		typ := e.JSONType
		if typ == "" {
			typ = e.Kind
		}
		j.message(typ, e.Text)
	}
}

func (j *jsonWriter) Maps(maps []*MapDump) {
	for _, m := range outByName(maps) {
		j.Map(m, 0, 0)
	}
}

// MapsAtExit writes the two blank lines too: bpftrace prints them to
// stdout whatever the format.
func (j *jsonWriter) MapsAtExit(maps []*MapDump) {
	j.write("\n\n")
	j.Maps(maps)
}

func (j *jsonWriter) Map(m *MapDump, top, div int) {
	if len(m.Entries) == 0 {
		return
	}
	d := outDiv(div)
	typ := "map"
	switch m.Family {
	case FamilyHist, FamilyLhist:
		typ = "hist"
	case FamilyAverage, FamilyStats:
		typ = "stats"
	}
	entries := outSortedEntries(m, top)
	parts := make([]string, len(entries))
	for i, e := range entries {
		var val string
		v := e.Value
		switch m.Family {
		case FamilyHist:
			val = jsonHist(v.Buckets, d)
		case FamilyLhist:
			val = jsonHist(v.Buckets, 1)
		case FamilyAverage:
			val = strconv.FormatInt(v.Average()/int64(d), 10)
		case FamilyStats:
			val = `{"count": ` + strconv.FormatInt(v.Count, 10) +
				`, "average": ` + strconv.FormatInt(v.Average(), 10) +
				`, "total": ` + strconv.FormatInt(v.Total, 10) + "}"
		default:
			val = outJSONValue(outDivValue(v, d))
		}
		if m.Keyed || len(e.Key) > 0 {
			// Key parts are joined with "," and no space.
			val = `"` + outJSONEscape(strings.Join(outKeyParts(e.Key), ",")) + `": ` + val
		}
		parts[i] = val
	}
	body := strings.Join(parts, ", ")
	if m.Keyed {
		body = "{" + body + "}"
	}
	j.write(`{"type": "` + typ + `", "data": {"` + outJSONEscape(m.Name) + `": ` + body + "}}\n")
}

// outJSONValue renders a value as bpftrace's JSON does: tuples as arrays
// with no space after the commas.
func outJSONValue(v Value) string {
	switch v.Kind {
	case KindStr:
		return `"` + outJSONEscape(v.Str) + `"`
	case KindTuple:
		parts := make([]string, len(v.Elems))
		for i, e := range v.Elems {
			parts[i] = outJSONValue(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case KindRecord:
		return outRecord(v, "{ ", ", ", " }", func(name string, e Value) string { return `"` + outJSONEscape(name) + `": ` + outJSONValue(e) })
	case KindArray:
		return outArray(v, outJSONValue)
	}
	return outTextValue(v)
}

// outJSONEscape escapes as bpftrace does: \" \\ \n \r \t, other control
// bytes as \u00XX. Bytes >= 0x80 are copied as they are; bpftrace v0.17
// writes them as "\uffffffXX" (a signed-char bug), which gtrace does not
// reproduce (docs/differences.md).
func outJSONEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if c <= 0x1f {
				fmt.Fprintf(&b, `\u%04x`, c)
			} else {
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

// ---- shared: sorting, top, division ----

func outDiv(div int) uint64 {
	if div <= 0 {
		return 1
	}
	return uint64(div)
}

// outDivValue divides an integer (signed or unsigned as it is typed) and
// the integers inside a tuple; strings are left alone.
func outDivValue(v Value, div uint64) Value {
	if div == 1 {
		return v
	}
	switch v.Kind {
	case KindInt:
		if v.Signed {
			v.Int /= int64(div)
		} else {
			v.Int = int64(uint64(v.Int) / div)
		}
	case KindTuple:
		elems := make([]Value, len(v.Elems))
		for i, e := range v.Elems {
			elems[i] = outDivValue(e, div)
		}
		v.Elems = elems
	}
	return v
}

func outByName(maps []*MapDump) []*MapDump {
	s := append([]*MapDump(nil), maps...)
	sort.SliceStable(s, func(i, k int) bool { return s[i].Name < s[k].Name })
	return s
}

func outTotal(e MapEntry) uint64 {
	var t uint64
	for _, b := range e.Value.Buckets {
		t += b.Count
	}
	return t
}

// outSortedEntries orders a map's entries as bpftrace prints them and
// keeps the last top of them (the largest) when top > 0.
//
// hist, lhist, avg and stats maps: bpftrace gathers them in a std::map
// (so in memcmp order of the key bytes, integers little-endian) and
// std::sorts that by total count or average; both steps are reproduced,
// libstdc++'s introsort included, so even ties come out as bpftrace
// prints them. Other maps come out of the kernel in hash order, which
// bpftrace std::sorts by value (count, sum, min, max, integers) or
// stable-sorts by key (strings, tuples); gtrace sorts by key first, so
// value ties are in key order where bpftrace's are arbitrary.
func outSortedEntries(m *MapDump, top int) []MapEntry {
	e := append([]MapEntry(nil), m.Entries...)
	switch m.Family {
	case FamilyHist, FamilyLhist:
		sort.SliceStable(e, func(i, k int) bool { return outRawKeyCmp(e[i].Key, e[k].Key) < 0 })
		outCxxSort(e, func(a, b *MapEntry) bool { return outTotal(*a) < outTotal(*b) })
	case FamilyAverage, FamilyStats:
		sort.SliceStable(e, func(i, k int) bool { return outRawKeyCmp(e[i].Key, e[k].Key) < 0 })
		outCxxSort(e, func(a, b *MapEntry) bool { return a.Value.Average() < b.Value.Average() })
		if m.Family == FamilyStats {
			return e // print() ignores top (and div) for stats maps
		}
	default:
		sort.SliceStable(e, func(i, k int) bool { return outKeyCmp(e[i].Key, e[k].Key) < 0 })
		byValue := m.Kind != ""
		for _, x := range e {
			if x.Value.Kind == KindInt {
				byValue = true
				break
			}
		}
		if byValue {
			sort.SliceStable(e, func(i, k int) bool { return outIntLess(e[i].Value, e[k].Value) })
		}
	}
	if top > 0 && len(e) > top {
		e = e[len(e)-top:]
	}
	return e
}

func outIntLess(a, b Value) bool {
	if a.Signed || b.Signed {
		return a.Int < b.Int
	}
	return uint64(a.Int) < uint64(b.Int)
}

// outKeyCmp is bpftrace's print order of keys: part by part, integers
// as unsigned 64-bit numbers (so -1 comes after every positive key),
// strings bytewise.
func outKeyCmp(a, b []Value) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := outValueCmp(a[i], b[i], false); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

// outRawKeyCmp compares keys as memcmp compares their bytes: integers
// are 8 little-endian bytes, strings NUL-padded.
func outRawKeyCmp(a, b []Value) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := outValueCmp(a[i], b[i], true); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

func outValueCmp(a, b Value, raw bool) int {
	if a.Kind != b.Kind {
		return int(a.Kind) - int(b.Kind)
	}
	switch a.Kind {
	case KindInt:
		x, y := uint64(a.Int), uint64(b.Int)
		if raw {
			x, y = bits.ReverseBytes64(x), bits.ReverseBytes64(y)
		}
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case KindStr:
		return bytes.Compare([]byte(a.Str), []byte(b.Str))
	case KindTuple:
		for i := 0; i < len(a.Elems) && i < len(b.Elems); i++ {
			if c := outValueCmp(a.Elems[i], b.Elems[i], raw); c != 0 {
				return c
			}
		}
		return len(a.Elems) - len(b.Elems)
	}
	return 0
}

// outCxxSort is libstdc++'s std::sort (introsort: median-of-three
// quicksort down to runs of 16, heapsort past 2*log2(n) levels, then
// insertion sort), reproduced step for step because bpftrace's order of
// equal elements is whatever that algorithm leaves.
func outCxxSort[T any](a []T, less func(x, y *T) bool) {
	n := len(a)
	if n < 2 {
		return
	}
	outIntroLoop(a, 0, n, 2*(bits.Len(uint(n))-1), less)
	// final insertion sort
	if n > 16 {
		outInsertion(a, 0, 16, less)
		for i := 16; i < n; i++ {
			outLinearInsert(a, i, less)
		}
	} else {
		outInsertion(a, 0, n, less)
	}
}

func outIntroLoop[T any](a []T, first, last, depth int, less func(x, y *T) bool) {
	for last-first > 16 {
		if depth == 0 {
			outHeapSort(a[first:last], less)
			return
		}
		depth--
		// __unguarded_partition_pivot
		mid := first + (last-first)/2
		outMedianToFirst(a, first, first+1, mid, last-1, less)
		lo, hi := first+1, last
		for {
			for less(&a[lo], &a[first]) {
				lo++
			}
			hi--
			for less(&a[first], &a[hi]) {
				hi--
			}
			if !(lo < hi) {
				break
			}
			a[lo], a[hi] = a[hi], a[lo]
			lo++
		}
		outIntroLoop(a, lo, last, depth, less)
		last = lo
	}
}

func outMedianToFirst[T any](s []T, result, a, b, c int, less func(x, y *T) bool) {
	var m int
	switch {
	case less(&s[a], &s[b]):
		switch {
		case less(&s[b], &s[c]):
			m = b
		case less(&s[a], &s[c]):
			m = c
		default:
			m = a
		}
	case less(&s[a], &s[c]):
		m = a
	case less(&s[b], &s[c]):
		m = c
	default:
		m = b
	}
	s[result], s[m] = s[m], s[result]
}

func outInsertion[T any](a []T, first, last int, less func(x, y *T) bool) {
	if first == last {
		return
	}
	for i := first + 1; i < last; i++ {
		if less(&a[i], &a[first]) {
			v := a[i]
			copy(a[first+1:i+1], a[first:i])
			a[first] = v
		} else {
			outLinearInsert(a, i, less)
		}
	}
}

func outLinearInsert[T any](a []T, last int, less func(x, y *T) bool) {
	v := a[last]
	next := last - 1
	for less(&v, &a[next]) {
		a[last] = a[next]
		last = next
		next--
	}
	a[last] = v
}

// outHeapSort is std::__partial_sort(first, last, last): make_heap then
// sort_heap.
func outHeapSort[T any](a []T, less func(x, y *T) bool) {
	n := len(a)
	if n < 2 {
		return
	}
	for parent := (n - 2) / 2; ; parent-- {
		v := a[parent]
		outAdjustHeap(a, parent, n, v, less)
		if parent == 0 {
			break
		}
	}
	for last := n - 1; last > 0; last-- {
		v := a[last]
		a[last] = a[0]
		outAdjustHeap(a, 0, last, v, less)
	}
}

func outAdjustHeap[T any](a []T, hole, n int, v T, less func(x, y *T) bool) {
	top := hole
	child := hole
	for child < (n-1)/2 {
		child = 2 * (child + 1)
		if less(&a[child], &a[child-1]) {
			child--
		}
		a[hole] = a[child]
		hole = child
	}
	if n&1 == 0 && child == (n-2)/2 {
		child = 2 * (child + 1)
		a[hole] = a[child-1]
		hole = child - 1
	}
	// __push_heap
	parent := (hole - 1) / 2
	for hole > top && less(&a[parent], &v) {
		a[hole] = a[parent]
		hole = parent
		parent = (hole - 1) / 2
	}
	a[hole] = v
}

// ErrnoText is the C strerror text of a file error.
func ErrnoText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return Strerror(int64(errno))
	}
	s := err.Error()
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// Strerror is strerror(3)'s text for the error number n: Go's table of
// Linux errors holds the C library's sentences with a lower-case first
// letter, all but the newest.
func Strerror(n int64) string {
	if n == 133 { // EHWPOISON
		return "Memory page has hardware error"
	}
	if n > 0 && n < 4096 {
		if s := syscall.Errno(n).Error(); !strings.HasPrefix(s, "errno ") {
			return strings.ToUpper(s[:1]) + s[1:]
		}
	}
	if n == 0 {
		return "Success"
	}
	return "Unknown error " + strconv.FormatInt(n, 10)
}
