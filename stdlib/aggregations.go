package stdlib

import (
	"encoding/binary"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// Aggregations: `@m[k] = count()` and the others. Each is a per-CPU value
// updated in place by the probe that fires (no atomics, no lost updates
// under concurrency) and combined over CPUs in user space. This file
// holds the shared machinery and count, sum, min, max, avg and stats;
// hist.go holds the histograms.

// Aggregator is what an aggregation is beyond its Builtin record: the
// layout of its per-CPU value, the code that updates it, and how its
// values are combined and printed.
type Aggregator struct {
	// Family is how bpftrace prints maps of it.
	Family output.Family
	// ValueSize is the size of the per-CPU value in bytes.
	ValueSize int
	// Signed keeps the argument's signedness in the values (sum, min,
	// max: bpftrace prints sum((uint64)-6) as 18446744073709551610);
	// otherwise values are int64.
	Signed bool
	// Params checks the constant arguments that follow the value (lhist's
	// min, max and step) and returns them.
	Params func(c Checker, call *ast.Call) ([]int64, bool)
	// Iterable lets `for ($kv : @m)` walk such a map.
	Iterable bool

	// Read, when set, lets a probe read @m[k] as an integer: r0 holds
	// the (non-NULL) value pointer of this CPU; leave the value in r0,
	// or jump to missing for 0.
	Read func(e Emitter, missing string)
	// Bucket, for aggregations whose BPF key ends with a u64 bucket
	// index (hist, lhist), computes the bucket of the value in r1 into
	// r0; Update and Init then fold the value into the bucket's, which
	// starts with the bucket's count (a u64), and may go on with the
	// values' total (an s64).
	Bucket func(e Emitter, m *ast.MapLayout)
	// Update folds the argument (r2; 1 for count) into this CPU's value
	// at r0; it may jump to end when there is nothing to store.
	Update func(e Emitter, end string)
	// Init writes the first value, from the argument in r2, at scratch
	// offset val.
	Init func(e Emitter, val int)

	// Combine merges one entry's per-CPU values (non-bucketed).
	Combine func(m *ast.MapLayout, cpus [][]byte) output.Value
	// NumBuckets and FromBuckets, for bucketed aggregations: how many
	// buckets an entry has, and its value from the per-bucket counts
	// summed over CPUs.
	NumBuckets  func(m *ast.MapLayout) int
	FromBuckets func(m *ast.MapLayout, counts []uint64) output.Value
	// Empty, when set, is the value of an unkeyed map that never got
	// one (count(): bpftrace prints 0 rather than nothing).
	Empty *output.Value
	// Metric is what a map of it is as a Prometheus metric
	// (docs/metrics.md).
	Metric Metric
	// Merge adds up the values of two entries, as if they were two CPUs'
	// (the exporter's series whose keys label alike).
	Merge func(a, b output.Value) output.Value
}

// Metric is the Prometheus metric type an aggregation's maps export as.
type Metric int

const (
	MetricNone      Metric = iota // not exported
	MetricCounter                 // ever growing: count()
	MetricUnsigned                // a counter when the values are unsigned, else a gauge: sum()
	MetricGauge                   // min(), max(), avg()
	MetricSummary                 // a count and a sum: stats()
	MetricHistogram               // buckets, a count and a sum: hist(), lhist()
)

// MetricOf is the metric type of a map filled by the aggregation named
// agg; MetricNone for a name that is none.
// MergeOf is the Merge of aggregation agg, or nil.
func MergeOf(agg string) func(a, b output.Value) output.Value {
	if b := Lookup(agg); b != nil && b.Agg != nil {
		return b.Agg.Merge
	}
	return nil
}

// addInts is Merge for count() and sum().
func addInts(a, b output.Value) output.Value {
	a.Int += b.Int
	return a
}

// addCountTotal is Merge for avg() and stats().
func addCountTotal(a, b output.Value) output.Value {
	a.Count += b.Count
	a.Total += b.Total
	return a
}

func MetricOf(agg string) Metric {
	if b := Lookup(agg); b != nil && b.Agg != nil {
		return b.Agg.Metric
	}
	return MetricNone
}

// AggregatorOf returns the aggregation filling m, or nil for a map of
// assigned values.
func AggregatorOf(m *ast.MapInfo) *Aggregator {
	if m == nil || m.Agg == "" {
		return nil
	}
	if b := Lookup(m.Agg); b != nil {
		return b.Agg
	}
	return nil
}

// Bucketed says whether the BPF key ends with a bucket index.
func (a *Aggregator) Bucketed() bool { return a != nil && a.Bucket != nil }

// ReadType is the type of reading @m[k] in an expression: the values'
// type, or an aggregation type that cannot be read.
func ReadType(m *ast.MapInfo) *ast.Type {
	a := AggregatorOf(m)
	if a == nil || a.Read != nil {
		return m.Value
	}
	return &ast.Type{Kind: ast.KAgg, Agg: m.Agg}
}

// CheckAggregation types `@m[k] = agg(args)`, the arguments already
// counted; it returns the type the map's values read as and the
// aggregation's constant parameters.
func CheckAggregation(c Checker, b *Builtin, call *ast.Call) (*ast.Type, []int64, bool) {
	var first *ast.Type
	for i, a := range call.Args {
		if t := c.IntExpr(a); i == 0 {
			first = t
		}
	}
	var params []int64
	if b.Agg.Params != nil {
		var ok bool
		if params, ok = b.Agg.Params(c, call); !ok {
			return nil, nil, false
		}
	}
	if b.Agg.Signed && first != nil && !first.Signed {
		return ast.Uint64, params, true
	}
	return ast.Int64, params, true
}

// EmitAggregation compiles `@m[k] = agg(args)`: look this CPU's value up
// and update it in place, or insert the first value.
func EmitAggregation(e Emitter, b *Builtin, m *ast.MapRef, call *ast.Call) {
	a, mm := b.Agg, e.Map(m.Name)
	var arg Temp
	if len(call.Args) > 0 {
		e.IntExpr(call.Args[0])
		arg = e.PushTemp()
	}
	key := e.MapKey(m)
	if a.Bucketed() {
		// The key ends with the value's bucket; the value itself goes
		// on to the bucket's {count, total}.
		e.PopTemp(arg, asm.R1)
		e.Emit(asm.Mov.Reg(asm.R0, asm.R1))
		arg = e.PushTemp()
		a.Bucket(e, mm)
		e.Emit(asm.StoreMem(insn.Scratch, int16(key+mm.KeySize-8), asm.R0, asm.DWord))
	}
	e.MapLookup(mm, key)
	val := e.AllocScratch(mm.ValueSize)
	if len(call.Args) > 0 || a.Bucketed() {
		e.PopTemp(arg, asm.R2)
	} else {
		e.Emit(asm.Mov.Imm(asm.R2, 1))
	}
	// r0 = per-CPU value or NULL, r2 = the argument (1 for count).
	init, end := e.NewLabel("ainit"), e.NewLabel("aend")
	e.Emit(asm.JEq.Imm(asm.R0, 0, init))
	a.Update(e, end)
	e.Emit(asm.Ja.Label(end))
	e.Bind(init)
	a.Init(e, val)
	e.MapUpdate(mm, key, val)
	e.Bind(end)
}

func le64(b []byte, off int) uint64 {
	if off+8 > len(b) {
		return 0
	}
	return binary.NativeEndian.Uint64(b[off:])
}

// addInPlace adds the argument to the u64 at r0: count and sum.
func addInPlace(e Emitter, _ string) {
	e.Emit(
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
		asm.Add.Reg(asm.R1, asm.R2),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
	)
}

// storeArg makes the argument the first value.
func storeArg(e Emitter, val int) {
	e.Emit(asm.StoreMem(insn.Scratch, int16(val), asm.R2, asm.DWord))
}

// readFirst reads the u64 the value starts with.
func readFirst(e Emitter, _ string) { e.Emit(asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord)) }

