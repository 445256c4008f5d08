package stdlib

import (
	"net/netip"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
)

// pton("addr"): the bytes of an IPv4 or IPv6 address written as text,
// in network order, as an array of 4 or 16 uint8 (what ntop prints
// back, and what a kernel struct's address member compares with). The
// text must be known when the script compiles.

func init() {
	register(&Builtin{Name: "pton", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "the bytes of an IPv4 or IPv6 address: pton(\"10.0.0.1\")",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			a, ok := ptonArg(c, args[0])
			if !ok {
				return nil
			}
			c.Note(x, a.AsSlice())
			n := len(a.AsSlice())
			return &ast.Type{Kind: ast.KArray, Size: n, BTF: &btf.Array{
				Index:  &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed},
				Type:   &btf.Int{Name: "uint8", Size: 1},
				Nelems: uint32(n),
			}}
		},
		Value: func(e Emitter, x ast.Expr, args []ast.Expr, off int) {
			e.StoreBytes(off, e.Note(x).([]byte), e.Type(x).StorageSize())
		}})
}

// ptonArg parses pton's argument.
func ptonArg(c Checker, arg ast.Expr) (netip.Addr, bool) {
	s, ok := c.ConstString(arg)
	if !ok {
		if c.Expr(arg) != nil {
			c.Errorf(arg, "pton() needs an address known when the script compiles: a string literal or a positional parameter")
		}
		return netip.Addr{}, false
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		c.Errorf(arg, "pton() takes an IPv4 or IPv6 address, not %q", s)
		return netip.Addr{}, false
	}
	return a, true
}
