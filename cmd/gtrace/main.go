// Command gtrace runs bpftrace scripts: one-liners (-e), script files
// (with a #!/usr/bin/env gtrace line) and scripts on stdin (-).
//
// It parses and checks the script (lang), compiles it to BPF (codegen), and
// hands it to runtime.Run, which loads, attaches, prints and cleans up.
// Run gtrace -h for the options.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	goruntime "runtime"
	"runtime/debug"
	"syscall"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
	"github.com/gtrace/gtrace/runtime"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "v0.1.0-dev"

// Exit statuses.
const (
	exitOK      = 0
	exitRuntime = 1 // a run-time failure
	exitUsage   = 2 // bad usage, or a script that does not compile
)

func init() {
	// The main goroutine keeps the main thread, so that the -c command is
	// forked by it: its parent is then gtrace's thread group leader (as
	// with bpftrace; task->real_parent walks see pid == tgid), and its
	// parent-death signal is tied to a thread that lives as long as gtrace.
	goruntime.LockOSThread()
}

func main() {
	// When gtrace starts a -c command, the new process is gtrace itself
	// until it is released: it must become the command before anything else.
	runtime.MaybeExecChild()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	go func() {
		// After the first signal, a second one kills gtrace at once, as
		// it does bpftrace while it prints the maps.
		<-ctx.Done()
		stop()
	}()
	os.Exit(gtrace(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// gtrace is the whole command: it returns the exit status.
func gtrace(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "gtrace: %v\n%s", err, usageLine)
		return exitUsage
	}
	switch {
	case o.help:
		io.WriteString(stdout, helpText)
		return exitOK
	case o.version:
		fmt.Fprintf(stdout, "gtrace %s\n", version)
		return exitOK
	case o.info:
		if err := doInfo(stdout); err != nil {
			fmt.Fprintf(stderr, "gtrace: %v\n", err)
			return exitRuntime
		}
		return exitOK
	case o.list:
		if err := doList(stdout, o.pattern, o.verbose); err != nil {
			fmt.Fprintf(stderr, "gtrace: %v\n", err)
			return exitRuntime
		}
		return exitOK
	case o.repl:
		if !o.interact && !isTerminal(stdin) {
			fmt.Fprintf(stderr, "gtrace: no program: give -e 'program', a script file, or - to read it from stdin\n%s", usageLine)
			return exitUsage
		}
		return runREPL(o, stdin, stdout, stderr)
	}

	src, file, err := readScript(o, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "gtrace: %v\n", err)
		return exitUsage
	}
	env, err := readEnv()
	if err != nil {
		fmt.Fprintf(stderr, "gtrace: %v\n", err)
		return exitUsage
	}
	var argv []string
	if o.command != "" {
		if argv, err = splitCommand(o.command); err != nil {
			fmt.Fprintf(stderr, "gtrace: -c: %v\n", err)
			return exitUsage
		}
	}

	running := len(o.debug) == 0 && !o.dryRun
	out, status := compile(o, file, src, env, running, stdout, stderr)
	if out == nil {
		return status
	}

	if len(o.debug) > 0 || o.dryRun {
		var log io.Writer
		if o.debugs("verifier") {
			log = stdout
		} else if !o.dryRun {
			return exitOK
		}
		if err := runtime.Verify(out, log); err != nil {
			return runtimeError(stderr, src, err, o.verbose)
		}
		return exitOK
	}

	w := stdout
	redirected := false
	if o.output != "" {
		f, err := os.Create(o.output)
		if err != nil {
			fmt.Fprintf(stderr, "gtrace: -o: %v\n", err)
			return exitRuntime
		}
		defer f.Close()
		w, redirected = f, true
	}
	bw := buffered(w, o.buffering)
	defer bw.Flush()
	writer := newWriter(o.format, bw)
	code, err := runtime.Run(ctx, out, runtime.RunOptions{
		Writer:     writer,
		Command:    argv,
		PID:        o.pid,
		Quiet:      o.quiet,
		Verbose:    o.verbose,
		Stdout:     stdout,
		Stderr:     stderr,
		Redirected: redirected,
	})
	if err != nil {
		return runtimeError(stderr, src, err, o.verbose)
	}
	return code
}

// readScript returns the program text and the file name its positions
// use: "" (printed as stdin, as bpftrace does) for -e and for -.
func readScript(o *options, stdin io.Reader) (src, file string, err error) {
	switch {
	case o.hasProgram:
		return o.program, "", nil
	case o.file == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", "", fmt.Errorf("read the program from stdin: %w", err)
		}
		return string(b), "", nil
	}
	b, err := os.ReadFile(o.file)
	if err != nil {
		return "", "", err
	}
	return string(b), o.file, nil
}

// compile runs the front end and prints the stages -d asks for. It returns
// nil and the exit status when the script does not compile (or when it
// should not go further). A panic anywhere becomes an internal error.
func compile(o *options, file, src string, env environment, running bool, stdout, stderr io.Writer) (out *codegen.Output, status int) {
	stage := "parser"
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "gtrace: internal error in the %s: %v (please report this with the script)\n", stage, r)
			if os.Getenv("GTRACE_DEBUG_PANIC") != "" {
				stderr.Write(debug.Stack())
			}
			out, status = nil, exitUsage
		}
	}()
	fail := func(err error) (*codegen.Output, int) {
		io.WriteString(stderr, ast.Format(src, err))
		return nil, exitUsage
	}

	prog, err := lang.Parse(file, src)
	if err != nil {
		return fail(err)
	}
	if o.debugs("ast") {
		lang.Dump(stdout, prog)
	}
	// Syntax errors come first; without the privilege to run, checking
	// tracepoints (tracefs is root's) would only mislead.
	if running {
		if err := host.CheckPrivileges(); err != nil {
			fmt.Fprintf(stderr, "gtrace: %v\n", err)
			return nil, exitRuntime
		}
	}

	stage = "checker"
	h := host.New()
	info, err := check(prog, lang.CheckOptions{
		Host:   h,
		Params: o.params,
		Strlen: env.strlen,
		Unsafe: o.unsafe,
		BTF:    btf.LoadKernelSpec,
	})
	if err != nil {
		return fail(err)
	}
	if o.debugs("types") {
		dumpTypes(stdout, prog, info)
	}

	stage = "compiler"
	out, err = codegen.Compile(prog, info, codegen.Options{UnrollLoops: o.unroll, MaxMapKeys: env.mapKeys, HelperErrors: o.helperWarn})
	if err != nil {
		return fail(err)
	}
	if o.debugs("asm") {
		out.Dump(stdout)
	}
	return out, exitOK
}

// runtimeError prints a failure of Run or Verify: a verifier rejection at
// its script line, anything else as "gtrace: message".
func runtimeError(stderr io.Writer, src string, err error, verbose bool) int {
	var le *runtime.LoadError
	if errors.As(err, &le) {
		io.WriteString(stderr, ast.Format(src, le.Diagnostic()))
		io.WriteString(stderr, le.Details(verbose))
		return exitRuntime
	}
	fmt.Fprintf(stderr, "gtrace: %v\n", err)
	return exitRuntime
}

// check is lang.Check; tests replace it to make it panic.
var check = lang.Check
