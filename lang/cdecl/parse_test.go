package cdecl

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf/btf"
)

// The "kernel" the tests' Lookup knows.
var (
	kInt   = &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	kUint  = &btf.Int{Name: "unsigned int", Size: 4, Encoding: btf.Unsigned}
	kChar  = &btf.Int{Name: "char", Size: 1, Encoding: btf.Char | btf.Signed}
	kPid   = &btf.Typedef{Name: "pid_t", Type: kInt}
	kComm  = &btf.Array{Index: kInt, Type: kChar, Nelems: 16}
	kTask  = &btf.Struct{Name: "task_struct", Size: 9792, Members: []btf.Member{{Name: "__state", Type: kUint, Offset: 0}, {Name: "stack", Type: &btf.Pointer{Target: &btf.Void{}}, Offset: 64}, {Name: "pid", Type: kPid, Offset: 1024}, {Name: "comm", Type: kComm, Offset: 2048}}}
	kRQ    = &btf.Union{Name: "kunion", Size: 4, Members: []btf.Member{{Name: "i", Type: kInt}, {Name: "c", Type: kChar}}}
	kPack  = &btf.Struct{Name: "kpacked", Size: 5, Members: []btf.Member{{Name: "c", Type: kChar}, {Name: "i", Type: kInt, Offset: 8}}}
	kPidTy = &btf.Enum{Name: "pid_type", Size: 4, Values: []btf.EnumValue{{Name: "PIDTYPE_PID", Value: 0}, {Name: "PIDTYPE_TGID", Value: 1}}}
)

// fakeLookup is a kernel with a few types and constants.
type fakeLookup struct{}

func (fakeLookup) Kernel(kind, name string) (btf.Type, error) {
	switch kind + " " + name {
	case "struct task_struct":
		return kTask, nil
	case "struct kpacked":
		return kPack, nil
	case "union kunion":
		return kRQ, nil
	case "enum pid_type":
		return kPidTy, nil
	case " pid_t":
		return kPid, nil
	}
	return nil, errors.New("not in the kernel's BTF")
}

func (fakeLookup) Constant(name string) (int64, bool) {
	switch name {
	case "TASK_COMM_LEN":
		return 16, true
	case "PAGE_SHIFT":
		return 12, true
	}
	return 0, false
}

// render writes t compactly: records and enums in full when top is set
// or they have no name (else by name), members as `name type@bitoffset`
// with `:width` for bitfields.
func render(t btf.Type, top bool) string {
	switch u := t.(type) {
	case *btf.Struct:
		return renderRecord("struct", u.Name, u.Size, u.Members, top)
	case *btf.Union:
		return renderRecord("union", u.Name, u.Size, u.Members, top)
	case *btf.Enum:
		if !top && u.Name != "" {
			return "enum " + u.Name
		}
		sign := "u"
		if u.Signed {
			sign = "s"
		}
		var vals []string
		for _, v := range u.Values {
			if u.Signed {
				vals = append(vals, fmt.Sprintf("%s=%d", v.Name, int64(v.Value)))
			} else {
				vals = append(vals, fmt.Sprintf("%s=%d", v.Name, v.Value))
			}
		}
		return fmt.Sprintf("enum %s(%d%s){%s}", u.Name, u.Size, sign, strings.Join(vals, ","))
	case *btf.Typedef:
		if top {
			return "typedef " + u.Name + " = " + render(u.Type, false)
		}
		return u.Name
	case *btf.Int:
		return u.Name
	case *btf.Float:
		return u.Name
	case *btf.Void:
		return "void"
	case *btf.Pointer:
		return "*" + render(u.Target, false)
	case *btf.Array:
		return fmt.Sprintf("[%d]%s", u.Nelems, render(u.Type, false))
	case *btf.FuncProto:
		return "fn()" + render(u.Return, false)
	case *btf.Fwd:
		return "fwd " + u.Kind.String() + " " + u.Name
	case *btf.Const:
		return "const " + render(u.Type, false)
	case *btf.Volatile:
		return "volatile " + render(u.Type, false)
	case nil:
		return "<nil>"
	}
	return fmt.Sprintf("%T", t)
}

func renderRecord(kind, name string, size uint32, members []btf.Member, top bool) string {
	if !top && name != "" {
		return kind + " " + name
	}
	var ms []string
	for _, m := range members {
		n := m.Name
		if n == "" {
			n = "-"
		}
		s := fmt.Sprintf("%s %s@%d", n, render(m.Type, false), m.Offset)
		if m.BitfieldSize != 0 {
			s += fmt.Sprintf(":%d", m.BitfieldSize)
		}
		ms = append(ms, s)
	}
	return fmt.Sprintf("%s %s(%d){%s}", kind, name, size, strings.Join(ms, "; "))
}

// testBase is added to every offset, to see that errors carry it.
const testBase = 1000

func build(t *testing.T, src string) *Types {
	t.Helper()
	f, err := Parse(src, testBase)
	if err != nil {
		t.Fatalf("Parse: %d: %s", err.Off-testBase, err.Msg)
	}
	ty, err := Build([]*File{f}, fakeLookup{})
	if err != nil {
		t.Fatalf("Build: %d: %s", err.Off-testBase, err.Msg)
	}
	return ty
}

type acceptCase struct {
	name string
	src  string
	// want is every entry of Types.Named, rendered.
	want map[string]string
	// enumerators, when given, is every entry of Types.Enumerators.
	enumerators map[string]int64
}

