package runtime

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"unsafe"

	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// rawEntry is one map entry as the kernel returns it: the key, and the
// value of every possible CPU back to back (one value for maps that are
// not per-CPU).
type rawEntry struct {
	key, value []byte
}

// readMap reads every entry of m, laid out as mm describes, into a MapDump
// with per-CPU values combined.
func readMap(rt stdlib.Runtime, m *ebpf.Map, mm *ast.MapLayout, ncpu int) (*output.MapDump, error) {
	raw, err := readRaw(m)
	if err != nil {
		return nil, fmt.Errorf("read map %s: %w", mm.Name, err)
	}
	if !mm.PerCPU {
		ncpu = 1
	}
	d, err := decodeMap(rt, mm, raw, ncpu)
	if err != nil {
		return nil, fmt.Errorf("read map %s: %w", mm.Name, err)
	}
	return d, nil
}

// readRaw returns every key of m with its value bytes: in batches of
// keys and values where the kernel has BPF_MAP_LOOKUP_BATCH for the map
// (hashes, since 5.6: a few system calls for any number of entries),
// else an entry at a time.
func readRaw(m *ebpf.Map) ([]rawEntry, error) {
	if entries, ok, err := readBatches(m); ok {
		return entries, err
	}
	return readEach(m)
}

// readEach reads m an entry at a time. Keys are collected first and
// looked up after, so that an entry deleted in between (by a probe,
// concurrently) is skipped rather than restarting the walk.
func readEach(m *ebpf.Map) ([]rawEntry, error) {
	keys, err := mapKeys(m)
	if err != nil {
		return nil, err
	}
	entries := make([]rawEntry, 0, len(keys))
	for _, k := range keys {
		v, err := m.LookupBytes(k)
		if err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
		if v == nil {
			continue // deleted since we listed it
		}
		entries = append(entries, rawEntry{key: k, value: v})
	}
	return entries, nil
}

// readBatches reads m with BPF_MAP_LOOKUP_BATCH; ok is false when the
// kernel cannot for this map (the caller reads an entry at a time).
// The batch starts as large as the map can be and grows when a hash
// bucket holds more than fits (ENOSPC).
func readBatches(m *ebpf.Map) (entries []rawEntry, ok bool, err error) {
	switch m.Type() {
	case ebpf.Hash, ebpf.PerCPUHash, ebpf.LRUHash, ebpf.LRUCPUHash:
	default:
		return nil, false, nil
	}
	keySize := int(m.KeySize())
	valueSize := int(m.ValueSize())
	if m.Type() == ebpf.PerCPUHash || m.Type() == ebpf.LRUCPUHash {
		ncpu, err := ebpf.PossibleCPU()
		if err != nil {
			return nil, false, nil
		}
		valueSize = (valueSize + 7) / 8 * 8 * ncpu
	}
	count := int(min(m.MaxEntries(), 4096))
	var cursor, next [8]byte // a hash's cursor is a u32 bucket index
	first := true
	for {
		keys := make([]byte, count*keySize)
		values := make([]byte, count*valueSize)
		attr := batchAttr{keys: unsafe.Pointer(&keys[0]), values: unsafe.Pointer(&values[0]),
			outBatch: unsafe.Pointer(&next[0]), count: uint32(count), mapFD: uint32(m.FD())}
		if !first {
			attr.inBatch = unsafe.Pointer(&cursor[0])
		}
		_, _, errno := unix.Syscall(unix.SYS_BPF, unix.BPF_MAP_LOOKUP_BATCH, uintptr(unsafe.Pointer(&attr)), unsafe.Sizeof(attr))
		switch {
		case errno == unix.ENOSPC && attr.count == 0 && count < int(m.MaxEntries()):
			count = min(2*count, int(m.MaxEntries())) // a bucket holds more than a batch
			continue
		case errno == unix.EINVAL || errno == unix.ENOTSUP || errno == unix.ENOSYS || errno == unix.EPERM && first:
			if first {
				return nil, false, nil // no batches here: one at a time
			}
			return nil, true, fmt.Errorf("lookup batch: %w", errno)
		case errno != 0 && errno != unix.ENOENT:
			return nil, true, fmt.Errorf("lookup batch: %w", errno)
		}
		for i := 0; i < int(attr.count); i++ {
			entries = append(entries, rawEntry{
				key:   keys[i*keySize : (i+1)*keySize : (i+1)*keySize],
				value: values[i*valueSize : (i+1)*valueSize : (i+1)*valueSize],
			})
		}
		if errno == unix.ENOENT {
			return entries, true, nil // the end
		}
		cursor, first = next, false
	}
}

