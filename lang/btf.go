package lang

import (
	"fmt"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"

	"github.com/cilium/ebpf/btf"
)

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
func (c *checker) valueType(t btf.Type) (*ast.Type, error) { return ast.ValueType(t, c.info.Strlen) }

// structField types x->name (on a typed pointer) or x.name (on a struct).
func (c *checker) structField(e *ast.Field, base *ast.Type) *ast.Type {
	var st btf.Type
	switch {
	case base.Kind == ast.KStruct:
		if e.Arrow {
			c.errorf(e, "%s is a struct, not a pointer: use . instead of ->", ast.CTypeName(base.BTF))
			return nil
		}
		st = base.BTF
	case base.Kind == ast.KInt && base.Elem != nil:
		if !e.Arrow {
			c.errorf(e, "%s is a pointer: use -> instead of .", ast.CTypeName(base.Elem)+" *")
			return nil
		}
		st = base.Elem
	default:
		c.errorf(e, "%s has no fields", base)
		return nil
	}
	m, bits, ok := ast.FindMember(st, e.Name)
	if !ok {
		if _, isStruct := btf.UnderlyingType(st).(*btf.Struct); !isStruct {
			if _, isUnion := btf.UnderlyingType(st).(*btf.Union); !isUnion {
				c.errorf(e, "%s is not a struct or union", ast.CTypeName(st))
				return nil
			}
		}
		c.errorf(e, "%s has no member %q%s", ast.CTypeName(btf.UnderlyingType(st)), e.Name, ast.Hint(e.Name, ast.MemberNames(st)))
		return nil
	}
	t, err := c.valueType(m.Type)
	if err != nil {
		c.errorf(e, "member %s: %v", e.Name, err)
		return nil
	}
	if base.UserPtr {
		// A member of user memory: a pointer in it points to user
		// memory too, and an embedded struct or array lies there.
		t = inUser(t)
	}
	mem := &ast.Member{Offset: int(bits / 8), Size: t.Size}
	if m.BitfieldSize > 0 {
		mem.Offset = int(bits/64) * 8
		mem.BitOffset = int(bits % 64)
		mem.BitSize = int(m.BitfieldSize)
		mem.Size = 8
	}
	if arr, ok := btf.UnderlyingType(m.Type).(*btf.Array); ok && t.Kind == ast.KString {
		mem.Nelems = int(arr.Nelems)
	}
	c.info.Members[e] = mem
	return t
}

// index types x[i] on an array member or a string.
func (c *checker) index(e *ast.Index) *ast.Type {
	base := c.expr(e.X)
	if c.intExpr(e.Index) == nil || base == nil {
		return nil
	}
	if base.Kind == ast.KString {
		// A string's bytes, as chars: $s[0]. Past the buffer reads 0.
		if lit, ok := e.Index.(*ast.IntLit); ok && lit.Value >= uint64(base.Size) {
			c.errorf(e.Index, "index %d is out of bounds: the string holds %d bytes", lit.Value, base.Size)
			return nil
		}
		return ast.IntType(1, true)
	}
	if base.Kind == ast.KInt && base.Elem != nil {
		return c.pointerIndex(e, base)
	}
	if base.Kind != ast.KArray {
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
	if lit, ok := e.Index.(*ast.IntLit); ok && lit.Value >= uint64(arr.Nelems) {
		c.errorf(e.Index, "index %d is out of bounds: the array has %d elements", lit.Value, arr.Nelems)
		return nil
	}
	if base.UserPtr {
		t = inUser(t)
	}
	c.info.Members[e] = &ast.Member{ElemSize: size, Size: t.Size}
	return t
}

// deref types *p on a typed pointer, and, as bpftrace does, *x on an
// integer, which reads the uint64 at x.
func (c *checker) deref(e *ast.Unary, base *ast.Type) *ast.Type {
	if base.Kind != ast.KInt {
		c.errorf(e, "cannot dereference %s", base)
		return nil
	}
	if base.Elem == nil {
		c.info.Members[e] = &ast.Member{Size: 8}
		return ast.Uint64
	}
	if _, void := btf.UnderlyingType(base.Elem).(*btf.Void); void {
		c.errorf(e, "cannot dereference a void *: cast it to a typed pointer first, e.g. *(uint64 *)x")
		return nil
	}
	t, err := c.valueType(base.Elem)
	if err != nil {
		c.errorf(e, "%v", err)
		return nil
	}
	if base.UserPtr {
		t = inUser(t)
	}
	c.info.Members[e] = &ast.Member{Size: t.Size}
	return t
}

// namedType resolves a type name from a cast or sizeof: the script's C
// definitions first, then the integer names, then the kernel's BTF.
func (c *checker) namedType(tn *ast.TypeName) (btf.Type, bool) {
	var t btf.Type
	if found := c.scriptType(tn.Name); found != nil {
		t = found
	} else if found := c.debugType(tn.Name); found != nil {
		t = found
	} else if size, signed, ok := intTypeName(tn.Name); ok {
		enc := btf.Unsigned
		if signed {
			enc = btf.Signed
		}
		t = &btf.Int{Name: tn.Name, Size: uint32(size), Encoding: enc}
	} else {
		if _, err := c.kernelTypes(); err != nil {
			c.errorf(tn, "cannot resolve %s: %v", tn.Name, err)
			return nil, false
		}
		found, err := c.kernelType(splitTypeName(tn.Name))
		if err != nil {
			c.errorf(tn, "%v", err)
			return nil, false
		}
		t = found
	}
	for i := 0; i < tn.Ptr; i++ {
		t = &btf.Pointer{Target: t}
	}
	return t, true
}

// typedef is the type a typedef name gives, or nil: the script's own,
// the probed binary's, the kernel's (whose BTF is not loaded for it:
// a bare word in sizeof is looked up only when it is nothing else).
func (c *checker) typedef(name string) btf.Type {
	if t := c.scriptType(name); t != nil {
		return t
	}
	if t := c.debugType(name); t != nil {
		return t
	}
	if _, err := c.kernelTypes(); err != nil {
		return nil
	}
	t, _ := c.kernelType("", name)
	return t
}

// scriptType is the type the script's C definitions give name, or nil.
func (c *checker) scriptType(name string) btf.Type {
	if c.ctypes == nil {
		return nil
	}
	return c.ctypes.Named[name]
}

// debugType is the type of that name in the DWARF of the binary the
// probe being checked traces (a uprobe's, a usdt probe's), or nil.
func (c *checker) debugType(name string) btf.Type {
	if c.probe == nil {
		return nil
	}
	d, ok := c.HostSymbols().(probes.DebugInfo)
	if !ok {
		return nil
	}
	for _, a := range c.probe.Attach {
		if a.Path != "" {
			if t := d.DebugType(a.Path, name); t != nil {
				return t
			}
		}
	}
	return nil
}

// kernelType looks a struct, union, enum or (kind "") typedef up in the
// kernel's BTF.
func (c *checker) kernelType(kind, name string) (btf.Type, error) {
	spec, err := c.kernelTypes()
	if err != nil {
		return nil, err
	}
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
		what := name
		if kind != "" {
			what = kind + " " + name
		}
		return nil, fmt.Errorf("unknown type %s in the kernel's BTF", what)
	}
	return found, nil
}