var acceptCases = []acceptCase{
	{
		name: "struct padding",
		src:  "struct a { char c; int i; short s; long l; char d; };",
		want: map[string]string{"struct a": "struct a(32){c char@0; i int@32; s short@64; l long@128; d char@192}"},
	},
	{
		name: "union",
		src:  "union u { char c; int i; long l[2]; short s[9]; };",
		want: map[string]string{"union u": "union u(24){c char@0; i int@0; l [2]long@0; s [9]short@0}"},
	},
	{
		name:        "enum values and references",
		src:         "enum e { A, B = 5, C, D = B + C * 2, E = -1, F };",
		want:        map[string]string{"enum e": "enum e(4s){A=0,B=5,C=6,D=17,E=-1,F=0}"},
		enumerators: map[string]int64{"A": 0, "B": 5, "C": 6, "D": 17, "E": -1, "F": 0},
	},
	{
		name:        "enum sizes and signedness",
		src:         "enum u4 { U4 = 0xffffffff }; enum s4 { S4a = -2147483648, S4b = 2147483647 }; enum u8 { U8 = 1LL << 40 }; enum s8 { S8a = -1, S8b = 0x80000000 }; enum s8b { S8c = -2147483649 };",
		want:        map[string]string{"enum u4": "enum u4(4u){U4=4294967295}", "enum s4": "enum s4(4s){S4a=-2147483648,S4b=2147483647}", "enum u8": "enum u8(8u){U8=1099511627776}", "enum s8": "enum s8(8s){S8a=-1,S8b=2147483648}", "enum s8b": "enum s8b(8s){S8c=-2147483649}"},
		enumerators: map[string]int64{"U4": 4294967295, "S4a": -2147483648, "S4b": 2147483647, "U8": 1 << 40, "S8a": -1, "S8b": 2147483648, "S8c": -2147483649},
	},
	{
		name:        "enum expressions, literals and constants",
		src:         "enum x { X0 = 0x10, X1 = 010, X2 = 0b101, X3 = 10UL, X4 = 'a', X5 = '\\n', X6 = (1 << 4) | 1, X7 = ~0 & 7, X8 = !0 + !5, X9 = 10 % 3 * 4 / 2, X10 = X0 > X1 ? X2 : X3, X11 = TASK_COMM_LEN << PAGE_SHIFT, X12 = -X4 >> 1, X13 = 1 == 1 && 2 != 2 || 3 <= 3, X14 = 7 ^ 2 - 1, X15 = sizeof(struct task_struct) };",
		want:        map[string]string{"enum x": "enum x(4s){X0=16,X1=8,X2=5,X3=10,X4=97,X5=10,X6=17,X7=7,X8=1,X9=2,X10=5,X11=65536,X12=-49,X13=1,X14=6,X15=9792}"},
		enumerators: map[string]int64{"X0": 16, "X1": 8, "X2": 5, "X3": 10, "X4": 97, "X5": 10, "X6": 17, "X7": 7, "X8": 1, "X9": 2, "X10": 5, "X11": 65536, "X12": -49, "X13": 1, "X14": 6, "X15": 9792},
	},
	{
		name:        "anonymous and typedef'd enums",
		src:         "enum { N = 4 }; typedef enum { TA, TB = N } te_t; struct s { int a[N]; te_t t; enum { Z = 9 } z; };",
		want:        map[string]string{"te_t": "typedef te_t = enum (4u){TA=0,TB=4}", "struct s": "struct s(24){a [4]int@0; t te_t@128; z enum (4u){Z=9}@160}"},
		enumerators: map[string]int64{"N": 4, "TA": 0, "TB": 4, "Z": 9},
	},
	{
		name: "typedefs",
		src:  "typedef struct { int a; } T; typedef T *TP, TA[3]; typedef unsigned long long ull; struct s { T t; TP p; TA arr; ull u; };",
		want: map[string]string{
			"T":        "typedef T = struct (4){a int@0}",
			"TP":       "typedef TP = *T",
			"TA":       "typedef TA = [3]T",
			"ull":      "typedef ull = unsigned long long",
			"struct s": "struct s(40){t T@0; p TP@64; arr TA@128; u ull@256}",
		},
	},
	{
		name: "nested and anonymous members",
		src:  "struct o { char c; struct i { int x; } in; struct { char a, b; } pair; union { int u; float f; }; struct { short s; long l; }; };",
		want: map[string]string{
			"struct i": "struct i(4){x int@0}",
			"struct o": "struct o(32){c char@0; in struct i@32; pair struct (2){a char@0; b char@8}@64; - union (4){u int@0; f float@0}@96; - struct (16){s short@0; l long@64}@128}",
		},
	},
	{
		name:        "nested definitions with a tag declare no member",
		src:         "struct s { struct in { int a; }; enum e { E1 = 7, E2 }; union un { char c; }; int b; }; struct t { struct in v; int arr[E2]; union un u; };",
		want:        map[string]string{"struct in": "struct in(4){a int@0}", "enum e": "enum e(4u){E1=7,E2=8}", "union un": "union un(1){c char@0}", "struct s": "struct s(4){b int@0}", "struct t": "struct t(40){v struct in@0; arr [8]int@32; u union un@288}"},
		enumerators: map[string]int64{"E1": 7, "E2": 8},
	},
	{
		name: "multi-dimensional arrays",
		src:  "struct m { int a[2][3]; char b[4][5][6]; short c[1][1]; long z[0]; };",
		want: map[string]string{"struct m": "struct m(152){a [2][3]int@0; b [4][5][6]char@192; c [1][1]short@1152; z [0]long@1216}"},
	},
	{
		name: "pointers to pointers",
		src:  "struct p { char c; char **pp; int ***ppp; void *v; struct p *self; const char *const *cpp; };",
		want: map[string]string{"struct p": "struct p(48){c char@0; pp **char@64; ppp ***int@128; v *void@192; self *struct p@256; cpp **char@320}"},
	},
	{
		name: "function pointers",
		src:  "struct f { int (*fp)(int, char *); void (*fps[4])(void); int *(*(*fpp))(struct f *, ...); char c; int (*(*fr)(int))[3]; };",
		want: map[string]string{"struct f": "struct f(64){fp *fn()int@0; fps [4]*fn()void@64; fpp **fn()*int@320; c char@384; fr *fn()*[3]int@448}"},
	},
	{
		name: "function types through typedefs",
		src:  "typedef int handler_t(int); struct h { handler_t *h; char c; }; int f(int); extern int v; static const int w; void (*signal(int sig, void (*func)(int)))(int);",
		want: map[string]string{"handler_t": "typedef handler_t = fn()int", "struct h": "struct h(16){h *handler_t@0; c char@64}"},
	},
	{
		name: "const and volatile",
		src:  "struct cv { const volatile int a; const char *const p; volatile unsigned long v; char const c; __restrict char *r; };",
		want: map[string]string{"struct cv": "struct cv(40){a int@0; p *char@64; v unsigned long@128; c char@192; r *char@256}"},
	},
	{
		name: "the semicolon after a closing brace is optional",
		src:  "struct a { int x; } struct b { int y; } enum c { C0 } union d { int z; } typedef int T; struct e { T t; }",
		want: map[string]string{
			"struct a": "struct a(4){x int@0}",
			"struct b": "struct b(4){y int@0}",
			"enum c":   "enum c(4u){C0=0}",
			"union d":  "union d(4){z int@0}",
			"T":        "typedef T = int",
			"struct e": "struct e(4){t T@0}",
		},
	},
	{
		name: "flexible array member",
		src:  "struct f { short n; char c; long data[]; }; struct g { int n; char tail[][4]; }; typedef int fa[]; struct h { char c; fa x; };",
		want: map[string]string{
			"struct f": "struct f(8){n short@0; c char@16; data [0]long@64}",
			"struct g": "struct g(4){n int@0; tail [0][4]char@32}",
			"fa":       "typedef fa = [0]int",
			"struct h": "struct h(4){c char@0; x fa@32}",
		},
	},
	{
		name: "forward references through pointers",
		src:  "struct l { struct n *head; union v *val; }; struct n { struct n *next; int v; }; union v { long l; };",
		want: map[string]string{
			"struct l": "struct l(16){head *struct n@0; val *union v@64}",
			"struct n": "struct n(16){next *struct n@0; v int@64}",
			"union v":  "union v(8){l long@0}",
		},
	},
	{
		name: "pointers to records never defined",
		src:  "struct s; struct l { struct nowhere *p; union unknown *u; };",
		want: map[string]string{
			"struct s":       "fwd struct s",
			"struct nowhere": "fwd struct nowhere",
			"union unknown":  "fwd union unknown",
			"struct l":       "struct l(16){p *fwd struct nowhere@0; u *fwd union unknown@64}",
		},
	},
	{
		name: "sizeof in an array length",
		src:  "struct a { char c; long l; }; struct s { char b1[sizeof(struct task_struct) / 1024]; char b2[sizeof(int) * 2]; char b3[sizeof(struct a)]; char b4[sizeof(long[3])]; char b5[sizeof(char *)]; char b6[sizeof(int (*)[4]) + sizeof(pid_t) + sizeof(u16) + sizeof(enum pid_type)]; };",
		want: map[string]string{
			"struct a": "struct a(16){c char@0; l long@64}",
			"struct s": "struct s(83){b1 [9]char@0; b2 [8]char@72; b3 [16]char@136; b4 [24]char@264; b5 [8]char@456; b6 [18]char@520}",
		},
	},
	{
		name: "kernel types and constants",
		src:  "struct k { char c; struct task_struct *t; pid_t pid; struct task_struct inl; char comm[TASK_COMM_LEN]; enum pid_type type; union kunion u; char d; struct kpacked p; };",
		want: map[string]string{"struct k": "struct k(9848){c char@0; t *struct task_struct@64; pid pid_t@128; inl struct task_struct@192; comm [16]char@78528; type enum pid_type@78656; u union kunion@78688; d char@78720; p struct kpacked@78728}"},
	},
	{
		name: "bitfields",
		src:  "struct bf { unsigned a:3, b:5; unsigned c:30; int :0; char d:2; long e:40; unsigned char f:7, g:2; int :4; short h:9; _Bool i:1; };",
		want: map[string]string{"struct bf": "struct bf(24){a unsigned int@0:3; b unsigned int@3:5; c unsigned int@32:30; d char@64:2; e long@66:40; f unsigned char@112:7; g unsigned char@120:2; h short@128:9; i _Bool@137:1}"},
	},
	{
		name: "bitfields in a union",
		src:  "union ub { unsigned char a:3; unsigned long long b:40; int :7; };",
		want: map[string]string{"union ub": "union ub(8){a unsigned char@0:3; b unsigned long long@0:40}"},
	},
	{
		name: "bitfields of enum and typedef types",
		src:  "enum e { E0, E1, E2 }; typedef unsigned short us; struct s { enum e k:2; us a:9; u8 b:4; __u32 c:20; pid_t d:3; };",
		want: map[string]string{
			"enum e":   "enum e(4u){E0=0,E1=1,E2=2}",
			"us":       "typedef us = unsigned short",
			"struct s": "struct s(8){k enum e@0:2; a us@2:9; b u8@11:4; c __u32@32:20; d pid_t@52:3}",
		},
	},
	{
		name: "packed and aligned records",
		src:  "struct __attribute__((packed)) p { char a; int b; short c; long d; }; struct q { char a; int b; } __attribute__((__aligned__(16))); struct r { char a; struct q q; char z; }; struct __attribute__((packed, aligned(4))) s { char a; long b; }; struct t { char a; int b; } __attribute__((aligned)); typedef struct { char c; int i; } __attribute__((packed)) pt;",
		want: map[string]string{
			"struct p": "struct p(15){a char@0; b int@8; c short@40; d long@56}",
			"struct q": "struct q(16){a char@0; b int@32}",
			"struct r": "struct r(48){a char@0; q struct q@128; z char@256}",
			"struct s": "struct s(12){a char@0; b long@8}",
			"struct t": "struct t(16){a char@0; b int@32}",
			"pt":       "typedef pt = struct (5){c char@0; i int@8}",
		},
	},
	{
		name: "packed and aligned members",
		src:  "struct m { char a; int b __attribute__((packed)); char c; long d __attribute__((aligned(16))); char e; __attribute__((aligned(8))) int f, g; short __attribute__((aligned(4))) h; long i __attribute__((packed, aligned(2))); };",
		want: map[string]string{"struct m": "struct m(64){a char@0; b int@8; c char@40; d long@128; e char@192; f int@256; g int@320; h short@352; i long@368}"},
	},
	{
		name: "aligned typedefs",
		src:  "typedef long al2 __attribute__((aligned(2))); typedef int __attribute__((aligned(8))) al8; struct w { char a; al2 b[2]; char c; al8 d; };",
		want: map[string]string{"al2": "typedef al2 = long", "al8": "typedef al8 = int", "struct w": "struct w(32){a char@0; b [2]al2@16; c char@144; d al8@192}"},
	},
	{
		name: "attributes gtrace ignores",
		src:  "struct __attribute__((preserve_access_index)) s { int a __attribute__((unused)); int b __attribute__((deprecated(\"no\"))); } __attribute__((designated_init));",
		want: map[string]string{"struct s": "struct s(8){a int@0; b int@32}"},
	},
	{
		name: "comments",
		src:  "// a line\nstruct /* a */ c { int /* b */ x; // c\n char y; /**/ };\n/* the end */",
		want: map[string]string{"struct c": "struct c(8){x int@0; y char@32}"},
	},
	{
		name: "typedef of a record defined later",
		src:  "typedef struct node node_t; struct node { node_t *next; int v; }; struct list { node_t *head; node_t first; char c[sizeof(node_t)]; };",
		want: map[string]string{
			"node_t":      "typedef node_t = struct node",
			"struct node": "struct node(16){next *node_t@0; v int@64}",
			"struct list": "struct list(40){head *node_t@0; first node_t@64; c [16]char@192}",
		},
	},
	{
		name: "empty file",
		src:  " ; ;; // nothing\n",
		want: map[string]string{},
	},
	{
		name: "an empty struct",
		src:  "struct empty {}; struct s { char c; struct empty e; char d; };",
		want: map[string]string{"struct empty": "struct empty(0){}", "struct s": "struct s(2){c char@0; e struct empty@8; d char@8}"},
	},
}

