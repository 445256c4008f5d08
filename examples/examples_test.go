// Package examples holds scripts written for gtrace; the test compiles
// every one of them against this machine's tracepoints.
package examples_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
)

func TestExamplesCompile(t *testing.T) {
	testenv.RequireBPF(t) // tracepoint formats are root's to read
	files, err := filepath.Glob("*.bt")
	metrics, _ := filepath.Glob("metrics/*.bt")
	files = append(files, metrics...)
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	resolver := host.New()
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(src), "#!/usr/bin/env gtrace\n") {
				t.Errorf("%s has no gtrace shebang line", f)
			}
			p, err := lang.Parse(f, string(src))
			if err != nil {
				t.Fatal(ast.Format(string(src), err))
			}
			info, err := lang.Check(p, lang.CheckOptions{Host: resolver, BTF: btf.LoadKernelSpec})
			if err != nil {
				t.Fatal(ast.Format(string(src), err))
			}
			out, err := codegen.Compile(p, info, codegen.Options{})
			if err != nil {
				t.Fatal(ast.Format(string(src), err))
			}
			// Load (not attach): the verifier must accept every program.
			coll, err := ebpf.NewCollection(out.Spec)
			if err != nil {
				t.Fatalf("verifier rejected %s: %+v", f, err)
			}
			coll.Close()
		})
	}
}
