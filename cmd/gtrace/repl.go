package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/chzyer/readline"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/stdlib"
)

const (
	replPrompt     = "gtrace> "
	replContPrompt = "     .. "
	// replFile names the prompt's entries in diagnostics: repl:1:14.
	replFile = "repl"
)

const replHelp = `Enter a program (probes with their actions); it runs until Ctrl-C or
exit(), then its maps are printed. Input continues over several lines
until the braces balance. Tab completes probes, tracepoints, builtins and
the maps of this session; Up and Down walk the history.

    :help            this text
    :probes PATTERN  list probes, e.g. :probes tracepoint:sched:*
    :info            what this kernel and gtrace support
    :quit            leave (or Ctrl-D)

Ctrl-C clears the line being typed, or stops the running program.
`

// session is one run of the prompt.
type session struct {
	o              *options
	rl             *readline.Instance
	stdout, stderr io.Writer
	env            environment
	maps           map[string]bool // maps of the programs run so far
	comp           *completer
	piped          bool        // stdin is not a terminal
	terminated     atomic.Bool // SIGTERM: leave after the current program

	mu     sync.Mutex
	cancel context.CancelFunc // stops the running program; nil at the prompt
}

// signals stops the running program on SIGINT or SIGTERM (at the prompt
// the terminal is raw, so Ctrl-C arrives as a key, not as SIGINT); SIGTERM
// also closes the prompt.
func (s *session) signals(sigs <-chan os.Signal) {
	for sig := range sigs {
		s.mu.Lock()
		if s.cancel != nil {
			s.cancel()
		}
		s.mu.Unlock()
		if sig == syscall.SIGTERM {
			s.terminated.Store(true)
			s.rl.Close()
		}
	}
}

// historyPath is where the prompt keeps its history: $HOME/.gtrace_history.
func historyPath() string {
	home := os.Getenv("HOME")
	if home == "" {
		if h, err := os.UserHomeDir(); err == nil {
			home = h
		}
	}
	if home == "" {
		return ""
	}
	return filepath.Join(home, ".gtrace_history")
}

// runREPL reads programs at a prompt and runs each one in turn.
func runREPL(o *options, stdin io.Reader, stdout, stderr io.Writer) int {
	env, err := readEnv()
	if err != nil {
		fmt.Fprintf(stderr, "gtrace: %v\n", err)
		return exitUsage
	}
	s := &session{o: o, stdout: stdout, stderr: stderr, env: env, maps: map[string]bool{}}
	s.comp = newCompleter(s)
	// Programs piped in are not a person at a prompt: no banner, and
	// nothing goes into the history.
	s.piped = !isTerminal(stdin)
	history := historyPath()
	if s.piped {
		history = ""
	}
	cfg := &readline.Config{
		Prompt:                 replPrompt,
		HistoryFile:            history,
		HistoryLimit:           1000,
		DisableAutoSaveHistory: true,
		AutoComplete:           s.comp,
		InterruptPrompt:        "^C",
		EOFPrompt:              "\n",
		Stdout:                 stdout,
		Stderr:                 stderr,
	}
	if rc, ok := stdin.(io.ReadCloser); ok {
		cfg.Stdin = rc
	} else {
		cfg.Stdin = io.NopCloser(stdin)
	}
	if s.piped {
		// -i on a pipe: read programs line by line without line editing.
		cfg.FuncIsTerminal = func() bool { return false }
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "gtrace: prompt: %v\n", err)
		return exitRuntime
	}
	defer rl.Close()
	s.rl = rl

	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go s.signals(sigs)

	switch {
	case gtrace.CheckPrivileges() != nil:
		fmt.Fprintln(stderr, "gtrace: note: not root: programs will not run (:help for help)")
	case !s.piped:
		fmt.Fprintln(stdout, "gtrace "+shortVersion()+": enter a program, :help for help, Ctrl-D to leave")
	}
	var buf strings.Builder
	for !s.terminated.Load() {
		line, err := rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			buf.Reset()
			rl.SetPrompt(replPrompt)
			continue
		}
		if err != nil { // io.EOF: Ctrl-D
			break
		}
		buf.WriteString(line)
		buf.WriteByte('\n')
		if !balanced(buf.String()) {
			rl.SetPrompt(replContPrompt)
			continue
		}
		entry := strings.TrimSpace(buf.String())
		buf.Reset()
		rl.SetPrompt(replPrompt)
		if entry == "" {
			continue
		}
		s.saveHistory(entry)
		if strings.HasPrefix(entry, ":") {
			if quit := s.command(entry); quit {
				break
			}
			continue
		}
		s.run(entry)
	}
	return exitOK
}

// saveHistory keeps an entry as one history line (lines joined with
// blanks) unless a // comment would swallow what follows it.
func (s *session) saveHistory(entry string) {
	if s.piped {
		return
	}
	if !strings.Contains(entry, "//") {
		s.rl.SaveHistory(strings.Join(strings.Fields(entry), " "))
		return
	}
	for _, l := range strings.Split(entry, "\n") {
		s.rl.SaveHistory(l)
	}
}

// command runs a :command; it reports whether the prompt should close.
func (s *session) command(entry string) bool {
	name, arg, _ := strings.Cut(entry, " ")
	arg = strings.TrimSpace(arg)
	var err error
	switch name {
	case ":q", ":quit", ":exit":
		return true
	case ":h", ":help":
		io.WriteString(s.stdout, replHelp)
	case ":probes", ":p", ":l":
		err = doList(s.stdout, arg, 0, false)
	case ":info":
		err = doInfo(s.stdout)
	default:
		err = fmt.Errorf("unknown command %s: try :help", name)
	}
	if err != nil {
		fmt.Fprintf(s.stderr, "gtrace: %v\n", err)
	}
	return false
}

