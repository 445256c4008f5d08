package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/export"
)

// options is a parsed command line.
type options struct {
	program            string // -e
	hasProgram         bool
	file               string   // the script file; "-" is stdin
	params             []string // $1, $2, ...
	command            string   // -c
	pid                int      // -p
	output             string   // -o
	quiet              bool     // -q
	verbose            bool     // -v
	format             string   // -f: text or json
	debug              []string // -d: ast, types, asm, verifier
	dryRun             bool     // --dry-run
	noWarnings         bool     // --no-warnings
	unroll             bool     // --unroll-loops
	unsafe             bool     // --unsafe
	buffering          string   // -B: "" (as written), none, line or full
	helperWarn         int      // -k, -kk: report failed helpers (gtrace.Options.HelperErrors)
	list               bool     // -l: list probes (the pattern is the first argument)
	pattern            string   // -l's pattern
	info               bool     // --info
	repl               bool     // -i, or no program at all: the prompt
	interact           bool     // -i given
	help               bool     // -h, --help
	version            bool     // -V, --version
	listProgram        bool     // -l with a program: list its probes
	usdtFileActivation bool     // --usdt-file-activation: what gtrace always does
	includeDirs        []string // -I DIR
	includes           []string // --include FILE
	export             string   // --export ADDR: serve the maps as metrics
	exportNamespace    string   // --export.namespace
	exportUser         string   // --export.user: whom to run as after attach ("": nobody)
	exportPrivileged   bool     // --export.privileged: keep the privileges
	exportContainer    bool     // --export.container-label
	cgroups            []string // --cgroup PATH: only tasks in these cgroups
}

const usageLine = `usage: gtrace [options] -e 'program' [arg ...]
       gtrace [options] file.bt [arg ...]
       gtrace [options] - [arg ...]        (program on stdin)
       gtrace -l [pattern] | --info | -i
`

const helpText = usageLine + `
Options:
    -e PROGRAM      run PROGRAM
    -c 'CMD'        run CMD (split into words as a shell would, without
                    a shell) with its pid as cpid; stop when it exits
    -p PID          trace process PID; stop when it exits
    -o FILE         write the output to FILE
    -f FORMAT       output format: text (default) or json
    -q              do not print "Attaching N probes..."
    -v              verbose: attached probes, whole verifier logs
    -d STAGE        print a stage and stop: ast, types, asm, verifier
                    (a comma list or -d repeated; verifier loads the programs)
    --dry-run       compile and load the programs, attach nothing
    -l [PATTERN]    list the probes matching PATTERN (a glob such as
                    'tracepoint:syscalls:*'); with -v (-lv) their arguments
    --info          what this kernel and gtrace support
    -i              open the interactive prompt (the default when no
                    program is given and stdin is a terminal)
    -B MODE         output buffering: none (every write at once, the
                    default), line, or full (written at exit or when full)
    --unsafe        allow builtins that change the system (system, signal)
    -k              warn when a map update or delete fails
    -kk             also warn when reading memory fails
    --unroll-loops  unroll loops instead of bpf_loop (kernels before 5.17)
    --no-warnings   do not print compile-time warnings
    -I DIR          look for #include "file" headers in DIR too
    --include FILE  read the header FILE before the script
    --cgroup PATH   trace only tasks in the cgroup v2 PATH or below it
                    (absolute, or from the hierarchy's root; repeatable)
    --export ADDR   serve the script's maps as Prometheus metrics on
                    ADDR (host:port; a bare :port is 127.0.0.1), at /metrics
    --export.namespace NAME
                    the metrics' prefix (default gtrace): @lat is gtrace_lat
    --export.user USER
                    once attached, drop every capability and, as root,
                    run as USER (default nobody)
    --export.privileged
                    keep every privilege while exporting (not advised)
    --export.container-label
                    label the series of aggregations with the container
    --usdt-file-activation
                    set USDT semaphores in every process of the file (always so)
    -h, --help      this help
    -V, --version   print the version

Arguments after the program (or the script file) are the positional
parameters $1, $2, ... ($# is their count). A script starting with
#!/usr/bin/env gtrace runs as a command: ./tool.bt 42 foo.

Environment:
    BPFTRACE_STRLEN        bytes of a string (default 64; also
                           BPFTRACE_MAX_STRLEN)
    BPFTRACE_MAP_KEYS_MAX  entries of a keyed map (default 4096)
    BPFTRACE_PERF_RB_PAGES the event ring, pages per CPU (default: 1 MiB)
    BPFTRACE_CAT_BYTES_MAX bytes of a file cat() prints (default 10240)
    BPFTRACE_MAX_PROBES    the most probes a script may attach (default:
                           no limit)
    BPFTRACE_BTF           a BTF file to take the kernel's types from
    HOME                   the prompt keeps its history in $HOME/.gtrace_history

Exit status: 0 success, 1 a run-time failure, 2 bad usage or a script that
does not compile.
`

