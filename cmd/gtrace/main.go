// Command gtrace runs bpftrace scripts: one-liners (-e), script files
// (with a #!/usr/bin/env gtrace line) and scripts on stdin (-).
//
// It is a thin user of the gtrace package: flags, reading the script,
// the prompt, and printing diagnostics; gtrace.Parse, Program.Compile and
// Script.Run do the rest. Run gtrace -h for the options.
package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	goruntime "runtime"
	"strings"
	"syscall"

	"github.com/gtrace/gtrace"
)

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
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	go func() {
		// After the first signal, a second one kills gtrace at once, as
		// it does bpftrace while it prints the maps.
		<-ctx.Done()
		stop()
	}()
	os.Exit(command(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is the whole command: it returns the exit status.
func command(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
		fmt.Fprintln(stdout, versionLine())
		return exitOK
	case o.info:
		if err := doInfo(stdout); err != nil {
			fmt.Fprintf(stderr, "gtrace: %v\n", err)
			return exitRuntime
		}
		return exitOK
	case o.list && !o.listProgram:
		if err := doList(stdout, o.pattern, o.pid, o.verbose); err != nil {
			fmt.Fprintf(stderr, "gtrace: %v\n", err)
			if errors.Is(err, gtrace.ErrBadPattern) {
				return exitUsage
			}
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

	running := len(o.debug) == 0 && !o.dryRun && !o.listProgram
	script, status := compile(o, file, src, env, running, stdout, stderr)
	if script == nil {
		return status
	}
	if o.listProgram {
		for _, name := range script.AttachPoints() {
			fmt.Fprintln(stdout, name)
		}
		return exitOK
	}

	if len(o.debug) > 0 || o.dryRun {
		var log io.Writer
		if o.debugs("verifier") {
			log = stdout
		} else if !o.dryRun {
			return exitOK
		}
		if err := script.Verify(log); err != nil {
			return runtimeError(stderr, src, err, o.verbose)
		}
		if o.dryRun {
			fmt.Fprintf(stderr, "gtrace: --dry-run: the program loaded: %s passed the kernel's verifier; nothing was attached\n",
				plural(script.Probes(), "BPF program", "BPF programs"))
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
	var metrics net.Listener
	if o.export != "" {
		if metrics, err = listenExport(o.export); err != nil {
			fmt.Fprintf(stderr, "gtrace: %v\n", err)
			return exitRuntime
		}
		defer metrics.Close()
	}
	sess, err := script.Start(ctx, gtrace.RunOptions{
		Stdout:        bw,
		Format:        o.format,
		Command:       argv,
		PID:           o.pid,
		Quiet:         o.quiet,
		Verbose:       o.verbose,
		CommandStdout: stdout,
		Stderr:        stderr,
		Redirected:    redirected,
		MaxProbes:     env.probes,
		ProbeStats:    o.export != "",
		// An exporter serves the network: it gives up root once
		// attached.
		DropPrivileges: o.export != "" && !o.exportPrivileged,
		User:           cmp.Or(o.exportUser, "nobody"),
	})
	if err == nil && metrics != nil {
		defer serveExport(metrics, o, script, sess, stderr)()
	}
	if err == nil {
		// SIGUSR1 prints the maps, as in bpftrace.
		usr1 := make(chan os.Signal, 1)
		signal.Notify(usr1, syscall.SIGUSR1)
		go func() {
			for {
				select {
				case <-usr1:
					sess.PrintMaps()
				case <-sess.Done():
					return
				}
			}
		}()
		err = sess.Wait()
		signal.Stop(usr1)
	}
	if err != nil {
		return runtimeError(stderr, src, err, o.verbose)
	}
	return exitOK
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
	switch {
	case bytes.HasPrefix(b, []byte("\x7fELF")):
		return "", "", fmt.Errorf("%s is a program, not a script: to trace it, give it to -c, or name its functions in uprobe:%s:FUNCTION", o.file, o.file)
	case bytes.IndexByte(b, 0) >= 0:
		return "", "", fmt.Errorf("%s is not a script: it holds binary data", o.file)
	}
	return string(b), o.file, nil
}

// compile runs the front end and prints the stages -d asks for. It returns
// nil and the exit status when the script does not compile (or when it
// should not go further).
func compile(o *options, file, src string, env environment, running bool, stdout, stderr io.Writer) (*gtrace.Script, int) {
	prog, err := gtrace.ParseWith(file, []byte(src), gtrace.ParseOptions{IncludeDirs: o.includeDirs, Includes: o.includes})
	if err != nil {
		return nil, compileFailure(stderr, src, err)
	}
	if o.debugs("ast") {
		prog.DumpAST(stdout)
	}
	// Errors in the script come before the privilege check, but for those
	// that come of the missing privilege (tracefs is root's).
	var privErr error
	if running {
		privErr = gtrace.CheckPrivileges()
	}
	script, err := prog.Compile(gtrace.Options{
		Params:       o.params,
		Strlen:       env.strlen,
		MaxMapKeys:   env.mapKeys,
		PerfRBPages:  env.rbPages,
		CatBytesMax:  env.catMax,
		PID:          o.pid,
		UnrollLoops:  o.unroll,
		Unsafe:       o.unsafe,
		HelperErrors: o.helperWarn,
		Cgroups:      o.cgroups,
		// Only the exporter labels series.
		ContainerKeys: o.exportContainer,
		Dump:          gtrace.Dump{W: stdout, Types: o.debugs("types"), Asm: o.debugs("asm")},
	})
	if privErr != nil && (err == nil || strings.Contains(err.Error(), "permission denied") || strings.Contains(err.Error(), "not permitted")) {
		fmt.Fprintf(stderr, "gtrace: %v\n", privErr)
		return nil, exitRuntime
	}
	if err != nil {
		return nil, compileFailure(stderr, src, err)
	}
	if !o.noWarnings {
		io.WriteString(stderr, script.FormatWarnings())
	}
	return script, exitOK
}

// compileFailure prints why a script does not compile: its errors with
// carets, or a bug of gtrace's.
func compileFailure(stderr io.Writer, src string, err error) int {
	var ce *gtrace.CompileError
	if errors.As(err, &ce) {
		io.WriteString(stderr, ce.Format())
	} else {
		fmt.Fprintf(stderr, "gtrace: %v\n", err)
	}
	return exitUsage
}

// runtimeError prints a failure of Run or Verify: a verifier rejection at
// its script line, anything else as "gtrace: message".
func runtimeError(stderr io.Writer, src string, err error, verbose bool) int {
	var le *gtrace.LoadError
	if errors.As(err, &le) {
		io.WriteString(stderr, gtrace.FormatError(src, err, verbose))
		return exitRuntime
	}
	fmt.Fprintf(stderr, "gtrace: %v\n", err)
	return exitRuntime
}

// plural is "1 thing" or "n things".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
