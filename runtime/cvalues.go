package runtime

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/runtime/output"
)

// decodeC reads a C value of BTF type t from b, the bytes the program
// copied out of memory: structs and unions member by member (anonymous
// members' members in their place, bitfields shifted and masked), arrays
// element by element, char arrays as strings up to their NUL, pointers
// as addresses.
func decodeC(b []byte, t btf.Type) (output.Value, error) {
	return decodeCDepth(b, t, 0)
}

// maxCDepth bounds the nesting of records in records.
const maxCDepth = 64

func decodeCDepth(b []byte, t btf.Type, depth int) (output.Value, error) {
	if depth > maxCDepth {
		return output.Value{}, fmt.Errorf("%s nests too deep", t)
	}
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		return cInt(b, int(u.Size), u.Encoding&btf.Signed != 0), nil
	case *btf.Enum:
		return cInt(b, int(u.Size), u.Signed), nil
	case *btf.Pointer:
		v := cInt(b, 8, false)
		v.Addr = true
		return v, nil
	case *btf.Float:
		switch u.Size {
		case 4:
			return output.StrVal(strconv.FormatFloat(float64(math.Float32frombits(uint32(cBits(b, 4)))), 'g', -1, 32)), nil
		case 8:
			return output.StrVal(strconv.FormatFloat(math.Float64frombits(cBits(b, 8)), 'g', -1, 64)), nil
		}
		return output.StrVal("?"), nil
	case *btf.Array:
		if isPlainChar(u.Type) {
			s := b[:min(int(u.Nelems), len(b))]
			if i := bytes.IndexByte(s, 0); i >= 0 {
				s = s[:i]
			}
			return output.StrVal(string(s)), nil
		}
		size, err := btf.Sizeof(u.Type)
		if err != nil {
			return output.Value{}, err
		}
		elems := make([]output.Value, u.Nelems)
		for i := range elems {
			off := i * size
			if off > len(b) {
				off = len(b)
			}
			v, err := decodeCDepth(b[off:], u.Type, depth+1)
			if err != nil {
				return output.Value{}, err
			}
			elems[i] = v
		}
		return output.ArrayVal(elems), nil
	case *btf.Struct:
		return decodeRecord(b, u.Members, depth)
	case *btf.Union:
		return decodeRecord(b, u.Members, depth)
	}
	return output.Value{}, fmt.Errorf("cannot decode a value of C type %s", t)
}

func decodeRecord(b []byte, members []btf.Member, depth int) (output.Value, error) {
	var names []string
	var elems []output.Value
	for _, m := range members {
		off := int(m.Offset / 8)
		if off > len(b) {
			off = len(b)
		}
		var v output.Value
		var err error
		if m.BitfieldSize > 0 {
			word := cBits(b[off:], 8) >> (m.Offset % 8)
			if m.BitfieldSize < 64 {
				word &= 1<<m.BitfieldSize - 1
			}
			v = output.UintVal(word)
			if i, ok := btf.UnderlyingType(m.Type).(*btf.Int); ok && i.Encoding&btf.Signed != 0 {
				shift := 64 - m.BitfieldSize
				v = output.IntVal(int64(word<<shift) >> shift)
			}
		} else {
			v, err = decodeCDepth(b[off:], m.Type, depth+1)
			if err != nil {
				return output.Value{}, err
			}
		}
		if m.Name == "" && v.Kind == output.KindRecord {
			// An anonymous struct or union: its members are the
			// record's, as C names them.
			names = append(names, v.Names...)
			elems = append(elems, v.Elems...)
			continue
		}
		names = append(names, m.Name)
		elems = append(elems, v)
	}
	return output.RecordVal(names, elems), nil
}

// cBits reads up to n bytes of b in the machine's order (missing bytes
// read as zero).
func cBits(b []byte, n int) uint64 {
	var buf [8]byte
	copy(buf[:], b[:min(n, len(b), 8)])
	return binary.NativeEndian.Uint64(buf[:])
}

func cInt(b []byte, size int, signed bool) output.Value {
	v := cBits(b, size)
	if !signed {
		return output.UintVal(v)
	}
	shift := 64 - 8*size
	return output.IntVal(int64(v<<shift) >> shift)
}

// isPlainChar says whether t is C's char, which bpftrace prints as a
// string when it makes an array (signed and unsigned char, int8_t and
// uint8_t arrays print as numbers).
func isPlainChar(t btf.Type) bool {
	i, ok := btf.UnderlyingType(t).(*btf.Int)
	return ok && i.Size == 1 && i.Name == "char"
}
