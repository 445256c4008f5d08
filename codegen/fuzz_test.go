package codegen_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
)

// FuzzCompile runs parse → check → compile on arbitrary input: no input may
// panic, and every error must be a positioned *lang.Error or ErrorList.
// Internal errors (recovered panics) count as failures.
func FuzzCompile(f *testing.F) {
	// Every .bt in the repository is a seed.
	seeds := 0
	filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".bt") {
			if b, err := os.ReadFile(path); err == nil {
				f.Add(string(b))
				seeds++
			}
		}
		return nil
	})
	if seeds < 10 {
		f.Fatalf("only %d .bt seeds found", seeds)
	}
	f.Add(`BEGIN { @x[1, "a"] = count(); print(@x); clear(@x); exit(); }`)
	f.Fuzz(func(t *testing.T, src string) {
		p, err := lang.Parse("fuzz.bt", src)
		if err != nil {
			assertPositioned(t, src, err)
			return
		}
		info, err := lang.Check(p, lang.CheckOptions{Host: fakeResolver, Params: []string{"1", "two"}})
		if err != nil {
			assertPositioned(t, src, err)
			return
		}
		if _, err := codegen.Compile(p, info, codegen.Options{}); err != nil {
			assertPositioned(t, src, err)
		}
	})
}

func assertPositioned(t *testing.T, src string, err error) {
	t.Helper()
	var e *ast.Error
	var list ast.ErrorList
	switch {
	case errors.As(err, &list):
		if len(list) == 0 {
			t.Fatalf("empty error list for %q", src)
		}
		e = list[0]
	case errors.As(err, &e):
	default:
		t.Fatalf("unpositioned error %T %v for %q", err, err, src)
	}
	if e.Pos.Line < 1 || e.Pos.Col < 1 {
		t.Fatalf("error without a position: %v for %q", err, src)
	}
	if strings.Contains(e.Msg, "internal error") {
		t.Fatalf("compiler bug on %q: %v", src, err)
	}
}
