package lang

import (
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang/ast"
)

var resolver = testenv.FakeTracepoints{
	"syscalls:sys_enter_openat": {
		{Name: "dfd", Offset: 16, Size: 8},
		{Name: "filename", CType: "const char *", Offset: 24, Size: 8, Pointer: true},
		{Name: "flags", Offset: 32, Size: 8},
	},
	"syscalls:sys_enter_write": {
		{Name: "fd", Offset: 16, Size: 8},
		{Name: "count", Offset: 32, Size: 8},
	},
	"sched:sched_switch": {
		{Name: "prev_comm", CType: "char", Offset: 8, Size: 16, Array: 16},
		{Name: "prev_pid", Offset: 24, Size: 4, Signed: true},
	},
}

func check(src string, params ...string) (*ast.Info, error) {
	p, err := Parse("stdin", src)
	if err != nil {
		return nil, err
	}
	return Check(p, CheckOptions{Host: resolver, Params: params})
}

// TestCheckErrors: each bad script gives exactly the expected errors, at
// the expected positions, rendered with the source line and a caret.
func TestCheckErrors(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string // the full formatted output
	}{
		{`BEGIN { printf("%d\n", pdi); }`,
			"stdin:1:24: unknown identifier pdi; did you mean pid?\nBEGIN { printf(\"%d\\n\", pdi); }\n                       ^~~\n"},
		{`BEGIN { @x = cuont(); }`,
			"stdin:1:14: unknown function cuont(); did you mean count?\nBEGIN { @x = cuont(); }\n             ^~~~~~~\n"},
		{`BEGIN { @x = 1; @x = "s"; }`,
			"stdin:1:17: type mismatch for @x: it holds int64, cannot assign string[64]\nBEGIN { @x = 1; @x = \"s\"; }\n                ^~\n"},
		{`BEGIN { @x = count(); @x = sum(5); }`,
			"stdin:1:23: type mismatch for @x: it holds count(), cannot assign sum()\nBEGIN { @x = count(); @x = sum(5); }\n                      ^~\n"},
		{`tracepoint:syscalls:sys_enter_opnat { }`,
			"stdin:1:1: tracepoint syscalls:sys_enter_opnat not found; did you mean syscalls:sys_enter_openat?\ntracepoint:syscalls:sys_enter_opnat { }\n^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"},
		{`tracepoint:syscalls:sys_enter_openat { @ = args->filenam; }`,
			"stdin:1:44: tracepoint:syscalls:sys_enter_openat has no field \"filenam\"; did you mean filename?\ntracepoint:syscalls:sys_enter_openat { @ = args->filenam; }\n                                           ^~~~~~~~~~~~~\n"},
		{`BEGIN { printf("%d %d\n", 1); }`,
			"stdin:1:9: printf() format has 2 conversions but 1 argument given\nBEGIN { printf(\"%d %d\\n\", 1); }\n        ^~~~~~~~~~~~~~~~~~~~\n"},
		{`BEGIN { count(); }`,
			"stdin:1:9: count() must be assigned to a map: @x = count(...)\nBEGIN { count(); }\n        ^~~~~~~\n"},
		{`BEGIN { $x = $y + 1; }`,
			"stdin:1:14: undefined variable $y\nBEGIN { $x = $y + 1; }\n             ^~\n"},
		{`BEGIN { printf("%d\n", @nope); }`,
			"stdin:1:24: undefined map @nope\nBEGIN { printf(\"%d\\n\", @nope); }\n                       ^~~~~\n"},
		{`BEGIN { break; }`,
			"stdin:1:9: break outside a loop\nBEGIN { break; }\n        ^~~~~\n"},
		{`BEGIN { @m[1] = 1; @m["a"] = 2; }`,
			"stdin:1:20: key type mismatch for @m: it is keyed by int64, not string[64]\nBEGIN { @m[1] = 1; @m[\"a\"] = 2; }\n                   ^~~~~~~\n"},
		{`BEGIN { @h = hist(1); printf("%d", @h); }`,
			"stdin:1:36: cannot read @h in an expression: it is a hist() map\nBEGIN { @h = hist(1); printf(\"%d\", @h); }\n                                   ^~\n"},
		{`kprobee:vfs_read { }`,
			"stdin:1:1: unknown probe type \"kprobee\"; did you mean kprobe?\nkprobee:vfs_read { }\n^~~~~~~~~~~~~~~~\n"},
		{`BEGIN { @x = args->foo; }`,
			"stdin:1:14: args is only available in fentry, fexit, tracepoint and uprobe probes, not BEGIN\nBEGIN { @x = args->foo; }\n             ^~~~\n"},
	} {
		_, err := check(tc.src)
		if err == nil {
			t.Errorf("%s: no error", tc.src)
			continue
		}
		if got := ast.Format(tc.src, err); got != tc.want {
			t.Errorf("%s:\ngot:\n%s\nwant:\n%s", tc.src, got, tc.want)
		}
	}
}

