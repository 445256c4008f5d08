package ast

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// Kind is the kind of a type.
type Kind int

const (
	KVoid   Kind = iota // no value: printf(), exit(), ...
	KInt                // an integer of Size bytes (1, 2, 4, 8)
	KString             // a NUL-terminated string in a Size-byte buffer
	KTuple              // fields laid out C-style
	KCtx                // the tracepoint `args` record
	KAgg                // an aggregation call's result: only assignable to a map
	KStruct             // a kernel struct or union, known by its address
	KArray              // a kernel array (other than char), known by its address
)

// Type is a checked type.
type Type struct {
	Kind   Kind
	Size   int // bytes: int width, string capacity, tuple size
	Signed bool
	// Pointer marks an integer that holds an address, and UserPtr says it
	// points into user memory (str() then reads with probe_read_user_str).
	// AnySpace marks a pointer whose type does not say which memory it
	// points into (a kernel function's argument without BTF's user tag):
	// reads decide by the address, as for plain integers.
	Pointer  bool
	UserPtr  bool
	AnySpace bool
	Elems    []*Type // tuple fields
	Offsets  []int   // tuple field offsets
	Agg      string  // KAgg: the aggregation's name (count, hist, ...)
	// Elem is what a typed pointer points to (from BTF or a cast).
	Elem btf.Type
	// BTF is the kernel type of a KStruct or KArray.
	BTF btf.Type
	// Output, when set, names the type of a value that is stored as an
	// integer, tuple or buffer but printed otherwise: a symbol, a stack,
	// an address (the names of ksym, kstack, ntop's inet...). The builtin producing
	// it renders it (stdlib.Renderer). StackPerf and StackDepth describe
	// kstack and ustack values.
	Output     string
	StackPerf  bool
	StackDepth int
}

// MaxLoopIterations is bpf_loop's limit: a loop with more iterations is
// a compile error when its bound is a constant, and is stopped there,
// counted and reported (output.CutLoops), when it is not.
const MaxLoopIterations = 1 << 23

// MaxStackDepth is the deepest stack a kstack or ustack takes, and the
// depth they take by default (bpftrace's).
const MaxStackDepth = 127

var (
	Void   = &Type{Kind: KVoid}
	Int64  = &Type{Kind: KInt, Size: 8, Signed: true}
	Uint64 = &Type{Kind: KInt, Size: 8}
)

// IntType returns the integer type of size bytes.
func IntType(size int, signed bool) *Type { return &Type{Kind: KInt, Size: size, Signed: signed} }

// StringType returns a string type of capacity n.
func StringType(n int) *Type { return &Type{Kind: KString, Size: n} }

// TupleType lays out elems C-style: each field aligned to its natural
// alignment (8 for ints, 1 for strings), the whole padded to 8.
func TupleType(elems []*Type) *Type {
	t := &Type{Kind: KTuple, Elems: elems}
	off := 0
	for _, e := range elems {
		a := e.Align()
		off = (off + a - 1) / a * a
		t.Offsets = append(t.Offsets, off)
		off += e.StorageSize()
	}
	t.Size = (off + 7) / 8 * 8
	return t
}

// StorageSize is how many bytes a value of t occupies in a map key, map
// value, tuple or event record. Integers are widened to 8 bytes so that
// keys and records need no per-width code.
func (t *Type) StorageSize() int {
	switch t.Kind {
	case KInt:
		return 8
	case KString:
		// Rounded up so that strings can be copied and compared in
		// 8-byte words; the padding is always zero.
		return (t.Size + 7) &^ 7
	case KTuple:
		return t.Size
	case KStruct, KArray:
		// A C struct or array copied out of memory, padded to whole
		// words as strings are.
		return (t.Size + 7) &^ 7
	}
	return 0
}

func (t *Type) Align() int {
	switch t.Kind {
	case KInt, KTuple, KStruct, KArray:
		return 8
	}
	return 1
}

// IsAggregate says whether values of t live in memory rather than a register.
func (t *Type) IsAggregate() bool {
	return t.Kind == KString || t.Kind == KTuple || t.Kind == KStruct || t.Kind == KArray
}

// Equal compares types for map-typing purposes: integer width and
// signedness do not matter (they are all stored in 8 bytes), string
// capacity does not matter (all strings get the configured capacity).
func (t *Type) Equal(u *Type) bool {
	if t.Kind != u.Kind || t.Output != u.Output || t.StackPerf != u.StackPerf || t.StackDepth != u.StackDepth {
		return false
	}
	switch t.Kind {
	case KTuple:
		if len(t.Elems) != len(u.Elems) {
			return false
		}
		for i := range t.Elems {
			if !t.Elems[i].Equal(u.Elems[i]) {
				return false
			}
		}
	case KAgg:
		return t.Agg == u.Agg
	case KStruct, KArray:
		return t.Size == u.Size && CTypeName(t.BTF) == CTypeName(u.BTF)
	}
	return true
}

