package lang

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/lang/ast"
)

var update = flag.Bool("update", false, "rewrite testdata/parse/*.ast golden files")

// ---- helpers ----

// sx renders an expression as an s-expression, so precedence and shape can
// be compared as one string.
func sx(e ast.Expr) string {
	switch e := e.(type) {
	case nil:
		return "<nil>"
	case *ast.IntLit:
		return fmt.Sprint(e.Value)
	case *ast.StrLit:
		return fmt.Sprintf("%q", e.Value)
	case *ast.Ident:
		return e.Name
	case *ast.Var:
		return e.Name
	case *ast.Positional:
		if e.Count {
			return "$#"
		}
		return fmt.Sprintf("$%d", e.N)
	case *ast.MapRef:
		if e.Keys == nil {
			return e.Name
		}
		return e.Name + "[" + sxList(e.Keys) + "]"
	case *ast.Binary:
		return "(" + e.Op + " " + sx(e.L) + " " + sx(e.R) + ")"
	case *ast.Unary:
		return "(u" + e.Op + " " + sx(e.X) + ")"
	case *ast.IncDec:
		if e.Post {
			return "(post" + e.Op + " " + sx(e.X) + ")"
		}
		return "(pre" + e.Op + " " + sx(e.X) + ")"
	case *ast.Ternary:
		return "(? " + sx(e.Cond) + " " + sx(e.Then) + " " + sx(e.Else) + ")"
	case *ast.Call:
		s := "(call " + e.Name
		if e.TypeArg != nil {
			s += " " + sxType(e.TypeArg)
		}
		if len(e.Args) > 0 {
			s += " " + sxList(e.Args)
		}
		return s + ")"
	case *ast.Field:
		if e.Arrow {
			return "(-> " + sx(e.X) + " " + e.Name + ")"
		}
		return "(. " + sx(e.X) + " " + e.Name + ")"
	case *ast.Index:
		return "(index " + sx(e.X) + " " + sx(e.Index) + ")"
	case *ast.Cast:
		return "(cast " + sxType(e.Type) + " " + sx(e.X) + ")"
	case *ast.Tuple:
		return "(tuple " + sxList(e.Elems) + ")"
	}
	return fmt.Sprintf("<%T>", e)
}

func sxType(t *ast.TypeName) string { return "<" + t.Name + strings.Repeat("*", t.Ptr) + ">" }

func sxList(l []ast.Expr) string {
	var s []string
	for _, e := range l {
		s = append(s, sx(e))
	}
	return strings.Join(s, " ")
}

func sxStmt(s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.Block:
		var parts []string
		for _, x := range s.Stmts {
			parts = append(parts, sxStmt(x))
		}
		return "{" + strings.Join(parts, "; ") + "}"
	case *ast.ExprStmt:
		return sx(s.X)
	case *ast.AssignStmt:
		return "(" + s.Op + " " + sx(s.Target) + " " + sx(s.Value) + ")"
	case *ast.IfStmt:
		out := "(if " + sx(s.Cond) + " " + sxStmt(s.Then)
		if s.Else != nil {
			out += " " + sxStmt(s.Else)
		}
		return out + ")"
	case *ast.UnrollStmt:
		return "(unroll " + sx(s.Count) + " " + sxStmt(s.Body) + ")"
	case *ast.WhileStmt:
		return "(while " + sx(s.Cond) + " " + sxStmt(s.Body) + ")"
	case *ast.ForStmt:
		if s.Map != nil {
			return "(for " + sx(s.Var) + " " + sx(s.Map) + " " + sxStmt(s.Body) + ")"
		}
		return "(for " + sx(s.Var) + " " + sx(s.Start) + ".." + sx(s.End) + " " + sxStmt(s.Body) + ")"
	case *ast.BreakStmt:
		return "break"
	case *ast.ContinueStmt:
		return "continue"
	case *ast.ReturnStmt:
		return "return"
	}
	return fmt.Sprintf("<%T>", s)
}

// mustParse parses src, fails the test on error and checks every span.
func mustParse(t *testing.T, src string) *ast.Program {
	t.Helper()
	p, err := Parse("test.bt", src)
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	if msg := checkSpans(p, src); msg != "" {
		t.Fatalf("Parse(%q): %s", src, msg)
	}
	return p
}

// checkSpans walks every node and reports the first one whose span is
// unset, inverted, out of the source, or whose line/column disagree with
// its offset.
func checkSpans(p *ast.Program, src string) string {
	lines := lineStarts(src)
	valid := func(pos ast.Pos) bool {
		if pos.File != p.File || pos.Offset < 0 || pos.Offset > len(src) || pos.Line < 1 || pos.Line > len(lines) {
			return false
		}
		return lines[pos.Line-1] <= pos.Offset && pos.Col == pos.Offset-lines[pos.Line-1]+1 &&
			(pos.Line == len(lines) || pos.Offset < lines[pos.Line])
	}
	var bad string
	var visit func(n ast.Node, parent ast.Node)
	check := func(n, parent ast.Node) bool {
		if bad != "" {
			return false
		}
		s, e := n.Position(), n.EndPos()
		switch {
		case !valid(s) || !valid(e):
			bad = fmt.Sprintf("%T has a bad span %+v-%+v", n, s, e)
		case e.Offset < s.Offset || e.Offset == s.Offset && n != ast.Node(p):
			bad = fmt.Sprintf("%T has an empty or inverted span %v-%v", n, s, e)
		case parent != nil && (s.Offset < parent.Position().Offset || e.Offset > parent.EndPos().Offset):
			bad = fmt.Sprintf("%T at %v-%v is outside its parent %T at %v-%v", n, s, e, parent, parent.Position(), parent.EndPos())
		}
		return bad == ""
	}
	visit = func(n ast.Node, parent ast.Node) {
		if n == nil || reflect.ValueOf(n).IsNil() || !check(n, parent) {
			return
		}
		switch n := n.(type) {
		case *ast.Program:
			for _, c := range n.Config {
				visit(c, n)
			}
			for _, pr := range n.Probes {
				visit(pr, n)
			}
		case *ast.ConfigAssign:
			visit(n.Value, n)
		case *ast.Probe:
			for _, a := range n.Attach {
				visit(a, n)
			}
			visit(n.Pred, n)
			visit(n.Body, n)
		case *ast.Block:
			for _, s := range n.Stmts {
				visit(s, n)
			}
		case *ast.ExprStmt:
			visit(n.X, n)
		case *ast.AssignStmt:
			visit(n.Target, n)
			visit(n.Value, n)
		case *ast.IfStmt:
			visit(n.Cond, n)
			visit(n.Then, n)
			visit(n.Else, n)
		case *ast.UnrollStmt:
			visit(n.Count, n)
			visit(n.Body, n)
		case *ast.WhileStmt:
			visit(n.Cond, n)
			visit(n.Body, n)
		case *ast.ForStmt:
			visit(n.Var, n)
			visit(n.Start, n)
			visit(n.End, n)
			visit(n.Map, n)
			visit(n.Body, n)
		case *ast.MapRef:
			for _, k := range n.Keys {
				visit(k, n)
			}
		case *ast.Binary:
			visit(n.L, n)
			visit(n.R, n)
		case *ast.Unary:
			visit(n.X, n)
		case *ast.IncDec:
			visit(n.X, n)
		case *ast.Ternary:
			visit(n.Cond, n)
			visit(n.Then, n)
			visit(n.Else, n)
		case *ast.Call:
			visit(n.TypeArg, n)
			for _, a := range n.Args {
				visit(a, n)
			}
		case *ast.Field:
			visit(n.X, n)
		case *ast.Index:
			visit(n.X, n)
			visit(n.Index, n)
		case *ast.Cast:
			visit(n.Type, n)
			visit(n.X, n)
		case *ast.Tuple:
			for _, e := range n.Elems {
				visit(e, n)
			}
		}
	}
	visit(p, nil)
	return bad
}

