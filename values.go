package gtrace

import "github.com/gtrace/gtrace/runtime/output"

// Map is one map of a script, as Session.Maps reads it: its name ("@x",
// "@" for the anonymous map), the name of the aggregation filling it
// (Kind: count, hist, ...; empty for assigned values), how bpftrace prints
// it (Family), and its entries.
type Map = output.MapDump

// MapEntry is one key of a map (its parts: one for a plain key, several
// for a tuple key; nil when the map has no key) and its value.
type MapEntry = output.MapEntry

// Value is a value of the script's: an integer (Int, read as Signed
// says), a string, a tuple (Elems), a histogram (Buckets), or stats()'s
// Count and Total. Go returns it as a plain Go value.
type Value = output.Value

// ValueKind says which fields of a Value are meaningful.
type ValueKind = output.ValueKind

// The kinds of values.
const (
	KindInt   = output.KindInt
	KindStr   = output.KindStr
	KindTuple = output.KindTuple
	KindHist  = output.KindHist
	KindStats = output.KindStats
	// A C struct or union (Names and Elems) and a C array (Elems).
	KindRecord = output.KindRecord
	KindArray  = output.KindArray
)

// Bucket is one bucket of a hist() or lhist() value: its bounds, its
// label as bpftrace prints it, and its count.
type Bucket = output.Bucket

// Family is how bpftrace prints a map.
type Family = output.Family

// The families of maps.
const (
	FamilyScalar  = output.FamilyScalar
	FamilyAverage = output.FamilyAverage
	FamilyStats   = output.FamilyStats
	FamilyHist    = output.FamilyHist
	FamilyLhist   = output.FamilyLhist
)

// Event is what a builtin prints while a script runs (RunOptions.OnEvent):
// Kind names the builtin (printf, print, time, cat, system, join), or is
// helper_error for -k reports; Text is what printf, time,
// cat, system and join print; Value and Map are what print() prints.
type Event = output.Event
