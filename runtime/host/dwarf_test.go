package host

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf/btf"
)

const dwarfProgram = `
enum color { RED = 1, BLUE = -2 };
typedef unsigned long ulong_t;
struct inner { short x, y; };
struct s {
	int id;
	char name[6];
	struct inner pos;
	unsigned a : 3, b : 9;
	union { int i; long l; };
	ulong_t big[2][3];
	enum color c;
	struct s *next;
};
__attribute__((noinline)) int take(struct s *p, int n, const char **v, enum color c) { return p->id + n + (v != 0) + c; }
int main(void) { struct s x = {0}; return take(&x, 1, 0, RED); }
`

// buildDWARF compiles dwarfProgram with the flags, or skips without gcc.
func buildDWARF(t *testing.T, flags ...string) string {
	t.Helper()
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("needs gcc: apt-get install gcc")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "p.c")
	if err := os.WriteFile(src, []byte(dwarfProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "p")
	if out, err := exec.Command("gcc", append(flags, "-o", bin, src)...).CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	return bin
}

func TestFuncParams(t *testing.T) {
	bin := buildDWARF(t, "-O1", "-g")
	ps, err := New().FuncParams(bin, "take")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Name+":"+typeString(p.Type))
	}
	want := []string{"p:*struct s", "n:int", "v:**char", "c:enum color"}
	if len(got) != len(want) {
		t.Fatalf("params %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("param %d is %s, want %s", i, got[i], want[i])
		}
	}
	if _, err := New().FuncParams(bin, "nosuch"); err == nil {
		t.Error("a function the DWARF lacks has parameters")
	}
	stripped := buildDWARF(t, "-O1")
	if _, err := New().FuncParams(stripped, "take"); !errors.Is(err, ErrNoDebugInfo) {
		t.Errorf("without -g: %v, want ErrNoDebugInfo", err)
	}
}

func typeString(t btf.Type) string {
	switch u := t.(type) {
	case *btf.Pointer:
		return "*" + typeString(u.Target)
	case *btf.Struct:
		return "struct " + u.Name
	case *btf.Enum:
		return "enum " + u.Name
	}
	return t.TypeName()
}

// TestDebugType: the binary's struct is laid out as gcc laid it out:
// sizes, offsets in bits, bitfields, an anonymous union, a typedef'd
// two-dimensional array, an enum and a pointer to itself.
func TestDebugType(t *testing.T) {
	bin := buildDWARF(t, "-O1", "-g")
	h := New()
	st, ok := h.DebugType(bin, "struct s").(*btf.Struct)
	if !ok {
		t.Fatalf("struct s: %v", h.DebugType(bin, "struct s"))
	}
	if st.Size != 88 {
		t.Errorf("sizeof(struct s) = %d, want 88", st.Size)
	}
	type mem struct {
		name       string
		off, width btf.Bits
		size       int
	}
	want := []mem{{"id", 0, 0, 4}, {"name", 32, 0, 6}, {"pos", 80, 0, 4}, {"a", 112, 3, 4}, {"b", 115, 9, 4},
		{"", 128, 0, 8}, {"big", 192, 0, 48}, {"c", 576, 0, 4}, {"next", 640, 0, 8}}
	if len(st.Members) != len(want) {
		t.Fatalf("%d members, want %d: %v", len(st.Members), len(want), st.Members)
	}
	for i, w := range want {
		m := st.Members[i]
		size, err := btf.Sizeof(m.Type)
		if m.Name != w.name || m.Offset != w.off || m.BitfieldSize != w.width || err != nil || size != w.size {
			t.Errorf("member %d: %s at bit %d, %d bits wide, %d bytes (%v); want %+v", i, m.Name, m.Offset, m.BitfieldSize, size, err, w)
		}
	}
	if next, ok := st.Members[8].Type.(*btf.Pointer); !ok || next.Target != st {
		t.Errorf("next points to %v, not to struct s itself", st.Members[8].Type)
	}
	e, ok := h.DebugType(bin, "enum color").(*btf.Enum)
	if !ok || e.Size != 4 || !e.Signed || len(e.Values) != 2 || e.Values[0].Name != "RED" {
		t.Errorf("enum color: %+v", h.DebugType(bin, "enum color"))
	}
	if td, ok := h.DebugType(bin, "ulong_t").(*btf.Typedef); !ok || td.Name != "ulong_t" {
		t.Errorf("ulong_t: %v", h.DebugType(bin, "ulong_t"))
	}
	if h.DebugType(bin, "struct nosuch") != nil {
		t.Error("struct nosuch found")
	}
}