func TestAccepted(t *testing.T) {
	for _, c := range acceptCases {
		t.Run(c.name, func(t *testing.T) {
			ty := build(t, c.src)
			got := map[string]string{}
			for k, v := range ty.Named {
				got[k] = render(v, true)
			}
			for k, w := range c.want {
				if got[k] != w {
					t.Errorf("%s:\n got %s\nwant %s", k, got[k], w)
				}
			}
			for k, g := range got {
				if _, ok := c.want[k]; !ok {
					t.Errorf("unexpected %s: %s", k, g)
				}
			}
			if c.enumerators != nil {
				if len(ty.Enumerators) != len(c.enumerators) {
					t.Errorf("%d enumerators, want %d: %v", len(ty.Enumerators), len(c.enumerators), ty.Enumerators)
				}
				for k, w := range c.enumerators {
					e, ok := ty.Enumerators[k]
					if !ok || e.Value != w {
						t.Errorf("enumerator %s = %d (%v), want %d", k, e.Value, ok, w)
						continue
					}
					found := false
					for _, v := range e.Enum.Values {
						found = found || v.Name == k && int64(v.Value) == w
					}
					if !found {
						t.Errorf("enumerator %s is not in its enum %v", k, e.Enum)
					}
				}
			}
		})
	}
}