// body parses `BEGIN { src }` and returns the statements.
func body(t *testing.T, src string) []ast.Stmt {
	t.Helper()
	p := mustParse(t, "BEGIN { "+src+" }")
	return p.Probes[0].Body.Stmts
}

// ---- expressions ----

var exprTests = []struct{ src, want string }{
	// C precedence, lowest first: ?: || && | ^ & == != < > <= >= << >> + - * / %
	{"1 + 2 * 3", "(+ 1 (* 2 3))"},
	{"1 * 2 + 3", "(+ (* 1 2) 3)"},
	{"a - b - c", "(- (- a b) c)"},
	{"a / b % c * d", "(* (% (/ a b) c) d)"},
	{"a || b && c", "(|| a (&& b c))"},
	{"a && b || c", "(|| (&& a b) c)"},
	{"a == b & c", "(& (== a b) c)"},
	{"a & b == c", "(& a (== b c))"},
	{"a | b ^ c & d", "(| a (^ b (& c d)))"},
	{"a < b == c >= d", "(== (< a b) (>= c d))"},
	{"a != b", "(!= a b)"},
	{"a <= b", "(<= a b)"},
	{"a > b", "(> a b)"},
	{"a << 1 + 2", "(<< a (+ 1 2))"},
	{"a >> b < c", "(< (>> a b) c)"},
	{"-x * y", "(* (u- x) y)"},
	{"!a == b", "(== (u! a) b)"},
	{"~a & b", "(& (u~ a) b)"},
	{"- -x", "(u- (u- x))"},
	{"!!x", "(u! (u! x))"},
	{"*p + 1", "(+ (u* p) 1)"},
	{"&x", "(u& x)"},
	{"a * *p", "(* a (u* p))"},
	{"(a + b) * c", "(* (+ a b) c)"},
	{"((a))", "a"},
	{"a ? b : c", "(? a b c)"},
	{"a ? b : c ? d : e", "(? a b (? c d e))"},
	{"a ? b ? c : d : e", "(? a (? b c d) e)"},
	{"a || b ? c + 1 : d", "(? (|| a b) (+ c 1) d)"},
	{"x ? (1, 2) : (3, 4)", "(? x (tuple 1 2) (tuple 3 4))"},
	// Unary and postfix.
	{"$x++", "(post++ $x)"},
	{"$x--", "(post-- $x)"},
	{"++$x", "(pre++ $x)"},
	{"--@m[1]", "(pre-- @m[1])"},
	{"@m[k]++", "(post++ @m[k])"},
	{"$x++ + 1", "(+ (post++ $x) 1)"},
	{"-$x++", "(u- (post++ $x))"},
	// Casts.
	{"(struct task_struct *)curtask", "(cast <struct task_struct*> curtask)"},
	{"(struct sock *)arg0", "(cast <struct sock*> arg0)"},
	{"(union u)x", "(cast <union u> x)"},
	{"(enum e)x", "(cast <enum e> x)"},
	{"(uint32)x", "(cast <uint32> x)"},
	{"(int8)x", "(cast <int8> x)"},
	{"(uint64 *)p", "(cast <uint64*> p)"},
	{"(uint8 **)p", "(cast <uint8**> p)"},
	{"(uint16)x + 1", "(+ (cast <uint16> x) 1)"},
	{"-(int64)x", "(u- (cast <int64> x))"},
	{"(int32)-x", "(cast <int32> (u- x))"},
	{"(uint32)(int16)x", "(cast <uint32> (cast <int16> x))"},
	{"(struct task_struct *)curtask->mm", "(cast <struct task_struct*> (-> curtask mm))"},
	{"((struct task_struct *)curtask)->mm->arg_start", "(-> (-> (cast <struct task_struct*> curtask) mm) arg_start)"},
	{"(x)", "x"},
	{"(x) + 1", "(+ x 1)"},
	// Fields, indexes, tuples.
	{"args->filename", "(-> args filename)"},
	{"args.filename", "(. args filename)"},
	{"$t.0", "(. $t 0)"},
	{"$t.1.0", "(. (. $t 1) 0)"},
	{"$x->a.b[2]", "(index (. (-> $x a) b) 2)"},
	{"args->argv[i + 1]", "(index (-> args argv) (+ i 1))"},
	{"@m[1].f", "(. @m[1] f)"},
	{"@m[1][2]", "(index @m[1] 2)"},
	{"(1, \"a\", $x)", "(tuple 1 \"a\" $x)"},
	{"((1, 2), 3)", "(tuple (tuple 1 2) 3)"},
	// Calls.
	{"exit()", "(call exit)"},
	{"printf(\"%d %s\\n\", pid, comm)", "(call printf \"%d %s\\n\" pid comm)"},
	{"str(args->filename, 64)", "(call str (-> args filename) 64)"},
	{"kstack(perf, 3)", "(call kstack perf 3)"},
	{"count()", "(call count)"},
	{"delete(@m, 1)", "(call delete @m 1)"},
	{"delete(@m[1, 2])", "(call delete @m[1 2])"},
	{"f(g(1), (2, 3))", "(call f (call g 1) (tuple 2 3))"},
	{"sizeof(struct task_struct)", "(call sizeof <struct task_struct>)"},
	{"sizeof(struct sock *)", "(call sizeof <struct sock*>)"},
	{"sizeof(uint32)", "(call sizeof <uint32>)"},
	{"sizeof($x)", "(call sizeof $x)"},
	{"sizeof(1 + 2)", "(call sizeof (+ 1 2))"},
	{"offsetof(struct task_struct, pid)", "(call offsetof <struct task_struct> pid)"},
	{"offsetof(struct x, a.b.c)", "(call offsetof <struct x> a.b.c)"},
	{"offsetof($x, f)", "(call offsetof $x f)"},
	// Primaries.
	{"pid", "pid"},
	{"curtask", "curtask"},
	{"BEGIN", "BEGIN"},
	{"$name", "$name"},
	{"$_x1", "$_x1"},
	{"$1", "$1"},
	{"$12", "$12"},
	{"$#", "$#"},
	{"@", "@"},
	{"@name", "@name"},
	{"@[1]", "@[1]"},
	{"@m[1, 2]", "@m[1 2]"},
	{"@m[comm, pid, (1, 2)]", "@m[comm pid (tuple 1 2)]"},
	{"\"\"", "\"\""},
}

