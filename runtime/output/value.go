package output

import "strconv"

// ValueKind says which fields of a Value are meaningful.
type ValueKind int

const (
	KindInt    ValueKind = iota // Int, read as Signed says; avg() values also have Count and Total
	KindStr                     // Str
	KindTuple                   // Elems
	KindHist                    // Buckets: a hist() or lhist() value
	KindStats                   // Count and Total: a stats() value
	KindRecord                  // Names and Elems: a C struct or union's members
	KindArray                   // Elems: a C array's elements
)

// Value is one value read out of BPF memory and decoded: a map key or
// value, an event's argument, an aggregation's per-CPU parts combined.
type Value struct {
	Kind   ValueKind
	Int    int64 // KindInt: the raw 64 bits; Signed says how to read them
	Signed bool
	Str    string // KindStr: up to the first NUL
	// Bytes are a buf() value's bytes (KindStr; Str is then their %r
	// form, as it prints), for printf's %r, %rx and %rh.
	Bytes []byte
	Elems []Value // KindTuple, KindRecord, KindArray
	// Names are a KindRecord's member names, one per element.
	Names []string
	// Addr marks a KindInt holding an address (a C pointer member),
	// which a map key shows in hex.
	Addr bool
	// Stack marks a KindStr holding a bpftrace-mode kstack/ustack, whose
	// frames are indented by 8 spaces, and by 4 in a map key.
	Stack bool
	// Buckets are a histogram's buckets, lowest first (KindHist).
	Buckets []Bucket
	// Count and Total are how many values an avg() or stats() saw and
	// their sum (KindStats, and KindInt for avg).
	Count, Total int64
}

// Bucket is one bucket of a histogram: the values v with Min <= v <= Max
// (Below: no lower bound, Above: no upper bound), labelled as bpftrace
// prints it.
type Bucket struct {
	Label        string
	Min, Max     int64
	Below, Above bool
	Count        uint64
}

// IntVal and friends build Values.
func IntVal(v int64) Value   { return Value{Kind: KindInt, Int: v, Signed: true} }
func UintVal(v uint64) Value { return Value{Kind: KindInt, Int: int64(v)} }
func StrVal(s string) Value  { return Value{Kind: KindStr, Str: s} }

// BufVal is a buf() value: printed as bpftrace's %r prints it (printable
// ASCII kept, other bytes as \xNN).
func BufVal(b []byte) Value {
	return Value{Kind: KindStr, Str: pfHexBuffer(string(b), true, true), Bytes: b}
}

// RecordVal is a C struct or union value: its members by name.
func RecordVal(names []string, elems []Value) Value {
	return Value{Kind: KindRecord, Names: names, Elems: elems}
}

// ArrayVal is a C array value.
func ArrayVal(elems []Value) Value { return Value{Kind: KindArray, Elems: elems} }

func TupleVal(e ...Value) Value {
	return Value{Kind: KindTuple, Elems: e}
}

// AvgVal is an avg() value: the average of count values summing to
// total, truncated toward zero as bpftrace does (0 for no values).
func AvgVal(count, total int64) Value {
	v := IntVal(0)
	if count != 0 {
		v.Int = total / count
	}
	v.Count, v.Total = count, total
	return v
}

// StatsVal is a stats() value.
func StatsVal(count, total int64) Value {
	return Value{Kind: KindStats, Signed: true, Count: count, Total: total}
}

// Average is a stats() or avg() value's average, truncated toward zero.
func (v Value) Average() int64 {
	if v.Count == 0 {
		return 0
	}
	return v.Total / v.Count
}

// Uint64 is an integer value's 64 bits read as unsigned.
func (v Value) Uint64() uint64 { return uint64(v.Int) }

// Go returns the value as a plain Go value: int64 or uint64 by the
// value's signedness, string, []any for tuples, []Bucket for histograms,
// and [2]int64{count, total} for stats.
func (v Value) Go() any {
	switch v.Kind {
	case KindInt:
		if v.Signed {
			return v.Int
		}
		return uint64(v.Int)
	case KindStr:
		return v.Str
	case KindTuple:
		out := make([]any, len(v.Elems))
		for i, e := range v.Elems {
			out[i] = e.Go()
		}
		return out
	case KindHist:
		return v.Buckets
	case KindStats:
		return [2]int64{v.Count, v.Total}
	}
	return nil
}

// String renders the value as bpftrace's text output and printf's %s do.
func (v Value) String() string {
	switch v.Kind {
	case KindStats:
		return "count " + strconv.FormatInt(v.Count, 10) + ", average " + strconv.FormatInt(v.Average(), 10) +
			", total " + strconv.FormatInt(v.Total, 10)
	case KindHist:
		return textHist(v.Buckets, 1)
	}
	return outTextValue(v)
}

// Family is how bpftrace prints a map, which depends on what fills it:
// the order of its entries, how a value is written, whether print's
// divisor applies, and the blank line after it.
type Family int

const (
	// FamilyScalar: "@m[k]: v", sorted by value when the values are
	// integers (plain values, count, sum, min, max).
	FamilyScalar Family = iota
	// FamilyAverage: avg(); sorted by average, a blank line after.
	FamilyAverage
	// FamilyStats: stats(); "count C, average A, total T", print's top
	// and divisor ignored, a blank line after.
	FamilyStats
	// FamilyHist: hist(); bucket rows, counts divided by print's divisor.
	FamilyHist
	// FamilyLhist: lhist(); bucket rows, never divided.
	FamilyLhist
)

// MapDump is a map read out of the kernel, per-CPU values combined.
type MapDump struct {
	Name   string // "@x", or "@" for the anonymous map
	Kind   string // the name of the aggregation filling it (count, hist, ...); "" for assigned values
	Family Family
	Keyed  bool // false: one entry with a nil Key
	// Entries are in no particular order; the writers sort them.
	Entries []MapEntry
}

// MapEntry is one key and its value.
type MapEntry struct {
	Key   []Value // the key's parts (one for a scalar key, several for a tuple key); nil when unkeyed
	Value Value
}

// Event is what a builtin prints while a script runs: the writer prints
// it in text or JSON, and programs embedding gtrace receive it as it is.
// Exactly one of Text, Value, Map and HelperError is meaningful.
type Event struct {
	// Kind is the name of the builtin that produced the event (printf,
	// print, time, cat, system, join), or helper_error for -k reports.
	Kind string
	// JSONType is bpftrace's "type" for the event in -f json when it
	// is not Kind ("syscall" for system).
	JSONType string
	// Text is what a printf, time, cat, system or join prints.
	Text string
	// Newline asks the text writer to end Text with a newline (join).
	Newline bool
	// Value is what print(expr) prints.
	Value *Value
	// Map, Top and Div are print(@m, top, div).
	Map      *MapDump
	Top, Div int
	// HelperError is a failed helper call (-k, -kk).
	HelperError *HelperError
}