// TestBaseTypes checks the size, name and encoding of every spelling of
// a base type and of the integer typedefs known without a header.
func TestBaseTypes(t *testing.T) {
	type want struct {
		name string
		size uint32
		enc  btf.IntEncoding
	}
	cases := map[string]want{
		"char":                   {"char", 1, btf.Char | btf.Signed},
		"signed char":            {"signed char", 1, btf.Signed},
		"char signed":            {"signed char", 1, btf.Signed},
		"__signed__ char":        {"signed char", 1, btf.Signed},
		"unsigned char":          {"unsigned char", 1, btf.Unsigned},
		"short":                  {"short", 2, btf.Signed},
		"short int":              {"short", 2, btf.Signed},
		"signed short":           {"short", 2, btf.Signed},
		"unsigned short int":     {"unsigned short", 2, btf.Unsigned},
		"int":                    {"int", 4, btf.Signed},
		"signed":                 {"int", 4, btf.Signed},
		"unsigned":               {"unsigned int", 4, btf.Unsigned},
		"unsigned int":           {"unsigned int", 4, btf.Unsigned},
		"long":                   {"long", 8, btf.Signed},
		"long int":               {"long", 8, btf.Signed},
		"unsigned long":          {"unsigned long", 8, btf.Unsigned},
		"long unsigned int":      {"unsigned long", 8, btf.Unsigned},
		"long long":              {"long long", 8, btf.Signed},
		"long int long":          {"long long", 8, btf.Signed},
		"signed long long int":   {"long long", 8, btf.Signed},
		"unsigned long long":     {"unsigned long long", 8, btf.Unsigned},
		"unsigned long long int": {"unsigned long long", 8, btf.Unsigned},
		"_Bool":                  {"_Bool", 1, btf.Bool},
		"bool":                   {"_Bool", 1, btf.Bool},
	}
	for spelling, w := range cases {
		ty := build(t, "struct s { "+spelling+" x; };")
		m := ty.Named["struct s"].(*btf.Struct)
		i, ok := m.Members[0].Type.(*btf.Int)
		if !ok || i.Name != w.name || i.Size != w.size || i.Encoding != w.enc || m.Size != w.size {
			t.Errorf("%s: %v (struct size %d), want %v", spelling, m.Members[0].Type, m.Size, w)
		}
	}
	floats := map[string]uint32{"float": 4, "double": 8, "long double": 16, "double long": 16}
	for spelling, size := range floats {
		ty := build(t, "struct s { char c; "+spelling+" x; };")
		m := ty.Named["struct s"].(*btf.Struct)
		f, ok := m.Members[1].Type.(*btf.Float)
		if !ok || f.Size != size || m.Members[1].Offset != btf.Bits(size*8) || m.Size != 2*size {
			t.Errorf("%s: %v at %d in %d bytes, want %d bytes", spelling, m.Members[1].Type, m.Members[1].Offset, m.Size, size)
		}
	}
	fixed := map[string]struct {
		size   uint32
		signed bool
	}{
		"u8": {1, false}, "u16": {2, false}, "u32": {4, false}, "u64": {8, false},
		"s8": {1, true}, "s16": {2, true}, "s32": {4, true}, "s64": {8, true},
		"__u8": {1, false}, "__u16": {2, false}, "__u32": {4, false}, "__u64": {8, false},
		"__s8": {1, true}, "__s32": {4, true}, "__s64": {8, true},
		"uint8_t": {1, false}, "uint16_t": {2, false}, "uint32_t": {4, false}, "uint64_t": {8, false},
		"int8_t": {1, true}, "int16_t": {2, true}, "int32_t": {4, true}, "int64_t": {8, true},
		"u_int32_t": {4, false}, "size_t": {8, false}, "ssize_t": {8, true}, "uintptr_t": {8, false}, "loff_t": {8, true},
	}
	for name, w := range fixed {
		ty := build(t, "struct s { char c; "+name+" x; };")
		m := ty.Named["struct s"].(*btf.Struct)
		td, ok := m.Members[1].Type.(*btf.Typedef)
		if !ok || td.Name != name {
			t.Errorf("%s: %v, want a typedef", name, m.Members[1].Type)
			continue
		}
		i, ok := td.Type.(*btf.Int)
		enc := btf.Unsigned
		if w.signed {
			enc = btf.Signed
		}
		if !ok || i.Size != w.size || i.Encoding != enc || m.Members[1].Offset != btf.Bits(w.size*8) || m.Size != 2*w.size {
			t.Errorf("%s: %v at %d in %d bytes, want %d bytes, signed %v", name, td.Type, m.Members[1].Offset, m.Size, w.size, w.signed)
		}
	}
}

