package codegen_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang"
	"github.com/gtrace/gtrace/lang/ast"
)

var update = flag.Bool("update", false, "rewrite the golden .asm files")

// fakeResolver knows a few tracepoints with this machine's layouts, so the
// golden files do not depend on the kernel the tests run on.
var fakeResolver = testenv.Tracepoints

func compileFile(t *testing.T, path string) *codegen.Output {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	p, err := lang.Parse(name, string(src))
	if err != nil {
		t.Fatal(ast.Format(string(src), err))
	}
	info, err := lang.Check(p, lang.CheckOptions{Host: fakeResolver, Params: []string{"42", "x"}})
	if err != nil {
		t.Fatal(ast.Format(string(src), err))
	}
	out, err := codegen.Compile(p, info, codegen.Options{})
	if err != nil {
		t.Fatal(ast.Format(string(src), err))
	}
	return out
}

func goldenScripts(t *testing.T) []string {
	files, err := filepath.Glob("testdata/*.bt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden scripts: %v", err)
	}
	return files
}

// TestGolden compares each script's assembly with its .asm file. Run with
// -update after a deliberate change and read the diff.
func TestGolden(t *testing.T) {
	for _, f := range goldenScripts(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			var buf bytes.Buffer
			compileFile(t, f).Dump(&buf)
			golden := strings.TrimSuffix(f, ".bt") + ".asm"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./codegen -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("assembly differs from %s; run go test ./codegen -update and review the diff", golden)
			}
		})
	}
}

// TestDeterministic compiles each script twice: output must not depend on
// map iteration order.
func TestDeterministic(t *testing.T) {
	for _, f := range goldenScripts(t) {
		var a, b bytes.Buffer
		compileFile(t, f).Dump(&a)
		compileFile(t, f).Dump(&b)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two compilations differ", f)
		}
	}
}

// TestVerifier loads every golden program into the kernel: the verifier
// must accept all of them.
func TestVerifier(t *testing.T) {
	testenv.RequireBPF(t)
	for _, f := range goldenScripts(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			out := compileFile(t, f)
			coll, err := ebpf.NewCollectionWithOptions(out.Spec, ebpf.CollectionOptions{})
			if err != nil {
				t.Fatalf("verifier rejected %s: %+v", f, err)
			}
			coll.Close()
		})
	}
}

// TestSourceLines: every statement start is mapped, offsets count 64-bit
// immediate loads as two slots, and PosAt finds the enclosing statement.
func TestSourceLines(t *testing.T) {
	out := compileFile(t, "testdata/control.bt")
	m := out.Programs[0]
	if len(m.Lines) < 10 {
		t.Fatalf("only %d source lines", len(m.Lines))
	}
	raw := 0
	var starts []int
	for _, ins := range out.Spec.Programs[m.Name].Instructions {
		if ins.Source() != nil {
			starts = append(starts, raw)
		}
		raw += int(ins.Size() / 8)
	}
	// A compound statement and its first inner statement start at the
	// same instruction, which carries one comment: compare distinct offsets.
	var offsets []int
	for i, l := range m.Lines {
		if i > 0 && l.Insn < m.Lines[i-1].Insn {
			t.Errorf("lines not ascending at %d: %v", i, m.Lines)
		}
		if len(offsets) == 0 || offsets[len(offsets)-1] != l.Insn {
			offsets = append(offsets, l.Insn)
		}
	}
	if fmt.Sprint(offsets) != fmt.Sprint(starts) {
		t.Errorf("statement offsets %v, commented instructions at %v", offsets, starts)
	}
	last := m.Lines[len(m.Lines)-1]
	got, ok := m.PosAt(last.Insn + 1)
	if !ok || got.Pos != last.Pos {
		t.Errorf("PosAt(%d) = %v, want %v", last.Insn+1, got.Pos, last.Pos)
	}
	if _, ok := m.PosAt(-1); ok {
		t.Error("PosAt before the first statement should report false")
	}
}

// TestUnrollLoops: with UnrollLoops the constant-bound for loop compiles
// without bpf_loop and passes the verifier; the other loops are refused at
// their position.
func TestUnrollLoops(t *testing.T) {
	src := "BEGIN {\n\t$s = 0;\n\tfor ($i : 0..5) { if ($i == 1) { continue; } if ($i == 4) { break; } $s += $i; }\n\t@s = $s;\n}"
	p, err := lang.Parse("u.bt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := lang.Check(p, lang.CheckOptions{Host: fakeResolver})
	if err != nil {
		t.Fatal(err)
	}
	out, err := codegen.Compile(p, info, codegen.Options{UnrollLoops: true})
	if err != nil {
		t.Fatal(ast.Format(src, err))
	}
	for _, ins := range out.Spec.Programs["gt_p0"].Instructions {
		if ins.IsBuiltinCall() && ins.Constant == int64(asm.FnLoop) {
			t.Fatal("bpf_loop used despite UnrollLoops")
		}
	}
	if os.Geteuid() == 0 {
		coll, err := ebpf.NewCollection(out.Spec)
		if err != nil {
			t.Fatalf("verifier rejected the unrolled loop: %v", err)
		}
		coll.Close()
	}
	for _, bad := range []string{
		"BEGIN { $i = 0; while ($i < 3) { $i++; } }",
		"BEGIN { @m[1] = 1; for ($kv : @m) { } }",
		"BEGIN { $n = 3; for ($i : 0..$n) { } }",
	} {
		p, _ := lang.Parse("u.bt", bad)
		info, err := lang.Check(p, lang.CheckOptions{Host: fakeResolver})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := codegen.Compile(p, info, codegen.Options{UnrollLoops: true}); err == nil {
			t.Errorf("%s: compiled with UnrollLoops", bad)
		} else {
			loop := strings.Index(bad, "while")
			if loop < 0 {
				loop = strings.Index(bad, "for")
			}
			if e, ok := err.(*ast.Error); !ok || e.Pos.Col != loop+1 {
				t.Errorf("%s: error not at the loop (column %d): %v", bad, loop+1, err)
			}
		}
	}
}
