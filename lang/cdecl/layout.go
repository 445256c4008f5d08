package cdecl

import (
	"fmt"
	"math"

	"github.com/cilium/ebpf/btf"
)

// Lookup gives Build what the definitions do not define themselves.
type Lookup interface {
	// Kernel returns the kernel's type of kind "struct", "union", "enum"
	// or "" (a typedef) named name, or an error saying why not.
	Kernel(kind, name string) (btf.Type, error)
	// Constant returns the value of a name used in a constant
	// expression that is not an enumerator of the definitions (a
	// #define, a kernel enumerator), or false.
	Constant(name string) (int64, bool)
}

// Types is what Build made: every tagged struct, union and enum by
// "struct NAME" / "union NAME" / "enum NAME", every typedef by its name,
// and every enumerator with its value and enum.
type Types struct {
	Named       map[string]btf.Type
	Enumerators map[string]Enumerated
}

// Enumerated is an enumerator's value and type.
type Enumerated struct {
	Value int64
	Enum  *btf.Enum
}

// Build lays out files' definitions in order; it returns the first error
// (definitions refer to earlier ones, so one error makes the rest moot).
func Build(files []*File, lk Lookup) (t *Types, err *Error) {
	b := &builder{lk: lk, t: &Types{Named: map[string]btf.Type{}, Enumerators: map[string]Enumerated{}}, complete: map[btf.Type]bool{}, aligns: map[btf.Type]int{}, flex: map[*btf.Array]bool{}, sizes: map[btf.Type][2]int{}, fwds: map[*btf.Fwd]btf.Type{}}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(bail)
			if !ok {
				panic(r)
			}
			e.err.File = b.file
			t, err = nil, e.err
		}
	}()
	for i, f := range files {
		b.file = i
		for _, d := range f.Decls {
			b.decl(d)
		}
	}
	b.resolveForward()
	return b.t, nil
}

type builder struct {
	lk Lookup
	t  *Types
	// complete holds the records whose bodies are laid out: a record
	// used by value before that is an error, as in C.
	complete map[btf.Type]bool
	// aligns holds the alignment of the records laid out here; flex the
	// arrays declared without a size (they take no room).
	aligns map[btf.Type]int
	flex   map[*btf.Array]bool
	// sizes holds the size and alignment of the arrays and typedefs
	// measured, so that long chains of them are measured once.
	sizes map[btf.Type][2]int
	depth int
	file  int // the index of the file being laid out, for errors
	// fwds maps the incomplete records used before their definition to
	// it; made lists the pointers and typedefs that may point to them.
	fwds map[*btf.Fwd]btf.Type
	made []btf.Type
}

// resolveForward points what was declared with a record before its
// definition (`struct b *next;` ahead of `struct b {...}`) to the
// definition.
func (b *builder) resolveForward() {
	for _, t := range b.made {
		switch u := t.(type) {
		case *btf.Pointer:
			if f, ok := u.Target.(*btf.Fwd); ok && b.fwds[f] != nil {
				u.Target = b.fwds[f]
			}
		case *btf.Typedef:
			if f, ok := u.Type.(*btf.Fwd); ok && b.fwds[f] != nil {
				u.Type = b.fwds[f]
			}
		}
	}
	for k, v := range b.t.Named {
		if f, ok := v.(*btf.Fwd); ok && b.fwds[f] != nil {
			b.t.Named[k] = b.fwds[f]
		}
	}
}

func (b *builder) fail(off int, format string, args ...any) {
	panic(bail{&Error{Off: off, End: off + 1, Msg: fmt.Sprintf(format, args...)}})
}

func (b *builder) decl(d *Decl) {
	base := b.spec(d.Spec)
	if d.Typedef {
		for _, n := range d.Names {
			t := b.declared(base, n)
			td := &btf.Typedef{Name: n.Name, Type: t}
			if n.Aligned != nil {
				// On a typedef, aligned sets the alignment, even lower.
				b.sizeAlign(t, n.Off)
				b.aligns[td] = b.alignment(n.Aligned)
			}
			b.t.Named[n.Name] = td
			b.made = append(b.made, td)
		}
	}
	// Variables and functions declared here have no type to give.
}

