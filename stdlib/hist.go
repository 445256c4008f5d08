package stdlib

import (
	"cmp"
	"slices"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// hist() and lhist(): histograms whose BPF key is the user's key followed
// by a u64 bucket index, each bucket a per-CPU {count, total}: the total
// makes the histogram's sum exact where it is exported.

// histBuckets is how many buckets a hist() entry can use: negative, zero,
// and one per power of two of a 64-bit value.
const histBuckets = 66

func init() {
	register(&Builtin{Name: "hist", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "power-of-two histogram",
		Agg: &Aggregator{
			Family: output.FamilyHist, ValueSize: 16, Metric: MetricHistogram,
			Bucket: func(e Emitter, _ *ast.MapLayout) { log2Bucket(e) },
			Update: countTotal, Init: firstCountTotal, Merge: mergeBuckets,
			NumBuckets:  func(*ast.MapLayout) int { return histBuckets },
			FromBuckets: func(_ *ast.MapLayout, counts []uint64) output.Value { return output.Log2Hist(counts) },
		}})
	register(&Builtin{Name: "lhist", Kind: Aggregation, MinArgs: 4, MaxArgs: 4, Doc: "linear histogram: lhist(value, min, max, step)",
		Agg: &Aggregator{
			Family: output.FamilyLhist, ValueSize: 16, Params: lhistParams, Metric: MetricHistogram,
			Bucket: func(e Emitter, m *ast.MapLayout) { linearBucket(e, m.AggArgs) },
			Update: countTotal, Init: firstCountTotal, Merge: mergeBuckets,
			NumBuckets: func(m *ast.MapLayout) int {
				lo, hi, step := lhistArgs(m)
				return int((hi-lo)/step) + 2
			},
			FromBuckets: func(m *ast.MapLayout, counts []uint64) output.Value {
				lo, hi, step := lhistArgs(m)
				return output.LinearHist(counts, lo, hi, step)
			},
		}})
}

// lhistArgs are an lhist map's min, max and step (a step of 1 if the
// map somehow has none, rather than a division by zero).
func lhistArgs(m *ast.MapLayout) (lo, hi, step int64) {
	if len(m.AggArgs) != 3 || m.AggArgs[2] <= 0 {
		return 0, 0, 1
	}
	return m.AggArgs[0], m.AggArgs[1], m.AggArgs[2]
}

// lhistParams checks lhist's min, max and step: constants, with at most
// 1000 buckets.
func lhistParams(c Checker, call *ast.Call) ([]int64, bool) {
	params := make([]int64, 3)
	for i := range params {
		v, ok := c.ConstInt(call.Args[i+1])
		if !ok {
			c.Errorf(call.Args[i+1], "lhist() %s must be a constant integer", [3]string{"min", "max", "step"}[i])
			return nil, false
		}
		params[i] = v
	}
	if params[0] < 0 || params[1] <= params[0] || params[2] <= 0 || (params[1]-params[0])/params[2] > 1000 {
		c.Errorf(call, "lhist() needs 0 <= min < max, step > 0 and at most 1000 buckets")
		return nil, false
	}
	return params, true
}

// log2Bucket computes hist()'s bucket of r1 into r0: 0 for negative
// values, 1 for zero, 2+floor(log2(v)) otherwise.
func log2Bucket(e Emitter) {
	neg, zero, end := e.NewLabel("hneg"), e.NewLabel("hzero"), e.NewLabel("hend")
	e.Emit(
		asm.JSLT.Imm(asm.R1, 0, neg),
		asm.JEq.Imm(asm.R1, 0, zero),
		asm.Mov.Imm(asm.R0, 2),
	)
	for _, shift := range []int32{32, 16, 8, 4, 2, 1} {
		skip := e.NewLabel("hskip")
		e.Emit(
			asm.Mov.Reg(asm.R2, asm.R1),
			asm.RSh.Imm(asm.R2, shift),
			asm.JEq.Imm(asm.R2, 0, skip),
			asm.Mov.Reg(asm.R1, asm.R2),
			asm.Add.Imm(asm.R0, shift),
		)
		e.Bind(skip)
	}
	e.Emit(asm.Ja.Label(end))
	e.Bind(neg)
	e.Emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	e.Bind(zero)
	e.Emit(asm.Mov.Imm(asm.R0, 1))
	e.Bind(end)
}

// linearBucket computes lhist()'s bucket of r1 into r0: 0 below min,
// 1+(v-min)/step inside, and one past the last bucket at or above max.
func linearBucket(e Emitter, p []int64) {
	lo, hi, step := p[0], p[1], p[2]
	n := (hi - lo) / step
	below, above, end := e.NewLabel("lbelow"), e.NewLabel("labove"), e.NewLabel("lend")
	e.LoadConst(asm.R2, lo)
	e.Emit(asm.JSLT.Reg(asm.R1, asm.R2, below))
	e.LoadConst(asm.R2, hi)
	e.Emit(asm.JSGE.Reg(asm.R1, asm.R2, above))
	e.Emit(asm.Mov.Reg(asm.R0, asm.R1))
	e.LoadConst(asm.R2, lo)
	e.Emit(asm.Sub.Reg(asm.R0, asm.R2))
	e.LoadConst(asm.R2, step)
	e.Emit(asm.Div.Reg(asm.R0, asm.R2), asm.Add.Imm(asm.R0, 1), asm.Ja.Label(end))
	e.Bind(below)
	e.Emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	e.Bind(above)
	e.LoadConst(asm.R0, n+1)
	e.Bind(end)
}

// mergeBuckets is Merge for histograms: counts of the same bucket add,
// buckets stay lowest first.
func mergeBuckets(a, b output.Value) output.Value {
	buckets := append([]output.Bucket(nil), a.Buckets...)
	for _, nb := range b.Buckets {
		i := slices.IndexFunc(buckets, func(x output.Bucket) bool {
			return x.Min == nb.Min && x.Max == nb.Max && x.Below == nb.Below && x.Above == nb.Above
		})
		if i >= 0 {
			buckets[i].Count += nb.Count
		} else {
			buckets = append(buckets, nb)
		}
	}
	// The bucket below every bound first, the one above last.
	rank := func(x output.Bucket) int {
		switch {
		case x.Below:
			return -1
		case x.Above:
			return 1
		}
		return 0
	}
	slices.SortStableFunc(buckets, func(x, y output.Bucket) int {
		if c := cmp.Compare(rank(x), rank(y)); c != 0 {
			return c
		}
		return cmp.Compare(x.Min, y.Min)
	})
	a.Buckets = buckets
	a.Total += b.Total
	return a
}