// usageError is a bad command line: printed with the usage line, exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// debugStages are the accepted -d values.
var debugStages = []string{"ast", "types", "asm", "verifier"}

// longWithValue are the long options that take a value, and what it is.
var longWithValue = map[string]string{"include": "a file", "export": "an address", "export.namespace": "a name", "export.user": "a user", "cgroup": "a cgroup"}

// parseArgs reads a command line the way bpftrace's getopt_long does:
// options may come before or after the script file and its parameters
// (`bpftrace script.bt -q` is quiet), short options may be grouped (-qv)
// and take their value attached or as the next argument (-e'...' or
// -e '...'), and "--" ends the options.
func parseArgs(args []string) (*options, error) {
	o := &options{format: "text"}
	var positional []string
	withValue := map[byte]bool{'e': true, 'c': true, 'p': true, 'o': true, 'f': true, 'd': true, 'B': true, 'I': true}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
			continue
		case a == "-" || !strings.HasPrefix(a, "-"):
			positional = append(positional, a)
			continue
		case strings.HasPrefix(a, "--"):
			name, value, hasValue := strings.Cut(a[2:], "=")
			if what, ok := longWithValue[name]; ok {
				// --include FILE, --include=FILE
				if !hasValue {
					if i+1 >= len(args) {
						return nil, usagef("option --%s needs %s", name, what)
					}
					i++
					value = args[i]
				}
				switch name {
				case "include":
					o.includes = append(o.includes, value)
				case "export":
					o.export = value
				case "export.namespace":
					if err := export.CheckNamespace(value); err != nil {
						return nil, usagef("--export.namespace: %v", err)
					}
					o.exportNamespace = value
				case "export.user":
					if value == "" {
						return nil, usagef("--export.user: no user given (--export.privileged keeps root's privileges)")
					}
					if err := gtrace.CheckUser(value); err != nil {
						return nil, usagef("--export.user: %v", err)
					}
					o.exportUser = value
				case "cgroup":
					o.cgroups = append(o.cgroups, value)
				}
				continue
			}
			var flag *bool
			switch name {
			case "help":
				flag = &o.help
			case "version":
				flag = &o.version
			case "dry-run":
				flag = &o.dryRun
			case "unroll-loops":
				flag = &o.unroll
			case "unsafe":
				flag = &o.unsafe
			case "info":
				flag = &o.info
			case "no-warnings":
				flag = &o.noWarnings
			case "export.privileged":
				flag = &o.exportPrivileged
			case "export.container-label":
				flag = &o.exportContainer
			case "usdt-file-activation":
				// USDT semaphores are always set in every process of the
				// file (the kernel's uprobe reference counter): accepted
				// for bpftrace's command lines.
				flag = &o.usdtFileActivation
			default:
				return nil, usagef("unknown option --%s", name)
			}
			if hasValue {
				return nil, usagef("option --%s takes no value (%q)", name, value)
			}
			*flag = true
			continue
		}
		// A group of short options.
		for j := 1; j < len(a); j++ {
			c := a[j]
			if withValue[c] {
				value := a[j+1:]
				if value == "" {
					if i+1 >= len(args) {
						return nil, usagef("option -%c needs a value", c)
					}
					i++
					value = args[i]
				}
				if err := o.set(c, value); err != nil {
					return nil, err
				}
				break
			}
			switch c {
			case 'q':
				o.quiet = true
			case 'v':
				o.verbose = true
			case 'h':
				o.help = true
			case 'V':
				o.version = true
			case 'l':
				o.list = true
			case 'i':
				o.repl, o.interact = true, true
			case 'k':
				o.helperWarn++
			default:
				return nil, usagef("unknown option -%c", c)
			}
		}
	}
	if o.help || o.version || o.info {
		return o, nil
	}
	if o.list {
		switch {
		case o.hasProgram:
			// -l -e PROGRAM lists the program's probes.
			o.listProgram, o.params = true, positional
			return o, nil
		case len(positional) >= 1 && strings.HasSuffix(positional[0], ".bt") && isFile(positional[0]):
			// -l script.bt [args] likewise.
			o.listProgram, o.file, o.params = true, positional[0], positional[1:]
			return o, nil
		case len(positional) > 1:
			return nil, usagef("-l takes one pattern, not %d", len(positional))
		case len(positional) == 1:
			o.pattern = positional[0]
		}
		return o, nil
	}
	if o.interact && (o.hasProgram || len(positional) > 0) {
		return nil, usagef("-i opens the prompt: give no program with it")
	}
	if o.hasProgram {
		o.params = positional
	} else {
		if len(positional) == 0 {
			// gtrace decides: the prompt on a terminal, else a usage error.
			o.repl = true
			return o, nil
		}
		o.file = positional[0]
		if len(positional) > 1 {
			o.params = positional[1:]
		}
	}
	if o.command != "" && o.pid != 0 {
		return nil, usagef("-c and -p cannot be used together")
	}
	if o.exportContainer && o.export == "" {
		return nil, usagef("--export.container-label labels the metrics of --export: give an address with --export")
	}
	return o, nil
}