// spec returns the type a specifier names, defining records and enums
// with bodies.
func (b *builder) spec(s *Spec) btf.Type {
	switch s.Kind {
	case SpecBase:
		switch {
		case s.Size == 0:
			return &btf.Void{}
		case s.Float:
			return &btf.Float{Name: s.Base, Size: uint32(s.Size)}
		}
		enc := btf.Unsigned
		switch {
		case s.Bool:
			enc = btf.Bool
		case s.Base == "char":
			enc = btf.Char | btf.Signed
		case s.Signed:
			enc = btf.Signed
		}
		return &btf.Int{Name: s.Base, Size: uint32(s.Size), Encoding: enc}
	case SpecName:
		if t, ok := b.t.Named[s.Name]; ok {
			return t
		}
		if size, signed, ok := FixedInt(s.Name); ok {
			enc := btf.Unsigned
			if signed {
				enc = btf.Signed
			}
			return &btf.Typedef{Name: s.Name, Type: &btf.Int{Name: s.Name, Size: uint32(size), Encoding: enc}}
		}
		t, err := b.lk.Kernel("", s.Name)
		if err != nil {
			b.fail(s.Off, "unknown type name %q: %v", s.Name, err)
		}
		return t
	case SpecEnum:
		return b.enum(s)
	}
	return b.record(s)
}

func recordKey(s *Spec) string {
	if s.Kind == SpecEnum {
		return "enum " + s.Tag
	}
	if s.Union {
		return "union " + s.Tag
	}
	return "struct " + s.Tag
}

// record returns the struct or union s names, laying out its body if it
// has one. A tag neither defined nor being defined is the kernel's, or,
// when the kernel has none, an incomplete type (usable behind pointers).
func (b *builder) record(s *Spec) btf.Type {
	key := recordKey(s)
	if !s.HasBody {
		if t, ok := b.t.Named[key]; ok {
			return t
		}
		kind := "struct"
		if s.Union {
			kind = "union"
		}
		if t, err := b.lk.Kernel(kind, s.Tag); err == nil {
			return t
		}
		fk := btf.FwdStruct
		if s.Union {
			fk = btf.FwdUnion
		}
		// Incomplete until a definition comes (resolveForward).
		fwd := &btf.Fwd{Name: s.Tag, Kind: fk}
		b.t.Named[key] = fwd
		return fwd
	}
	b.depth++
	if b.depth > maxDepth {
		b.fail(s.Off, "definitions nest more than %d deep", maxDepth)
	}
	defer func() { b.depth-- }()
	var t btf.Type
	var st *btf.Struct
	var un *btf.Union
	if s.Union {
		un = &btf.Union{Name: s.Tag}
		t = un
	} else {
		st = &btf.Struct{Name: s.Tag}
		t = st
	}
	if s.Tag != "" {
		if prev, ok := b.t.Named[key]; ok {
			// Defined before, or being defined (nested in itself).
			if _, fwd := prev.(*btf.Fwd); !fwd {
				b.fail(s.Off, "%s is defined twice", key)
			}
		}
		if fwd, ok := b.t.Named[key].(*btf.Fwd); ok {
			b.fwds[fwd] = t
		}
		b.t.Named[key] = t // before the body: members may point to it
	}
	members, size, align := b.layout(s)
	if s.Union {
		un.Members, un.Size = members, uint32(size)
	} else {
		st.Members, st.Size = members, uint32(size)
	}
	b.complete[t] = true
	b.aligns[t] = align
	return t
}

