package cdecl

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// gccCases are definitions whose layout Build must give as gcc does. Each
// is parsed as a file of its own; later ones may use earlier ones.
var gccCases = []string{
	// Chars after longs, shorts between.
	"struct g01 { long a; char b; long c; char d, e; short f; char g; };",
	// Bitfields of one unit.
	"struct g02 { unsigned a:1, b:2, c:29; unsigned d:1; };",
	// Bitfields straddling their units.
	"struct g03 { unsigned a:30; unsigned b:4; unsigned char c:7; unsigned char d:2; unsigned short e:9; unsigned short f:8; int g:17; int h:17; };",
	// Zero-width bitfields of several types.
	"struct g04 { char a; int :0; char b; long :0; char c:3; unsigned :0; char d; short :0; char e:1; };",
	// Long long bitfields.
	"struct g05 { unsigned long long a:33; unsigned long long b:33; long long c:63; int d:5; };",
	"struct g05b { unsigned x:1; unsigned long long y:63; unsigned long long z:2; char w; };",
	// Bitfields of mixed types.
	"struct g06 { char a; int b:9; short c:3; char d:8; long e:1; char f; int g:31; };",
	// _Bool, enum, signed char and typedef bitfields.
	"enum g07e { G7A, G7B, G7C }; struct g07 { _Bool f:1; enum g07e e:2; signed char s:3; bool g:1; u8 h:4; __u16 i:12; uint32_t j:7; s64 k:50; };",
	// Nested records and arrays of them.
	"struct g08i { short s; char c; }; struct g08 { char a; struct g08i in; long l; struct g08i arr[3]; char z; };",
	// Anonymous members.
	"struct g09 { int a; union { int b; char c[6]; }; struct { char d; long e; }; char f; };",
	// A union of arrays.
	"union g10 { char c[13]; int i[3]; short s; };",
	// A union of a struct of bitfields, bitfields, an unnamed one.
	"union g11 { struct { unsigned lo:4, hi:4; } n; unsigned char byte; long long :7; unsigned x:20; };",
	// A packed struct.
	"struct __attribute__((packed)) g12 { char a; int b; short c; long d; char e; };",
	// A packed struct of bitfields.
	"struct g13 { char a; unsigned b:12; unsigned long c:50; char d; short e:3; } __attribute__((packed));",
	// An aligned struct, and one holding it.
	"struct g14 { char a; } __attribute__((aligned(16))); struct g14b { char x; struct g14 y; char z; };",
	// Aligned members.
	"struct g15 { char a; int b __attribute__((aligned(16))); char c; long d __attribute__((aligned(4))); char e; };",
	// Packed and aligned.
	"struct __attribute__((packed, aligned(4))) g16 { char a; long b; char c; };",
	// Aligned members of a packed struct.
	"struct __attribute__((packed)) g17 { char a; long b __attribute__((aligned(2))); char c; int d __attribute__((aligned(8))); char e; };",
	// Packed members of a struct that is not.
	"struct g18 { char a; int b __attribute__((packed)); char c; long d __attribute__((__packed__)); short e; char g; long f __attribute__((aligned(2), packed)); char h; long i __attribute__((packed, aligned(4))); };",
	// Enums with negative and wide values.
	"enum g19a { G19A = -1, G19B = 1 }; enum g19b { G19C = 1LL << 40 }; enum g19c { G19D = 0xffffffff }; enum g19d { G19E = -2, G19F = 0x80000000 }; enum g19e { G19G = -2147483648 }; struct g19 { char c; enum g19a a; char d; enum g19b b; enum g19c cc; enum g19d dd; char e; };",
	// Arrays of records, several dimensions.
	"struct g20 { struct { char c; int i; } pairs[3]; char m[2][3][5]; short n[4][2]; struct g08i grid[2][2]; char z; };",
	// Pointers and function pointers.
	"struct g21 { char a; void *p; char b; int (*fp)(int); char c; char **pp; void (*fa[3])(void); struct g21 *self; };",
	// Flexible array members.
	"struct g22 { short n; char c; long data[]; }; struct g22b { int n; char tail[]; };",
	// A typedef'd anonymous struct of fixed-width integers.
	"typedef struct { u8 a; u64 b; s16 c; __u32 d; uint8_t e; int64_t f; size_t g; __s8 h; u16 i; } g23_t;",
	// Floating point.
	"struct g24 { char a; double d; char b; long double ld; float f; char z; };",
	// Anonymous members nested in anonymous members.
	"struct g25 { char a; struct { short b; union { int c; struct { char d; char e:3; unsigned f:9; }; }; }; char g; };",
	// Unions with aligned and packed members.
	"union g26 { char c; int i __attribute__((aligned(8))); }; union __attribute__((packed)) g26b { char c; int i; short s[3]; };",
	// Bitfields of a union.
	"union g27 { unsigned char a:3; unsigned long long b:40; short c:16; };",
	// A record then bitfields.
	"struct g28 { struct g02 x; unsigned y:3; char z; unsigned w:31; unsigned char v:1; };",
	// Unnamed bitfields do not align the record.
	"struct g29 { char a; int :4; char b; long :3; };",
	// Attributes among the specifiers apply to every declarator.
	"struct g30 { char a; __attribute__((aligned(8))) int b, c; char d; unsigned long __attribute__((aligned(16))) e; char f; };",
	// Aligned typedefs: aligned sets a typedef's alignment, even lower.
	"typedef long g31l __attribute__((aligned(2))); typedef int __attribute__((aligned(16))) g31i; struct g31 { char a; g31l b; char c; g31i d; char e; g31l arr[3]; };",
	// Aligned bitfields.
	"struct g32 { char a; int b:4 __attribute__((aligned(8))); char c; int :3 __attribute__((aligned(4))); char d; };",
	// Packed bitfields.
	"struct g33 { char a; int b:4 __attribute__((packed)); int c:30 __attribute__((packed)); char d; };",
	// Zero-width bitfields in a packed struct.
	"struct __attribute__((packed)) g34 { char a; int :0; char b; short c:9; short d:9; long :0; char e; };",
	// A packed struct in one that is not.
	"struct g35 { char a; struct g12 p; char b; struct g16 q; char c; };",
	// Definitions nested in a record, and their enumerators.
	"struct g36 { struct g36in { char x; long y; } in; enum g36e { G36A = 3 } e; int arr[G36A]; };",
	"struct g37 { struct g37in { short q; }; enum g37e { G37A = 2, G37B }; char c; }; struct g37u { struct g37in a[G37B]; char d; };",
	// sizeof in array lengths.
	"struct g38 { char buf[sizeof(struct g08i) * 2 + 1]; int x; char y[sizeof(long[3]) - sizeof(int *)]; };",
	// Shorts and chars.
	"struct g39 { short a; char b; short c[3]; char d; int e; char f[5]; long long g; char h; };",
	// Char bitfields crossing bytes, then ints.
	"struct g40 { char a:4; char b:5; char c:7; int d:20; int e:13; char f:1; };",
	// Qualified members.
	"struct g41 { const char a; volatile long b; const volatile short c; char *const d; const struct g08i e; };",
	// A bitfield after a char, in the same int.
	"struct g42 { char a; int b:24; char c; short d:10; };",
	// A union holding records and arrays of them.
	"union g43 { struct g01 a; struct g08i b[5]; struct { char x; short y; } c[3]; };",
	// A typedef'd enum, and an enum in a packed struct.
	"typedef enum { G44A = 5, G44B = -3 } g44_t; struct __attribute__((packed)) g44 { char c; g44_t e; enum g19b b; };",
	// Bitfields filling a long exactly, then one more.
	"struct g45 { unsigned long a:32, b:16, c:8, d:8; unsigned long e:1; };",
	// A typedef of a record defined after it, used by value.
	"typedef struct g46 g46_t; struct g46 { char c; long l; }; struct g46b { g46_t a; char b; g46_t arr[2]; char d[sizeof(g46_t)]; };",
	// Bitfields around a record.
	"struct g47 { unsigned a:3; struct g08i s; unsigned b:3; };",
	// Bitfields in the bytes before them.
	"struct g48 { char a[3]; long b:40; }; struct g49 { char a[5]; int b:16; short c:1; };",
	// aligned without a number.
	"struct g50 { char a; int b __attribute__((aligned)); char c; };",
	// Bitfields of enums of 8 and 4 bytes.
	"struct g51 { enum g19b x:41; enum g19a y:2; enum g19d z:33; };",
}

