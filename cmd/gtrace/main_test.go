package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
)

func TestParseArgs(t *testing.T) {
	for _, c := range []struct {
		args []string
		want options
	}{
		{[]string{"-e", "BEGIN {}"}, options{program: "BEGIN {}", hasProgram: true, format: "text"}},
		{[]string{"-eBEGIN {}", "a", "b"}, options{program: "BEGIN {}", hasProgram: true, params: []string{"a", "b"}, format: "text"}},
		{[]string{"-qv", "-e", "p", "-f", "json", "-o", "out", "1"}, options{program: "p", hasProgram: true, quiet: true, verbose: true, format: "json", output: "out", params: []string{"1"}}},
		// Options after the script file, as getopt permutes them.
		{[]string{"s.bt", "-q", "x"}, options{file: "s.bt", params: []string{"x"}, quiet: true, format: "text"}},
		{[]string{"-", "-c", "ls -l"}, options{file: "-", command: "ls -l", format: "text"}},
		// "--" ends the options.
		{[]string{"-e", "p", "--", "5", "-q"}, options{program: "p", hasProgram: true, params: []string{"5", "-q"}, format: "text"}},
		{[]string{"-p", "42", "-e", "p"}, options{program: "p", hasProgram: true, pid: 42, format: "text"}},
		{[]string{"-d", "ast,asm", "-d", "types", "--dry-run", "--unroll-loops", "f"}, options{file: "f", debug: []string{"ast", "asm", "types"}, dryRun: true, unroll: true, format: "text"}},
		{[]string{"-h"}, options{help: true, format: "text"}},
		{[]string{"--unsafe", "-B", "none", "--no-warnings", "-kk", "-e", "p"}, options{program: "p", hasProgram: true, format: "text", unsafe: true, buffering: "none", helperWarn: 2, noWarnings: true}},
		{[]string{"-lv", "tracepoint:*"}, options{list: true, verbose: true, pattern: "tracepoint:*", format: "text"}},
		{[]string{"-l"}, options{list: true, format: "text"}},
		{[]string{"-l", "-e", "p", "7"}, options{list: true, listProgram: true, program: "p", hasProgram: true, params: []string{"7"}, format: "text"}},
		{[]string{"--info"}, options{info: true, format: "text"}},
		{[]string{"-i"}, options{repl: true, interact: true, format: "text"}},
		// No program: the prompt, if stdin is a terminal (gtrace decides).
		{[]string{}, options{repl: true, format: "text"}},
		{[]string{"-q"}, options{repl: true, quiet: true, format: "text"}},
		{[]string{"--version"}, options{version: true, format: "text"}},
	} {
		got, err := parseArgs(c.args)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", c.args, err)
			continue
		}
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("parseArgs(%q)\n got %+v\nwant %+v", c.args, *got, c.want)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-l", "a", "b"},
		{"-i", "f.bt"},
		{"-x", "-e", "p"},
		{"--nope", "-e", "p"},
		{"-e"},
		{"-e", "p", "-e", "q"},
		{"-p", "abc", "-e", "p"},
		{"-p", "-3", "-e", "p"},
		{"-f", "xml", "-e", "p"},
		{"-d", "llvm", "-e", "p"},
		{"-c", "ls", "-p", "1", "-e", "p"},
		{"--help=yes"},
		{"-B", "sometimes", "-e", "p"},
	} {
		if o, err := parseArgs(args); err == nil {
			t.Errorf("parseArgs(%q) = %+v, want an error", args, o)
		}
	}
}

func TestSplitCommand(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"/bin/ls", []string{"/bin/ls"}},
		{"workload write 3 10 , exit 3", []string{"workload", "write", "3", "10", ",", "exit", "3"}},
		{"  a\t b  ", []string{"a", "b"}},
		{`sh -c 'echo "hi there"; exit 3'`, []string{"sh", "-c", `echo "hi there"; exit 3`}},
		{`echo "a \"b\" \$c \d" x`, []string{"echo", `a "b" $c \d`, "x"}},
		{`a\ b c`, []string{"a b", "c"}},
		{`x'' ""`, []string{"x", ""}},
		{`pre'fix'"ed"`, []string{"prefixed"}},
	} {
		got, err := splitCommand(c.in)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitCommand(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "   ", "a 'b", `a "b`} {
		if got, err := splitCommand(bad); err == nil {
			t.Errorf("splitCommand(%q) = %q, want an error", bad, got)
		}
	}
}

func TestStrlenFromEnv(t *testing.T) {
	t.Setenv("BPFTRACE_STRLEN", "")
	t.Setenv("BPFTRACE_MAX_STRLEN", "")
	if n, err := strlenFromEnv(); n != 0 || err != nil {
		t.Errorf("unset: %d, %v", n, err)
	}
	t.Setenv("BPFTRACE_MAX_STRLEN", "100")
	if n, err := strlenFromEnv(); n != 100 || err != nil {
		t.Errorf("BPFTRACE_MAX_STRLEN=100: %d, %v", n, err)
	}
	t.Setenv("BPFTRACE_STRLEN", "32")
	if n, err := strlenFromEnv(); n != 32 || err != nil {
		t.Errorf("BPFTRACE_STRLEN=32 wins: %d, %v", n, err)
	}
	t.Setenv("BPFTRACE_STRLEN", "lots")
	if _, err := strlenFromEnv(); err == nil {
		t.Error("BPFTRACE_STRLEN=lots accepted")
	}
}