// layout places a record's members by the System V rules gcc follows on
// x86-64 and arm64: each member at its alignment; a bitfield in the
// current unit of its type unless it would straddle one; a zero-width
// bitfield closing the unit; the record padded to its alignment.
func (b *builder) layout(s *Spec) ([]btf.Member, int, int) {
	var members []btf.Member
	bit := 0     // next free bit (struct); union: always 0
	maxBits := 0 // union: the largest member
	align := 1
	names := map[string]bool{}
	add := func(m btf.Member, off int) {
		if m.Offset >= math.MaxUint32 {
			b.fail(off, "%s is too large", recordKey(s))
		}
		members = append(members, m)
	}
	for i, f := range s.Fields {
		ft := b.spec(f.Spec)
		if f.Decl == nil && (f.Spec.Kind != SpecRecord || f.Spec.Tag != "") {
			continue // a nested definition: no member
		}
		name := ""
		if f.Decl != nil {
			ft = b.declared(ft, f.Decl)
			name = f.Decl.Name
		}
		if name != "" {
			b.memberName(names, name, f.Off)
		} else if f.Decl == nil {
			// An anonymous member's members are the record's.
			for _, n := range memberNames(ft, nil) {
				b.memberName(names, n, f.Off)
			}
		}
		size, falign := b.sizeAlign(ft, f.Off)
		if size < 0 {
			// A flexible array member: only last, and it takes no room.
			if i != len(s.Fields)-1 || s.Union {
				b.fail(f.Off, "an array without a size must be the last member")
			}
			size = 0
		}
		// packed (the record's or the member's) makes the member's
		// alignment 1; aligned(N) raises it, even in a packed record.
		natural := falign
		packed := s.Packed || f.Decl != nil && f.Decl.Packed
		aligned := f.Decl != nil && f.Decl.Aligned != nil
		if packed {
			falign = 1
		}
		if aligned {
			falign = max(falign, b.alignment(f.Decl.Aligned))
		}
		if f.Decl != nil && f.Decl.Bits != nil {
			w := int(b.eval(f.Decl.Bits))
			if !isInteger(ft) {
				b.fail(f.Off, "bitfield %q must have an integer type", name)
			}
			if w < 0 || w > size*8 {
				b.fail(f.Decl.Bits.exprOff(), "bitfield %q is %d bits wide: its type holds %d", name, w, size*8)
			}
			if w == 0 {
				if name != "" {
					b.fail(f.Off, "bitfield %q has zero width", name)
				}
				if !s.Union {
					// Packed or not, to the type's own alignment.
					unit := natural * 8
					bit = (bit + unit - 1) / unit * unit
				}
				continue
			}
			off := bit
			if s.Union {
				off = 0
			} else {
				if aligned {
					unit := falign * 8
					off = (off + unit - 1) / unit * unit
				}
				if !packed {
					unit := size * 8
					if off/unit != (off+w-1)/unit {
						off = (off + unit - 1) / unit * unit
					}
				}
			}
			if name != "" || s.Packed {
				align = max(align, falign)
			}
			if name != "" {
				add(btf.Member{Name: name, Type: ft, Offset: btf.Bits(min(off, math.MaxUint32)), BitfieldSize: btf.Bits(w)}, f.Off)
			}
			if s.Union {
				maxBits = max(maxBits, w)
			} else {
				bit = off + w
			}
			continue
		}
		align = max(align, falign)
		off := 0
		if !s.Union {
			unit := falign * 8
			off = (bit + unit - 1) / unit * unit
			bit = off + size*8
		} else {
			maxBits = max(maxBits, size*8)
		}
		add(btf.Member{Name: name, Type: ft, Offset: btf.Bits(min(off, math.MaxUint32))}, f.Off)
	}
	if s.Aligned != nil {
		align = max(align, b.alignment(s.Aligned))
	}
	total := bit
	if s.Union {
		total = maxBits
	}
	bytes := (total + 7) / 8
	bytes = (bytes + align - 1) / align * align
	if bytes > math.MaxUint32 {
		b.fail(s.Off, "%s is too large", recordKey(s))
	}
	return members, bytes, align
}

// maxAlign is the largest alignment gcc accepts.
const maxAlign = 1 << 28

// alignment evaluates the N of aligned(N).
func (b *builder) alignment(e Expr) int {
	n := b.eval(e)
	if n <= 0 || n&(n-1) != 0 {
		b.fail(e.exprOff(), "aligned(%d) is not a power of two", n)
	}
	if n > maxAlign {
		b.fail(e.exprOff(), "aligned(%d) is more than the largest alignment, %d", n, maxAlign)
	}
	return int(n)
}

// memberName records a member's name, failing when the record (with its
// anonymous members) already has one of that name.
func (b *builder) memberName(names map[string]bool, name string, off int) {
	if names[name] {
		b.fail(off, "member %q is declared twice", name)
	}
	names[name] = true
}

// memberNames appends the names of a record's members, those of its
// anonymous members included, to names.
func memberNames(t btf.Type, names []string) []string {
	for _, m := range recordMembers(t) {
		if m.Name == "" {
			names = memberNames(m.Type, names)
		} else {
			names = append(names, m.Name)
		}
	}
	return names
}

// recordMembers are a struct's or union's members (nil for any other
// type).
func recordMembers(t btf.Type) []btf.Member {
	switch u := t.(type) {
	case *btf.Struct:
		return u.Members
	case *btf.Union:
		return u.Members
	}
	return nil
}