// sumCPUs adds up the u64 every CPU's value starts with.
func sumCPUs(cpus [][]byte) uint64 {
	var n uint64
	for _, v := range cpus {
		n += le64(v, 0)
	}
	return n
}

func signedValues(m *ast.MapLayout) bool { return m.Value == nil || m.Value.Signed }

func init() {
	zero := output.UintVal(0)
	register(&Builtin{Name: "count", Kind: Aggregation, Doc: "count events",
		Agg: &Aggregator{
			Family: output.FamilyScalar, ValueSize: 8, Iterable: true, Metric: MetricCounter,
			Read: readFirst, Update: addInPlace, Init: storeArg, Merge: addInts,
			Combine: func(_ *ast.MapLayout, cpus [][]byte) output.Value { return output.UintVal(sumCPUs(cpus)) },
			Empty:   &zero,
		}})
	register(&Builtin{Name: "sum", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "sum values",
		Agg: &Aggregator{
			Family: output.FamilyScalar, ValueSize: 8, Signed: true, Iterable: true, Metric: MetricUnsigned,
			Read: readFirst, Update: addInPlace, Init: storeArg, Merge: addInts,
			Combine: func(m *ast.MapLayout, cpus [][]byte) output.Value {
				return output.Value{Kind: output.KindInt, Int: int64(sumCPUs(cpus)), Signed: signedValues(m)}
			},
		}})
	register(&Builtin{Name: "min", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "smallest value",
		Agg: extremum(asm.JSLT, func(x, best int64) bool { return x < best })})
	register(&Builtin{Name: "max", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "largest value",
		Agg: extremum(asm.JSGT, func(x, best int64) bool { return x > best })})
	register(&Builtin{Name: "avg", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "average of values",
		Agg: &Aggregator{
			Family: output.FamilyAverage, ValueSize: 16, Metric: MetricGauge,
			Read: func(e Emitter, missing string) {
				// {count, total}: the average, 0 when nothing was counted.
				e.Emit(
					asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
					asm.LoadMem(asm.R0, asm.R0, 8, asm.DWord),
					asm.JEq.Imm(asm.R1, 0, missing),
				)
				e.DivSigned(asm.R0, asm.R1)
			},
			Update: countTotal, Init: firstCountTotal, Merge: addCountTotal,
			Combine: func(_ *ast.MapLayout, cpus [][]byte) output.Value { return output.AvgVal(sumCountTotal(cpus)) },
		}})
	register(&Builtin{Name: "stats", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "count, average and total of values",
		Agg: &Aggregator{
			Family: output.FamilyStats, ValueSize: 16, Metric: MetricSummary,
			Update: countTotal, Init: firstCountTotal, Merge: addCountTotal,
			Combine: func(_ *ast.MapLayout, cpus [][]byte) output.Value { return output.StatsVal(sumCountTotal(cpus)) },
		}})
}