// run compiles and runs one program until Ctrl-C or exit(); its maps are
// printed as at the end of any run.
func (s *session) run(src string) {
	script, _ := compile(s.o, replFile, src, s.env, true, s.stdout, s.stderr)
	if script == nil {
		return // the diagnostic is printed
	}
	for _, m := range script.MapNames() {
		s.maps[m] = true
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.mu.Lock()
	s.cancel = cancel
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.cancel = nil
		s.mu.Unlock()
		cancel()
	}()
	bw := buffered(s.stdout, s.o.buffering)
	err := script.Run(ctx, gtrace.RunOptions{
		Stdout:        bw,
		Format:        s.o.format,
		Quiet:         s.o.quiet,
		Verbose:       s.o.verbose,
		CommandStdout: s.stdout,
		Stderr:        s.stderr,
		MaxProbes:     s.env.probes,
	})
	bw.Flush()
	if err != nil {
		runtimeError(s.stderr, src, err, s.o.verbose)
	}
}

// balanced reports whether every brace, parenthesis and bracket opened in
// src is closed, not counting those in strings and comments: the prompt
// reads more lines until it is.
func balanced(src string) bool {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			for i++; i < len(src) && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
			if i >= len(src) {
				return false // an open string continues too
			}
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				for i < len(src) && src[i] != '\n' {
					i++
				}
			} else if i+1 < len(src) && src[i+1] == '*' {
				end := strings.Index(src[i+2:], "*/")
				if end < 0 {
					return false
				}
				i += end + 3
			}
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
		}
	}
	return depth <= 0
}

// completer completes the word before the cursor: probe providers,
// tracepoint categories and events, builtins, keywords, the session's maps,
// and :commands.
type completer struct {
	s           *session
	tracepoints []string // "category:event", read once
	tpErr       error
	tpRead      bool
}

func newCompleter(s *session) *completer { return &completer{s: s} }

// providers are the probe types a program can name, with their other
// names: bare ones (BEGIN) as they are, the others with their colon.
func providers() []string {
	var out []string
	for _, p := range probes.All() {
		for _, n := range p.Spellings() {
			if p.Bare {
				out = append(out, n)
			} else {
				out = append(out, n+":")
			}
		}
	}
	return out
}

var keywords = []string{"if", "else", "while", "for", "unroll", "return", "break", "continue", "config"}

var replCommands = []string{":help", ":probes", ":info", ":quit"}

func isWordByte(c byte) bool {
	return c == '_' || c == ':' || c == '@' || c == '$' || c == '*' || c == '.' || c == '-' ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Do implements readline.AutoCompleter.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	before := string(line[:pos])
	i := len(before)
	for i > 0 && isWordByte(before[i-1]) {
		i--
	}
	word := before[i:]
	var out [][]rune
	for _, cand := range c.candidates(word, strings.TrimSpace(before[:i]) == "") {
		if strings.HasPrefix(cand, word) && cand != word {
			out = append(out, []rune(cand[len(word):]))
		}
	}
	return out, len(word)
}

// candidates returns the whole words that could complete word; start says
// word begins the line (where :commands go).
func (c *completer) candidates(word string, start bool) []string {
	switch {
	case strings.HasPrefix(word, ":"):
		if start {
			return replCommands
		}
		return nil
	case strings.HasPrefix(word, "@"):
		var names []string
		for m := range c.s.maps {
			names = append(names, m)
		}
		sort.Strings(names)
		return names
	case strings.HasPrefix(word, "$"):
		return nil
	}
	provider, rest, hasColon := strings.Cut(word, ":")
	if !hasColon {
		var all []string
		all = append(all, providers()...)
		all = append(all, stdlib.Names(stdlib.Variable)...)
		for _, k := range []stdlib.Kind{stdlib.Function, stdlib.Aggregation} {
			for _, n := range stdlib.Names(k) {
				all = append(all, n+"(")
			}
		}
		return append(all, keywords...)
	}
	switch probes.Lookup(probes.Spell(provider, true)) {
	case probes.Tracepoint:
		return c.tracepointWords(provider, rest)
	case probes.Interval, probes.Profile:
		var units []string
		for _, u := range []string{"s:", "ms:", "us:", "hz:"} {
			units = append(units, provider+":"+u)
		}
		return units
	}
	return nil
}

// tracepointWords completes "tracepoint:" + rest: categories (with a
// trailing colon) until rest has a colon, then that category's events.
func (c *completer) tracepointWords(provider, rest string) []string {
	if !c.tpRead {
		c.tpRead = true
		c.tracepoints, c.tpErr = gtrace.Tracepoints("*:*")
	}
	var out []string
	cat, _, hasEvent := strings.Cut(rest, ":")
	seen := map[string]bool{}
	for _, tp := range c.tracepoints {
		tc, ev, _ := strings.Cut(tp, ":")
		if !hasEvent {
			if !seen[tc] {
				seen[tc] = true
				out = append(out, provider+":"+tc+":")
			}
		} else if tc == cat {
			out = append(out, provider+":"+tc+":"+ev)
		}
	}
	return out
}