// alignOf is a record's alignment: recorded for those laid out here;
// for the kernel's, the largest of its members', or 1 when its size
// shows it packed.
func (b *builder) alignOf(t btf.Type) int {
	if a, ok := b.aligns[t]; ok {
		return a
	}
	members := recordMembers(t)
	a := 1
	for _, m := range members {
		_, ma := b.sizeAlign(m.Type, 0)
		a = max(a, ma)
	}
	if size, err := btf.Sizeof(t); err == nil && size%a != 0 {
		a = 1
	}
	b.aligns[t] = a
	return a
}

func isInteger(t btf.Type) bool {
	switch btf.UnderlyingType(t).(type) {
	case *btf.Int, *btf.Enum:
		return true
	}
	return false
}

// declared applies a declarator's pointers and suffixes to base.
func (b *builder) declared(base btf.Type, d *Declarator) btf.Type {
	t := base
	for i := 0; i < d.Ptrs; i++ {
		t = &btf.Pointer{Target: t}
		b.made = append(b.made, t)
	}
	for i := len(d.Suffixes) - 1; i >= 0; i-- {
		sf := d.Suffixes[i]
		if sf.Func {
			t = &btf.FuncProto{Return: t}
			continue
		}
		if _, ok := t.(*btf.FuncProto); ok {
			b.fail(sf.Off, "an array of functions is not C: use an array of function pointers")
		}
		n := int64(-1)
		if sf.Len != nil {
			n = b.eval(sf.Len)
			if n < 0 {
				b.fail(sf.Len.exprOff(), "an array cannot have %d elements", n)
			}
		} else if i != 0 {
			b.fail(sf.Off, "only the first dimension of an array may be left out")
		}
		if n >= 0 {
			sz, _ := b.sizeAlign(t, sf.Off)
			if sz < 0 {
				b.fail(sf.Off, "only the first dimension of an array may be left out")
			}
			if n > 1<<31 || int64(sz)*n > math.MaxUint32 {
				b.fail(sf.Len.exprOff(), "an array of %d elements is too large", n)
			}
		}
		arr := &btf.Array{Index: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}, Type: t, Nelems: uint32(max(n, 0))}
		if n < 0 {
			b.flex[arr] = true
		}
		t = arr
	}
	if d.Inner != nil {
		return b.declared(t, d.Inner)
	}
	return t
}

// sizeAlign returns the size and alignment of t; size -1 for a flexible
// array. A type of no size (void, a function, an incomplete record) is
// an error: it cannot be a member or an element.
func (b *builder) sizeAlign(t btf.Type, off int) (int, int) {
	switch u := t.(type) {
	case *btf.Typedef:
		if sa, ok := b.sizes[u]; ok {
			return sa[0], sa[1]
		}
		size, a := b.sizeAlign(u.Type, off)
		if ta, ok := b.aligns[u]; ok {
			a = ta
		}
		b.sizes[u] = [2]int{size, a}
		return size, a
	case *btf.Const:
		return b.sizeAlign(u.Type, off)
	case *btf.Volatile:
		return b.sizeAlign(u.Type, off)
	case *btf.Restrict:
		return b.sizeAlign(u.Type, off)
	case *btf.TypeTag:
		return b.sizeAlign(u.Type, off)
	case *btf.Pointer:
		return 8, 8
	case *btf.Int:
		return int(u.Size), max(int(u.Size), 1)
	case *btf.Float:
		return int(u.Size), int(u.Size)
	case *btf.Enum:
		return int(u.Size), int(u.Size)
	case *btf.Array:
		if sa, ok := b.sizes[u]; ok {
			return sa[0], sa[1]
		}
		sz, a := b.sizeAlign(u.Type, off)
		if b.flex[u] {
			sz = -1
		} else {
			sz *= int(u.Nelems)
		}
		b.sizes[u] = [2]int{sz, a}
		return sz, a
	case *btf.Struct, *btf.Union:
		if _, mine := b.complete[t]; !mine && b.isMine(t) {
			b.fail(off, "%s is used before its definition is complete", cName(t))
		}
		size, err := btf.Sizeof(t)
		if err != nil {
			b.fail(off, "%s: %v", cName(t), err)
		}
		return size, b.alignOf(t)
	case *btf.Fwd:
		if def := b.fwds[u]; def != nil {
			// Defined since (through a typedef made before).
			return b.sizeAlign(def, off)
		}
		b.fail(off, "%s %s is not defined (neither here nor in the kernel's BTF): only a pointer to it can be a member", u.Kind, u.Name)
	case *btf.Void:
		b.fail(off, "void cannot be a member")
	case *btf.FuncProto:
		b.fail(off, "a function cannot be a member: use a function pointer")
	}
	b.fail(off, "%s cannot be a member", cName(t))
	return 0, 0
}