func TestParseExpr(t *testing.T) {
	for _, tc := range exprTests {
		t.Run(tc.src, func(t *testing.T) {
			stmts := body(t, tc.src+";")
			if len(stmts) != 1 {
				t.Fatalf("got %d statements, want 1", len(stmts))
			}
			es, ok := stmts[0].(*ast.ExprStmt)
			if !ok {
				t.Fatalf("got %T, want *ExprStmt", stmts[0])
			}
			if got := sx(es.X); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// ---- statements ----

var stmtTests = []struct{ src, want string }{
	{"$x = 1", "(= $x 1)"},
	{"$x = 1;", "(= $x 1)"},
	{"@m = count()", "(= @m (call count))"},
	{"@m[k1, k2] = 1", "(= @m[k1 k2] 1)"},
	{"@ = 1", "(= @ 1)"},
	{"@[comm] = count()", "(= @[comm] (call count))"},
	{"$x += 1", "(+= $x 1)"},
	{"$x -= 1", "(-= $x 1)"},
	{"$x *= 2", "(*= $x 2)"},
	{"$x /= 2", "(/= $x 2)"},
	{"$x %= 2", "(%= $x 2)"},
	{"@m[1] &= 2", "(&= @m[1] 2)"},
	{"@m |= 2", "(|= @m 2)"},
	{"$x ^= 2", "(^= $x 2)"},
	{"$x <<= 2", "(<<= $x 2)"},
	{"$x >>= 2", "(>>= $x 2)"},
	{"$x++; ++$x; @m[k]--; --@m", "(post++ $x); (pre++ $x); (post-- @m[k]); (pre-- @m)"},
	{"$a = 1; $b = 2; print($a)", "(= $a 1); (= $b 2); (call print $a)"},
	{"exit();;;", "(call exit)"},
	{";", ""},
	{"", ""},
	{"if (1) { }", "(if 1 {})"},
	{"if (a) { $x = 1 } else { $x = 2 }", "(if a {(= $x 1)} {(= $x 2)})"},
	{"if (a) { } else if (b) { x() } else if (c) { } else { y() }", "(if a {} (if b {(call x)} (if c {} {(call y)})))"},
	{"if (a) { } else if (b) { }", "(if a {} (if b {}))"},
	{"if (a) { } print(1)", "(if a {}); (call print 1)"},
	{"if (a) { }; print(1)", "(if a {}); (call print 1)"},
	{"if (a) { if (b) { c() } }", "(if a {(if b {(call c)})})"},
	{"unroll(3) { @x++ }", "(unroll 3 {(post++ @x)})"},
	{"unroll ($1) { }", "(unroll $1 {})"},
	{"while ($i < 10) { $i++; if ($i == 5) { break } continue; }", "(while (< $i 10) {(post++ $i); (if (== $i 5) {break}); continue})"},
	{"for ($i : 0..5) { print($i) }", "(for $i 0..5 {(call print $i)})"},
	{"for ($i : $a + 1..$b * 2) { }", "(for $i (+ $a 1)..(* $b 2) {})"},
	{"for ($kv : @m) { print($kv.0) }", "(for $kv @m {(call print (. $kv 0))})"},
	{"return", "return"},
	{"return;", "return"},
	{"break; continue; return", "break; continue; return"},
}

func TestParseStmt(t *testing.T) {
	for _, tc := range stmtTests {
		t.Run(tc.src, func(t *testing.T) {
			var parts []string
			for _, s := range body(t, tc.src) {
				parts = append(parts, sxStmt(s))
			}
			if got := strings.Join(parts, "; "); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// ---- attach points, probes, config ----

var attachTests = []struct {
	src      string
	provider string
	parts    []string
}{
	{"BEGIN", "BEGIN", nil},
	{"END", "END", nil},
	{"begin", "BEGIN", nil},
	{"end", "END", nil},
	{"tracepoint:syscalls:sys_enter_openat", "tracepoint", []string{"syscalls", "sys_enter_openat"}},
	{"tracepoint:syscalls:sys_enter_*", "tracepoint", []string{"syscalls", "sys_enter_*"}},
	{"t:sched:sched_switch", "tracepoint", []string{"sched", "sched_switch"}},
	{"uprobe:/bin/bash:readline", "uprobe", []string{"/bin/bash", "readline"}},
	{"u:/bin/bash:readline", "uprobe", []string{"/bin/bash", "readline"}},
	{"uretprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc", "uretprobe", []string{"/lib/x86_64-linux-gnu/libc.so.6", "malloc"}},
	{"ur:./a.out:main", "uretprobe", []string{"./a.out", "main"}},
	{"uprobe:/bin/x:0x1234", "uprobe", []string{"/bin/x", "0x1234"}},
	{`uprobe:/bin/x:"ns::f"`, "uprobe", []string{"/bin/x", "ns::f"}},
	{"kprobe:vfs_read+16", "kprobe", []string{"vfs_read+16"}},
	{"k:vfs_*", "kprobe", []string{"vfs_*"}},
	{"kretprobe:vfs_read", "kretprobe", []string{"vfs_read"}},
	{"kr:vfs_read", "kretprobe", []string{"vfs_read"}},
	{"usdt:/path/bin:provider:name", "usdt", []string{"/path/bin", "provider", "name"}},
	{"U:/path/bin:provider:name", "usdt", []string{"/path/bin", "provider", "name"}},
	{"interval:s:1", "interval", []string{"s", "1"}},
	{"interval:ms:100", "interval", []string{"ms", "100"}},
	{"i:s:1", "interval", []string{"s", "1"}},
	{"profile:hz:99", "profile", []string{"hz", "99"}},
	{"p:hz:99", "profile", []string{"hz", "99"}},
	{"software:cpu-clock:1000", "software", []string{"cpu-clock", "1000"}},
	{"s:page-faults:1", "software", []string{"page-faults", "1"}},
	{"hardware:cycles:1000000", "hardware", []string{"cycles", "1000000"}},
	{"h:cache-misses:10", "hardware", []string{"cache-misses", "10"}},
	{"rawtracepoint:sched_switch", "rawtracepoint", []string{"sched_switch"}},
	{"rt:sched_switch", "rawtracepoint", []string{"sched_switch"}},
	{"kfunc:vfs_read", "kfunc", []string{"vfs_read"}},
	{"f:vfs_read", "kfunc", []string{"vfs_read"}},
	{"kretfunc:vfs_read", "kretfunc", []string{"vfs_read"}},
	{"fr:vfs_read", "kretfunc", []string{"vfs_read"}},
	{"fentry:vfs_read", "fentry", []string{"vfs_read"}},
	{"fexit:vfs_read", "fexit", []string{"vfs_read"}},
	{"watchpoint:0x10000:8:rw", "watchpoint", []string{"0x10000", "8", "rw"}},
	{"kprobe:", "kprobe", []string{""}},
}

func TestAttachPoints(t *testing.T) {
	for _, tc := range attachTests {
		for _, form := range []string{"%s { }", "%s{}", "%s /1/ { }", "%s/1/{}", "%s,BEGIN { }", "// c\n%s /* c */ { }"} {
			if form == "%s/1/{}" && strings.HasSuffix(tc.src, ":") {
				continue // an empty last part followed by '/' reads as a path
			}
			src := fmt.Sprintf(form, tc.src)
			t.Run(src, func(t *testing.T) {
				p := mustParse(t, src)
				a := p.Probes[0].Attach[0]
				if a.Raw != tc.src || a.Provider != tc.provider || !reflect.DeepEqual(a.Parts, tc.parts) {
					t.Errorf("got Raw=%q Provider=%q Parts=%q, want %q %q %q", a.Raw, a.Provider, a.Parts, tc.src, tc.provider, tc.parts)
				}
				if got := a.EndPos().Offset - a.Position().Offset; got != len(tc.src) {
					t.Errorf("attach span is %d bytes, want %d", got, len(tc.src))
				}
			})
		}
	}
}

func TestProbes(t *testing.T) {
	p := mustParse(t, `BEGIN { } kprobe:a, kprobe:b,
	kprobe:c /pid == 1/ { exit() }
END{}`)
	if len(p.Probes) != 3 {
		t.Fatalf("got %d probes", len(p.Probes))
	}
	var raws []string
	for _, a := range p.Probes[1].Attach {
		raws = append(raws, a.Raw)
	}
	if got := strings.Join(raws, ","); got != "kprobe:a,kprobe:b,kprobe:c" {
		t.Errorf("attach points %s", got)
	}
	if p.Probes[0].Pred != nil || sx(p.Probes[1].Pred) != "(== pid 1)" || p.Probes[2].Attach[0].Provider != "END" {
		t.Errorf("probes parsed wrong")
	}
	if len(p.Probes[0].Body.Stmts) != 0 || len(p.Probes[2].Body.Stmts) != 0 {
		t.Errorf("empty bodies are not empty")
	}

	// As in bpftrace, the '/' that ends a predicate is the first one
	// outside brackets that is followed by '{'; any other '/' divides.
	for _, tc := range []struct{ src, want string }{
		{"kprobe:f /($x / 2) > @m[$a / $b]/ { $y = $x / 2 }", "(> (/ $x 2) @m[(/ $a $b)])"},
		{"kprobe:f /(nsecs - @s[tid]) / 1000 > 10/ { }", "(> (/ (- nsecs @s[tid]) 1000) 10)"},
		{"kprobe:f /10 / 2 == 5/{}", "(== (/ 10 2) 5)"},
		{"kprobe:f /a / b / c/\n// comment\n/* another */ {}", "(/ (/ a b) c)"},
		{"kprobe:f /a/b/ {} kprobe:g /c/ {}", "(/ a b)"},
		{"kprobe:f /f(a / {)/ { }", ""},
	} {
		p, err := Parse("", tc.src)
		got := ""
		if err == nil {
			got = sx(p.Probes[0].Pred)
		}
		if got != tc.want {
			t.Errorf("%q: pred %s, want %s (%v)", tc.src, got, tc.want, err)
		}
	}
	// A ternary and a string with a '/' in a predicate.
	p = mustParse(t, `kprobe:f /comm == "a/b" ? 1 : 0/ { }`)
	if got := sx(p.Probes[0].Pred); got != `(? (== comm "a/b") 1 0)` {
		t.Errorf("pred %s", got)
	}
}

func TestConfig(t *testing.T) {
	p := mustParse(t, `config = {
	max_strlen = 100;
	str_trunc_trailer = "..";
	stack_mode = perf
}
config = { } config = { x = 0x10; }
BEGIN { }`)
	var got []string
	for _, c := range p.Config {
		got = append(got, c.Key+"="+sx(c.Value))
	}
	if s := strings.Join(got, " "); s != `max_strlen=100 str_trunc_trailer=".." stack_mode="perf" x=16` {
		t.Errorf("config %s", s)
	}
	if c := p.Config[0]; c.Pos.Line != 2 || c.Pos.Col != 2 || c.End.Col != 18 {
		t.Errorf("config span %v-%v", c.Pos, c.End)
	}
}

// ---- literals ----

func TestIntLiterals(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want uint64
	}{
		{"0", 0},
		{"42", 42},
		{"0x1F", 31},
		{"0X1f", 31},
		{"0xdead_beef", 0xdeadbeef},
		{"0755", 0755},
		{"00", 0},
		{"1_000_000", 1000000},
		{"1e6", 1000000},
		{"2E3", 2000},
		{"0e5", 0},
		{"1_0e1_0", 100000000000},
		{"18446744073709551615", 1<<64 - 1},
		{"0xFFFF_FFFF_FFFF_FFFF", 1<<64 - 1},
		{"01777777777777777777777", 1<<64 - 1},
	} {
		stmts := body(t, tc.src)
		lit, ok := stmts[0].(*ast.ExprStmt).X.(*ast.IntLit)
		if !ok || lit.Value != tc.want || lit.Text != tc.src {
			t.Errorf("%s: got %#v, want %d", tc.src, stmts[0].(*ast.ExprStmt).X, tc.want)
		}
	}
}

func TestStringLiterals(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`""`, ""},
		{`"plain"`, "plain"},
		{`"a\nb\tc\rd"`, "a\nb\tc\rd"},
		{`"q\"q\\"`, `q"q\`},
		{`"nul\0end"`, "nul\x00end"},
		{`"\x41\x4a\x4A\x7"`, "AJJ\x07"},
		{`"\101\1012\7"`, "AA2\x07"},
		{`"\377"`, "\xff"},
		{`"/* not a comment */ // nor this"`, "/* not a comment */ // nor this"},
		{`"{ } ; :"`, "{ } ; :"},
		{`"é"`, "é"},
	} {
		stmts := body(t, tc.src)
		lit, ok := stmts[0].(*ast.ExprStmt).X.(*ast.StrLit)
		if !ok || lit.Value != tc.want {
			t.Errorf("%s: got %#v, want %q", tc.src, stmts[0].(*ast.ExprStmt).X, tc.want)
		}
	}
}

// ---- positions, comments, shebang ----

func TestPositions(t *testing.T) {
	src := "#!/usr/bin/env gtrace\n" +
		"// a comment\n" +
		"tracepoint:syscalls:sys_enter_openat\n" +
		"/pid == 1/\n" +
		"{\n" +
		"\t@[comm] = count();\n" +
		"\t\t$x = \"é\" + 12;\n" +
		"}\n"
	p := mustParse(t, src)
	pr := p.Probes[0]
	at := func(n ast.Node, line, col, endLine, endCol int) {
		t.Helper()
		s, e := n.Position(), n.EndPos()
		if s.Line != line || s.Col != col || e.Line != endLine || e.Col != endCol || s.File != "test.bt" {
			t.Errorf("%T at %v-%d:%d, want %d:%d-%d:%d", n, s, e.Line, e.Col, line, col, endLine, endCol)
		}
	}
	at(p, 1, 1, 9, 1)
	at(pr, 3, 1, 8, 2)
	at(pr.Attach[0], 3, 1, 3, 37)
	at(pr.Pred, 4, 2, 4, 10)
	at(pr.Pred.(*ast.Binary).R, 4, 9, 4, 10)
	at(pr.Body, 5, 1, 8, 2)
	as := pr.Body.Stmts[0].(*ast.AssignStmt)
	at(as, 6, 2, 6, 19) // the ';' is not part of the statement
	at(as.Target, 6, 2, 6, 9)
	at(as.Target.(*ast.MapRef).Keys[0], 6, 4, 6, 8)
	at(as.Value, 6, 12, 6, 19)
	as = pr.Body.Stmts[1].(*ast.AssignStmt)
	at(as, 7, 3, 7, 17)
	// Columns count bytes: "é" is two bytes, so the string spans 4.
	at(as.Value.(*ast.Binary).L, 7, 8, 7, 12)
	at(as.Value.(*ast.Binary).R, 7, 15, 7, 17)
	if off := as.Value.(*ast.Binary).R.Position().Offset; src[off:off+2] != "12" {
		t.Errorf("offset %d points at %q", off, src[off:off+2])
	}
}

func TestSpansIncludeParens(t *testing.T) {
	stmts := body(t, "(1 + 2) * (3, 4).0;")
	m := stmts[0].(*ast.ExprStmt).X.(*ast.Binary)
	// BEGIN { (1 + 2) * (3, 4).0; }
	// 123456789...
	for _, c := range []struct {
		n          ast.Node
		start, end int
	}{
		{m, 9, 27}, {m.L, 10, 15}, {m.R, 19, 27}, {m.R.(*ast.Field).X, 19, 25},
	} {
		if s, e := c.n.Position().Col, c.n.EndPos().Col; s != c.start || e != c.end {
			t.Errorf("%s: %d-%d, want %d-%d", sx(c.n.(ast.Expr)), s, e, c.start, c.end)
		}
	}
}

func TestComments(t *testing.T) {
	p := mustParse(t, `// leading
/* block
   comment */ BEGIN // after attach
/* before body */ {
	$x = 1; // trailing
	/* inside */ $y /* between */ = /* tokens */ 2;
	/**/ /***/ /* * / ** */
}
kprobe:f /* c */ , kprobe:g /* in */ /pid /* pred */ == 1/ { }
// last line without newline`)
	if len(p.Probes) != 2 || len(p.Probes[0].Body.Stmts) != 2 || len(p.Probes[1].Attach) != 2 {
		t.Fatalf("comments changed the parse")
	}
	if y := p.Probes[0].Body.Stmts[1].(*ast.AssignStmt); y.Pos.Line != 6 || y.Pos.Col != 15 {
		t.Errorf("$y at %v", y.Pos)
	}
}

func TestShebang(t *testing.T) {
	p := mustParse(t, "#!/usr/bin/env -S gtrace -q\nBEGIN { exit() }")
	if pr := p.Probes[0]; pr.Pos.Line != 2 || pr.Pos.Col != 1 || pr.Pos.Offset != 28 {
		t.Errorf("probe at %+v", pr.Pos)
	}
	// Only a first line starting with #! is a shebang.
	if _, err := Parse("", "BEGIN { }\n#!/bin/x\n"); err == nil {
		t.Errorf("a #! line after the first was accepted")
	}
	// A script of only a shebang, or of nothing, is an error, as in
	// bpftrace: it has no probes.
	for _, src := range []string{"#!/usr/bin/env gtrace", "#!/usr/bin/env gtrace\n", "", " \n\t", "// only a comment", "config = { max_strlen = 8 }"} {
		if _, err := Parse("", src); err == nil || !strings.Contains(err.Error(), "the program has no probes") {
			t.Errorf("%q: %v, want no probes", src, err)
		}
	}
}

func TestPreprocessor(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"#include <linux/sched.h>\nBEGIN { }", "BEGIN@2"},
		{"#!/usr/bin/env gtrace\n#include <linux/sched.h>\n # include \"linux/types.h\"\n\nk:f { }", "kprobe@5"},
		// bpftrace's tools guard their C definitions with BPFTRACE_HAVE_BTF,
		// which is always defined here.
		{"#ifndef BPFTRACE_HAVE_BTF\n#include <linux/sched.h>\nstruct cfs_rq { int x; };\n#endif\nBEGIN { }", "BEGIN@5"},
		{"#ifndef BPFTRACE_HAVE_BTF\nEND { }\n#else\n#include <sys/socket.h>\nBEGIN { }\n#endif", "BEGIN@5"},
		{"#ifdef BPFTRACE_HAVE_BTF\nBEGIN { }\n#else\nEND { }\n#endif", "BEGIN@2"},
		{"#ifdef OTHER\nBEGIN { }\n#else\nEND { }\n#endif", "END@4"},
		{"#ifdef OTHER\n#ifndef OTHER\nBEGIN { }\n#else\nEND { }\n#endif\n#else\ni:s:1 { }\n#endif", "interval@8"},
		{"BEGIN {\n#ifdef BPFTRACE_HAVE_BTF\n  @a = 1;\n#endif\n}", "BEGIN@1"},
		// '#' lines inside block comments are comment text.
		{"/*\n # need not be a directive\n#define X */ BEGIN { }", "BEGIN@3"},
		{"/* a */ /* b\n#c */\n// /*\n#include <x.h>\nBEGIN { printf(\"/*\"); }\n#ifdef A\n#endif", "BEGIN@5"},
	} {
		p := mustParse(t, tc.src)
		var got []string
		for _, pr := range p.Probes {
			got = append(got, fmt.Sprintf("%s@%d", pr.Attach[0].Provider, pr.Pos.Line))
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%q: got %s, want %s", tc.src, s, tc.want)
		}
	}
}

// ---- errors ----

var errorTests = []struct {
	src  string
	want string // Error(): file:line:col: message
}{
	// Unclosed braces: the error is at the end, and names the open brace.
	{"BEGIN { exit();", `test.bt:1:16: syntax error: unexpected end of input, expected "}" to close the "{" at 1:7`},
	{"BEGIN {\n  if (1) {\n    exit()\n}", `test.bt:4:2: syntax error: unexpected end of input, expected "}" to close the "{" at 1:7`},
	{"BEGIN { $x = 1", `test.bt:1:15: syntax error: unexpected end of input, expected "}" to close the "{" at 1:7`},
	{"BEGIN", `test.bt:1:6: syntax error: unexpected end of input, expected "{"`},
	// Missing ';' between statements.
	{"BEGIN { $x = 1 $y = 2 }", `test.bt:1:16: syntax error: unexpected "$y", expected ";"`},
	{"BEGIN {\n\tprint(1)\n\tprint(2)\n}", `test.bt:3:2: syntax error: unexpected "print", expected ";"`},
	{"BEGIN { $x $y }", `test.bt:1:12: syntax error: unexpected "$y", expected ";"`},
	{"BEGIN { $x = $y = 1 }", `test.bt:1:17: syntax error: unexpected "=", expected ";"`},
	{"config = { a = 1 b = 2 } BEGIN { }", `test.bt:1:18: syntax error: unexpected "b", expected ";"`},
	// Bad tokens.
	{"BEGIN { $x = 1 # 2 }", `test.bt:1:16: syntax error: unexpected character "#", expected ";"`},
	{"BEGIN { $x = `a` }", "test.bt:1:14: syntax error: unexpected character \"`\", expected expression"},
	{"BEGIN { $ }", `test.bt:1:9: syntax error: unexpected character "$", expected statement or "}"`},
	{"BEGIN { x = \u00e9 }", `test.bt:1:13: syntax error: unexpected character "é", expected expression`},
	{"(BEGIN) { }", `test.bt:1:1: syntax error: unexpected character "("`},
	// Preprocessor lines and C type definitions.
	{"#define X(a) 1\nBEGIN { }", `test.bt:1:9: #define X(...): macros with parameters are not supported; define constants`},
	{"BEGIN { }\n  #if 1\n#endif", `test.bt:2:3: preprocessor directive "#if" is not supported: only #include, #define, #undef, #ifdef, #ifndef, #else and #endif are`},
	{"#\nBEGIN { }", `test.bt:1:1: preprocessor directive "#" is not supported: only #include, #define, #undef, #ifdef, #ifndef, #else and #endif are`},
	{"#ifdef\n#endif", `test.bt:1:1: #ifdef needs a macro name`},
	{"BEGIN { }\n#endif", `test.bt:2:1: #endif without #ifdef or #ifndef`},
	{"#else", `test.bt:1:1: #else without #ifdef or #ifndef`},
	{"#ifdef A\n#else\n#else\n#endif", `test.bt:3:1: a second #else for the same #ifdef`},
	{"#ifdef A\n#ifndef B\n#endif\nBEGIN { }", `test.bt:1:1: #ifdef or #ifndef without #endif`},
	{"struct x { int a }\nBEGIN { }", `test.bt:1:18: C definition: expected ";" after the member, found "}"`},
	{"BEGIN { } union u { int a; int; }", `test.bt:1:28: C definition: this member declares nothing`},
	{"BEGIN { } typedef int t\nBEGIN { }", `test.bt:2:1: C definition: expected ";" after the declaration, found "BEGIN"`},
	{"BEGIN { #include <x.h>\n }", `test.bt:1:9: syntax error: unexpected character "#", expected statement or "}"`},
	// Unterminated strings and comments.
	{`BEGIN { printf("abc); }`, `test.bt:1:16: syntax error: unterminated string literal`},
	{"BEGIN { printf(\"abc\n\"); }", `test.bt:1:16: syntax error: unterminated string literal`},
	{`BEGIN { printf("abc\`, `test.bt:1:16: syntax error: unterminated string literal`},
	{"BEGIN { } /* never\nclosed", `test.bt:1:11: syntax error: unterminated comment`},
	// Predicates.
	{"kprobe:f / / { }", `test.bt:1:12: syntax error: unexpected "/", expected expression`},
	{"kprobe:f /pid { }", `test.bt:1:15: syntax error: unexpected "{", expected "/"`},
	{"kprobe:f /pid == 1/ /2/ { }", `test.bt:1:21: syntax error: unexpected "/", expected expression`},
	{"kprobe:f /pid == 1 { }", `test.bt:1:20: syntax error: unexpected "{", expected "/"`},
	{"kprobe:f /pid == 1", `test.bt:1:19: syntax error: unexpected end of input, expected "/"`},
	{"kprobe:f /(pid == 1/ { }", `test.bt:1:22: syntax error: unexpected "{", expected expression`},
	{"kprobe:f /pid/ $x { }", `test.bt:1:19: syntax error: unexpected "{", expected "/"`}, // pid / $x
	// Stray and misplaced braces and tokens.
	{"BEGIN { } }", `test.bt:1:11: syntax error: unexpected "}", expected probe`},
	{"}", `test.bt:1:1: syntax error: unexpected "}", expected probe`},
	{"{ }", `test.bt:1:1: syntax error: unexpected "{", expected probe`},
	{"BEGIN { { } }", `test.bt:1:9: syntax error: unexpected "{", expected statement or "}"`},
	{"BEGIN { $x = 1; ) }", `test.bt:1:17: syntax error: unexpected ")", expected statement or "}"`},
	{"kprobe:a kprobe:b { }", `test.bt:1:10: syntax error: unexpected "kprobe:b", expected "{"`},
	{"kprobe:a, { }", `test.bt:1:11: syntax error: unexpected "{", expected attach point`},
	// Expressions.
	{"BEGIN { $x = }", `test.bt:1:14: syntax error: unexpected "}", expected expression`},
	{"BEGIN { $x = 1 + ; }", `test.bt:1:18: syntax error: unexpected ";", expected expression`},
	{"BEGIN { $x = (1, ); }", `test.bt:1:18: syntax error: unexpected ")", expected expression`},
	{"BEGIN { $x = (); }", `test.bt:1:15: syntax error: unexpected ")", expected expression`},
	{"BEGIN { $x = 1 ? 2; }", `test.bt:1:19: syntax error: unexpected ";", expected ":"`},
	{"BEGIN { f(1 2) }", `test.bt:1:13: syntax error: unexpected "2", expected ")"`},
	{"BEGIN { @m[] = 1 }", `test.bt:1:12: syntax error: unexpected "]", expected expression`},
	{"BEGIN { @m[1 2] = 1 }", `test.bt:1:14: syntax error: unexpected "2", expected "]"`},
	{"BEGIN { x-> }", `test.bt:1:13: syntax error: unexpected "}", expected field name`},
	{"BEGIN { x. }", `test.bt:1:12: syntax error: unexpected "}", expected field name or tuple index`},
	{"BEGIN { $x = (uint32 + 1) }", `test.bt:1:22: syntax error: unexpected "+", expected ")"`},
	{"BEGIN { $x = (struct)y }", `test.bt:1:21: syntax error: unexpected ")", expected struct name`},
	{"BEGIN { $x = (struct x *) }", `test.bt:1:27: syntax error: unexpected "}", expected expression`},
	{"BEGIN { $x = sizeof(struct) }", `test.bt:1:27: syntax error: unexpected ")", expected identifier`},
	{"BEGIN { $x = offsetof(struct x) }", `test.bt:1:31: syntax error: unexpected ")", expected ","`},
	{"BEGIN { if = 1 }", `test.bt:1:12: syntax error: unexpected "=", expected "("`},
	// Statements.
	{"BEGIN { if 1 { } }", `test.bt:1:12: syntax error: unexpected "1", expected "("`},
	{"BEGIN { if (1) print(1) }", `test.bt:1:16: syntax error: unexpected "print", expected "{"`},
	{"BEGIN { if (1) { } else }", `test.bt:1:25: syntax error: unexpected "}", expected "{"`},
	{"BEGIN { if (1) { } else { } else { } }", `test.bt:1:29: syntax error: unexpected "else" after the final else block`},
	{"BEGIN { else { } }", `test.bt:1:9: syntax error: unexpected "else", expected statement or "}"`},
	{"BEGIN { for $x : 1..2 { } }", `test.bt:1:13: syntax error: unexpected "$x", expected "("`},
	{"BEGIN { for (x : 1..2) { } }", `test.bt:1:14: syntax error: unexpected "x", expected $variable`},
	{"BEGIN { for ($x : 1..) { } }", `test.bt:1:22: syntax error: unexpected ")", expected expression`},
	{"BEGIN { for ($x : 5) { } }", `test.bt:1:19: syntax error: for loops iterate over a range (start..end) or a map (@name)`},
	{"BEGIN { for ($x : @m[1]) { } }", `test.bt:1:19: syntax error: for loops iterate over a range (start..end) or a map (@name)`},
	{"BEGIN { unroll 3 { } }", `test.bt:1:16: syntax error: unexpected "3", expected "("`},
	{"BEGIN { while (1) }", `test.bt:1:19: syntax error: unexpected "}", expected "{"`},
	{"BEGIN { break 1 }", `test.bt:1:15: syntax error: unexpected "1", expected ";"`},
	{"BEGIN { 1 = 2 }", `test.bt:1:9: syntax error: the left side of "=" must be a $variable or a @map`},
	{"BEGIN { pid += 2 }", `test.bt:1:9: syntax error: the left side of "+=" must be a $variable or a @map`},
	{"BEGIN { $x.a = 2 }", `test.bt:1:9: syntax error: the left side of "=" must be a $variable or a @map`},
	{"BEGIN { 2++ }", `test.bt:1:9: syntax error: "++" needs a $variable or a @map`},
	{"BEGIN { --f() }", `test.bt:1:11: syntax error: "--" needs a $variable or a @map`},
	// Config.
	{"kprobe:f { } config = { a = 1 }", `test.bt:1:14: syntax error: config must come before the first probe`},
	{"config { }", `test.bt:1:8: syntax error: unexpected "{", expected "="`},
	{"config = { 1 = 2 }", `test.bt:1:12: syntax error: unexpected "1", expected config option or "}"`},
	{"config = { a = }", `test.bt:1:16: syntax error: unexpected "}", expected number or string`},
	{"config = { a = 1", `test.bt:1:17: syntax error: unexpected end of input, expected "}" to close the "{" at 1:10`},
	// Literals.
	{"BEGIN { $x = 099 }", `test.bt:1:14: invalid integer literal "099"`},
	{"BEGIN { $x = 0x }", `test.bt:1:14: invalid integer literal "0x"`},
	{"BEGIN { $x = 12ab }", `test.bt:1:14: invalid integer literal "12ab"`},
	{"BEGIN { $x = 18446744073709551616 }", `test.bt:1:14: integer literal 18446744073709551616 does not fit in 64 bits`},
	{"BEGIN { $x = 0x1_0000_0000_0000_0000 }", `test.bt:1:14: integer literal 0x1_0000_0000_0000_0000 does not fit in 64 bits`},
	{"BEGIN { $x = 1e20 }", `test.bt:1:14: integer literal 1e20 does not fit in 64 bits`},
	{"BEGIN { $x = 1e300 }", `test.bt:1:14: integer literal 1e300 does not fit in 64 bits`},
	{"BEGIN { $x = 1e }", `test.bt:1:14: invalid integer literal "1e"`},
	{`BEGIN { $x = "a\qb" }`, `test.bt:1:16: unknown escape sequence "\\q" in string`},
	{`BEGIN { $x = "a\x" }`, `test.bt:1:16: invalid escape sequence "\x": expected hex digits after \x`},
	{`BEGIN { $x = "\400" }`, `test.bt:1:15: octal escape \400 is out of range (max \377)`},
	{"BEGIN { $x = $0 }", `test.bt:1:14: there is no $0: positional parameters start at $1`},
	{"BEGIN { $x = $99999999999 }", `test.bt:1:14: positional parameter $99999999999 is out of range`},
	{"BEGIN { $x = $t.01 }", `test.bt:1:17: invalid tuple index "01": write it as a small decimal number`},
	{"BEGIN { $x = $t.08 }", `test.bt:1:17: invalid tuple index "08": write it as a small decimal number`},
	// The first error wins, wherever it is found.
	{"BEGIN { $x = 099; $y = 1 + ; }", `test.bt:1:14: invalid integer literal "099"`},
	{"BEGIN { $x = 1 + ; $y = 099 }", `test.bt:1:18: syntax error: unexpected ";", expected expression`},
	{"BEGIN { $x = 0x; $y = 099; }", `test.bt:1:14: invalid integer literal "0x"`},
	{"BEGIN { 1 = 2; $y = \"\\z\"; }", `test.bt:1:9: syntax error: the left side of "=" must be a $variable or a @map`},
	{"BEGIN { $x = \"\\z\"; 1 = 2; }", `test.bt:1:15: unknown escape sequence "\\z" in string`},
	{"kprobe:f /$0/ { }", `test.bt:1:11: there is no $0: positional parameters start at $1`},
	{"config = { a = 099 }", `test.bt:1:16: invalid integer literal "099"`},
	{"BEGIN kprobe:x" + strings.Repeat("é", 30) + " { }", `test.bt:1:7: syntax error: unexpected "kprobe:xéééééééééééééé...", expected "{"`},
	// Nesting is bounded.
	{"BEGIN { $x = " + strings.Repeat("(", 600) + "1" + strings.Repeat(")", 600) + " }", "test.bt:1:513: syntax error: nesting is too deep (more than 500 levels)"},
	{"BEGIN { $x = " + strings.Repeat("1 ? ", 600) + "1" + strings.Repeat(" : 2", 600) + " }", "test.bt:1:2012: syntax error: nesting is too deep (more than 500 levels)"},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range errorTests {
		t.Run(tc.src, func(t *testing.T) {
			p, err := Parse("test.bt", tc.src)
			if err == nil {
				t.Fatalf("no error; parsed as %d probes", len(p.Probes))
			}
			var e *ast.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T, want *Error: %v", err, err)
			}
			if p != nil {
				t.Errorf("a program was returned with an error")
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if e.End.Line != 0 && e.End.Offset < e.Pos.Offset {
				t.Errorf("error span %v-%v is inverted", e.Pos, e.End)
			}
		})
	}
}

// TestErrorFormat shows an error the way users see it.
func TestErrorFormat(t *testing.T) {
	src := "BEGIN {\n\t$x = 1 +;\n}"
	_, err := Parse("x.bt", src)
	want := "x.bt:2:10: syntax error: unexpected \";\", expected expression\n\t$x = 1 +;\n\t        ^\n"
	if got := ast.Format(src, err); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// ---- golden dumps ----

// TestGolden parses each testdata/parse/*.bt and compares Dump's output
// with the .ast file beside it (go test -run Golden -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/parse/*.bt")
	if len(files) == 0 {
		t.Fatal("no testdata/parse/*.bt files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Parse(filepath.Base(f), string(src))
			if err != nil {
				t.Fatal(err)
			}
			if msg := checkSpans(p, string(src)); msg != "" {
				t.Fatal(msg)
			}
			var buf bytes.Buffer
			Dump(&buf, p)
			golden := strings.TrimSuffix(f, ".bt") + ".ast"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("Dump differs from %s (run with -update to accept):\n%s", golden, got)
			}
		})
	}
}

func TestDumpDeterministic(t *testing.T) {
	src := "BEGIN { @x[1, \"a\"] = (uint8)-$1 ? sizeof(struct s *) : offsetof(struct s, f) }"
	var a, b bytes.Buffer
	Dump(&a, mustParse(t, src))
	Dump(&b, mustParse(t, src))
	if a.String() != b.String() || a.Len() == 0 {
		t.Errorf("Dump is not deterministic")
	}
	var c bytes.Buffer
	Dump(&c, nil)
	if c.String() != "program <nil>\n" {
		t.Errorf("Dump(nil) = %q", c.String())
	}
}

// TestBpftraceTools parses the scripts bpftrace ships, when it is
// installed: everything bpftrace's parser accepts in them, ours must too.
func TestBpftraceTools(t *testing.T) {
	files, _ := filepath.Glob("/usr/sbin/*.bt")
	if len(files) == 0 {
		t.Skip("bpftrace's tools are not installed (apt-get install bpftrace)")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(filepath.Base(f), string(src))
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if msg := checkSpans(p, string(src)); msg != "" {
			t.Errorf("%s: %s", f, msg)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile("testdata/parse/opensnoop.bt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("opensnoop.bt", string(src)); err != nil {
			b.Fatal(err)
		}
	}
}

// ---- robustness ----

// seeds is every input of the tables above.
func seeds() []string {
	var s []string
	for _, tc := range exprTests {
		s = append(s, "BEGIN { "+tc.src+"; }")
	}
	for _, tc := range stmtTests {
		s = append(s, "BEGIN { "+tc.src+" }")
	}
	for _, tc := range attachTests {
		s = append(s, tc.src+" /pid/ { }")
	}
	for _, tc := range errorTests {
		s = append(s, tc.src)
	}
	files, _ := filepath.Glob("testdata/parse/*.bt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		s = append(s, string(b))
	}
	return s
}

var (
	quoted       = regexp.MustCompile(`"(\\.|[^"\\])*"`)
	internalName = regexp.MustCompile(`\b[gG][A-Z][A-Za-z]+\b|stmtEnd|participle|lexer|<[a-z]+>`)
)

// checkParse is what the fuzzer asserts: no panic, errors are *Error with a
// real position and no internal error, and successful parses have spans.
func checkParse(t *testing.T, src string) {
	p, err := Parse("f.bt", src)
	if err != nil {
		var e *ast.Error
		if !errors.As(err, &e) {
			t.Fatalf("Parse(%q): error %T is not *Error: %v", src, err, err)
		}
		if e.Pos.Line < 1 || e.Pos.Col < 1 || e.Pos.Offset > len(src) {
			t.Fatalf("Parse(%q): error at bad position %+v: %v", src, e.Pos, err)
		}
		if unquoted := quoted.ReplaceAllString(e.Msg, `""`); strings.HasPrefix(e.Msg, "internal error") || internalName.MatchString(unquoted) {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		return
	}
	if msg := checkSpans(p, src); msg != "" {
		t.Fatalf("Parse(%q): %s", src, msg)
	}
	Dump(&bytes.Buffer{}, p)
}

// TestPrefixes parses every prefix of every seed: a cheap, deterministic
// stand-in for the fuzzer that covers every unexpected end of input.
func TestPrefixes(t *testing.T) {
	for _, s := range seeds() {
		if len(s) > 300 {
			continue
		}
		for i := 0; i <= len(s); i++ {
			checkParse(t, s[:i])
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range seeds() {
		if len(s) < 1500 { // huge seeds make minimizing slow
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<14 {
			return // keep each run fast; depth limits are tested above
		}
		checkParse(t, src)
	})
}