func splitTypeName(n string) (kind, name string) {
	for _, k := range []string{"struct ", "union ", "enum "} {
		if len(n) > len(k) && n[:len(k)] == k {
			return k[:len(k)-1], n[len(k):]
		}
	}
	return "", n
}

// pointerIndex types p[i] on a typed pointer: *(p + i).
func (c *checker) pointerIndex(e *ast.Index, base *ast.Type) *ast.Type {
	size, ok := c.pointeeSize(e, base)
	if !ok {
		return nil
	}
	t, err := c.valueType(base.Elem)
	if err != nil {
		c.errorf(e, "element: %v", err)
		return nil
	}
	if base.UserPtr {
		t = inUser(t)
	}
	c.info.Members[e] = &ast.Member{ElemSize: size, Size: t.Size}
	return t
}

// inUser marks what is read from user memory as pointing there too.
func inUser(t *ast.Type) *ast.Type {
	if !t.UserPtr && (t.Pointer || t.Kind == ast.KStruct || t.Kind == ast.KArray) {
		cp := *t
		cp.UserPtr, cp.AnySpace = true, false
		return &cp
	}
	return t
}

// pointeeSize is the size of what a typed pointer points to, for
// arithmetic and indexing (void counts 1, as gcc does).
func (c *checker) pointeeSize(at ast.Node, p *ast.Type) (int, bool) {
	if _, void := btf.UnderlyingType(p.Elem).(*btf.Void); void {
		return 1, true
	}
	size, err := btf.Sizeof(p.Elem)
	if err != nil || size == 0 {
		c.errorf(at, "%s has no size to step a pointer by", ast.CTypeName(p.Elem))
		return 0, false
	}
	return size, true
}

// pointerArith types p + n, n + p, p - n (a pointer of p's type, moved
// by n elements) and p - q (the elements between two pointers of one
// type), as C does; nil when neither side is a typed pointer.
func (c *checker) pointerArith(e *ast.Binary, l, r *ast.Type) *ast.Type {
	lp, rp := l.Elem != nil, r.Elem != nil
	if !lp && !rp || e.Op != "+" && e.Op != "-" {
		return nil
	}
	switch {
	case lp && rp && e.Op == "-":
		if ast.CTypeName(l.Elem) != ast.CTypeName(r.Elem) {
			c.errorf(e, "cannot subtract %s from %s: they point to different types", r, l)
			return ast.Int64
		}
		if size, ok := c.pointeeSize(e, l); ok {
			c.info.Scales[e] = size
		}
		return ast.Int64
	case lp && rp:
		c.errorf(e, "cannot add two pointers (%s and %s)", l, r)
		return ast.Int64
	case rp && e.Op == "-":
		c.errorf(e, "cannot subtract a pointer (%s) from an integer", r)
		return ast.Int64
	}
	p := l
	if rp {
		p = r
	}
	if size, ok := c.pointeeSize(e, p); ok {
		c.info.Scales[e] = size
	}
	return p
}
