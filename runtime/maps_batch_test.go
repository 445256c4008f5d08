package runtime

import (
	"bytes"
	"encoding/binary"
	"sort"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/internal/testenv"
)

// TestReadBatches: a map read in batches holds exactly what it holds
// read an entry at a time, for each kind of hash gtrace makes, with more
// entries than one batch takes.
func TestReadBatches(t *testing.T) {
	testenv.RequireBPF(t)
	ncpu, err := ebpf.PossibleCPU()
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range []ebpf.MapType{ebpf.Hash, ebpf.PerCPUHash, ebpf.LRUHash, ebpf.LRUCPUHash} {
		t.Run(typ.String(), func(t *testing.T) {
			const n = 5000
			m, err := ebpf.NewMap(&ebpf.MapSpec{Type: typ, KeySize: 12, ValueSize: 12, MaxEntries: 3 * n})
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			perCPU := typ == ebpf.PerCPUHash || typ == ebpf.LRUCPUHash
			for i := 0; i < n; i++ {
				key := make([]byte, 12)
				binary.NativeEndian.PutUint64(key, uint64(i)*7919)
				val := bytes.Repeat([]byte{byte(i)}, 12)
				var v any = val
				if perCPU {
					vals := make([][]byte, ncpu)
					for c := range vals {
						vals[c] = append([]byte{byte(c)}, val[1:]...)
					}
					v = vals
				}
				if err := m.Put(key, v); err != nil {
					t.Fatal(err)
				}
			}
			batched, ok, err := readBatches(m)
			if !ok || err != nil {
				t.Fatalf("readBatches: ok %v, %v", ok, err)
			}
			each, err := readEach(m)
			if err != nil {
				t.Fatal(err)
			}
			if len(batched) != n || len(each) != n {
				t.Fatalf("%d entries in batches, %d one at a time; want %d", len(batched), len(each), n)
			}
			order := func(es []rawEntry) {
				sort.Slice(es, func(i, j int) bool { return bytes.Compare(es[i].key, es[j].key) < 0 })
			}
			order(batched)
			order(each)
			for i := range each {
				if !bytes.Equal(batched[i].key, each[i].key) || !bytes.Equal(batched[i].value, each[i].value) {
					t.Fatalf("entry %d: batch %x=%x, one at a time %x=%x", i, batched[i].key, batched[i].value, each[i].key, each[i].value)
				}
			}
		})
	}
}