// TestCheckAllErrors: the checker reports every error, one per line, in
// source order.
func TestCheckAllErrors(t *testing.T) {
	_, err := check("BEGIN { @a = pdi; }\nEND { @b = cmm; }")
	list, ok := err.(ast.ErrorList)
	if !ok || len(list) != 2 {
		t.Fatalf("want 2 errors, got %v", err)
	}
	if list[0].Pos.Line != 1 || list[1].Pos.Line != 2 {
		t.Errorf("errors out of order: %v", list)
	}
}

func TestCheckTypes(t *testing.T) {
	for _, tc := range []struct {
		src, expr, want string
		params          []string
	}{
		{src: `BEGIN { @x = pid; }`, expr: "@x", want: "uint64"},
		{src: `BEGIN { @x = -1; }`, expr: "@x", want: "int64"},
		{src: `BEGIN { @x = comm; }`, expr: "@x", want: "string[16]"},
		{src: `BEGIN { @x = comm; @x = "a longer string than comm"; }`, expr: "@x", want: "string[64]"},
		{src: `BEGIN { @x[comm, 1] = 1; @x["s", 2] = 2; @y = @x["s", 2]; }`, expr: "@y", want: "int64"},
		{src: `BEGIN { @x = (1, "a"); }`, expr: "@x", want: "(int64, string[64])"},
		{src: `BEGIN { @x = $1; }`, expr: "@x", want: "int64", params: []string{"12"}},
		{src: `BEGIN { @x = $1; }`, expr: "@x", want: "string[64]", params: []string{"foo"}},
		{src: `tracepoint:sched:sched_switch { @x = args->prev_comm; }`, expr: "@x", want: "string[64]"},
		{src: `tracepoint:sched:sched_switch { @x = args.prev_pid; }`, expr: "@x", want: "int32"},
		{src: `tracepoint:syscalls:sys_enter_openat { @x = str(args->filename); }`, expr: "@x", want: "string[64]"},
	} {
		info, err := check(tc.src, tc.params...)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		mi := info.Maps[tc.expr]
		if mi == nil || mi.Value.String() != tc.want {
			t.Errorf("%s: %s is %v, want %s", tc.src, tc.expr, mi, tc.want)
		}
	}
}

// TestCheckMapReadBeforeAssign: a map may be read in a probe that comes
// before the probe assigning it.
func TestCheckMapReadBeforeAssign(t *testing.T) {
	if _, err := check(`END { printf("%d\n", @n); } BEGIN { @n = 1; }`); err != nil {
		t.Fatal(err)
	}
	// A map defined by an assignment that reads it.
	info, err := check(`BEGIN { @sum = @sum + 5; }`)
	if err != nil || info.Maps["@sum"].Value.Kind != ast.KInt {
		t.Fatalf("self-referencing definition: %v", err)
	}
	// ...but a map only ever read is still undefined.
	if _, err := check(`BEGIN { @a = @never + 1; @b = @never; }`); err == nil || !strings.Contains(err.Error(), "undefined map @never") {
		t.Errorf("want undefined map @never, got %v", err)
	}
}

func TestCheckConfig(t *testing.T) {
	info, err := check("config = { max_strlen = 128 }\nBEGIN { @s = \"x\"; @c = comm; }")
	if err != nil {
		t.Fatal(err)
	}
	if info.Strlen != 128 || !strings.Contains(info.Maps["@s"].Value.String(), "128") || info.Maps["@c"].Value.Size != 16 {
		t.Errorf("strlen %d, @s %s, @c %s", info.Strlen, info.Maps["@s"].Value, info.Maps["@c"].Value)
	}
}