// batchAttr is bpf_attr's layout for BPF_MAP_*_BATCH on a 64-bit
// machine: its pointers are the kernel's __aligned_u64, typed as
// pointers here so that the memory they name stays where it is.
type batchAttr struct {
	inBatch, outBatch, keys, values unsafe.Pointer
	count, mapFD                    uint32
	elemFlags, flags                uint64
}

// mapKeys lists the keys of a hash map. A walk that restarts (its cursor
// key was deleted under it) can return a key twice; duplicates are dropped.
func mapKeys(m *ebpf.Map) ([][]byte, error) {
	var keys [][]byte
	seen := map[string]bool{}
	var cur []byte
	for i := uint32(0); i <= 2*m.MaxEntries()+1; i++ {
		next := make([]byte, m.KeySize())
		var err error
		if cur == nil {
			err = m.NextKey(nil, next)
		} else {
			err = m.NextKey(cur, next)
		}
		if errors.Is(err, ebpf.ErrKeyNotExist) {
			return keys, nil
		}
		if err != nil {
			return nil, fmt.Errorf("next key: %w", err)
		}
		if !seen[string(next)] {
			seen[string(next)] = true
			keys = append(keys, next)
		}
		cur = next
	}
	return keys, nil
}

// clearMap deletes every entry of m.
func clearMap(m *ebpf.Map) error {
	keys, err := mapKeys(m)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := m.Delete(k); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return fmt.Errorf("delete: %w", err)
		}
	}
	return nil
}

// zeroMap sets every value of m to zero, keeping the keys.
func zeroMap(m *ebpf.Map, mm *ast.MapLayout) error {
	keys, err := mapKeys(m)
	if err != nil {
		return err
	}
	for _, k := range keys {
		var zero any = make([]byte, mm.ValueSize)
		if mm.PerCPU {
			// An empty per-CPU slice is written as zeros for every CPU.
			zero = [][]byte{}
		}
		if err := m.Update(k, zero, ebpf.UpdateExist); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return fmt.Errorf("update: %w", err)
		}
	}
	return nil
}

// decodeMap combines raw entries into a MapDump. ncpu is how many values
// each entry's value holds (1 unless the map is per-CPU); each is
// mm.ValueSize bytes, padded to 8. rt renders values of output types
// (stacks, symbols); it may be nil for maps without them.
func decodeMap(rt stdlib.Runtime, mm *ast.MapLayout, raw []rawEntry, ncpu int) (*output.MapDump, error) {
	agg := stdlib.AggregatorOf(mm.MapInfo)
	d := &output.MapDump{Name: mm.Name, Kind: mm.Agg, Keyed: mm.Key != nil}
	if agg != nil {
		d.Family = agg.Family
	}
	// Sorted by key bytes, so a dump does not depend on hash order.
	sort.Slice(raw, func(i, j int) bool { return bytes.Compare(raw[i].key, raw[j].key) < 0 })
	stride := (mm.ValueSize + 7) &^ 7
	if ncpu < 1 {
		ncpu = 1
	}
	for _, r := range raw {
		if len(r.key) != mm.KeySize {
			return nil, fmt.Errorf("key of %d bytes, want %d", len(r.key), mm.KeySize)
		}
		if len(r.value) < (ncpu-1)*stride+mm.ValueSize {
			return nil, fmt.Errorf("value of %d bytes, want %d values of %d", len(r.value), ncpu, mm.ValueSize)
		}
	}
	cpus := func(v []byte) [][]byte {
		out := make([][]byte, ncpu)
		for i := range out {
			out[i] = v[i*stride : i*stride+mm.ValueSize]
		}
		return out
	}
	if agg.Bucketed() {
		return decodeBuckets(rt, d, mm, agg, raw, cpus)
	}
	for _, r := range raw {
		key, err := decodeKey(rt, r.key, mm.Key)
		if err != nil {
			return nil, err
		}
		e := output.MapEntry{Key: key}
		if agg == nil {
			if e.Value, err = decodeValue(rt, cpus(r.value)[0], mm.Value); err != nil {
				return nil, err
			}
		} else {
			e.Value = agg.Combine(mm, cpus(r.value))
		}
		d.Entries = append(d.Entries, e)
	}
	if agg != nil && agg.Empty != nil && !d.Keyed && len(d.Entries) == 0 {
		d.Entries = []output.MapEntry{{Value: *agg.Empty}}
	}
	return d, nil
}

