package stdlib_test

import (
	"go/token"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/stdlib"
)

// notBuiltins are string literals outside stdlib that happen to spell a
// builtin's name but mean something else, by file.
var notBuiltins = map[string]map[string]string{
	"runtime/probe_perf.go":           {"cpu": "perf's alias of the cpu-clock software event"},
	"runtime/probe_syscalls_table.go": {"exit": "a system call", "time": "a system call"},
	"runtime/probe_syscalls.go":       {"exit": "a syscall tracepoint's direction (sys_exit_*)"},
	"lang/parse.go":                   {"probe": "the grammar's name for a probe, in syntax errors"},
	"cmd/gtrace/flags.go":             {"cgroup": "the --cgroup option's name"},
	"export/export.go":                {"probe": "the label naming an attach point in the self-metrics"},
	"lang/cdecl/parse.go":             {"sizeof": "C's sizeof operator, in array lengths of C definitions"},
	"lang/dump.go":                    {"probe": "the AST dump's node name", "count": "the AST dump's label of unroll's count"},
	"codegen/compile.go":              {"exit": "a label's name", "ctx": "the BTF name of a program's parameter"},
	"probes/perf.go":                  {"cpu": "perf's alias of the cpu-clock software event"},
	"lang/ast/types.go":               {"args": "the name of the args record's type in messages", "func": "how C writes a function prototype"},
	"tests/kernels/vm/qemu.go":        {"max": "qemu's CPU model (-cpu max)"},
	"runtime/host/cgroup.go":          {"cgroup": "the cgroup v1 file system's type in mountinfo"},
	"internal/testenv/fakehost.go":    {"buf": "a tracepoint field's name", "count": "a tracepoint field's name", "pid": "a tracepoint field's name"},
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
	testenv.StringLiterals(t, "..", "stdlib", func(pos token.Position, file, s string) {
		if _, ok := notBuiltins[file][s]; names[s] && !ok {
			t.Errorf("%s: the builtin name %q outside stdlib", pos, s)
		}
	})
}