// TestWhileBounds: a while loop the checker can bound gets its counter;
// one it cannot gets no counter (it runs up to bpf_loop's limit) and a
// warning at the loop saying what to add.
func TestWhileBounds(t *testing.T) {
	for _, src := range []string{
		`BEGIN { $i = 0; while ($i < 10) { $i++; } }`,
		`BEGIN { $i = 0; while ($i <= $1 && pid > 0) { $i += 2; } }`,
		`BEGIN { $i = 10; while (0 < $i) { $i--; } }`,
		`BEGIN { $i = 10; $n = 3; while ($i >= $n) { $i -= 3; @x = $i; } }`,
	} {
		info, err := check(src, "7")
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if len(info.Bounds) != 1 || len(info.Warnings) != 0 {
			t.Errorf("%s: no bound recorded, or warnings %v", src, info.Warnings)
			continue
		}
		for _, b := range info.Bounds {
			if b.Var == nil {
				t.Errorf("%s: no counter found", src)
			}
		}
	}
	const want = "the compiler cannot see when this loop ends"
	for _, src := range []string{
		`BEGIN { $i = 0; while ($i < 10) { } }`,                     // no step
		`BEGIN { $i = 0; while ($i < 10) { $i--; } }`,               // wrong direction
		`BEGIN { $i = 0; while ($i < 10) { if (pid) { $i++; } } }`,  // step not on every pass
		`BEGIN { $i = 0; while ($i < 10) { $i++; $i = 0; } }`,       // reset in the body
		`BEGIN { $i = 0; $n = 5; while ($i < $n) { $i++; $n++; } }`, // moving limit
		`BEGIN { $t = curtask; while ($t != 0) { $t = 0; } }`,       // no counter at all
		`BEGIN { $i = 0; while ($i < @lim) { $i++; } @lim = 3; }`,   // limit from a map
	} {
		info, err := check(src)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if len(info.Warnings) != 1 || !strings.Contains(info.Warnings[0].Msg, want) {
			t.Errorf("%s: want the warning %q, got %v", src, want, info.Warnings)
		}
		for _, b := range info.Bounds {
			if b.Var != nil {
				t.Errorf("%s: a counter was found", src)
			}
		}
	}
}

// TestWidening: a variable, map key or map value given strings of
// several capacities holds the largest, in both passes and from its first
// use on.
func TestWidening(t *testing.T) {
	info, err := check(`BEGIN { $s = comm; printf("%s\n", $s); $s = str(0); @k[comm, 1] = 1; @k[str(0), 2] = 2; @t = (comm, 1); @t = ("x", 2); }`)
	if err != nil {
		t.Fatal(err)
	}
	for v, vi := range info.Vars {
		if vi.Type.Size != 64 || info.Types[v].Size != 64 {
			t.Errorf("%s at %s: %s", vi.Name, v.Pos, vi.Type)
		}
	}
	if k := info.Maps["@k"].Key; k.String() != "(string[64], int64)" {
		t.Errorf("@k key %s", k)
	}
	if v := info.Maps["@t"].Value; v.String() != "(string[64], int64)" || v.Offsets[1] != 64 {
		t.Errorf("@t value %s %v", v, v.Offsets)
	}
}

// TestResolveBeforeTyping: names are bound before anything is typed, and
// each symbol's type comes from all its definitions, whatever order they
// are met in; no error cascades from one mistake.
func TestResolveBeforeTyping(t *testing.T) {
	info, err := check(`BEGIN { printf("%s\n", @s); $k = @m; } END { @s = comm; @s = str(0); @m = $x; } kprobe:f { $x = 1; }`)
	if err == nil {
		t.Fatal("$x of another probe resolved")
	}
	if got := err.Error(); strings.Count(got, "\n") != 0 || !strings.Contains(got, "undefined variable $x") {
		t.Errorf("want one error for $x, got:\n%s", got)
	}
	info, err = check(`BEGIN { printf("%s\n", @s); } END { @s = comm; @s = str(0); }`)
	if err != nil {
		t.Fatal(err)
	}
	for e, typ := range info.Types {
		if m, ok := e.(*ast.MapRef); ok && typ.Size != 64 {
			t.Errorf("%s at %s reads as %s, want string[64]", m.Name, m.Pos, typ)
		}
	}
	// A cycle through a map: the definition in progress reads an integer.
	info, err = check(`BEGIN { $x = @m; @m = $x; }`)
	if err != nil {
		t.Fatal(err)
	}
	if m := info.Maps["@m"]; m == nil || m.Value.String() != "int64" {
		t.Errorf("@m is %+v", m)
	}
	for _, src := range []string{
		`BEGIN { $x = nosuch(); printf("%d\n", $x + 1); $x++; }`,
		`BEGIN { @x = nosuch(); print(@x); printf("%d\n", @x); }`,
	} {
		_, err := check(src)
		if err == nil || strings.Count(err.Error(), "\n") != 0 || !strings.Contains(err.Error(), "unknown function nosuch()") {
			t.Errorf("%s: want only the unknown function, got %v", src, err)
		}
	}
}
