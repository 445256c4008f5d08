package gtrace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime"
	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"
)

// Options tune Compile, as the gtrace command's flags and bpftrace's
// environment variables do; the zero value is bpftrace's defaults.
type Options struct {
	// Params are the positional parameters $1, $2, ...
	Params []string
	// Strlen is the capacity of strings (BPFTRACE_STRLEN); 0 means 64.
	// A config block in the script overrides it.
	Strlen int
	// MaxMapKeys is how many entries a keyed map holds
	// (BPFTRACE_MAP_KEYS_MAX); 0 means 4096.
	MaxMapKeys int
	// PerfRBPages sizes the event ring: pages per CPU, as bpftrace's
	// BPFTRACE_PERF_RB_PAGES (0: a 1 MiB ring). The script's config
	// block's perf_rb_pages wins.
	PerfRBPages int
	// PID is the process -p traces, when the script is compiled for one:
	// usdt:provider:name then searches every object it has mapped. (The
	// run's RunOptions.PID must name it too.)
	PID int
	// CatBytesMax is how much of a file cat() prints
	// (BPFTRACE_CAT_BYTES_MAX); 0 means 10240.
	CatBytesMax int
	// UnrollLoops unrolls for loops with constant bounds instead of using
	// bpf_loop, for kernels before 5.17 (--unroll-loops).
	UnrollLoops bool
	// Unsafe allows builtins that change the system: system(), signal()
	// (--unsafe).
	Unsafe bool
	// HelperErrors reports failed helpers while tracing: 1 map updates
	// and deletes (-k), 2 memory reads too (-kk).
	HelperErrors int
	// Cgroups restricts every probe that runs in a traced task (all but
	// BEGIN, END and iter) to tasks in one of these cgroup v2
	// directories or below them: absolute paths, or paths from the
	// hierarchy's root ("system.slice/nginx.service") (--cgroup).
	Cgroups []string
	// ContainerKeys adds the container of the task (container_id) as the
	// last key part of every map the script only aggregates into, for
	// the exporter's container label (--export.container-label); the
	// other maps keep their keys, and a warning names them.
	ContainerKeys bool
	// Dump writes stages of the compilation as it goes.
	Dump Dump
}

// Dump asks for stages of the compilation, written to W: what the
// checker learned (Types, -d types) and the BPF programs with the
// script's lines (Asm, -d asm). Program.DumpAST writes the syntax tree.
type Dump struct {
	W          io.Writer
	Types, Asm bool
}

// Error is one diagnostic: Pos (file, line, column) and Msg, and where
// the part it underlines ends.
type Error = ast.Error

// CompileError is every error Compile found in a script.
type CompileError struct {
	// Source is the script, for the carets.
	Source string
	Errors []*Error
}

// Error is the errors as "file:line:col: message" lines.
func (e *CompileError) Error() string { return ast.ErrorList(e.Errors).Error() }

// Format shows each error under its source line with a caret, as the
// gtrace command prints it.
func (e *CompileError) Format() string { return ast.Format(e.Source, ast.ErrorList(e.Errors)) }

// LoadError is a program the kernel's verifier refused, at its script
// statement (its Diagnostic), with the verifier's reason.
type LoadError = runtime.LoadError

// FormatError renders an error of Compile, Run or Start as the gtrace
// command prints it: errors in the script (*CompileError, *LoadError) at
// their source line src with a caret (verbose adds the verifier's whole
// log), anything else as its message.
func FormatError(src string, err error, verbose bool) string {
	var ce *CompileError
	var le *LoadError
	switch {
	case errors.As(err, &ce):
		return ce.Format()
	case errors.As(err, &le):
		return ast.Format(src, le.Diagnostic()) + le.Details(verbose)
	}
	return err.Error() + "\n"
}

// Program is a parsed script.
type Program struct {
	src  string
	prog *ast.Program
}

// Parse parses a script; filename is what positions name ("" prints as
// stdin, as bpftrace does for -e). A syntax error is a *CompileError.
func Parse(filename string, src []byte) (p *Program, err error) {
	return ParseWith(filename, src, ParseOptions{})
}

// ParseOptions tune ParseWith: where `#include "file"` looks (-I) and the
// headers read before the script (--include).
type ParseOptions = lang.ParseOptions

// ParseWith parses as Parse does, with the preprocessor's options.
func ParseWith(filename string, src []byte, opts ParseOptions) (p *Program, err error) {
	s := string(src)
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("internal error in the parser: %v (please report this with the script)", r)
		}
	}()
	prog, err := lang.ParseWith(filename, s, opts)
	if err != nil {
		return nil, compileError(s, err)
	}
	return &Program{src: s, prog: prog}, nil
}