// extremum is min or max: the value is {s64 value; u64 set}, replaced
// when unset or when the argument is better (jop).
func extremum(jop asm.JumpOp, better func(x, best int64) bool) *Aggregator {
	return &Aggregator{
		Family: output.FamilyScalar, ValueSize: 16, Signed: true, Metric: MetricGauge,
		Read: readFirst,
		Merge: func(a, b output.Value) output.Value {
			// As Combine compares the CPUs' values.
			if better(b.Int, a.Int) {
				return b
			}
			return a
		},
		Update: func(e Emitter, end string) {
			set := e.NewLabel("mset")
			e.Emit(
				asm.LoadMem(asm.R1, asm.R0, 8, asm.DWord),
				asm.JEq.Imm(asm.R1, 0, set),
				asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
				jop.Reg(asm.R2, asm.R1, set),
				asm.Ja.Label(end),
			)
			e.Bind(set)
			e.Emit(
				asm.StoreMem(asm.R0, 0, asm.R2, asm.DWord),
				insn.StoreImm64(asm.R0, 8, 1),
			)
		},
		Init: func(e Emitter, val int) {
			e.Emit(asm.StoreMem(insn.Scratch, int16(val), asm.R2, asm.DWord), insn.StoreImm64(insn.Scratch, int16(val+8), 1))
		},
		Combine: func(m *ast.MapLayout, cpus [][]byte) output.Value {
			// Only CPUs that saw a value count.
			var best int64
			found := false
			for _, v := range cpus {
				if le64(v, 8) == 0 {
					continue
				}
				if x := int64(le64(v, 0)); !found || better(x, best) {
					best, found = x, true
				}
			}
			return output.Value{Kind: output.KindInt, Int: best, Signed: signedValues(m)}
		},
	}
}

// countTotal adds one to the count and the argument to the total of a
// {s64 count; s64 total} value (avg, stats).
func countTotal(e Emitter, _ string) {
	e.Emit(
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
		asm.LoadMem(asm.R1, asm.R0, 8, asm.DWord),
		asm.Add.Reg(asm.R1, asm.R2),
		asm.StoreMem(asm.R0, 8, asm.R1, asm.DWord),
	)
}

func firstCountTotal(e Emitter, val int) {
	e.Emit(insn.StoreImm64(insn.Scratch, int16(val), 1), asm.StoreMem(insn.Scratch, int16(val+8), asm.R2, asm.DWord))
}

func sumCountTotal(cpus [][]byte) (count, total int64) {
	for _, v := range cpus {
		count += int64(le64(v, 0))
		total += int64(le64(v, 8))
	}
	return count, total
}
