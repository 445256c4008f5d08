package stdlib_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/stdlib"
)

// notBuiltins are string literals outside stdlib that happen to spell a
// builtin's name but mean something else, by file.
var notBuiltins = map[string]map[string]string{
	"runtime/attach.go":               {"cpu": "perf's alias of the cpu-clock software event"},
	"runtime/probe_syscalls_table.go": {"exit": "a system call", "time": "a system call"},
	"runtime/probe_syscalls.go":       {"exit": "a syscall tracepoint's direction (sys_exit_*)"},
	"lang/parse.go":                   {"probe": "the grammar's name for a probe, in syntax errors"},
	"lang/dump.go":                    {"probe": "the AST dump's node name", "count": "the AST dump's label of unroll's count"},
	"codegen/compile.go":              {"exit": "a label's name", "ctx": "the BTF name of a program's parameter"},
	"lang/attach.go":                  {"cpu": "perf's alias of the cpu-clock software event"},
	"lang/ast/types.go":               {"args": "the name of the args record's type in messages", "func": "how C writes a function prototype"},
	"runtime/output/output.go":        {"hist": "bpftrace's JSON type of histogram maps", "stats": "bpftrace's JSON type of avg and stats maps"},
}

// TestNoBuiltinNamesOutsideStdlib: a builtin lives in its stdlib file;
// no other package matches its name, so adding one touches nothing else.
func TestNoBuiltinNamesOutsideStdlib(t *testing.T) {
	names := map[string]bool{}
	for _, b := range stdlib.All() {
		if b.Match == nil {
			names[b.Name] = true
		}
	}
	root := ".."
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel == "stdlib" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		imports := map[*ast.BasicLit]bool{}
		for _, imp := range f.Imports {
			imports[imp.Path] = true
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || imports[lit] {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !names[s] {
				return true
			}
			if _, ok := notBuiltins[filepath.ToSlash(rel)][s]; ok {
				return true
			}
			t.Errorf("%s: the builtin name %q outside stdlib", fset.Position(lit.Pos()), s)
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
