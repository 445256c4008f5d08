package lang

import (
	"slices"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/lang/ast"
)

// TestAddContainerKeys: only maps the script aggregates into, and reads
// nowhere, get the container as their last key part, named "container";
// restore gives the program back as parsed.
func TestAddContainerKeys(t *testing.T) {
	src := `BEGIN { @n = count(); @s[comm, pid] = sum(5); @h = hist(3); @v = 1; @d[tid] = count(); delete(@d[tid]); @_x = count(); print(@n); }`
	p, err := Parse("stdin", src)
	if err != nil {
		t.Fatal(err)
	}
	opts := CheckOptions{Host: resolver}
	info, err := Check(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	before := dumpAST(p)
	changed, left, restore := AddContainerKeys(p, info)
	if want := []string{"@h", "@n", "@s"}; !slices.Equal(changed, want) {
		t.Errorf("changed %v, want %v", changed, want)
	}
	if want := []string{"@d", "@v"}; !slices.Equal(left, want) {
		t.Errorf("left %v, want %v", left, want)
	}
	defer func() {
		restore()
		if after := dumpAST(p); after != before {
			t.Errorf("restore left the program changed:\n%s\nwas:\n%s", after, before)
		}
	}()
	if info, err = Check(p, opts); err != nil {
		t.Fatal(err)
	}
	FixContainerKeyNames(info, changed)
	for name, want := range map[string][]string{
		"@n": {"container"}, "@s": {"comm", "pid", "container"}, "@h": {"container"}, "@v": nil, "@d": {"tid"},
	} {
		mi := info.Maps[name]
		if !slices.Equal(mi.KeyNames, want) {
			t.Errorf("%s: key names %q, want %q", name, mi.KeyNames, want)
		}
	}
	if k := info.Maps["@s"].Key; k.Kind != ast.KTuple || len(k.Elems) != 3 || k.Elems[2].Output != "container_id" {
		t.Errorf("@s's key: %v, want (comm, pid, container_id)", k)
	}
}

func dumpAST(p *ast.Program) string {
	var b strings.Builder
	Dump(&b, p)
	return b.String()
}