func (t *Type) String() string {
	if t.Output != "" && t.StackDepth != 0 {
		// A stack names its mode and depth where they are not the
		// defaults, as a script writes them: kstack(perf, 5).
		var opts []string
		if t.StackPerf {
			opts = append(opts, "perf")
		}
		if t.StackDepth != MaxStackDepth {
			opts = append(opts, fmt.Sprint(t.StackDepth))
		}
		if len(opts) > 0 {
			return t.Output + "(" + strings.Join(opts, ", ") + ")"
		}
	}
	if t.Output != "" {
		return t.Output
	}
	switch t.Kind {
	case KVoid:
		return "none"
	case KInt:
		s := "int"
		if !t.Signed {
			s = "uint"
		}
		if t.Elem != nil {
			return CTypeName(t.Elem) + " *"
		}
		if t.Pointer {
			return fmt.Sprintf("pointer (%s%d)", s, t.Size*8)
		}
		return fmt.Sprintf("%s%d", s, t.Size*8)
	case KString:
		return fmt.Sprintf("string[%d]", t.Size)
	case KTuple:
		var parts []string
		for _, e := range t.Elems {
			parts = append(parts, e.String())
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case KCtx:
		return "args"
	case KAgg:
		return t.Agg + "()"
	case KStruct, KArray:
		return CTypeName(t.BTF)
	}
	return "?"
}

// Widen returns a type that can hold the values of both a and b, which
// are Equal: the larger string capacity, tuples element by element. A
// variable or map that is given strings of several capacities stores the
// largest.
func Widen(a, b *Type) *Type {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case a.Kind == KString && b.Kind == KString:
		if b.Size > a.Size {
			return b
		}
	case a.Kind == KTuple && b.Kind == KTuple && len(a.Elems) == len(b.Elems) && a.Output == "":
		elems := make([]*Type, len(a.Elems))
		changed := false
		for i := range a.Elems {
			elems[i] = Widen(a.Elems[i], b.Elems[i])
			changed = changed || elems[i] != a.Elems[i]
		}
		if changed {
			return TupleType(elems)
		}
	}
	return a
}

// SameLayout says whether values of a can be copied byte for byte into
// storage of type b.
func SameLayout(a, b *Type) bool {
	switch {
	case a.Kind == KString && b.Kind == KString:
		return a.Size == b.Size
	case a.Kind == KTuple && b.Kind == KTuple:
		if len(a.Elems) != len(b.Elems) {
			return false
		}
		for i := range a.Elems {
			if !SameLayout(a.Elems[i], b.Elems[i]) || a.Offsets[i] != b.Offsets[i] {
				return false
			}
		}
	}
	return true
}

// CTypeName renders a BTF type the way C would write it
// ("const char *", "struct task_struct *", "u8[16]").
func CTypeName(t btf.Type) string {
	switch u := t.(type) {
	case nil, *btf.Void:
		return "void"
	case *btf.Pointer:
		return CTypeName(u.Target) + " *"
	case *btf.Const:
		return "const " + CTypeName(u.Type)
	case *btf.Volatile:
		return "volatile " + CTypeName(u.Type)
	case *btf.Restrict:
		return CTypeName(u.Type)
	case *btf.Struct:
		return "struct " + u.Name
	case *btf.Union:
		return "union " + u.Name
	case *btf.Enum:
		return "enum " + u.Name
	case *btf.Fwd:
		return u.Kind.String() + " " + u.Name
	case *btf.Array:
		return fmt.Sprintf("%s[%d]", CTypeName(u.Type), u.Nelems)
	case *btf.FuncProto:
		return "func"
	}
	return t.TypeName()
}

// Storable says whether values of t can be kept in variables, maps and
// event records.
func (t *Type) Storable() bool {
	switch t.Kind {
	case KInt, KString, KTuple:
		return true
	case KStruct, KArray:
		// Copied out of memory: it needs a size, and a bound on it.
		return t.Size > 0 && t.Size <= MaxValueSize
	}
	return false
}

// MaxValueSize is the largest struct or array that is copied as a value
// (into a variable, a map, an event): its bytes live in the per-CPU
// scratch area, as strings do.
const MaxValueSize = 1024

// StructHint is what to add to an error about a struct or array value
// that cannot be stored.
func StructHint(t *Type) string {
	if t.Kind == KStruct || t.Kind == KArray {
		if t.Size == 0 {
			return ": it has no size"
		}
		return fmt.Sprintf(": it holds %d bytes, more than the %d gtrace copies; keep a pointer to it, or one of its members", t.Size, MaxValueSize)
	}
	return ""
}