// decodeBuckets groups the entries of a bucketed aggregation (hist,
// lhist), whose BPF key is the user's key followed by a u64 bucket
// index, into one entry per user key.
func decodeBuckets(rt stdlib.Runtime, d *output.MapDump, mm *ast.MapLayout, agg *stdlib.Aggregator, raw []rawEntry, cpus func([]byte) [][]byte) (*output.MapDump, error) {
	n := agg.NumBuckets(mm)
	userSize := mm.KeySize - 8
	index := map[string]int{}
	var keys [][]output.Value
	var counts [][]uint64
	var totals []int64
	for _, r := range raw {
		user := r.key[:userSize]
		bucket := le64(r.key, userSize)
		i, ok := index[string(user)]
		if !ok {
			key, err := decodeKey(rt, user, mm.Key)
			if err != nil {
				return nil, err
			}
			i = len(keys)
			index[string(user)] = i
			keys = append(keys, key)
			counts = append(counts, make([]uint64, n))
			totals = append(totals, 0)
		}
		if bucket >= 1<<16 {
			return nil, fmt.Errorf("bucket index %d out of range", bucket)
		}
		for uint64(len(counts[i])) <= bucket {
			counts[i] = append(counts[i], 0)
		}
		for _, v := range cpus(r.value) {
			counts[i][bucket] += le64(v, 0)
			if agg.ValueSize >= 16 {
				totals[i] += int64(le64(v, 8))
			}
		}
	}
	for i, k := range keys {
		v := agg.FromBuckets(mm, counts[i])
		// The values' sum, where the buckets keep it (Prometheus's
		// histogram _sum); the count is the buckets'.
		v.Total = totals[i]
		for _, c := range counts[i] {
			v.Count += int64(c)
		}
		d.Entries = append(d.Entries, output.MapEntry{Key: k, Value: v})
	}
	return d, nil
}

// decodeKey splits a map key into its parts: one Value per tuple field,
// or a single Value; nil for an unkeyed map.
func decodeKey(rt stdlib.Runtime, b []byte, t *ast.Type) ([]output.Value, error) {
	if t == nil {
		return nil, nil
	}
	v, err := decodeValue(rt, b, t)
	if err != nil {
		return nil, err
	}
	if t.Kind == ast.KTuple && t.Output == "" {
		return v.Elems, nil
	}
	return []output.Value{v}, nil
}

// decodeValue reads a value of type t stored as codegen lays values out:
// integers as 8 bytes in the machine's byte order, strings in a
// t.Size-byte buffer up to the first NUL, tuples field by field at
// t.Offsets; values of output types are rendered by their builtin.
func decodeValue(rt stdlib.Runtime, b []byte, t *ast.Type) (output.Value, error) {
	if t == nil {
		return output.Value{}, errors.New("value of no type")
	}
	if t.Output != "" {
		r := stdlib.Renderer(t.Output)
		if r == nil || rt == nil {
			return output.Value{}, fmt.Errorf("cannot render a value of type %s", t)
		}
		if len(b) < t.StorageSize() || len(b) < 8 {
			return output.Value{}, fmt.Errorf("%s in %d bytes", t, len(b))
		}
		return r.Render(rt, b, t)
	}
	switch t.Kind {
	case ast.KInt:
		if len(b) < 8 {
			return output.Value{}, fmt.Errorf("%s in %d bytes", t, len(b))
		}
		return output.Value{Kind: output.KindInt, Int: int64(le64(b, 0)), Signed: t.Signed}, nil
	case ast.KString:
		n := t.Size
		if n > len(b) || n <= 0 {
			n = len(b)
		}
		s := b[:n]
		i := bytes.IndexByte(s, 0)
		if i >= 0 {
			s = s[:i]
		}
		if rt != nil && n == rt.Strlen() && (i < 0 || i == n-1) {
			// No room was left: a longer string was cut.
			rt.Cut(output.CutStrings, 1)
		}
		return output.StrVal(string(s)), nil
	case ast.KTuple:
		if len(t.Offsets) != len(t.Elems) {
			return output.Value{}, fmt.Errorf("tuple %s without a layout", t)
		}
		elems := make([]output.Value, len(t.Elems))
		for i, et := range t.Elems {
			off := t.Offsets[i]
			if off > len(b) {
				return output.Value{}, fmt.Errorf("%s in %d bytes", t, len(b))
			}
			v, err := decodeValue(rt, b[off:], et)
			if err != nil {
				return output.Value{}, err
			}
			elems[i] = v
		}
		return output.TupleVal(elems...), nil
	case ast.KStruct, ast.KArray:
		if len(b) < t.Size {
			return output.Value{}, fmt.Errorf("%s in %d bytes", t, len(b))
		}
		return decodeC(b[:t.Size], t.BTF)
	}
	return output.Value{}, fmt.Errorf("cannot decode a value of type %s", t)
}

func le64(b []byte, off int) uint64 {
	if off+8 > len(b) {
		return 0
	}
	return binary.NativeEndian.Uint64(b[off:])
}
