package lang_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang"
	last "github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"
)

// The error files, testdata/errors/*.bt, hold scripts that gtrace must
// refuse, each expected diagnostic written on the line it is reported at
// as `### "regexp"` (in a comment: a // one, or a /* */ one before an
// unterminated string), starlark-go's way; the regexp is
// as written between the quotes, with \" for a quote. A file is
// several scripts separated by lines of "---"; a script may start with
// "// options: ..." (nohost, nobtf, btf, unsafe, unroll, strlen=N,
// keys=N, params=a,b, arch=GOARCH). Every error a script gives must be
// expected on its line, and every expectation met; an error at the end of
// the input counts on the script's last line (the harness ends each script
// with a newline, which would put it on a line of its own). A script that
// compiles gives its warnings instead, each as "WARNING: message".
// TestEveryDiagnosticHasAnErrorFile checks that every message the parser,
// the checker, the builtins, the probe types and the compiler can give
// appears in some file, but for the formats listed in unreachable.

// chunk is one script of an error file.
type chunk struct {
	file    string
	line    int // of the script's first line in the file
	src     string
	options map[string]string
	want    map[int][]*regexp.Regexp // by line of the script
}

var (
	expectRE  = regexp.MustCompile(`###\s*("(?:[^"\\]|\\.)*")`)
	optionsRE = regexp.MustCompile(`^\s*//\s*options:(.*)$`)
)

func readChunks(t *testing.T) []*chunk {
	t.Helper()
	files, err := filepath.Glob("testdata/errors/*.bt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no error files: %v", err)
	}
	var out []*chunk
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := &chunk{file: f, line: 1, options: map[string]string{}, want: map[int][]*regexp.Regexp{}}
		var lines []string
		flush := func(next int) {
			c.src = strings.Join(lines, "\n") + "\n"
			if strings.TrimSpace(c.src) != "" {
				out = append(out, c)
			}
			c = &chunk{file: f, line: next, options: map[string]string{}, want: map[int][]*regexp.Regexp{}}
			lines = nil
		}
		for i, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) == "---" {
				flush(i + 2)
				continue
			}
			lines = append(lines, l)
			n := len(lines)
			if m := optionsRE.FindStringSubmatch(l); m != nil && n == 1 {
				for _, o := range strings.Fields(m[1]) {
					k, v, _ := strings.Cut(o, "=")
					c.options[k] = v
				}
			}
			for _, m := range expectRE.FindAllStringSubmatch(l, -1) {
				// The regexp as written between the quotes, \" for a quote.
				s := strings.ReplaceAll(m[1][1:len(m[1])-1], `\"`, `"`)
				re, err := regexp.Compile(s)
				if err != nil {
					t.Fatalf("%s:%d: bad expectation %s: %v", f, i+1, m[1], err)
				}
				c.want[n] = append(c.want[n], re)
			}
		}
		flush(0)
	}
	return out
}

// errorsOf runs a script through the front end and the compiler.
func errorsOf(c *chunk) []*last.Error {
	p, err := lang.Parse("test.bt", c.src)
	if err == nil {
		opts := lang.CheckOptions{Host: fakeHost, BTF: kernelTypes, Unsafe: c.options["unsafe"] != ""}
		if _, ok := c.options["nohost"]; ok {
			opts.Host = nil
		}
		if _, ok := c.options["nobtf"]; ok {
			opts.BTF = nil
		}
		if _, ok := c.options["unsafe"]; ok {
			opts.Unsafe = true
		}
		if v, ok := c.options["strlen"]; ok {
			opts.Strlen, _ = strconv.Atoi(v)
		}
		if v, ok := c.options["params"]; ok {
			opts.Params = strings.Split(v, ",")
		}
		var info *last.Info
		if info, err = lang.Check(p, opts); err == nil {
			copts := codegen.Options{}
			_, copts.UnrollLoops = c.options["unroll"]
			copts.Arch = c.options["arch"]
			if v, ok := c.options["keys"]; ok {
				copts.MaxMapKeys, _ = strconv.Atoi(v)
			}
			if _, err = codegen.Compile(p, info, copts); err == nil {
				// A script that compiles is checked for its warnings.
				var ws []*last.Error
				for _, w := range info.Warnings {
					x := *w
					x.Msg = "WARNING: " + x.Msg
					ws = append(ws, &x)
				}
				return ws
			}
		}
	}
	var list last.ErrorList
	var one *last.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &list):
		return list
	case errors.As(err, &one):
		return []*last.Error{one}
	}
	return []*last.Error{{Msg: "not a positioned error: " + err.Error()}}
}

