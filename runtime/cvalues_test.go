package runtime

import (
	"encoding/binary"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/runtime/output"
)

// TestDecodeC: a C value's bytes read back by its BTF type: integers by
// width and sign, signed and unsigned bitfields, a char array as a
// string, other arrays as elements, an anonymous union's members in its
// parent, a pointer as an address.
func TestDecodeC(t *testing.T) {
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	char := &btf.Int{Name: "char", Size: 1, Encoding: btf.Signed | btf.Char}
	u8 := &btf.Int{Name: "unsigned char", Size: 1}
	arr := func(e btf.Type, n uint32) *btf.Array { return &btf.Array{Index: i32, Type: e, Nelems: n} }
	anon := &btf.Union{Size: 4, Members: []btf.Member{{Name: "i", Type: i32}, {Name: "c", Type: arr(char, 4)}}}
	st := &btf.Struct{Name: "s", Size: 32, Members: []btf.Member{
		{Name: "id", Type: i32, Offset: 0},
		{Name: "name", Type: arr(char, 4), Offset: 32},
		{Name: "b", Type: arr(u8, 2), Offset: 64},
		{Name: "f", Type: u32, Offset: 96, BitfieldSize: 3},
		{Name: "g", Type: i32, Offset: 99, BitfieldSize: 5},
		{Name: "", Type: anon, Offset: 128},
		{Name: "p", Type: &btf.Pointer{Target: i32}, Offset: 192},
	}}
	b := make([]byte, 32)
	binary.NativeEndian.PutUint32(b[0:], uint32(0xfffffffe)) // -2
	copy(b[4:], "ab\x00z")
	b[8], b[9] = 7, 200
	binary.NativeEndian.PutUint32(b[12:], 5|(0x1e<<3)) // f = 5, g = -2 (0b11110)
	copy(b[16:], "WXYZ")
	binary.NativeEndian.PutUint64(b[24:], 0x7f00)
	v, err := decodeC(b, st)
	if err != nil {
		t.Fatal(err)
	}
	want := output.RecordVal(
		[]string{"id", "name", "b", "f", "g", "i", "c", "p"},
		[]output.Value{output.IntVal(-2), output.StrVal("ab"), output.ArrayVal([]output.Value{output.UintVal(7), output.UintVal(200)}),
			output.UintVal(5), output.IntVal(-2), output.IntVal(int64(int32(binary.NativeEndian.Uint32([]byte("WXYZ"))))), output.StrVal("WXYZ"),
			{Kind: output.KindInt, Int: 0x7f00, Addr: true}})
	if len(v.Names) != len(want.Names) {
		t.Fatalf("names %v, want %v", v.Names, want.Names)
	}
	for i := range want.Names {
		g, w := v.Elems[i], want.Elems[i]
		if v.Names[i] != want.Names[i] || g.Kind != w.Kind || g.Int != w.Int || g.Signed != w.Signed || g.Str != w.Str || g.Addr != w.Addr || len(g.Elems) != len(w.Elems) {
			t.Errorf("member %d: %s = %+v, want %s = %+v", i, v.Names[i], g, want.Names[i], w)
		}
		for j := range w.Elems {
			if g.Elems[j].Int != w.Elems[j].Int {
				t.Errorf("member %s[%d] = %d, want %d", v.Names[i], j, g.Elems[j].Int, w.Elems[j].Int)
			}
		}
	}
	// Short input reads as zeros, never out of range.
	if _, err := decodeC(b[:3], st); err != nil {
		t.Errorf("short value: %v", err)
	}
}
