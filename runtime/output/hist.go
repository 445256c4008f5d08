package output

import (
	"fmt"
	"strconv"
	"strings"
)

// Histograms: the buckets of hist() and lhist() values, labelled and
// bounded as bpftrace prints them, and their text rows and JSON arrays.

// Log2Hist is a hist() value from its bucket counts: index 0 counts
// negative values, 1 counts zero, and index i >= 2 counts values in
// [2^(i-2), 2^(i-1)).
func Log2Hist(counts []uint64) Value {
	b := make([]Bucket, len(counts))
	for i, n := range counts {
		switch i {
		case 0:
			b[i] = Bucket{Label: "(..., 0)", Max: -1, Below: true}
		case 1:
			b[i] = Bucket{Label: "[0]"}
		case 2:
			b[i] = Bucket{Label: "[1]", Min: 1, Max: 1}
		default:
			// bpftrace v0.17 computes the JSON bounds with 32-bit shifts
			// and prints min -2147483648, max 0 for [2G, 4G); these are
			// the real bounds (docs/differences.md).
			b[i] = Bucket{Label: "[" + log2Label(i-2) + ", " + log2Label(i-1) + ")",
				Min: int64(1) << uint(i-2), Max: int64(uint64(1)<<uint(i-1) - 1)}
		}
		b[i].Count = n
	}
	return Value{Kind: KindHist, Buckets: b}
}

// log2Label is bpftrace's power-of-two label: K, M, G and T suffixes
// (no P or E: 2^50 prints as 1024T).
func log2Label(power int) string {
	suffix := ""
	switch {
	case power >= 40:
		suffix, power = "T", power-40
	case power >= 30:
		suffix, power = "G", power-30
	case power >= 20:
		suffix, power = "M", power-20
	case power >= 10:
		suffix, power = "K", power-10
	}
	return strconv.FormatUint(uint64(1)<<uint(power), 10) + suffix
}

// LinearHist is an lhist(x, min, max, step) value from its bucket counts:
// index 0 counts values below min, index 1+k counts [min+k*step,
// min+(k+1)*step), and the one after the last in-range bucket counts
// values >= max (and, when max-min is not a multiple of step, those in
// [min+n*step, max) too, as bpftrace does).
func LinearHist(counts []uint64, min, max, step int64) Value {
	n := 0
	if step > 0 {
		n = int((max - min) / step)
	}
	b := make([]Bucket, n+2)
	for i := range b {
		switch {
		case i == 0:
			b[i] = Bucket{Label: "(..., " + linearLabel(min) + ")", Max: min - 1, Below: true}
		case i == n+1:
			b[i] = Bucket{Label: "[" + linearLabel(max) + ", ...)", Min: max, Above: true}
		default:
			lo, hi := int64(i-1)*step+min, int64(i)*step+min
			b[i] = Bucket{Label: "[" + linearLabel(lo) + ", " + linearLabel(hi) + ")", Min: lo, Max: hi - 1}
		}
		if i < len(counts) {
			b[i].Count = counts[i]
		}
	}
	return Value{Kind: KindHist, Buckets: b}
}

// linearLabel is bpftrace's lhist bound: exact multiples of 1M or 1K
// take the suffix (1049600 is "1025K").
func linearLabel(n int64) string {
	switch {
	case n == 0:
		return "0"
	case n%(1<<20) == 0:
		return strconv.FormatInt(n/(1<<20), 10) + "M"
	case n%(1<<10) == 0:
		return strconv.FormatInt(n/(1<<10), 10) + "K"
	}
	return strconv.FormatInt(n, 10)
}

const outBarWidth = 52

// outBar is bpftrace's bar length: count/(float)max*52, truncated, in
// single precision.
func outBar(count, max uint64) string {
	if max == 0 {
		return strings.Repeat(" ", outBarWidth)
	}
	q := float32(count) / float32(max)
	n := int(q * outBarWidth)
	return strings.Repeat("@", n) + strings.Repeat(" ", outBarWidth-n)
}

// histRange returns the first and last non-empty bucket and the largest
// count; first is -1 when every bucket is empty.
func histRange(b []Bucket) (first, last int, max uint64) {
	first, last = -1, -1
	for i, x := range b {
		if x.Count > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
		if x.Count > max {
			max = x.Count
		}
	}
	return first, last, max
}

// textHist writes the rows from the lowest to the highest non-empty
// bucket: the label left-aligned in 16 columns, the count (divided by
// div; the bar is not) right-aligned in 8, and the bar.
func textHist(b []Bucket, div uint64) string {
	first, last, max := histRange(b)
	if first < 0 {
		return ""
	}
	var s strings.Builder
	for i := first; i <= last; i++ {
		fmt.Fprintf(&s, "%-16s%8d |%s|\n", b[i].Label, b[i].Count/div, outBar(b[i].Count, max))
	}
	return s.String()
}

// jsonHist writes the buckets from the lowest to the highest non-empty
// one as {"min": lo, "max": hi, "count": n}, leaving out an open end.
func jsonHist(b []Bucket, div uint64) string {
	first, last, _ := histRange(b)
	if first < 0 {
		return "[]"
	}
	parts := make([]string, 0, last-first+1)
	for i := first; i <= last; i++ {
		s := "{"
		if !b[i].Below {
			s += `"min": ` + strconv.FormatInt(b[i].Min, 10) + ", "
		}
		if !b[i].Above {
			s += `"max": ` + strconv.FormatInt(b[i].Max, 10) + ", "
		}
		parts = append(parts, s+`"count": `+strconv.FormatUint(b[i].Count/div, 10)+"}")
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