// gccGen writes the C program that prints gcc's layout and keeps, by
// label, the values Build gives.
type gccGen struct {
	c    strings.Builder
	want map[string]int64
	errs []string
}

func (g *gccGen) check(label, expr string, want int64) {
	if _, dup := g.want[label]; dup {
		g.errs = append(g.errs, "label twice: "+label)
	}
	g.want[label] = want
	fmt.Fprintf(&g.c, "\tP(%q, %s);\n", label, expr)
}

// members checks a record's members, descending into anonymous
// records (and arrays of them) with their offsets added.
func (g *gccGen) members(ctype, prefix string, base btf.Bits, t btf.Type) {
	var members []btf.Member
	switch u := t.(type) {
	case *btf.Struct:
		members = u.Members
	case *btf.Union:
		members = u.Members
	}
	for _, m := range members {
		off := base + m.Offset
		if m.Name == "" {
			g.members(ctype, prefix, off, m.Type)
			continue
		}
		path := prefix + m.Name
		label := ctype + "." + path
		if m.BitfieldSize != 0 {
			g.want[label+" bit"] = int64(off)
			g.want[label+" width"] = int64(m.BitfieldSize)
			fmt.Fprintf(&g.c, "\t{ %s v; memset(&v, 0, sizeof v); v.%s = -1; P(%q, firstbit(&v, sizeof v)); P(%q, nbits(&v, sizeof v)); }\n",
				ctype, path, label+" bit", label+" width")
			continue
		}
		if off%8 != 0 {
			g.errs = append(g.errs, fmt.Sprintf("%s is at bit %d, in the middle of a byte", label, off))
		}
		g.check(label+" offset", fmt.Sprintf("offsetof(%s, %s)", ctype, path), int64(off/8))
		if a, ok := m.Type.(*btf.Array); !ok || a.Nelems != 0 {
			// sizeof a flexible array member is not C.
			size, err := btf.Sizeof(m.Type)
			if err != nil {
				g.errs = append(g.errs, fmt.Sprintf("%s: %v", label, err))
			}
			g.check(label+" size", fmt.Sprintf("sizeof(((%s *)0)->%s)", ctype, path), int64(size))
		}
		switch u := m.Type.(type) {
		case *btf.Struct, *btf.Union:
			if u.TypeName() == "" {
				g.members(ctype, path+".", off, u)
			}
		case *btf.Array:
			if _, ok := u.Type.(*btf.Struct); ok && u.Type.TypeName() == "" && u.Nelems > 1 {
				size, _ := btf.Sizeof(u.Type)
				g.members(ctype, path+"[1].", off+btf.Bits(size*8), u.Type)
			}
		}
	}
}