// TestIdentity checks that references to a type are the type itself:
// the kernel's, a typedef's, a forward-declared record's definition.
func TestIdentity(t *testing.T) {
	ty := build(t, "typedef struct n nt; struct l { struct n *head; nt *h2; struct task_struct *t; pid_t p; }; struct n { struct n *next; };")
	l := ty.Named["struct l"].(*btf.Struct)
	n := ty.Named["struct n"]
	if got := l.Members[0].Type.(*btf.Pointer).Target; got != n {
		t.Errorf("head points to %v, not struct n", got)
	}
	nt := ty.Named["nt"].(*btf.Typedef)
	if nt.Type != n || l.Members[1].Type.(*btf.Pointer).Target != nt {
		t.Errorf("h2 is %v, nt is %v, not struct n", l.Members[1].Type, nt.Type)
	}
	if n.(*btf.Struct).Members[0].Type.(*btf.Pointer).Target != n {
		t.Errorf("next does not point to struct n")
	}
	if l.Members[2].Type.(*btf.Pointer).Target != kTask || l.Members[3].Type != kPid {
		t.Errorf("the kernel's types are not used: %v, %v", l.Members[2].Type, l.Members[3].Type)
	}
	if e := ty.Enumerators; len(e) != 0 {
		t.Errorf("enumerators: %v", e)
	}
}