// run calls the command in-process.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = command(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestUsage(t *testing.T) {
	out, errOut, code := run(t, "")
	if code != exitUsage || out != "" || !strings.Contains(errOut, "usage: gtrace") {
		t.Errorf("no arguments: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, _, code = run(t, "", "-h")
	if code != exitOK || !strings.Contains(out, "-c 'CMD'") {
		t.Errorf("-h: exit %d, %q", code, out)
	}
	out, _, code = run(t, "", "-V")
	if code != exitOK || !strings.HasPrefix(out, "gtrace ") {
		t.Errorf("-V: exit %d, %q", code, out)
	}
	_, errOut, code = run(t, "", "-c", "'unterminated", "-e", "BEGIN {}")
	if code != exitUsage || !strings.Contains(errOut, "-c: unterminated") {
		t.Errorf("bad -c: exit %d, %q", code, errOut)
	}
	_, errOut, code = run(t, "", "/nonexistent/script.bt")
	if code != exitUsage || !strings.Contains(errOut, "/nonexistent/script.bt") {
		t.Errorf("missing script: exit %d, %q", code, errOut)
	}
}

func TestCompileErrorsExit2(t *testing.T) {
	out, errOut, code := run(t, "", "-e", "BEGIN { @x = ; }")
	want := "stdin:1:14: syntax error"
	if code != exitUsage || out != "" || !strings.HasPrefix(errOut, want) || !strings.Contains(errOut, "\nBEGIN { @x = ; }\n             ^\n") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	// A script file names itself in positions; stdin is "stdin".
	file := filepath.Join(t.TempDir(), "bad.bt")
	os.WriteFile(file, []byte("BEGIN {\n  @x = pidd;\n}\n"), 0o644)
	_, errOut, code = run(t, "", "-d", "ast", file)
	if code != exitUsage || !strings.HasPrefix(errOut, file+":2:") {
		t.Errorf("file: exit %d, stderr:\n%s", code, errOut)
	}
	_, errOut, code = run(t, "BEGIN {\n  @x = pidd;\n}\n", "-d", "ast", "-")
	if code != exitUsage || !strings.HasPrefix(errOut, "stdin:2:") {
		t.Errorf("stdin: exit %d, stderr:\n%s", code, errOut)
	}
}

func TestDebugStages(t *testing.T) {
	// -d prints and stops; nothing is loaded, so no privileges are needed.
	out, errOut, code := run(t, "", "-d", "ast,types,asm", "-e", `BEGIN { $x = 1; @a[1] = count(); printf("%d\n", $x); exit(); }`)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"$x: int64", "map @a: key int64, value count()", "gt_p0: BEGIN", "FnRingbufOutput"} {
		if !strings.Contains(out, want) {
			t.Errorf("-d output lacks %q:\n%s", want, out)
		}
	}
}

func TestRunBegin(t *testing.T) {
	testenv.RequireBPF(t)
	out, errOut, code := run(t, "", "-e", `BEGIN { printf("hi %s %d\n", str($1), $2); @n = count(); exit(); }`, "there", "7")
	if code != exitOK || errOut != "" || out != "Attaching 1 probe...\nhi there 7\n\n\n@n: 1\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, _, code = run(t, "", "-q", "-f", "json", "-e", `BEGIN { printf("hi\n"); @n = count(); exit(); }`)
	if code != exitOK || out != "{\"type\": \"printf\", \"data\": \"hi\\n\"}\n\n\n{\"type\": \"map\", \"data\": {\"@n\": 1}}\n" {
		t.Errorf("json: exit %d, stdout %q", code, out)
	}
}

func TestRunOutputFile(t *testing.T) {
	testenv.RequireBPF(t)
	file := filepath.Join(t.TempDir(), "out.txt")
	out, errOut, code := run(t, "", "-o", file, "-e", `BEGIN { printf("hi\n"); @n = count(); exit(); }`)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// bpftrace v0.17 writes the two newlines before the maps to stdout.
	if out != "\n\n" {
		t.Errorf("stdout %q, want the two exit newlines", out)
	}
	b, _ := os.ReadFile(file)
	if string(b) != "Attaching 1 probe...\nhi\n@n: 1\n" {
		t.Errorf("-o file %q", b)
	}
}

func TestRunCommandNotFound(t *testing.T) {
	testenv.RequireBPF(t)
	_, errOut, code := run(t, "", "-c", "/nonexistent/cmd arg", "-e", `BEGIN { exit(); }`)
	if code != exitRuntime || !strings.HasPrefix(errOut, "gtrace: -c /nonexistent/cmd: ") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestDryRun(t *testing.T) {
	testenv.RequireBPF(t)
	out, errOut, code := run(t, "", "--dry-run", "-e", `BEGIN { printf("x\n"); exit(); }`)
	if code != exitOK || out != "" || !strings.Contains(errOut, "the program loaded") {
		t.Errorf("--dry-run: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, _, code = run(t, "", "-d", "verifier", "-e", `BEGIN { exit(); }`)
	if code != exitOK || !strings.HasPrefix(out, "BEGIN (gt_p0):\n") || !strings.Contains(out, "processed") {
		t.Errorf("-d verifier: exit %d, stdout:\n%s", code, out)
	}
}
