package codegen_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
)

// TestKernelTypesVerifier compiles the scripts that use kernel types (their
// layout depends on this kernel's BTF, so they have no golden assembly) and
// loads them: the verifier must accept them.
func TestKernelTypesVerifier(t *testing.T) {
	testenv.RequireBPF(t)
	files, _ := filepath.Glob("testdata/kernel/*.bt")
	if len(files) == 0 {
		t.Fatal("no scripts in testdata/kernel")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p, err := lang.Parse(filepath.Base(f), string(src))
			if err != nil {
				t.Fatal(ast.Format(string(src), err))
			}
			info, err := lang.Check(p, lang.CheckOptions{Host: fakeResolver, BTF: btf.LoadKernelSpec})
			if err != nil {
				t.Fatal(ast.Format(string(src), err))
			}
			out, err := codegen.Compile(p, info, codegen.Options{})
			if err != nil {
				t.Fatal(ast.Format(string(src), err))
			}
			coll, err := ebpf.NewCollection(out.Spec)
			if err != nil {
				t.Fatalf("verifier rejected %s: %+v", f, err)
			}
			coll.Close()
		})
	}
}