// TestFiles checks that later files see earlier ones and that an error
// says which file it is in.
func TestFiles(t *testing.T) {
	f1, err := Parse("struct a { int x; }; enum { K = 3 };", 0)
	if err != nil {
		t.Fatal(err)
	}
	f2, err := Parse("struct b { struct a a[K]; };", 0)
	if err != nil {
		t.Fatal(err)
	}
	ty, err := Build([]*File{f1, f2}, fakeLookup{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := render(ty.Named["struct b"], true), "struct b(12){a [3]struct a@0}"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	f3, err := Parse("struct c { nope_t x; };", 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build([]*File{f1, f2, f3}, fakeLookup{})
	if err == nil || err.File != 2 || err.Off != 11 {
		t.Errorf("got %+v, want an error in file 2 at 11", err)
	}
}

type rejectCase struct {
	name string
	src  string
	off  int    // the error's offset in src
	at   string // what src holds at off
	msg  string
}

var rejectCases = []rejectCase{
	// The lexer.
	{"unterminated comment", "struct s { int x; }; /* no end", 21, "/*", "unterminated comment"},
	{"unterminated string", `struct s { int x __attribute__((deprecated("x))); };`, 43, `"x`, "unterminated string literal"},
	{"unexpected character", "struct s { int $x; };", 15, "$", `unexpected character "$"`},
	{"bad hex literal", "struct s { char x[0x]; };", 18, "0x", `"0x" is not an integer literal`},
	{"bad octal literal", "struct s { char x[08]; };", 18, "08", `"08" is not an integer literal`},
	{"literal too large", "struct s { char x[99999999999999999999]; };", 18, "999", `"99999999999999999999" is not an integer literal`},
	{"bad character literal", "enum e { A = 'ab' };", 13, "'ab'", "character literal not understood"},

	// The parser.
	{"missing ; after a member", "struct s { int a int b; };", 17, "int b", `expected ";" after the member, found "int"`},
	{"missing ; before }", "struct s { int a };", 17, "}", `expected ";" after the member, found "}"`},
	{"member without a name", "struct s { int };", 15, "}", `expected ";" after the member`},
	{"missing ; after a declaration", "typedef int T struct s { T t; };", 14, "struct", `expected ";" after the declaration, found "struct"`},
	{"missing ; at the end", "typedef int T", 13, "", `expected ";" after the declaration, found end of the definitions`},
	{"two types: typedef name then int", "struct s { pid_t int x; };", 17, "int x", "two types in one declaration"},
	{"two types: int then struct", "struct s { int struct a x; };", 15, "struct a", "two types in one declaration"},
	{"two types: struct then enum", "struct s { struct a enum b x; };", 20, "enum b", "two types in one declaration"},
	{"two types: a definition then int in a member", "struct s { struct a { int x; } int y; };", 31, "int y", "two types in one declaration"},
	{"two types: struct then long", "struct s { struct a long x; };", 20, "long", "two types in one declaration"},
	{"signed and unsigned", "struct s { unsigned signed x; };", 11, "unsigned", "both signed and unsigned"},
	{"int twice", "struct s { int int x; };", 11, "int int", `"int" given twice`},
	{"long three times", "struct s { long long long x; };", 11, "long long long", `"long" given twice`},
	{"short long", "struct s { short long x; };", 11, "short", `"short long" is not a C type`},
	{"char int", "struct s { char int x; };", 11, "char", `"char int" is not a C type`},
	{"unsigned double", "struct s { unsigned double x; };", 11, "unsigned", `"unsigned double" is not a C type`},
	{"void int", "struct s { void int x; };", 11, "void", `"void int" is not a C type`},
	{"unsigned _Bool", "struct s { unsigned _Bool x; };", 11, "unsigned", `"unsigned _Bool" is not a C type`},
	{"no type", "struct s { *p; };", 11, "*p", `expected a type, found "*"`},
	{"declares nothing", "int;", 0, "int", "this declaration declares nothing"},
	{"member declares nothing", "struct s { int; };", 11, "int;", "this member declares nothing"},
	{"typedef without a name", "typedef int;", 11, ";", "a typedef needs a name"},
	{"typedef of a record without a name", "typedef struct s { int x; };", 27, ";", "a typedef needs a name"},
	{"struct without a name or body", "struct;", 6, ";", `expected a name or "{" after struct, found ";"`},
	{"union without a name or body", "struct s { union *p; };", 17, "*p", `expected a name or "{" after union, found "*"`},
	{"enum without a name or body", "enum = 3;", 5, "=", `expected a name or "{" after enum, found "="`},
	{"no closing brace", "struct s { int a;", 0, "struct s", `struct has no closing "}"`},
	{"union with no closing brace", "struct s { union { int a; ", 11, "union {", `union has no closing "}"`},
	{"enum with no closing brace", "enum e { A,", 0, "enum", `enum has no closing "}"`},
	{"empty enum", "enum e {};", 0, "enum", "an enum needs at least one enumerator"},
	{"enumerators without a comma", "enum e { A B };", 11, "B", `expected "," or "}" in the enum, found "B"`},
	{"enumerator that is a keyword", "enum e { int };", 9, "int", `expected an enumerator name, found "int"`},
	{"initialiser", "int x = 3;", 6, "= 3", "initialisers are not read: gtrace takes only types from C definitions"},
	{"initialiser in a member", "struct s { int x = 3; };", 17, "= 3", `expected ";" after the member, found "="`},
	{"function body", "int f(void) { return 0; }", 12, "{", "function bodies are not read: gtrace takes only types from C definitions"},
	{"no name to declare", "struct s { int x; } *;", 21, ";", `expected a name to declare, found ";"`},
	{"no member name", "struct s { int *; };", 16, ";", `expected a member name, found ";"`},
	{"unknown attribute", "struct s { int x __attribute__((weird)); };", 32, "weird", `attribute "weird" is not supported (gtrace reads packed and aligned)`},
	{"unknown attribute on a record", "struct __attribute__((noinline)) s { int x; };", 22, "noinline", `attribute "noinline" is not supported (gtrace reads packed and aligned)`},
	{"attribute without parentheses", "struct s { int x __attribute__(packed); };", 31, "packed", `expected "((" after __attribute__, found "packed"`},
	{"attribute not closed", "struct s { int x __attribute__((packed); };", 39, ";", `expected "))" to end __attribute__, found ";"`},
	{"attribute name a number", "struct s { int x __attribute__((4)); };", 32, "4", `expected an attribute name, found "4"`},
	{"unclosed dimension", "struct s { int x[4; };", 18, ";", `expected "]", found ";"`},
	{"unclosed parameters", "struct s { int (*f)(int; };", 0 + 27, "", `expected ")" to end the parameters`},
	{"no constant", "struct s { int x[+]; };", 18, "]", `expected a constant, found "]"`},
	{"a cast", "struct s { int x[(int)4]; };", 18, "int)", `expected a constant, found "int"`},
	{"sizeof without parentheses", "struct s { int x[sizeof int]; };", 24, "int]", `expected "(" after sizeof, found "int"`},
	{"unclosed condition", "struct s { int x[1 ? 2]; };", 22, "]", `expected ":", found "]"`},

	// Build.
	{"unknown type name", "struct s { foo_t x; };", 11, "foo_t", `unknown type name "foo_t": not in the kernel's BTF`},
	{"unknown typedef in sizeof", "typedef char b[sizeof(bar_t)];", 22, "bar_t", `unknown type name "bar_t": not in the kernel's BTF`},
	{"record containing itself", "struct a { struct a x; };", 20, "x;", "struct a is used before its definition is complete"},
	{"record containing itself in sizeof", "struct a { char x[sizeof(struct a)]; };", 18, "sizeof", "struct a is used before its definition is complete"},
	{"record containing itself through a typedef", "typedef struct a A; struct a { A x; };", 33, "x;", "struct a is used before its definition is complete"},
	{"typedef of a record never defined", "typedef struct a A; struct b { A x; };", 33, "x;", "struct a is not defined (neither here nor in the kernel's BTF): only a pointer to it can be a member"},
	{"duplicate member", "struct s { int a; char a; };", 23, "a; }", `member "a" is declared twice`},
	{"duplicate member in a union", "union u { int a; char b, a; };", 25, "a; }", `member "a" is declared twice`},
	{"duplicate member through an anonymous member", "struct s { int a; struct { int b; union { int a; }; }; };", 18, "struct {", `member "a" is declared twice`},
	{"duplicate members of two anonymous members", "struct s { struct { int a; }; union { char a; }; };", 30, "union", `member "a" is declared twice`},
	{"bitfield wider than its type", "struct s { char c:9; };", 18, "9", `bitfield "c" is 9 bits wide: its type holds 8`},
	{"bitfield wider than int", "struct s { unsigned u:3, v:33; };", 27, "33", `bitfield "v" is 33 bits wide: its type holds 32`},
	{"bitfield of negative width", "struct s { int x:-1; };", 17, "-1", `bitfield "x" is -1 bits wide: its type holds 32`},
	{"bitfield of zero width with a name", "struct s { int x:0; };", 15, "x:0", `bitfield "x" has zero width`},
	{"bitfield of a float", "struct s { float f:3; };", 17, "f:3", `bitfield "f" must have an integer type`},
	{"bitfield of a pointer", "struct s { int *p:3; };", 16, "p:3", `bitfield "p" must have an integer type`},
	{"bitfield of a struct", "struct a { int x; }; struct s { struct a y:3; };", 41, "y:3", `bitfield "y" must have an integer type`},
	{"array of unknown struct by value", "struct s { struct nope x[2]; };", 24, "[2]", "struct nope is not defined (neither here nor in the kernel's BTF): only a pointer to it can be a member"},
	{"unknown struct by value", "struct s { struct nope x; };", 23, "x;", "struct nope is not defined (neither here nor in the kernel's BTF): only a pointer to it can be a member"},
	{"forward-declared struct by value", "struct f; struct s { struct f x; };", 30, "x;", "struct f is not defined (neither here nor in the kernel's BTF): only a pointer to it can be a member"},
	{"unknown union by value", "struct s { union nope u; };", 22, "u;", "union nope is not defined (neither here nor in the kernel's BTF): only a pointer to it can be a member"},
	{"unknown enum", "struct s { enum nope e; };", 11, "enum nope", "enum nope is not defined (neither here nor in the kernel's BTF)"},
	{"void member", "struct s { void v; };", 16, "v;", "void cannot be a member"},
	{"function member", "struct s { int f(void); };", 15, "f(void)", "a function cannot be a member: use a function pointer"},
	{"function typedef member", "typedef int fn(int); struct s { fn f; };", 35, "f;", "a function cannot be a member: use a function pointer"},
	{"array of functions", "struct s { int f[2](void); };", 16, "[2]", "an array of functions is not C: use an array of function pointers"},
	{"flexible array not last", "struct s { int a[]; int b; };", 15, "a[]", "an array without a size must be the last member"},
	{"flexible array in a union", "union u { int n; int a[]; };", 21, "a[]", "an array without a size must be the last member"},
	{"inner dimension left out", "struct s { int a[3][]; };", 19, "[]", "only the first dimension of an array may be left out"},
	{"array of flexible arrays", "typedef int fa[]; struct s { fa x[2]; };", 33, "[2]", "only the first dimension of an array may be left out"},
	{"negative array length", "struct s { int a[-1]; };", 17, "-1", "an array cannot have -1 elements"},
	{"array too large", "struct s { char a[1L << 40]; };", 21, "<< 40", "an array of 1099511627776 elements is too large"},
	{"array of arrays too large", "struct s { long a[1 << 20][1 << 20]; };", 20, "<< 20][", "an array of 1048576 elements is too large"},
	{"record too large", "struct s { char a[1u << 31]; char b[1u << 31]; char c[1u << 31]; };", 34, "b[", "struct s is too large"},
	{"sizeof of a flexible array", "typedef char b[sizeof(int[])];", 15, "sizeof", "sizeof of an array without a size"},
	{"unknown constant", "struct s { char x[NOPE]; };", 18, "NOPE", `"NOPE" is not a constant gtrace knows (an enumerator, a #define or a kernel enumerator)`},
	{"enumerator used before it is defined", "enum e { A = B, B };", 13, "B, B", `"B" is not a constant gtrace knows (an enumerator, a #define or a kernel enumerator)`},
	{"division by zero", "struct s { char x[1 / 0]; };", 20, "/ 0", "division by zero"},
	{"an enumerator in its own value", "enum e { A = 5 % (A - A) };", 18, "A - A", `"A" is not a constant gtrace knows (an enumerator, a #define or a kernel enumerator)`},
	{"remainder by zero after an enumerator", "enum e { Z, A = 5 % Z };", 18, "% Z", "division by zero"},
	{"struct defined twice", "struct a { int x; }; struct a { int y; };", 21, "struct a { int y", "struct a is defined twice"},
	{"struct defined in itself", "struct a { int x; struct a { int y; } in; };", 18, "struct a { int y", "struct a is defined twice"},
	{"struct defined after a forward reference and twice", "struct a *p; struct a { int x; }; struct a { int y; };", 34, "struct a { int y", "struct a is defined twice"},
	{"union defined twice", "union a { int x; }; struct s { union a { int y; } u; };", 31, "union a { int y", "union a is defined twice"},
	{"enum defined twice", "enum e { A }; enum e { B };", 14, "enum e { B", "enum e is defined twice"},
	{"enumerator defined twice", "enum e { A, B }; enum f { C, A };", 29, "A }", "enumerator A is defined twice"},
	{"aligned not a power of two", "struct s { int x __attribute__((aligned(3))); };", 40, "3)", "aligned(3) is not a power of two"},
	{"aligned zero", "struct s { int x; } __attribute__((aligned(0)));", 43, "0)", "aligned(0) is not a power of two"},
	{"aligned negative", "struct s { char a; int b __attribute__((aligned(-1))); };", 48, "-1", "aligned(-1) is not a power of two"},
	{"aligned too large", "struct s { int x __attribute__((aligned(1L << 61))); };", 43, "<< 61", "aligned(2305843009213693952) is more than the largest alignment, 268435456"},
	{"aligned typedef not a power of two", "typedef int T __attribute__((aligned(6)));", 37, "6", "aligned(6) is not a power of two"},
	{"aligned typedef of void", "typedef void T __attribute__((aligned(8)));", 13, "T __", "void cannot be a member"},
	{"expression too deep", "struct s { char x[1" + strings.Repeat("+1", 500) + "]; };", 0, "", "expression nests too deep"},
}

func TestRejected(t *testing.T) {
	for _, c := range rejectCases {
		t.Run(c.name, func(t *testing.T) {
			err := parseBuild(c.src, testBase)
			if err == nil {
				t.Fatalf("no error")
			}
			off := err.Off - testBase
			if c.msg == "expression nests too deep" {
				// Where it is too deep depends on the limit: anywhere
				// in the sum.
				if err.Msg != c.msg || off < 18 || off > len(c.src) {
					t.Errorf("got %d: %s", off, err.Msg)
				}
				return
			}
			if err.Msg != c.msg || off != c.off {
				t.Errorf("got %d: %s\nwant %d: %s", off, err.Msg, c.off, c.msg)
			}
			if off < 0 || off > len(c.src) || !strings.HasPrefix(c.src[off:], c.at) {
				t.Errorf("the error is at %q, want %q", c.src[max(0, min(off, len(c.src))):], c.at)
			}
			if err.End < err.Off || err.End > testBase+len(c.src) {
				t.Errorf("the error ends at %d, begins at %d", err.End-testBase, off)
			}
		})
	}
}

// parseBuild parses and builds src, returning the first error.
func parseBuild(src string, base int) *Error {
	f, err := Parse(src, base)
	if err != nil {
		return err
	}
	_, err = Build([]*File{f}, fakeLookup{})
	return err
}

// TestParseTree checks what Parse keeps of a few declarations.
func TestParseTree(t *testing.T) {
	f, err := Parse("typedef const struct s { int a:3; char *b[2]; } S, *PS; int (*fp)(int);", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Decls) != 2 {
		t.Fatalf("%d declarations", len(f.Decls))
	}
	d := f.Decls[0]
	if !d.Typedef || d.Off != 5 || d.Spec.Kind != SpecRecord || d.Spec.Tag != "s" || !d.Spec.HasBody || d.Spec.Union || len(d.Spec.Fields) != 2 {
		t.Errorf("first declaration: %+v", d)
	}
	if len(d.Names) != 2 || d.Names[0].Name != "S" || d.Names[0].Ptrs != 0 || d.Names[1].Name != "PS" || d.Names[1].Ptrs != 1 {
		t.Errorf("names: %+v %+v", d.Names[0], d.Names[1])
	}
	a := d.Spec.Fields[0]
	if a.Decl.Name != "a" || a.Off != 34 || a.Decl.Bits.(*Num).Value != 3 || a.Spec.Base != "int" || a.Spec.Size != 4 || !a.Spec.Signed {
		t.Errorf("member a: %+v %+v", a, a.Decl)
	}
	b := d.Spec.Fields[1]
	if b.Decl.Name != "b" || b.Decl.Ptrs != 1 || len(b.Decl.Suffixes) != 1 || b.Decl.Suffixes[0].Len.(*Num).Value != 2 || b.Decl.Suffixes[0].Off != 46 {
		t.Errorf("member b: %+v", b.Decl)
	}
	fp := f.Decls[1].Names[0]
	if f.Decls[1].Typedef || fp.Name != "fp" || fp.Inner == nil || fp.Inner.Ptrs != 1 || len(fp.Suffixes) != 1 || !fp.Suffixes[0].Func {
		t.Errorf("fp: %+v", fp)
	}
}

// TestDeepNesting checks that input nested beyond any sense is an error,
// neither a stack overflow nor a long wait.
func TestDeepNesting(t *testing.T) {
	const n = 100000
	cases := []struct {
		name, src, msg string
	}{
		{"parenthesised declarators", "int " + strings.Repeat("(", n) + "x;", "definitions nest more than 200 deep"},
		{"nested structs", strings.Repeat("struct a { ", n), "definitions nest more than 200 deep"},
		{"nested anonymous members", "struct s {" + strings.Repeat("struct { ", n), "definitions nest more than 200 deep"},
		{"parentheses in an expression", "struct s { int x[" + strings.Repeat("(", n) + "1]; };", "definitions nest more than 200 deep"},
		{"unary operators", "struct s { int x[" + strings.Repeat("-~!+", n/4) + "1]; };", "definitions nest more than 200 deep"},
		{"conditions", "struct s { int x[" + strings.Repeat("1?", n) + "1" + strings.Repeat(":1", n) + "]; };", "definitions nest more than 200 deep"},
		{"sizeofs", "struct s { int x[" + strings.Repeat("sizeof(int[", n) + "1" + strings.Repeat("])", n) + "]; };", "definitions nest more than 200 deep"},
		{"pointer declarators", "struct s { int " + strings.Repeat("(*", n) + "p" + strings.Repeat(")", n) + "; };", "definitions nest more than 200 deep"},
		{"a long sum", "struct s { int x[1" + strings.Repeat("+1", n) + "]; };", "expression nests too deep"},
		{"many aligned attributes", "struct s { int x" + strings.Repeat(" __attribute__((aligned(8)))", n) + "; };", "expression nests too deep"},
		{"many dimensions", "struct s { int a" + strings.Repeat("[1]", n) + "; };", ""},
		{"many pointers", "struct s { int " + strings.Repeat("*", n) + "p; };", ""},
		{"many function suffixes", "struct s { int (*f)" + strings.Repeat("(void)", n) + "; };", ""},
		{"many members", "struct s {" + manyMembers(n) + "};", ""},
		{"many enumerators", "enum e { E0, " + manyEnumerators(n) + "};", ""},
		{"many typedefs of arrays", manyTypedefs(n), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			err := parseBuild(c.src, testBase)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			switch {
			case c.msg == "" && err != nil:
				t.Errorf("got %d: %s", err.Off-testBase, err.Msg)
			case c.msg != "" && err == nil:
				t.Errorf("no error, want %s", c.msg)
			case c.msg != "" && (err.Msg != c.msg || err.Off < testBase || err.Off > testBase+len(c.src)):
				t.Errorf("got %d: %s, want %s", err.Off-testBase, err.Msg, c.msg)
			}
		})
	}
}

func manyMembers(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "int m%d;", i)
	}
	return b.String()
}