func (o *options) set(c byte, v string) error {
	switch c {
	case 'e':
		if o.hasProgram {
			return usagef("-e given twice")
		}
		o.program, o.hasProgram = v, true
	case 'c':
		o.command = v
	case 'I':
		o.includeDirs = append(o.includeDirs, v)
	case 'p':
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) || n <= 0 {
			return usagef("-p: %q is not a process id (a positive decimal number)", v)
		}
		if max := pidMax(); err != nil || n > max {
			return usagef("-p: %s is out of the range of process ids, 1 to %d", v, max)
		}
		o.pid = int(n)
	case 'o':
		o.output = v
	case 'f':
		if v != "text" && v != "json" {
			return usagef("-f: unknown output format %q: use text or json", v)
		}
		o.format = v
	case 'B':
		// Output is never held back (every line is one write), which is
		// what bpftrace's buffering modes choose between.
		if v != "none" && v != "line" && v != "full" {
			return usagef("-B: unknown buffering mode %q: use none, line or full", v)
		}
		o.buffering = v
	case 'd':
		for _, s := range strings.Split(v, ",") {
			s = strings.TrimSpace(s)
			switch s {
			case "all":
				o.debug = append(o.debug, debugStages...)
				continue
			case "ast", "types", "asm", "verifier":
				o.debug = append(o.debug, s)
				continue
			}
			return usagef("-d: unknown stage %q: use %s or all", s, strings.Join(debugStages, ", "))
		}
	}
	return nil
}

func (o *options) debugs(stage string) bool {
	for _, s := range o.debug {
		if s == stage {
			return true
		}
	}
	return false
}

// splitCommand splits -c's argument into argv as a shell would, without
// running a shell: words are separated by blanks; '…' quotes literally;
// "…" quotes with \" \\ \$ \` escapes; a backslash outside quotes escapes
// the next character. bpftrace v0.17 only splits on single spaces, so
// commands without quotes or repeated blanks mean the same in both.
func splitCommand(s string) ([]string, error) {
	var argv []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				argv = append(argv, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			inWord = true
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				return nil, errors.New("unterminated ' quote")
			}
			cur.WriteString(s[i+1 : i+1+end])
			i += end + 1
		case c == '"':
			inWord = true
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, errors.New(`unterminated " quote`)
			}
		case c == '\\':
			inWord = true
			if i+1 < len(s) {
				i++
				cur.WriteByte(s[i])
			}
		default:
			inWord = true
			cur.WriteByte(c)
		}
	}
	if inWord {
		argv = append(argv, cur.String())
	}
	if len(argv) == 0 {
		return nil, errors.New("empty command")
	}
	return argv, nil
}

// mapKeysFromEnv reads BPFTRACE_MAP_KEYS_MAX; 0 means unset.
func mapKeysFromEnv() (int, error) {
	return intFromEnv("BPFTRACE_MAP_KEYS_MAX", "a number of entries", 1<<24)
}

// intFromEnv reads a positive integer setting of at most max; 0 means
// unset.
func intFromEnv(name, what string, max int) (int, error) {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, usagef("%s=%s: want %s from 1 to %d", name, v, what, max)
	}
	return n, nil
}

// strlenFromEnv reads bpftrace's string size variables; 0 means unset.
func strlenFromEnv() (int, error) {
	for _, name := range []string{"BPFTRACE_STRLEN", "BPFTRACE_MAX_STRLEN"} {
		v, ok := os.LookupEnv(name)
		if !ok || v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1024 {
			return 0, usagef("%s=%s: want a number of bytes from 1 to 1024", name, v)
		}
		return n, nil
	}
	return 0, nil
}

// pidMax is the largest process id (/proc/sys/kernel/pid_max; Linux's
// limit, 2^22, when it cannot be read).
func pidMax() int64 {
	if b, err := os.ReadFile("/proc/sys/kernel/pid_max"); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil {
			return n
		}
	}
	return 1 << 22
}

// isFile says whether path names a regular file.
func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
