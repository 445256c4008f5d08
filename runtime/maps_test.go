package runtime

import (
	"encoding/binary"
	"reflect"
	"testing"

	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/gtrace/gtrace/lang/ast"
)

// u64s lays out 64-bit words as the kernel stores them.
func u64s(vs ...int64) []byte {
	b := make([]byte, 8*len(vs))
	for i, v := range vs {
		binary.NativeEndian.PutUint64(b[8*i:], uint64(v))
	}
	return b
}

func strBytes(s string, size int) []byte {
	b := make([]byte, size)
	copy(b, s)
	return b
}

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// meta builds the layout codegen would for a map of this shape; agg is
// the aggregation's name ("" for assigned values).
func meta(name string, key, value *ast.Type, agg string) *ast.MapLayout {
	mm := &ast.MapLayout{MapInfo: &ast.MapInfo{Name: name, Key: key, Value: value, Agg: agg}, BPFName: "gt_m0", PerCPU: agg != "", KeySize: 8}
	if key != nil {
		mm.KeySize = key.StorageSize()
	}
	a := stdlib.AggregatorOf(mm.MapInfo)
	if a == nil {
		mm.ValueSize = value.StorageSize()
	} else {
		mm.ValueSize = a.ValueSize
	}
	if a.Bucketed() {
		mm.KeySize += 8
	}
	return mm
}

// counts are the bucket counts of a histogram value.
func counts(v output.Value) []uint64 {
	out := make([]uint64, len(v.Buckets))
	for i, b := range v.Buckets {
		out[i] = b.Count
	}
	return out
}

func TestDecodeMapAggregations(t *testing.T) {
	intKey := ast.Int64
	for _, c := range []struct {
		name string
		mm   *ast.MapLayout
		ncpu int
		raw  []rawEntry
		want []output.MapEntry
	}{
		{
			name: "count sums the CPUs",
			mm:   meta("@c", intKey, ast.Int64, "count"),
			ncpu: 3,
			raw: []rawEntry{
				{u64s(2), u64s(1, 0, 4)},
				{u64s(1), u64s(0, 7, 0)},
			},
			want: []output.MapEntry{{Key: []output.Value{output.IntVal(1)}, Value: output.UintVal(7)}, {Key: []output.Value{output.IntVal(2)}, Value: output.UintVal(5)}},
		},
		{
			name: "sum is signed",
			mm:   meta("@s", nil, ast.Int64, "sum"),
			ncpu: 2,
			raw:  []rawEntry{{u64s(0), u64s(-10, 3)}},
			want: []output.MapEntry{{Value: output.IntVal(-7)}},
		},
		{
			name: "min over the CPUs that saw a value",
			mm:   meta("@mn", intKey, ast.Int64, "min"),
			ncpu: 3,
			raw: []rawEntry{
				{u64s(1), u64s(5, 1, -100, 0, 7, 1)}, // the -100 is unset
				{u64s(2), u64s(0, 0, 0, 0, 0, 0)},    // none set: zero()ed
			},
			want: []output.MapEntry{{Key: []output.Value{output.IntVal(1)}, Value: output.IntVal(5)}, {Key: []output.Value{output.IntVal(2)}, Value: output.IntVal(0)}},
		},
		{
			name: "max over the CPUs that saw a value",
			mm:   meta("@mx", nil, ast.Int64, "max"),
			ncpu: 3,
			raw:  []rawEntry{{u64s(0), u64s(-5, 1, 100, 0, -3, 1)}},
			want: []output.MapEntry{{Value: output.IntVal(-3)}},
		},
		{
			name: "avg adds counts and totals",
			mm:   meta("@a", nil, ast.Int64, "avg"),
			ncpu: 2,
			raw:  []rawEntry{{u64s(0), u64s(2, 10, 1, -4)}},
			want: []output.MapEntry{{Value: output.AvgVal(3, 6)}},
		},
		{
			name: "stats adds counts and totals",
			mm:   meta("@st", intKey, ast.Int64, "stats"),
			ncpu: 1,
			raw:  []rawEntry{{u64s(9), u64s(4, 100)}},
			want: []output.MapEntry{{Key: []output.Value{output.IntVal(9)}, Value: output.StatsVal(4, 100)}},
		},
		{
			name: "plain integer values keep their signedness",
			mm:   meta("@u", intKey, ast.Uint64, ""),
			ncpu: 1,
			raw:  []rawEntry{{u64s(-1), u64s(-1)}},
			want: []output.MapEntry{{Key: []output.Value{output.IntVal(-1)}, Value: output.UintVal(^uint64(0))}},
		},
		{
			name: "unkeyed count that never counted prints 0",
			mm:   meta("@c", nil, ast.Int64, "count"),
			ncpu: 4,
			want: []output.MapEntry{{Value: output.UintVal(0)}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := decodeMap(nil, c.mm, c.raw, c.ncpu)
			if err != nil {
				t.Fatal(err)
			}
			if d.Name != c.mm.Name || d.Kind != c.mm.Agg || d.Keyed != (c.mm.Key != nil) {
				t.Errorf("dump header %q %v keyed=%v", d.Name, d.Kind, d.Keyed)
			}
			if !reflect.DeepEqual(d.Entries, c.want) {
				t.Errorf("entries\n got %+v\nwant %+v", d.Entries, c.want)
			}
		})
	}
}

