package output

// ValueKind says which field of a Value is meaningful.
type ValueKind int

const (
	KindInt ValueKind = iota
	KindStr
	KindTuple
)

// Value is one value decoded from BPF memory: a map key or value, or a
// printf argument.
type Value struct {
	Kind   ValueKind
	Int    int64 // KindInt: the raw 64 bits; Signed says how to read them
	Signed bool
	Str    string  // KindStr: up to the first NUL
	Elems  []Value // KindTuple
	// Stack marks a KindStr holding a bpftrace-mode kstack/ustack, whose
	// frames are indented by 8 spaces, and by 4 in a map key.
	Stack bool
}

// IntVal and friends build Values.
func IntVal(v int64) Value   { return Value{Kind: KindInt, Int: v, Signed: true} }
func UintVal(v uint64) Value { return Value{Kind: KindInt, Int: int64(v)} }
func StrVal(s string) Value  { return Value{Kind: KindStr, Str: s} }
func TupleVal(e ...Value) Value {
	return Value{Kind: KindTuple, Elems: e}
}

// AggKind is how a map's values are produced, which decides how they are
// printed and sorted.
type AggKind int

const (
	AggNone  AggKind = iota // plain assignment: int, string or tuple values
	AggCount                // count()
	AggSum                  // sum(x)
	AggMin                  // min(x)
	AggMax                  // max(x)
	AggAvg                  // avg(x)
	AggStats                // stats(x)
	AggHist                 // hist(x): log2 buckets
	AggLhist                // lhist(x, min, max, step)
)

// MapDump is a map read out of the kernel with per-CPU values already
// combined.
type MapDump struct {
	Name    string // "@x", or "@" for the anonymous map
	Agg     AggKind
	Keyed   bool // false: one entry with a nil Key
	Lhist   LhistParams
	Entries []MapEntry
}

type LhistParams struct{ Min, Max, Step int64 }

// MapEntry is one key and its combined value.
type MapEntry struct {
	Key []Value // the key's parts (one for a scalar key, several for a tuple key); nil when unkeyed
	// Value is the value for AggNone, AggCount, AggSum, AggMin and AggMax.
	Value Value
	// Count and Total are the summed count and total for AggAvg and AggStats.
	Count int64
	Total int64
	// Buckets are the summed bucket counts for AggHist and AggLhist.
	// AggHist: index 0 counts negative values, 1 counts zero, and index
	// i >= 2 counts values in [2^(i-2), 2^(i-1)).
	// AggLhist: index 0 counts values below Min, index 1+k counts
	// [Min+k*Step, Min+(k+1)*Step), and the last index counts values >= Max.
	Buckets []uint64
}