func manyEnumerators(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "E%d = E%d + 1,", i+1, i)
	}
	return b.String()
}

func manyTypedefs(n int) string {
	var b strings.Builder
	b.WriteString("typedef char t0;")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "typedef t%d t%d[1];", i-1, i)
	}
	fmt.Fprintf(&b, "struct s { t%d x; char c; };", n-1)
	return b.String()
}

// TestDeepNestingOffsets checks where the nesting limit is reported.
func TestDeepNestingOffsets(t *testing.T) {
	src := "int " + strings.Repeat("(", 300) + "x;"
	err := parseBuild(src, testBase)
	if err == nil || err.Msg != "definitions nest more than 200 deep" || err.Off-testBase != 4+200 {
		t.Errorf("got %+v", err)
	}
	src = strings.Repeat("struct a { ", 300)
	err = parseBuild(src, testBase)
	if err == nil || err.Msg != "definitions nest more than 200 deep" || err.Off-testBase != 201*len("struct a { ") {
		t.Errorf("got %+v", err)
	}
	// Records and declarators count: 199 records and a member are
	// allowed, 201 records are not.
	nest := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "struct a%d { ", i)
		}
		b.WriteString("int x;")
		b.WriteString(strings.Repeat("} y;", n))
		return b.String()
	}
	if err := parseBuild(nest(199), testBase); err != nil {
		t.Errorf("199 deep: %+v", err)
	}
	if err := parseBuild(nest(201), testBase); err == nil || err.Msg != "definitions nest more than 200 deep" {
		t.Errorf("201 deep: %+v", err)
	}
}

// TestNamedKeys lists the keys Build gives to the kinds of definition.
func TestNamedKeys(t *testing.T) {
	ty := build(t, "struct s { int x; }; union s { int y; }; enum s { S }; typedef struct s s; typedef union s us;")
	var keys []string
	for k := range ty.Named {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if got, want := strings.Join(keys, ","), "enum s,s,struct s,union s,us"; got != want {
		t.Errorf("keys %s, want %s", got, want)
	}
	if ty.Named["s"].(*btf.Typedef).Type != ty.Named["struct s"] || ty.Named["us"].(*btf.Typedef).Type != ty.Named["union s"] {
		t.Errorf("typedefs: %v %v", ty.Named["s"], ty.Named["us"])
	}
}