func TestDecodeMapEmpty(t *testing.T) {
	for _, mm := range []*ast.MapLayout{
		meta("@k", ast.Int64, ast.Int64, "count"), // keyed count
		meta("@s", nil, ast.Int64, "sum"),
		meta("@h", nil, ast.Int64, "hist"),
		meta("@x", nil, ast.Int64, ""),
	} {
		d, err := decodeMap(nil, mm, nil, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Entries) != 0 {
			t.Errorf("%s: %d entries, want none", mm.Name, len(d.Entries))
		}
	}
}

func TestDecodeMapPerCPUPadding(t *testing.T) {
	// A 12-byte value is padded to 16 per CPU in a per-CPU lookup.
	tup := ast.TupleType([]*ast.Type{ast.Int64, ast.StringType(4)})
	mm := meta("@t", ast.Int64, tup, "")
	mm.ValueSize = 12
	mm.PerCPU = true
	d, err := decodeMap(nil, mm, []rawEntry{{u64s(3), cat(u64s(5), strBytes("ab", 8), make([]byte, 16))}}, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []output.MapEntry{{Key: []output.Value{output.IntVal(3)}, Value: output.TupleVal(output.IntVal(5), output.StrVal("ab"))}}
	if !reflect.DeepEqual(d.Entries, want) {
		t.Errorf("got %+v, want %+v", d.Entries, want)
	}
}

func TestDecodeMapKeys(t *testing.T) {
	str := ast.StringType(16)
	tup := ast.TupleType([]*ast.Type{str, ast.Int64, ast.IntType(4, false)})
	if tup.Offsets[1] != 16 || tup.Offsets[2] != 24 || tup.Size != 32 {
		t.Fatalf("tuple layout %v size %d", tup.Offsets, tup.Size)
	}
	for _, c := range []struct {
		name string
		key  *ast.Type
		raw  []byte
		want []output.Value
	}{
		{"signed int", ast.Int64, u64s(-5), []output.Value{output.IntVal(-5)}},
		{"unsigned int", ast.IntType(4, false), u64s(4000000000), []output.Value{output.UintVal(4000000000)}},
		{"string up to its NUL", str, strBytes("workload", 16), []output.Value{output.StrVal("workload")}},
		{"string filling its buffer", ast.StringType(8), []byte("abcdefgh"), []output.Value{output.StrVal("abcdefgh")}},
		{"tuple parts", tup, cat(strBytes("sh", 16), u64s(-1), u64s(7)), []output.Value{output.StrVal("sh"), output.IntVal(-1), output.UintVal(7)}},
		{"nested tuple stays one part", ast.TupleType([]*ast.Type{ast.Int64, ast.TupleType([]*ast.Type{ast.Int64, ast.StringType(8)})}),
			cat(u64s(1), u64s(2), strBytes("x", 8)), []output.Value{output.IntVal(1), output.TupleVal(output.IntVal(2), output.StrVal("x"))}},
	} {
		t.Run(c.name, func(t *testing.T) {
			mm := meta("@m", c.key, ast.Int64, "sum")
			d, err := decodeMap(nil, mm, []rawEntry{{c.raw, u64s(1)}}, 1)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Entries) != 1 || !reflect.DeepEqual(d.Entries[0].Key, c.want) {
				t.Errorf("key %+v, want %+v", d.Entries, c.want)
			}
		})
	}
}

func TestDecodeMapValues(t *testing.T) {
	for _, c := range []struct {
		name  string
		value *ast.Type
		raw   []byte
		want  output.Value
	}{
		{"string", ast.StringType(8), strBytes("hi", 8), output.StrVal("hi")},
		{"tuple", ast.TupleType([]*ast.Type{ast.Int64, ast.StringType(3)}), cat(u64s(-2), strBytes("abc", 8)), output.TupleVal(output.IntVal(-2), output.StrVal("abc"))},
		{"int", ast.IntType(2, true), u64s(-300), output.IntVal(-300)},
	} {
		t.Run(c.name, func(t *testing.T) {
			mm := meta("@v", nil, c.value, "")
			d, err := decodeMap(nil, mm, []rawEntry{{u64s(0), c.raw}}, 1)
			if err != nil {
				t.Fatal(err)
			}
			want := []output.MapEntry{{Value: c.want}}
			if !reflect.DeepEqual(d.Entries, want) {
				t.Errorf("got %+v, want %+v", d.Entries, want)
			}
		})
	}
}

