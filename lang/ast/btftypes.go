package ast

import (
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// ValueType is the type of a value of BTF type t read from kernel memory;
// char arrays read as strings of capacity strlen.
func ValueType(t btf.Type, strlen int) (*Type, error) {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		if u.Size > 8 {
			return nil, fmt.Errorf("%d-byte integers are not supported", u.Size)
		}
		if u.Encoding == btf.Bool {
			return IntType(1, false), nil
		}
		return IntType(int(u.Size), u.Encoding&btf.Signed != 0), nil
	case *btf.Enum:
		return IntType(int(u.Size), u.Signed), nil
	case *btf.Pointer:
		return &Type{Kind: KInt, Size: 8, Pointer: true, UserPtr: userTagged(u.Target), Elem: u.Target}, nil
	case *btf.Struct, *btf.Union:
		size, _ := btf.Sizeof(u)
		return &Type{Kind: KStruct, Size: size, BTF: u}, nil
	case *btf.Array:
		if IsChar(u.Type) {
			return StringType(strlen), nil
		}
		size, _ := btf.Sizeof(u)
		return &Type{Kind: KArray, Size: size, BTF: u}, nil
	default:
		return nil, fmt.Errorf("values of type %s are not supported", CTypeName(t))
	}
}

// userTagged says whether a pointer's target carries the BTF type tag
// "user" (__user, where the kernel was built with type tags).
func userTagged(t btf.Type) bool {
	for {
		switch u := t.(type) {
		case *btf.TypeTag:
			if u.Value == "user" {
				return true
			}
			t = u.Type
		case *btf.Const:
			t = u.Type
		case *btf.Volatile:
			t = u.Type
		case *btf.Restrict:
			t = u.Type
		default:
			return false
		}
	}
}

// IsChar says whether t is a one-byte integer.
func IsChar(t btf.Type) bool {
	i, ok := btf.UnderlyingType(t).(*btf.Int)
	return ok && i.Size == 1
}

// FindMember looks name up in a struct or union, descending into
// anonymous members, and returns its BTF member and bit offset.
func FindMember(t btf.Type, name string) (*btf.Member, uint32, bool) {
	members := membersOf(t)
	for i := range members {
		m := &members[i]
		if m.Name == name {
			return m, uint32(m.Offset), true
		}
		if m.Name == "" {
			if inner, off, ok := FindMember(m.Type, name); ok {
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

// MemberNames lists the member names of a struct or union, those of
// anonymous members included, for "did you mean" hints.
func MemberNames(t btf.Type) []string {
	var out []string
	for _, m := range membersOf(t) {
		if m.Name == "" {
			out = append(out, MemberNames(m.Type)...)
		} else {
			out = append(out, m.Name)
		}
	}
	return out
}