// DumpAST writes the syntax tree, every node with its position (-d ast).
func (p *Program) DumpAST(w io.Writer) { lang.Dump(w, p.prog) }

// Compile checks the script and compiles it to BPF. It reads tracepoint
// formats and the kernel's types from this machine.
func Compile(filename string, src []byte, opts Options) (*Script, error) {
	p, err := Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return p.Compile(opts)
}

// stages are the checker and the code generator; tests put others.
type stages struct {
	check   func(*ast.Program, lang.CheckOptions) (*ast.Info, error)
	compile func(*ast.Program, *ast.Info, codegen.Options) (*codegen.Output, error)
}

var defaultStages = stages{check: lang.Check, compile: codegen.Compile}

// Compile checks the program and compiles it to BPF (see Compile).
func (p *Program) Compile(opts Options) (*Script, error) { return p.compileWith(defaultStages, opts) }

func (p *Program) compileWith(st stages, opts Options) (s *Script, err error) {
	stage := "checker"
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("internal error in the %s: %v (please report this with the script)", stage, r)
		}
	}()
	h := host.New()
	checkOpts := lang.CheckOptions{
		Host:   h,
		Params: opts.Params,
		Strlen: opts.Strlen,
		Unsafe: opts.Unsafe,
		BTF:    h.KernelTypes,
		PID:    opts.PID,
	}
	info, err := st.check(p.prog, checkOpts)
	if err != nil {
		return nil, compileError(p.src, err)
	}
	var keyWarnings []*Error
	if opts.ContainerKeys {
		changed, left, restore := lang.AddContainerKeys(p.prog, info)
		defer restore() // the Program compiles again as written
		if len(changed) > 0 {
			// The maps' keys changed: their types with them.
			if info, err = st.check(p.prog, checkOpts); err != nil {
				return nil, compileError(p.src, err)
			}
			lang.FixContainerKeyNames(info, changed)
		}
		for _, name := range left {
			keyWarnings = append(keyWarnings, &Error{Pos: info.Maps[name].Pos,
				Msg: fmt.Sprintf("%s has no container label: only maps the script aggregates into (count(), sum(), hist(), ...) and never reads back get one", name)})
		}
	}
	if opts.Dump.Types && opts.Dump.W != nil {
		lang.DumpTypes(opts.Dump.W, p.prog, info)
	}
	stage = "compiler"
	out, err := st.compile(p.prog, info, codegen.Options{
		MaxMapKeys: opts.MaxMapKeys, UnrollLoops: opts.UnrollLoops, HelperErrors: opts.HelperErrors, PerfRBPages: opts.PerfRBPages,
		CatBytesMax: opts.CatBytesMax, Cgroups: len(opts.Cgroups)})
	if err != nil {
		return nil, compileError(p.src, err)
	}
	if opts.Dump.Asm && opts.Dump.W != nil {
		out.Dump(opts.Dump.W)
	}
	return &Script{src: p.src, out: out, host: h, warnings: append(info.Warnings, keyWarnings...), cgroups: opts.Cgroups}, nil
}

// compileError turns the front end's errors into a *CompileError.
func compileError(src string, err error) error {
	var list ast.ErrorList
	var one *ast.Error
	switch {
	case errors.As(err, &list):
		return &CompileError{Source: src, Errors: list}
	case errors.As(err, &one):
		return &CompileError{Source: src, Errors: []*Error{one}}
	}
	return err
}

// Script is a compiled script, ready to run any number of times.
type Script struct {
	src      string
	out      *codegen.Output
	host     *host.Host
	warnings []*Error
	cgroups  []string // Options.Cgroups
}

// Warnings are what the script does that runs but may not do what it
// says: attach points that name nothing on this machine, which its probe
// runs without.
func (s *Script) Warnings() []*Error { return s.warnings }

// FormatWarnings renders the warnings as the gtrace command prints them,
// each under its source line with a caret.
func (s *Script) FormatWarnings() string {
	var b strings.Builder
	for _, w := range s.warnings {
		x := *w
		x.Msg = "WARNING: " + x.Msg
		b.WriteString(ast.Format(s.src, &x))
	}
	return b.String()
}

// Source is the script's text.
func (s *Script) Source() string { return s.src }

// MapNames lists the script's maps ("@x", "@" for the anonymous map),
// sorted.
func (s *Script) MapNames() []string {
	names := make([]string, len(s.out.Maps))
	for i, m := range s.out.Maps {
		names[i] = m.Name
	}
	return names
}