func TestDecodeHist(t *testing.T) {
	mm := meta("@h", ast.StringType(8), ast.Int64, "hist")
	key := func(s string, bucket int64) []byte { return cat(strBytes(s, 8), u64s(bucket)) }
	// Each CPU's bucket is {count, total of the values}.
	raw := []rawEntry{
		{key("b", 1), u64s(1, 0, 1, 0)},     // zero, counted on two CPUs
		{key("a", 2), u64s(3, 3, 0, 0)},     // [1, 2)
		{key("a", 0), u64s(0, 0, 1, -5)},    // negative
		{key("a", 12), u64s(0, 0, 2, 2524)}, // 1024 and 1500
	}
	d, err := decodeMap(nil, mm, raw, 2)
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != "hist" || d.Family != output.FamilyHist || !d.Keyed || len(d.Entries) != 2 {
		t.Fatalf("dump %+v", d)
	}
	a, b := d.Entries[0], d.Entries[1]
	if !reflect.DeepEqual(a.Key, []output.Value{output.StrVal("a")}) || !reflect.DeepEqual(b.Key, []output.Value{output.StrVal("b")}) {
		t.Fatalf("keys %v %v", a.Key, b.Key)
	}
	const histBuckets = 66 // negative, zero, one per power of two
	wantA := make([]uint64, histBuckets)
	wantA[0], wantA[2], wantA[12] = 1, 3, 2
	wantB := make([]uint64, histBuckets)
	wantB[1] = 2
	if !reflect.DeepEqual(counts(a.Value), wantA) || !reflect.DeepEqual(counts(b.Value), wantB) {
		t.Errorf("buckets\n a %v\n b %v", counts(a.Value), counts(b.Value))
	}
	if l := a.Value.Buckets[12]; l.Label != "[1K, 2K)" || l.Min != 1024 || l.Max != 2047 {
		t.Errorf("bucket 12 is %+v", l)
	}
	if a.Value.Count != 6 || a.Value.Total != 2522 || b.Value.Count != 2 || b.Value.Total != 0 {
		t.Errorf("counts and totals: a %d %d, b %d %d; want 6 2522, 2 0", a.Value.Count, a.Value.Total, b.Value.Count, b.Value.Total)
	}
}

func TestDecodeLhistUnkeyed(t *testing.T) {
	mm := meta("@l", nil, ast.Int64, "lhist")
	mm.AggArgs = []int64{0, 100, 10}
	raw := []rawEntry{
		{u64s(0, 11), u64s(4, 450)}, // >= max
		{u64s(0, 1), u64s(2, 10)},   // [0, 10)
		{u64s(0, 0), u64s(1, -3)},   // below min
	}
	d, err := decodeMap(nil, mm, raw, 1)
	if err != nil {
		t.Fatal(err)
	}
	if d.Family != output.FamilyLhist || d.Keyed || len(d.Entries) != 1 {
		t.Fatalf("dump %+v", d)
	}
	want := make([]uint64, 12) // (100-0)/10 + 2
	want[0], want[1], want[11] = 1, 2, 4
	if e := d.Entries[0]; e.Key != nil || !reflect.DeepEqual(counts(e.Value), want) || e.Value.Buckets[11].Label != "[100, ...)" || e.Value.Total != 457 || e.Value.Count != 7 {
		t.Errorf("entry %+v, want buckets %v, count 7 and total 457", e, want)
	}
}

func TestDecodeMapErrors(t *testing.T) {
	mm := meta("@c", ast.Int64, ast.Int64, "count")
	if _, err := decodeMap(nil, mm, []rawEntry{{u64s(1, 2), u64s(1)}}, 1); err == nil {
		t.Error("a key of the wrong size decoded")
	}
	if _, err := decodeMap(nil, mm, []rawEntry{{u64s(1), u64s(1)}}, 2); err == nil {
		t.Error("a per-CPU value too short for the CPUs decoded")
	}
	if _, err := decodeValue(nil, u64s(1), &ast.Type{Kind: ast.KCtx}); err == nil {
		t.Error("args decoded as a value")
	}
}

func TestDecodeEvent(t *testing.T) {
	str := ast.StringType(8)
	tup := ast.TupleType([]*ast.Type{ast.Int64, str})
	events := []*stdlib.EventSpec{
		{Stop: true, Size: 8},
		{Format: "%d %s %u %s\n", Args: []*ast.Type{ast.Int64, str, ast.Uint64, tup},
			ArgOffsets: []int{8, 16, 24, 32}, Size: 48},
	}
	rec := cat(u64s(1), u64s(-4), strBytes("comm", 8), u64s(-1), u64s(9), strBytes("t", 8))
	ev, args, err := decodeEvent(nil, events, rec)
	if err != nil {
		t.Fatal(err)
	}
	want := []output.Value{output.IntVal(-4), output.StrVal("comm"), output.UintVal(^uint64(0)), output.TupleVal(output.IntVal(9), output.StrVal("t"))}
	if ev != events[1] || !reflect.DeepEqual(args, want) {
		t.Errorf("got %v %+v, want %+v", ev, args, want)
	}
	if _, _, err := decodeEvent(nil, events, u64s(2)); err == nil {
		t.Error("an unknown event id decoded")
	}
	if _, _, err := decodeEvent(nil, events, rec[:20]); err == nil {
		t.Error("a short record decoded")
	}
	if _, _, err := decodeEvent(nil, events, []byte{1}); err == nil {
		t.Error("a record without an id decoded")
	}
}