func TestErrorFiles(t *testing.T) {
	for _, c := range readChunks(t) {
		name := fmt.Sprintf("%s:%d", filepath.Base(c.file), c.line)
		t.Run(name, func(t *testing.T) {
			if _, ok := c.options["nobtf"]; !ok && needsBTF(c) {
				if _, err := kernelTypes(); err != nil {
					t.Skipf("no kernel BTF: %v", err)
				}
			}
			got := errorsOf(c)
			if len(c.want) == 0 {
				t.Fatalf("%s: a script with no expected error", name)
			}
			met := map[*regexp.Regexp]bool{}
			nlines := strings.Count(strings.TrimRight(c.src, " \t\n"), "\n") + 1
			for _, e := range got {
				ok := false
				line := min(e.Pos.Line, nlines)
				for _, re := range c.want[line] {
					if re.MatchString(e.Msg) {
						met[re], ok = true, true
					}
				}
				if !ok {
					t.Errorf("%s:%d: unexpected error: %s", c.file, c.line+line-1, e.Msg)
				}
			}
			for line, res := range c.want {
				for _, re := range res {
					if !met[re] {
						t.Errorf("%s:%d: no error matching %q", c.file, c.line+line-1, re)
					}
				}
			}
		})
	}
}

func needsBTF(c *chunk) bool { _, ok := c.options["btf"]; return ok }

