package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// ListProbes writes the probes matching pattern, one a line, as
// `bpftrace -l` does: "tracepoint:sched:sched_switch",
// "rawtracepoint:sched_switch", "kprobe:vfs_read", "fentry:vfs_read",
// "software:cpu-clock:", "uprobe:/bin/bash:readline",
// "usdt:/path:provider:name". The pattern is a glob over whole names in
// which * also matches ':' and '/'; without a provider prefix it matches
// against every kind (and against the name after the provider). uprobe and
// usdt need a binary in the pattern (`uprobe:/bin/bash:*`). Probe types
// this kernel cannot attach are listed only when the pattern names them,
// and then as an error naming the missing feature. verbose adds
// tracepoint fields and BTF arguments with their types.
func ListProbes(w io.Writer, h *host.Host, pattern string, verbose bool) error {
	if pattern == "" {
		pattern = "*"
	}
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	written, rest, hasProvider := strings.Cut(pattern, ":")
	name := probes.Spell(written, true) // "t" lists tracepoints
	p := probes.Lookup(name)
	if !hasProvider || p == nil && strings.ContainsAny(written, "*?") {
		// No provider: every kind, matching the whole name or its tail.
		l := &lister{host: h, w: bw, verbose: verbose, match: func(name string) bool {
			_, tail, _ := strings.Cut(name, ":")
			return wildMatch(pattern, name) || wildMatch(pattern, tail)
		}}
		for _, p := range probes.All() {
			if k := kernelHalves[p]; k != nil && k.inAll && k.list != nil {
				if err := k.list(l, p.Name, ""); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if p == nil {
		return fmt.Errorf("%w: unknown probe type %q in %q%s", ErrBadPattern, written, pattern, ast.Hint(written, probes.Names()))
	}
	pattern = name + ":" + rest
	l := &lister{host: h, w: bw, verbose: verbose, explicit: true, match: func(s string) bool { return wildMatch(pattern, s) }}
	if k := kernelHalves[p]; k != nil && k.list != nil {
		return k.list(l, name, rest)
	}
	return nil // interval, profile, BEGIN, END: nothing to list
}

type lister struct {
	host     *host.Host
	w        *bufio.Writer
	verbose  bool
	explicit bool // the pattern names the provider
	match    func(name string) bool
}

// splitBinary splits "PATH:rest" where PATH is the binary.
func splitBinary(s string) (bin, rest string, ok bool) {
	bin, rest, _ = strings.Cut(s, ":")
	return bin, rest, bin != "" && (!strings.ContainsAny(bin, "*?") || strings.Contains(bin, "/"))
}

// binaries are the files a listing's binary names: the one it resolves
// to, or, for a path with wildcards (/usr/bin/py*), each ELF file that
// matches (bpftrace then sorts the lines of them all: sortedLines).
// rebased says whether names must be rebased from bin to path.
func (l *lister) binaries(bin string) (paths []string, rebased bool, err error) {
	if !strings.ContainsAny(bin, "*?[") {
		p, err := l.host.ResolveBinary(bin)
		return []string{p}, true, err
	}
	paths, err = l.host.MatchBinaries(bin)
	return paths, false, err
}

// ErrBadPattern is a listing pattern that cannot name any probe.
var ErrBadPattern = errors.New("bad pattern")

// rebase makes a match written against the binary as the user named it
// ("libc") apply to names carrying its resolved path.
func rebase(match func(string) bool, from, to string) func(string) bool {
	if from == to {
		return match
	}
	return func(name string) bool {
		if strings.HasPrefix(name, to) {
			return match(from + strings.TrimPrefix(name, to))
		}
		return match(name)
	}
}

// wildMatch is a glob where * matches any run of characters (including
// ':' and '/') and ? any one character.
func wildMatch(pattern, s string) bool {
	px, sx := 0, 0
	star, mark := -1, 0
	for sx < len(s) {
		switch {
		case px < len(pattern) && (pattern[px] == '?' || pattern[px] == s[sx]):
			px++
			sx++
		case px < len(pattern) && pattern[px] == '*':
			star, mark = px, sx
			px++
		case star >= 0:
			px = star + 1
			mark++
			sx = mark
		default:
			return false
		}
	}
	for px < len(pattern) && pattern[px] == '*' {
		px++
	}
	return px == len(pattern)
}

// sortedLines collects listing lines (a probe and the lines under it,
// with -v) to write them in the order of their first lines, as bpftrace
// orders the probes of several files.
type sortedLines struct{ blocks []string }

func (s *sortedLines) add(block string) { s.blocks = append(s.blocks, block) }

func (s *sortedLines) writeTo(w io.Writer) {
	sort.SliceStable(s.blocks, func(i, j int) bool {
		a, _, _ := strings.Cut(s.blocks[i], "\n")
		b, _, _ := strings.Cut(s.blocks[j], "\n")
		return a < b
	})
	for _, b := range s.blocks {
		io.WriteString(w, b)
	}
}
