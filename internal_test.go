package gtrace

import (
	"strings"
	"testing"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
	"github.com/gtrace/gtrace/lang/ast"
)

// A bug in a stage reaches the caller as an error naming the stage, never
// as a panic.
func TestInternalError(t *testing.T) {
	p, err := Parse("", []byte("BEGIN { exit(); }"))
	if err != nil {
		t.Fatal(err)
	}
	boom := stages{
		check:   func(*ast.Program, lang.CheckOptions) (*ast.Info, error) { panic("boom") },
		compile: codegen.Compile,
	}
	if _, err := p.compileWith(boom, Options{}); err == nil ||
		err.Error() != "internal error in the checker: boom (please report this with the script)" {
		t.Errorf("checker panic: %v", err)
	}
	boom = stages{
		check:   lang.Check,
		compile: func(*ast.Program, *ast.Info, codegen.Options) (*codegen.Output, error) { panic("bang") },
	}
	if _, err := p.compileWith(boom, Options{}); err == nil || !strings.HasPrefix(err.Error(), "internal error in the compiler: bang") {
		t.Errorf("compiler panic: %v", err)
	}
}