// TestEveryDiagnosticHasAnErrorFile: each message format of the parser,
// the checker, the builtins, the probe types and the compiler is given by
// some script of the error files.
func TestEveryDiagnosticHasAnErrorFile(t *testing.T) {
	if _, err := kernelTypes(); err != nil {
		t.Skipf("the scripts of some diagnostics need the kernel's BTF: %v", err)
	}
	var msgs []string
	for _, c := range readChunks(t) {
		for _, e := range errorsOf(c) {
			msgs = append(msgs, strings.TrimPrefix(e.Msg, "WARNING: "))
		}
	}
	formats := diagnosticFormats(t, "../lang", "../stdlib", "../probes", "../codegen")
	var missing []string
	for _, f := range formats {
		if _, ok := unreachable[f.format]; ok {
			continue
		}
		re := formatRE(f.format)
		found := false
		for _, m := range msgs {
			if re.MatchString(m) {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, fmt.Sprintf("%s: %q", f.pos, f.format))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no error file gives %s", m)
	}
	known := map[string]bool{}
	for _, f := range formats {
		known[f.format] = true
	}
	for f := range unreachable {
		if !known[f] {
			t.Errorf("unreachable lists %q, which no diagnostic uses any more", f)
		}
	}
}

// unreachable holds the formats no error file can give, each with the
// reason. Keep it short: a format belongs here only when no script can
// reach it.
var unreachable = map[string]string{
	// The parser and the lexer.
	"syntax error: %v":                       "lexer.Upgrade cannot fail on tokenize's list, and participle reports every parse error as a participle.Error, which syntaxError words itself",
	"syntax error: expected expression":      "a successful parse always fills one of gPrimary's alternatives",
	"unterminated escape sequence in string": "the String token pairs every backslash with the next character, so a literal never ends in a lone backslash",
	"#%s needs a macro name":                 "only a line holding nothing but #ifdef or #ifndef gives it, which leaves no room on that line for the expectation (parse_test.go tests it)",
	// The checker.
	"cannot assign to this expression":         "the parser refuses any assignment whose left side is not a $variable or a @map",
	"%s needs a variable or a map":             "the parser refuses ++ and -- on anything but a $variable or a @map",
	"expected the whole map %s, without a key": "every whole-map reader (print, clear, zero, len) refuses a key itself, and the parser gives for loops only unkeyed maps",
	"kernel types (BTF) are not available":     "an error value, not a message: scripts see it only wrapped, as \"cannot resolve %s: %v\" and \"fentry: %v\" (types.bt, probes.bt)",
	"ctx: the kernel's BTF has no struct %s":   "every kernel with BTF has struct pt_regs, and iter's struct bpf_iter__NAME is checked when the attach point expands",
	"no struct %s":                             "every kernel's BTF has the structs netns and pidns follow (task_struct, nsproxy, net, pid, upid, pid_namespace); wrapped as \"%s needs the kernel's types: %v\"",
	"argument %s: %w":                          "wrapped, as \"args: %v\" (probes.bt gives it)",
	"argument %s is a %s passed by value: gtrace reads arguments passed in registers":      "wrapped, as \"args: %v\" (probes.bt gives it)",
	"argument %s is the %dth: only the first %d are in registers on %s":                    "wrapped, as \"args: %v\" (probes.bt gives it)",
	"%s does not stop at the function's entry, where its arguments are in their registers": "wrapped, as \"args: %v\" (probes.bt gives it)",
	"%s has no debug information gtrace can read":                                          "every host gtrace checks with reads DWARF (runtime/host.Host, testenv.FakeHost)",
	"element: %v": "needs a kernel array whose elements gtrace cannot read (arm64's __uint128_t vregs[32]); x86-64 BTF has none, and casts cannot make array types",
	// A #define's evaluation errors, seen only wrapped in "%s: #define
	// value %q is not a constant gtrace can evaluate: %v" (defines.bt).
	"division by zero":           "wrapped, as said above",
	"it ends too soon":           "wrapped, as said above",
	"a ( without )":              "wrapped, as said above",
	"unexpected %q":              "wrapped, as said above",
	"it nests more than %d deep": "wrapped, as said above (defines_test.go)",
	// The compiler and the probe types.
	"%s() is not supported yet":                  "every function builtin has a Stmt or returns an integer, a string or a tuple, and the checker refuses aggregations outside @m = agg()",
	"expected a constant integer":                "print() and strncmp() check their constant arguments with ConstInt, which accepts only what constArg evaluates",
	"this expression is not supported yet":       "intExpr and materialize handle every expression the checker types; array elements and dereferences read kernel memory, handled first",
	"%s is not available on %s":                  "the checker allows only arg0 to arg5 (MaxRegArgs) in kprobes and uprobes, and both architectures gtrace knows pass at least 6 in registers (amd64 6, arm64 8)",
	"%s: cannot list the kernel's functions: %v": "the host failed to read available_filter_functions and BTF; the fake host never fails",
	"cannot list tracepoints: %v":                "the host failed to read tracefs; the fake host never fails",
	// Errors of the runtime, not of compiling a script.
	"cgroupid(%q): %w":    "the runtime's error when it loads the program and cannot stat the cgroup",
	"kaddr(%q): %w":       "the runtime's error when it loads the program and cannot find the symbol",
	"uaddr(%q): %w":       "the runtime's error when it loads the program and the binary has no such symbol",
	"uaddr(%q) in %s: %w": "the runtime's error when it loads the program and cannot place the binary (tests/builtins_test.go)",
	"a return probe does not know where the binary was loaded (it is position-independent): use a uprobe": "wrapped in the runtime's uaddr error above (tests/builtins_test.go: TestBuiltinsUaddr)",
	"%s %s: %w":                   "the runtime's error when clear() or zero() fails on the live map",
	"%s: %s: %w":                  "the runtime's error when a printf, cat or system event cannot be formatted",
	"%s: join with no count":      "the runtime's error for a join event without its count, which emitJoin always writes",
	"%s: print with %d arguments": "the runtime's error for a print event without its one value, which print() always sends",
}

type diagnostic struct {
	pos    string
	format string
}

// reporters are the functions that report a diagnostic with a format.
var reporters = map[string]bool{"errorf": true, "Errorf": true, "fail": true, "Fail": true, "errAt": true, "bad": true, "Missing": true}

// diagnosticFormats collects the formats of the diagnostics reported in
// the non-test Go files of dirs: the first string literal argument of a
// reporter call, and literals (or Sprintf formats) given to an Error's
// Msg. Internal errors are left out: no script should reach them.
func diagnosticFormats(t *testing.T, dirs ...string) []diagnostic {
	fset := token.NewFileSet()
	var out []diagnostic
	add := func(n ast.Node, e ast.Expr) {
		if call, ok := e.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" && len(call.Args) > 0 {
				e = call.Args[0]
			}
		}
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil || strings.HasPrefix(s, "internal error") {
			return
		}
		out = append(out, diagnostic{fset.Position(n.Pos()).String(), s})
	}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					name := ""
					switch fn := n.Fun.(type) {
					case *ast.Ident:
						name = fn.Name
					case *ast.SelectorExpr:
						name = fn.Sel.Name
					}
					if reporters[name] {
						for _, a := range n.Args {
							if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
								add(n, lit)
								break
							}
						}
					}
				case *ast.KeyValueExpr:
					if k, ok := n.Key.(*ast.Ident); ok && k.Name == "Msg" {
						add(n, n.Value)
					}
				case *ast.AssignStmt:
					if sel, ok := n.Lhs[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "Msg" && n.Tok == token.ASSIGN {
						add(n, n.Rhs[0])
					}
				}
				return true
			})
		}
	}
	return out
}