// isMine says whether t is a record these definitions made.
func (b *builder) isMine(t btf.Type) bool {
	for _, v := range b.t.Named {
		if v == t {
			return true
		}
	}
	return false
}

func cName(t btf.Type) string {
	switch u := t.(type) {
	case *btf.Struct:
		return "struct " + u.Name
	case *btf.Union:
		return "union " + u.Name
	}
	return t.TypeName()
}

// enum defines or references an enum. gcc gives an enum unsigned int
// when every value fits, int when one is negative, and 8 bytes when a
// value needs them.
func (b *builder) enum(s *Spec) btf.Type {
	key := recordKey(s)
	if !s.HasBody {
		if t, ok := b.t.Named[key]; ok {
			return t
		}
		if t, err := b.lk.Kernel("enum", s.Tag); err == nil {
			return t
		}
		b.fail(s.Off, "enum %s is not defined (neither here nor in the kernel's BTF)", s.Tag)
	}
	if _, ok := b.t.Named[key]; ok && s.Tag != "" {
		b.fail(s.Off, "%s is defined twice", key)
	}
	e := &btf.Enum{Name: s.Tag, Size: 4}
	next := int64(0)
	var lo, hi int64
	for i, v := range s.Values {
		if v.Value != nil {
			next = b.eval(v.Value)
		}
		if _, dup := b.t.Enumerators[v.Name]; dup {
			b.fail(v.Off, "enumerator %s is defined twice", v.Name)
		}
		e.Values = append(e.Values, btf.EnumValue{Name: v.Name, Value: uint64(next)})
		b.t.Enumerators[v.Name] = Enumerated{Value: next, Enum: e}
		if i == 0 || next < lo {
			lo = min(lo, next)
		}
		hi = max(hi, next)
		next++
	}
	e.Signed = lo < 0
	if hi > 1<<32-1 || lo < -(1<<31) || (e.Signed && hi > 1<<31-1) {
		e.Size = 8
	}
	if s.Tag != "" {
		b.t.Named[key] = e
	}
	return e
}

// eval computes a constant expression.
func (b *builder) eval(e Expr) int64 {
	b.depth++
	defer func() { b.depth-- }()
	if b.depth > maxDepth*2 {
		b.fail(e.exprOff(), "expression nests too deep")
	}
	switch x := e.(type) {
	case *Num:
		return x.Value
	case *Ident:
		if v, ok := b.t.Enumerators[x.Name]; ok {
			return v.Value
		}
		if v, ok := b.lk.Constant(x.Name); ok {
			return v
		}
		b.fail(x.Off, "%q is not a constant gtrace knows (an enumerator, a #define or a kernel enumerator)", x.Name)
	case *Unary:
		v := b.eval(x.X)
		switch x.Op {
		case "-":
			return -v
		case "~":
			return ^v
		case "!":
			if v == 0 {
				return 1
			}
			return 0
		}
		return v
	case *Cond:
		if b.eval(x.C) != 0 {
			return b.eval(x.A)
		}
		return b.eval(x.B)
	case *SizeofType:
		t := b.declared(b.spec(x.Spec), x.Decl)
		sz, _ := b.sizeAlign(t, x.Off)
		if sz < 0 {
			b.fail(x.Off, "sizeof of an array without a size")
		}
		return int64(sz)
	case *Binary:
		l, r := b.eval(x.L), b.eval(x.R)
		switch x.Op {
		case "+":
			return l + r
		case "-":
			return l - r
		case "*":
			return l * r
		case "/", "%":
			if r == 0 {
				b.fail(x.Off, "division by zero")
			}
			if x.Op == "/" {
				return l / r
			}
			return l % r
		case "<<":
			return l << uint(r&63)
		case ">>":
			return l >> uint(r&63)
		case "&":
			return l & r
		case "|":
			return l | r
		case "^":
			return l ^ r
		}
		t := false
		switch x.Op {
		case "==":
			t = l == r
		case "!=":
			t = l != r
		case "<":
			t = l < r
		case ">":
			t = l > r
		case "<=":
			t = l <= r
		case ">=":
			t = l >= r
		case "&&":
			t = l != 0 && r != 0
		case "||":
			t = l != 0 || r != 0
		}
		if t {
			return 1
		}
		return 0
	}
	b.fail(e.exprOff(), "not a constant")
	return 0
}