// MapKeyNames names the parts of map name's key as the script wrote
// them: a builtin's name (comm, pid), a field's (filename for
// args->filename), or "" for any other expression; nil for a map
// without a key or a name the script does not have.
func (s *Script) MapKeyNames(name string) []string {
	for _, m := range s.out.Maps {
		if m.Name == name {
			return slices.Clone(m.KeyNames)
		}
	}
	return nil
}

// AttachPoints names every concrete attach point of the script, wildcards
// expanded, in the order of its probes: what `gtrace -l -e PROGRAM`
// lists.
func (s *Script) AttachPoints() []string {
	var names []string
	seen := map[string]bool{}
	for _, p := range s.out.Programs {
		if n := p.Attach.Name; !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return names
}

// Probes is how many programs the script attaches (or runs, for BEGIN
// and END): one per concrete attach point.
func (s *Script) Probes() int { return len(s.out.Programs) }

// Verify loads every program and map into the kernel and closes them
// again, attaching nothing (--dry-run): the verifier checks the code.
// With log set, each program's verifier log is written to it
// (-d verifier). A rejection is a *LoadError.
func (s *Script) Verify(log io.Writer) error { return runtime.Verify(s.out, log) }

// RunOptions tune Run and Start.
type RunOptions struct {
	// Stdout receives what the script prints, as the gtrace command
	// prints it (Format); nil discards it.
	Stdout io.Writer
	// Format is "text" (bpftrace's, the default) or "json" (-f json).
	Format string
	// OnEvent, when set, receives every event a builtin prints (printf,
	// print, time, cat, system, join, -k reports) as a value, beside
	// Stdout. It is called from the Session's goroutine, one at a time.
	OnEvent func(Event)
	// Stderr receives warnings (a full map, a failed cat()) and the -c
	// command's standard error; nil means os.Stderr.
	Stderr io.Writer
	// Command, when set, is run as the -c command: started paused before
	// loading (its pid is cpid), released once every probe is attached;
	// tracing stops when it exits. argv[0] is looked up in $PATH. It is
	// forked, and traced until its release, by the thread calling Run or
	// Start.
	Command []string
	// CommandStdout is the command's standard output; nil means
	// os.Stdout.
	CommandStdout io.Writer
	// Redirected says Stdout is not the process's standard output (-o
	// FILE): as bpftrace v0.17 does, the two blank lines before the exit
	// maps then go to CommandStdout.
	Redirected bool
	// PID, when nonzero, attaches uprobes and USDT probes to that
	// process only and stops tracing when it exits (-p).
	PID int
	// Quiet leaves out "Attaching N probes..." (-q).
	Quiet bool
	// Verbose reports each attached probe on Stderr, and whole verifier
	// logs in errors (-v).
	Verbose bool
	// NoExitMaps leaves out the print of every map when tracing ends.
	NoExitMaps bool
	// MaxProbes, when nonzero, is the most probes the script may attach
	// (BPFTRACE_MAX_PROBES); with more, Run fails before loading.
	MaxProbes int
	// ProbeStats turns the kernel's BPF statistics on while tracing
	// (kernel.bpf_stats_enabled), so that Session.Counters has each
	// probe's runs and run time; it costs each run two clock reads.
	ProbeStats bool
	// DropPrivileges gives up, once every probe is attached, every
	// capability of the process for good, and as root becomes User
	// (none: uid 0 without capabilities). The session's maps, events
	// and statistics still work; system(), cat() and the symbols of
	// other users' processes then work as User's would. It changes the
	// whole process, and needs a binary built without cgo.
	DropPrivileges bool
	User           string
}

// Run loads and attaches the script and traces until ctx ends, exit()
// runs, or the -c command or -p process ends; then it detaches, runs
// END, prints the maps, and closes everything, as the gtrace command
// does. A program the verifier refused is a *LoadError.
func (s *Script) Run(ctx context.Context, opts RunOptions) error {
	sess, err := s.Start(ctx, opts)
	if err != nil {
		return err
	}
	return sess.Wait()
}

// Start loads and attaches the script and returns while it traces. The
// Session ends as Run does, or when Stop is called.
func (s *Script) Start(ctx context.Context, opts RunOptions) (*Session, error) {
	ro, err := s.runOptions(opts)
	if err != nil {
		return nil, err
	}
	rs, err := runtime.Start(ctx, s.out, ro)
	if err != nil {
		return nil, err
	}
	return &Session{s: rs}, nil
}

func (s *Script) runOptions(opts RunOptions) (runtime.RunOptions, error) {
	w := opts.Stdout
	if w == nil {
		w = io.Discard
	}
	var writer output.Writer
	switch strings.ToLower(opts.Format) {
	case "", "text":
		writer = output.NewTextWriter(w)
	case "json":
		writer = output.NewJSONWriter(w)
	default:
		return runtime.RunOptions{}, fmt.Errorf("unknown output format %q: use text or json", opts.Format)
	}
	cmdOut := opts.CommandStdout
	if cmdOut == nil {
		cmdOut = os.Stdout
	}

	return runtime.RunOptions{
		Writer:     writer,
		Command:    opts.Command,
		PID:        opts.PID,
		Quiet:      opts.Quiet,
		Verbose:    opts.Verbose,
		Stdout:     cmdOut,
		Stderr:     opts.Stderr,
		Redirected: opts.Redirected,
		Host:       s.host,
		OnEvent:    opts.OnEvent,
		NoExitMaps: opts.NoExitMaps,
		MaxProbes:  opts.MaxProbes,
		ProbeStats: opts.ProbeStats,
		Cgroups:    s.cgroups,

		DropPrivileges: opts.DropPrivileges,
		User:           opts.User,
	}, nil
}

// CheckUser says whether name is a user (a name or a uid) that
// DropPrivileges can become.
func CheckUser(name string) error {
	_, _, err := host.LookupUser(name)
	return err
}

// DropPrivileges gives up the privileges of a process that holds no
// session (the exporter's front) for good, as RunOptions.DropPrivileges
// does for one that traces: every capability, and as root the uid and
// gid of user.
func DropPrivileges(user string) error { return host.DropPrivileges(user) }

// Session is a script tracing, from Start until it ends.
type Session struct{ s *runtime.Session }

// Maps reads every map of the script from the kernel now, per-CPU values
// combined, in name order. After the end, it returns the maps as they
// were when tracing ended.
func (s *Session) Maps() ([]Map, error) {
	dumps, err := s.s.Maps()
	out := make([]Map, len(dumps))
	for i, d := range dumps {
		out[i] = *d
	}
	return out, err
}

// Counters are a session's own figures: events lost, inserts dropped
// by full maps, and (with RunOptions.ProbeStats) each probe's runs and
// run time.
type Counters = runtime.Counters

// ProbeCounters are one probe's runs and the time they took.
type ProbeCounters = runtime.ProbeCounters

// Counters reads the session's counters now; after the end, an error.
func (s *Session) Counters() (Counters, error) { return s.s.Counters() }

// Wait waits until tracing has ended and everything is closed, and
// returns why it ended badly, or nil.
func (s *Session) Wait() error { return s.s.Wait() }

// Stop ends tracing as SIGINT does the gtrace command's (detach, END, the
// exit maps unless RunOptions.NoExitMaps), closes everything and waits
// for the end.
func (s *Session) Stop() error { return s.s.Stop() }

// Done is closed when the session has ended.
func (s *Session) Done() <-chan struct{} { return s.s.Done() }

// PrintMaps prints every map to RunOptions.Stdout now, between two
// events, as SIGUSR1 does to the gtrace command (and to bpftrace).
func (s *Session) PrintMaps() { s.s.PrintMaps() }

// ListProbes writes the probes matching a glob, one a line, as
// `bpftrace -l` does (verbose: -lv, with their arguments).
func ListProbes(w io.Writer, pattern string, verbose bool) error {
	return runtime.ListProbes(w, host.New(), pattern, verbose)
}

// ListProcessProbes writes the uprobes and USDT probes of everything
// process pid has mapped that match a glob (all when empty), as
// `bpftrace -l -p PID` does.
func ListProcessProbes(w io.Writer, pid int, pattern string, verbose bool) error {
	return runtime.ListProcessProbes(w, host.New(), pid, pattern, verbose)
}

// Tracepoints lists this kernel's tracepoints matching a glob
// "category:event" (wildcards in either part), sorted.
func Tracepoints(pattern string) ([]string, error) { return host.New().Tracepoints(pattern) }

// Info writes what this kernel offers gtrace, as `bpftrace --info` does.
func Info(w io.Writer) error { return runtime.Info(w, host.New()) }

// ErrBadPattern is ListProbes's error for a pattern that cannot name a
// probe (an unknown probe type).
var ErrBadPattern = runtime.ErrBadPattern

// CheckPrivileges says whether this process may load BPF programs: root,
// or the CAP_BPF and CAP_PERFMON capabilities.
func CheckPrivileges() error { return host.CheckPrivileges() }
