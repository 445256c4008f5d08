package lang

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// Member is a resolved struct member access (x->f, x.f) or array element
// (x[i]): where it lies relative to its base and what it holds.
type Member struct {
	Offset    int // bytes from the base address
	BitOffset int // bitfields: bit offset within the 8 bytes at Offset
	BitSize   int // bitfields: width in bits, else 0
	Size      int // bytes to read
	ElemSize  int // Index: the element size
	Nelems    int // char arrays read as strings: the array length
}

// kernelTypes returns the kernel's BTF, loading it once on first use.
func (c *checker) kernelTypes() (*btf.Spec, error) {
	if c.btfSpec == nil && c.btfErr == nil {
		if c.opts.BTF == nil {
			c.btfErr = fmt.Errorf("kernel types (BTF) are not available")
		} else {
			c.btfSpec, c.btfErr = c.opts.BTF()
		}
	}
	return c.btfSpec, c.btfErr
}

// valueType is the type of a value of BTF type t read from kernel memory.
func (c *checker) valueType(t btf.Type) (*Type, error) {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		if u.Size > 8 {
			return nil, fmt.Errorf("%d-byte integers are not supported", u.Size)
		}
		if u.Encoding == btf.Bool {
			return IntType(1, false), nil
		}
		return IntType(int(u.Size), u.Encoding == btf.Signed), nil
	case *btf.Enum:
		return IntType(int(u.Size), u.Signed), nil
	case *btf.Pointer:
		return &Type{Kind: KInt, Size: 8, Pointer: true, Elem: u.Target}, nil
	case *btf.Struct, *btf.Union:
		size, _ := btf.Sizeof(u)
		return &Type{Kind: KStruct, Size: size, BTF: u}, nil
	case *btf.Array:
		if isChar(u.Type) {
			return StringType(c.info.Strlen), nil
		}
		size, _ := btf.Sizeof(u)
		return &Type{Kind: KArray, Size: size, BTF: u}, nil
	default:
		return nil, fmt.Errorf("values of type %s are not supported", CTypeName(t))
	}
}

func isChar(t btf.Type) bool {
	i, ok := btf.UnderlyingType(t).(*btf.Int)
	return ok && i.Size == 1
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
	case *btf.Array:
		return fmt.Sprintf("%s[%d]", CTypeName(u.Type), u.Nelems)
	case *btf.FuncProto:
		return "func"
	}
	return t.TypeName()
}

// findMember looks name up in a struct or union, descending into anonymous
// members, and returns its BTF type and bit offset.
func findMember(t btf.Type, name string) (*btf.Member, uint32, bool) {
	members := membersOf(t)
	for i := range members {
		m := &members[i]
		if m.Name == name {
			return m, uint32(m.Offset), true
		}
		if m.Name == "" {
			if inner, off, ok := findMember(m.Type, name); ok {
				return inner, uint32(m.Offset) + off, true
			}
		}
	}
	return nil, 0, false
}

// membersOf returns the members of a struct or union (nil for any other
// type), looking through typedefs and qualifiers.
func membersOf(t btf.Type) []btf.Member {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Struct:
		return u.Members
	case *btf.Union:
		return u.Members
	}
	return nil
}

func memberNames(t btf.Type) []string {
	var out []string
	for _, m := range membersOf(t) {
		if m.Name == "" {
			out = append(out, memberNames(m.Type)...)
		} else {
			out = append(out, m.Name)
		}
	}
	return out
}

// structField types x->name (on a typed pointer) or x.name (on a struct).
func (c *checker) structField(e *Field, base *Type) *Type {
	var st btf.Type
	switch {
	case base.Kind == KStruct:
		if e.Arrow {
			c.errorf(e, "%s is a struct, not a pointer: use . instead of ->", CTypeName(base.BTF))
			return nil
		}
		st = base.BTF
	case base.Kind == KInt && base.Elem != nil:
		if !e.Arrow {
			c.errorf(e, "%s is a pointer: use -> instead of .", CTypeName(base.Elem)+" *")
			return nil
		}
		st = base.Elem
	default:
		c.errorf(e, "%s has no fields", base)
		return nil
	}
	m, bits, ok := findMember(st, e.Name)
	if !ok {
		if _, isStruct := btf.UnderlyingType(st).(*btf.Struct); !isStruct {
			if _, isUnion := btf.UnderlyingType(st).(*btf.Union); !isUnion {
				c.errorf(e, "%s is not a struct or union", CTypeName(st))
				return nil
			}
		}
		c.errorf(e, "%s has no member %q%s", CTypeName(btf.UnderlyingType(st)), e.Name, hint(e.Name, memberNames(st)))
		return nil
	}
	t, err := c.valueType(m.Type)
	if err != nil {
		c.errorf(e, "member %s: %v", e.Name, err)
		return nil
	}
	mem := &Member{Offset: int(bits / 8), Size: t.Size}
	if m.BitfieldSize > 0 {
		mem.Offset = int(bits/64) * 8
		mem.BitOffset = int(bits % 64)
		mem.BitSize = int(m.BitfieldSize)
		mem.Size = 8
	}
	if arr, ok := btf.UnderlyingType(m.Type).(*btf.Array); ok && t.Kind == KString {
		mem.Nelems = int(arr.Nelems)
	}
	c.info.Members[e] = mem
	return t
}

