package stdlib

import (
	"net/netip"

	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// ntop([af,] addr): an address kept as (family, 16 address bytes) and
// printed as inet_ntop prints it. Its values have bpftrace's type name,
// inet.

// Address families, as the kernel numbers them.
const (
	afInet  = 2
	afInet6 = 10
)

// byteField notes a tracepoint byte array (__u8 daddr_v6[16]) that ntop
// reads whole: its length.
type byteField int

func init() {
	register(&Builtin{Name: "ntop", Kind: Function, MinArgs: 1, MaxArgs: 2, Samples: []string{"ntop(%s)", "ntop(2, %s)", "ntop(10, %s)"}, Doc: "an IPv4 or IPv6 address as text: ntop([af,] addr)",
		Output: "inet",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			addr := args[len(args)-1]
			if len(args) == 2 {
				c.IntExpr(args[0])
			}
			if !checkAddress(c, addr) {
				return nil
			}
			// (af, 16 address bytes); an IPv4 address fills the first 4.
			t := ast.TupleType([]*ast.Type{ast.Int64, ast.Uint64, ast.Uint64})
			t.Output = "inet"
			return t
		},
		Value: emitNtop,
		Render: func(_ Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			switch af := le64(b, 0); {
			case af == unix.AF_INET:
				return output.StrVal(netip.AddrFrom4([4]byte(b[8:12])).String()), nil
			case af == unix.AF_INET6 && len(b) >= 24:
				return output.StrVal(netip.AddrFrom16([16]byte(b[8:24])).String()), nil
			}
			return output.StrVal(""), nil
		}})
}

// checkAddress checks ntop()'s address: an IPv4 address as an integer, a
// tracepoint byte array (__u8 daddr[4], __u8 daddr_v6[16]), or kernel
// memory of 4 or 16 bytes (an array member, struct in6_addr).
func checkAddress(c Checker, addr ast.Expr) bool {
	if f, ok := addr.(*ast.Field); ok {
		if IsArgs(f.X) {
			if n, ok := tracepointBytes(c.Attach(), f); ok {
				c.Expr(f.X)
				c.Note(f, byteField(n))
				return true
			}
		}
	}
	t := c.Expr(addr)
	m := c.Member(addr)
	switch {
	case t == nil:
		return false
	case t.Kind == ast.KInt:
		return true
	case (t.Kind == ast.KArray || t.Kind == ast.KStruct) && (t.Size == 4 || t.Size == 16):
		return true
	case t.Kind == ast.KString && m != nil && (m.Nelems == 4 || m.Nelems == 16):
		return true // a byte array member such as in6_addr.in6_u.u6_addr8
	}
	c.Errorf(addr, "ntop() takes an IPv4 address as an integer, or 4 or 16 bytes of address; not %s", t)
	return false
}

// tracepointBytes reports the length of a byte-array field of the
// probe's args (the same in every attach point of the probe).
func tracepointBytes(attach []*ast.AttachInfo, f *ast.Field) (int, bool) {
	n := 0
	for _, a := range attach {
		tf := findField(a.Fields, f.Name)
		if tf == nil || tf.Array == 0 || tf.Size != tf.Array || (tf.Size != 4 && tf.Size != 16) || (n != 0 && n != tf.Size) {
			return 0, false
		}
		n = tf.Size
	}
	return n, n != 0
}

func findField(fs []ast.TracepointField, name string) *ast.TracepointField {
	for i := range fs {
		if fs[i].Name == name {
			return &fs[i]
		}
	}
	return nil
}

// emitNtop fills (af, 16 address bytes) at scratch offset off from an
// IPv4 integer, a tracepoint byte array, or 4 or 16 bytes of kernel
// memory. Without an explicit family, 16 bytes mean IPv6 and anything
// else IPv4.
func emitNtop(e Emitter, _ ast.Expr, args []ast.Expr, off int) {
	e.Zero(off, 24)
	addr := args[len(args)-1]
	size := 4
	f, isField := addr.(*ast.Field)
	_, isBytes := e.Note(addr).(byteField)
	switch {
	case isField && isBytes:
		tf := findField(e.Attach().Fields, f.Name)
		if tf == nil {
			e.Fail(f, "internal error: %s has no field %s", e.Attach().Name, f.Name)
		}
		size = tf.Size
		for i := 0; i < size; i++ {
			e.Emit(
				asm.LoadMem(asm.R1, insn.Ctx, int16(tf.Offset+i), asm.Byte),
				asm.StoreMem(insn.Scratch, int16(off+8+i), asm.R1, asm.Byte),
			)
		}
	case e.Member(addr) == nil && (e.Type(addr).Kind == ast.KArray || e.Type(addr).Kind == ast.KStruct):
		// A value the program holds: pton()'s, a variable's.
		size = e.Type(addr).Size
		e.CopyScratch(off+8, e.ValueAt(addr), size)
	case e.Member(addr) != nil:
		t := e.Type(addr)
		size = t.Size
		if t.Kind == ast.KString {
			size = e.Member(addr).Nelems // unsigned char[16]: bytes, not text
		}
		e.MemberAddr(addr)
		e.Emit(asm.Mov.Reg(asm.R3, asm.R0))
		e.ScratchAddr(asm.R1, off+8)
		e.Emit(asm.Mov.Imm(asm.R2, int32(size)))
		e.Call(asm.FnProbeReadKernel)
		e.CheckHelper("probe_read", addr, HelperReads)
	default:
		e.IntExpr(addr)
		e.Emit(asm.StoreMem(insn.Scratch, int16(off+8), asm.R0, asm.DWord))
	}
	if len(args) == 2 {
		e.IntExpr(args[0])
		e.Emit(asm.StoreMem(insn.Scratch, int16(off), asm.R0, asm.DWord))
	} else if size == 16 {
		e.Emit(insn.StoreImm64(insn.Scratch, int16(off), afInet6))
	} else {
		e.Emit(insn.StoreImm64(insn.Scratch, int16(off), afInet))
	}
}