var verbRE = regexp.MustCompile(`%[-+ #0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)

// formatRE matches the messages a format can give: its text, with any
// text for each conversion, at the start of the message.
func formatRE(format string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^(?s)")
	last := 0
	for _, m := range verbRE.FindAllStringIndex(format, -1) {
		b.WriteString(regexp.QuoteMeta(format[last:m[0]]))
		if format[m[0]:m[1]] == "%%" {
			b.WriteString("%")
		} else {
			b.WriteString(".*?")
		}
		last = m[1]
	}
	b.WriteString(regexp.QuoteMeta(format[last:]))
	return regexp.MustCompile(b.String())
}

// kernelTypes is this machine's BTF, for the scripts that need kernel
// types.
var kernelTypes = host.New().KernelTypes

// fakeHost knows a few tracepoints, binaries and kernel functions, so
// that the error files do not depend on the machine.
var fakeHost = &testenv.FakeHost{
	FakeTracepoints: testenv.FakeTracepoints{
		"syscalls:sys_enter_openat": {
			{Name: "dfd", CType: "int", Offset: 16, Size: 8},
			{Name: "filename", CType: "const char *", Offset: 24, Size: 8, Pointer: true},
			{Name: "flags", CType: "int", Offset: 32, Size: 8},
		},
		"syscalls:sys_enter_write": {
			{Name: "fd", CType: "unsigned int", Offset: 16, Size: 8},
			{Name: "buf", CType: "const char *", Offset: 24, Size: 8, Pointer: true},
			{Name: "count", CType: "size_t", Offset: 32, Size: 8},
		},
		"sched:sched_switch": {
			{Name: "prev_comm", CType: "char", Offset: 8, Size: 16, Array: 16, Signed: true},
			{Name: "prev_pid", CType: "pid_t", Offset: 24, Size: 4, Signed: true},
		},
		// comm is a __data_loc string in one and a char array in the other.
		"oom:mark_victim": {
			{Name: "pid", CType: "int", Offset: 8, Size: 4, Signed: true},
			{Name: "comm", CType: "__data_loc char[]", Offset: 12, Size: 4, DataLoc: true},
		},
		"sched:sched_wakeup": {
			{Name: "comm", CType: "char", Offset: 8, Size: 16, Array: 16, Signed: true},
			{Name: "pid", CType: "pid_t", Offset: 24, Size: 4, Signed: true},
		},
		// A flexible array of pointers (`void * ptrs[]` in a format
		// file), marked a pointer as the host once read it: its size, 0,
		// must still keep it from being read as one.
		"test:flex_ptrs": {
			{Name: "ptrs", CType: "void *[]", Offset: 8, Size: 0, Pointer: true},
		},
		"sock:inet_sock_set_state": {
			{Name: "sport", CType: "__u16", Offset: 16, Size: 2},
			{Name: "saddr", CType: "__u8", Offset: 24, Size: 4, Array: 4},
			{Name: "saddr_v6", CType: "__u8", Offset: 32, Size: 16, Array: 16},
			{Name: "args", CType: "unsigned long", Offset: 48, Size: 48, Array: 6},
		},
	},
	Binaries: map[string][]string{
		"/bin/app":       {"main", "work_a", "work_b"},
		"/lib/libc.so.6": {"free", "malloc"},
	},
	Libraries: map[string]string{"libc": "/lib/libc.so.6"},
	Funcs:     []string{"vfs_read", "vfs_write", "do_sys_open", "do_int3"},
	Refused:   []string{"do_int3"},
	USDT: map[string][]last.USDTProbe{"/bin/app": {{Provider: "app", Name: "start", PC: 0x1100, Args: []last.USDTArg{
		{Size: 4, Signed: true, Kind: last.USDTReg, Reg: "di"}, {Size: 8, Kind: last.USDTMem, Reg: "bp", Offset: -16},
	}}}},
	Addrs: map[uint64]string{0x1000: "main"},
	Params: map[string][]testenv.FakeParam{
		"/bin/app:work_a": {{Name: "n", Type: intType}, {Name: "f", Type: &btf.Float{Name: "float", Size: 4}}},
		"/bin/app:work_b": {{Name: "s", Type: &btf.Struct{Name: "pair", Size: 8}}},
		"/bin/app:main":   {{Name: "a", Type: intType}, {Name: "b", Type: intType}, {Name: "c", Type: intType}, {Name: "d", Type: intType}, {Name: "e", Type: intType}, {Name: "f", Type: intType}, {Name: "g", Type: intType}},
	},
	Types: map[string]btf.Type{"/bin/app:struct pair": &btf.Struct{Name: "pair", Size: 8, Members: []btf.Member{{Name: "x", Type: intType}}}},
}

var intType = &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