// index types x[i] on an array member.
func (c *checker) index(e *Index) *Type {
	base := c.expr(e.X)
	if c.intExpr(e.Index) == nil || base == nil {
		return nil
	}
	if base.Kind != KArray {
		c.errorf(e, "%s cannot be indexed", base)
		return nil
	}
	arr := btf.UnderlyingType(base.BTF).(*btf.Array)
	t, err := c.valueType(arr.Type)
	if err != nil {
		c.errorf(e, "element: %v", err)
		return nil
	}
	size, _ := btf.Sizeof(arr.Type)
	if lit, ok := e.Index.(*IntLit); ok && lit.Value >= uint64(arr.Nelems) {
		c.errorf(e.Index, "index %d is out of bounds: the array has %d elements", lit.Value, arr.Nelems)
		return nil
	}
	c.info.Members[e] = &Member{ElemSize: size, Size: t.Size}
	return t
}

// deref types *p on a typed pointer.
func (c *checker) deref(e *Unary, base *Type) *Type {
	if base.Kind != KInt || !base.Pointer || base.Elem == nil {
		c.errorf(e, "cannot dereference %s: cast it to a typed pointer first, e.g. *(uint64 *)x", base)
		return nil
	}
	t, err := c.valueType(base.Elem)
	if err != nil {
		c.errorf(e, "%v", err)
		return nil
	}
	c.info.Members[e] = &Member{Size: t.Size}
	return t
}

// namedType resolves a type name from a cast or sizeof to BTF.
func (c *checker) namedType(tn *TypeName) (btf.Type, bool) {
	var t btf.Type
	if size, signed, ok := intTypeName(tn.Name); ok {
		enc := btf.Unsigned
		if signed {
			enc = btf.Signed
		}
		t = &btf.Int{Name: tn.Name, Size: uint32(size), Encoding: enc}
	} else {
		spec, err := c.kernelTypes()
		if err != nil {
			c.errorf(tn, "cannot resolve %s: %v", tn.Name, err)
			return nil, false
		}
		kind, name := splitTypeName(tn.Name)
		var found btf.Type
		switch kind {
		case "struct":
			var s *btf.Struct
			err = spec.TypeByName(name, &s)
			found = s
		case "union":
			var u *btf.Union
			err = spec.TypeByName(name, &u)
			found = u
		case "enum":
			var en *btf.Enum
			err = spec.TypeByName(name, &en)
			found = en
		default:
			var td *btf.Typedef
			err = spec.TypeByName(name, &td)
			found = td
		}
		if err != nil {
			c.errorf(tn, "unknown type %s in the kernel's BTF", tn.Name)
			return nil, false
		}
		t = found
	}
	for i := 0; i < tn.Ptr; i++ {
		t = &btf.Pointer{Target: t}
	}
	return t, true
}

func splitTypeName(n string) (kind, name string) {
	for _, k := range []string{"struct ", "union ", "enum "} {
		if len(n) > len(k) && n[:len(k)] == k {
			return k[:len(k)-1], n[len(k):]
		}
	}
	return "", n
}

// sizeofOffsetof evaluates sizeof(type), sizeof(expr) and
// offsetof(type, a.b) at compile time.
func (c *checker) sizeofOffsetof(e *Call) *Type {
	var t btf.Type
	var size int
	switch {
	case e.TypeArg != nil:
		bt, ok := c.namedType(e.TypeArg)
		if !ok {
			return nil
		}
		t = bt
		size, _ = btf.Sizeof(bt)
	case len(e.Args) > 0:
		xt := c.expr(e.Args[0])
		if xt == nil {
			return nil
		}
		switch {
		case xt.BTF != nil:
			t = xt.BTF
			size = xt.Size
		case xt.Kind == KInt:
			size = xt.Size
		default:
			size = xt.StorageSize()
		}
	}
	if e.Name == "sizeof" {
		c.info.Consts[e] = int64(size)
		return Uint64
	}
	field, ok := e.Args[len(e.Args)-1].(*Ident)
	if !ok || t == nil {
		c.errorf(e, "offsetof() needs a struct type or expression and a member name")
		return nil
	}
	off := uint32(0)
	for _, name := range strings.Split(field.Name, ".") {
		m, bits, ok := findMember(t, name)
		if !ok {
			c.errorf(field, "%s has no member %q%s", CTypeName(btf.UnderlyingType(t)), name, hint(name, memberNames(t)))
			return nil
		}
		off += bits
		t = m.Type
	}
	c.info.Consts[e] = int64(off / 8)
	return Uint64
}