const gccPrelude = `#include <stdio.h>
#include <stddef.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
typedef uint8_t u8; typedef uint16_t u16; typedef uint32_t u32; typedef uint64_t u64;
typedef int8_t s8; typedef int16_t s16; typedef int32_t s32; typedef int64_t s64;
typedef uint8_t __u8; typedef uint16_t __u16; typedef uint32_t __u32; typedef uint64_t __u64;
typedef int8_t __s8; typedef int16_t __s16; typedef int32_t __s32; typedef int64_t __s64;
static int firstbit(const void *p, size_t n) {
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++)
		for (int j = 0; j < 8; j++)
			if (b[i] >> j & 1)
				return i * 8 + j;
	return -1;
}
static int nbits(const void *p, size_t n) {
	const unsigned char *b = p;
	int c = 0;
	for (size_t i = 0; i < n; i++)
		c += __builtin_popcount(b[i]);
	return c;
}
#define P(l, e) printf("%s\t%lld\n", l, (long long)(e))
`

func TestLayoutAgainstGCC(t *testing.T) {
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("gcc is not in PATH: there is nothing to compare the layouts with")
	}
	var files []*File
	for _, src := range gccCases {
		f, err := Parse(src, 0)
		if err != nil {
			t.Fatalf("%s: Parse: %d: %s", src, err.Off, err.Msg)
		}
		files = append(files, f)
	}
	ty, berr := Build(files, fakeLookup{})
	if berr != nil {
		t.Fatalf("Build: file %d: %d: %s", berr.File, berr.Off, berr.Msg)
	}
	// The types to check, by their C spelling: every record, enum and
	// typedef but those that name a record checked by its tag.
	var ctypes []string
	for key, typ := range ty.Named {
		switch u := typ.(type) {
		case *btf.Fwd:
			continue
		case *btf.Typedef:
			if r, ok := u.Type.(*btf.Struct); ok && r.Name != "" {
				continue
			}
		}
		ctypes = append(ctypes, key)
	}
	sort.Strings(ctypes)
	if len(ctypes) < 25 {
		t.Fatalf("only %d types to compare", len(ctypes))
	}
	// Alignment: the offset of a member after a char.
	var wrap strings.Builder
	for i, ct := range ctypes {
		fmt.Fprintf(&wrap, "struct gtrace_align%d { char c; %s x; };\n", i, ct)
	}
	wf, perr := Parse(wrap.String(), 0)
	if perr != nil {
		t.Fatalf("Parse: %d: %s", perr.Off, perr.Msg)
	}
	wty, berr := Build(append(files, wf), fakeLookup{})
	if berr != nil {
		t.Fatalf("Build: file %d: %d: %s", berr.File, berr.Off, berr.Msg)
	}

	g := &gccGen{want: map[string]int64{}}
	g.c.WriteString(gccPrelude)
	for _, src := range gccCases {
		g.c.WriteString(src + "\n")
	}
	g.c.WriteString("int main(void) {\n")
	records := 0
	for i, ct := range ctypes {
		typ := ty.Named[ct]
		size, err := btf.Sizeof(typ)
		if err != nil {
			t.Fatalf("%s: %v", ct, err)
		}
		g.check(ct+" sizeof", "sizeof("+ct+")", int64(size))
		w := wty.Named[fmt.Sprintf("struct gtrace_align%d", i)].(*btf.Struct)
		g.check(ct+" alignof", "_Alignof("+ct+")", int64(w.Members[1].Offset/8))
		under := typ
		if td, ok := typ.(*btf.Typedef); ok {
			under = td.Type
		}
		switch u := under.(type) {
		case *btf.Struct, *btf.Union:
			// A typedef of an anonymous record, or the record.
			if typ == under || u.TypeName() == "" {
				records++
				g.members(ct, "", 0, u)
			}
		case *btf.Enum:
			signed := int64(0)
			if u.Signed {
				signed = 1
			}
			g.check(ct+" signed", "("+ct+")-1 < 0", signed)
		}
	}
	var names []string
	for name := range ty.Enumerators {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		g.check("enumerator "+name, name, ty.Enumerators[name].Value)
	}
	g.c.WriteString("\treturn 0;\n}\n")
	for _, e := range g.errs {
		t.Error(e)
	}
	if records < 25 {
		t.Errorf("only %d records to compare", records)
	}

	dir := t.TempDir()
	csrc := filepath.Join(dir, "layout.c")
	if err := os.WriteFile(csrc, []byte(g.c.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(dir, "layout")
	cmd := exec.Command(gcc, "-std=gnu11", "-w", "-o", prog, csrc)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	cmd = exec.Command(prog)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v", prog, err)
	}
	got := map[string]int64{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		label, value, ok := strings.Cut(sc.Text(), "\t")
		n, err := strconv.ParseInt(value, 10, 64)
		if !ok || err != nil {
			t.Fatalf("the program printed %q", sc.Text())
		}
		got[label] = n
	}
	var labels []string
	for l := range g.want {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		v, ok := got[l]
		switch {
		case !ok:
			t.Errorf("%s: gcc printed nothing", l)
		case v != g.want[l]:
			t.Errorf("%s: Build gives %d, gcc %d", l, g.want[l], v)
		}
	}
	if len(got) != len(g.want) {
		t.Errorf("gcc printed %d values, Build gave %d", len(got), len(g.want))
	}
	if t.Failed() {
		t.Logf("the program:\n%s", g.c.String())
	}
	t.Logf("compared %d values of %d types (%d records) with gcc", len(labels), len(ctypes), records)
}
