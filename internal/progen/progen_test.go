package progen

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang"
	"github.com/gtrace/gtrace/runtime/host"
)

// The kinds of failure a generated script can meet. Only the first is
// the generator's fault; the others are the compiler's.
const (
	failChecker  = "rejected by the checker"
	failCompile  = "accepted by the checker but not compiled"
	failInternal = "internal error (panic) in the compiler"
	failVerifier = "rejected by the kernel's verifier"
)

type failure struct {
	kind string
	msg  string // the whole error
	sig  string // what must stay the same while reducing: the reason, numbers masked
}

var digits = regexp.MustCompile(`[0-9]+`)

func newFailure(kind, msg, reason string) *failure {
	return &failure{kind: kind, msg: msg, sig: kind + ": " + digits.ReplaceAllString(reason, "N")}
}

// opts is what the generator may use on this machine: uprobes on bash's
// readline where there is a bash.
func opts() Options {
	var o Options
	if _, err := os.Stat("/bin/bash"); err == nil {
		o.Uprobe, o.UprobeVar = "/bin/bash:readline", "rl_line_buffer"
	}
	return o
}

// compileAndVerify runs one script through the checker, the compiler and
// the kernel's verifier, and says how it failed (nil: it passed).
func compileAndVerify(src string) (f *failure) {
	defer func() {
		if r := recover(); r != nil {
			f = newFailure(failInternal, fmt.Sprint(r), fmt.Sprint(r))
		}
	}()
	// The checker alone first, to tell the generator's mistakes from the
	// compiler's.
	p, err := lang.Parse("progen.bt", src)
	if err != nil {
		return newFailure(failChecker, err.Error(), err.Error())
	}
	h := host.New()
	if _, err := lang.Check(p, lang.CheckOptions{Host: h, Params: Params(), Unsafe: true, BTF: h.KernelTypes}); err != nil {
		if strings.Contains(err.Error(), "internal error") {
			return newFailure(failInternal, err.Error(), err.Error())
		}
		return newFailure(failChecker, err.Error(), err.Error())
	}
	s, err := gtrace.Compile("progen.bt", []byte(src), gtrace.Options{Params: Params(), Unsafe: true})
	if err != nil {
		msg := err.Error()
		var ce *gtrace.CompileError
		if errors.As(err, &ce) {
			msg = ce.Format()
		}
		if strings.Contains(msg, "internal error") {
			return newFailure(failInternal, msg, stripPos(err.Error()))
		}
		return newFailure(failCompile, msg, stripPos(err.Error()))
	}
	if err := s.Verify(nil); err != nil {
		var le *gtrace.LoadError
		if errors.As(err, &le) {
			return newFailure(failVerifier, gtrace.FormatError(src, err, false), le.Reason)
		}
		return newFailure(failVerifier, err.Error(), err.Error())
	}
	return nil
}

// stripPos drops the "file:line:col: " of each error line.
func stripPos(msg string) string {
	return regexp.MustCompile(`(?m)^progen\.bt:[0-9]+:[0-9]+: `).ReplaceAllString(msg, "")
}

// minimize reduces a failing script while it fails the same way, for at
// most a minute.
func minimize(tree *Node, f *failure) string {
	deadline := time.Now().Add(time.Minute)
	small := Reduce(tree, func(src string) bool {
		if time.Now().After(deadline) {
			return false
		}
		g := compileAndVerify(src)
		return g != nil && g.sig == f.sig
	}, 3000)
	return small.String()
}

func envInt(t testing.TB, name string, def int64) int64 {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, s, err)
	}
	return v
}

// TestVerifierAcceptsRandomPrograms is the property: every generated
// script the checker accepts compiles, without a panic, to programs the
// kernel's verifier accepts. Program i is generated from seed
// GTRACE_PROGEN_SEED+i (1 by default), GTRACE_PROGEN_N of them (300), so
// GTRACE_PROGEN_SEED=S GTRACE_PROGEN_N=1 reproduces a failure reported
// with seed S. A failure is shown reduced, with the compiler's or the
// verifier's reason.
func TestVerifierAcceptsRandomPrograms(t *testing.T) {
	testenv.RequireBPF(t)
	n := envInt(t, "GTRACE_PROGEN_N", 300)
	seed := envInt(t, "GTRACE_PROGEN_SEED", 1)
	o := opts()
	start := time.Now()
	var rejected []string
	passed, failed := 0, 0
	for i := range n {
		s := seed + i
		tree := Build(rand.New(rand.NewSource(s)), o)
		src := tree.String()
		f := compileAndVerify(src)
		switch {
		case f == nil:
			passed++
		case f.kind == failChecker:
			if len(rejected) < 3 {
				rejected = append(rejected, fmt.Sprintf("seed %d:\n%s\n%s", s, src, f.msg))
			} else {
				rejected = append(rejected, "")
			}
		default:
			failed++
			if failed > 5 {
				continue // enough to read; the count says the rest
			}
			small := minimize(tree, f)
			t.Errorf("seed %d: script %s\n--- minimal script:\n%s\n--- why:\n%s\n--- original script:\n%s",
				s, f.kind, small, compileAndVerify(small).msg, src)
		}
	}
	t.Logf("%d scripts from seed %d in %v: %d passed, %d failed, %d rejected by the checker",
		n, seed, time.Since(start).Round(time.Millisecond), passed, failed, len(rejected))
	if failed > 0 {
		t.Errorf("%d of %d scripts failed (seeds from %d)", failed, n, seed)
	}
	// A script the checker refuses is the generator's bug: a few may
	// slip through without hiding much, more mean it no longer writes
	// well-typed scripts.
	if len(rejected) > int(n)/50 {
		var ex []string
		for _, r := range rejected {
			if r != "" {
				ex = append(ex, r)
			}
		}
		t.Errorf("the checker rejected %d of %d generated scripts (at most 2%% may be); for example:\n%s",
			len(rejected), n, strings.Join(ex, "\n\n"))
	}
	if passed == 0 {
		t.Error("no generated script passed")
	}
}

// FuzzVerify checks one generated script per input: the input, hashed,
// is the generator's seed. go test -fuzz=FuzzVerify ./internal/progen
func FuzzVerify(f *testing.F) {
	testenv.RequireBPF(f)
	for _, s := range []string{"", "1", "gtrace", "while", "\x00\xff"} {
		f.Add([]byte(s))
	}
	o := opts()
	f.Fuzz(func(t *testing.T, in []byte) {
		h := fnv.New64a()
		h.Write(in)
		seed := int64(h.Sum64())
		tree := Build(rand.New(rand.NewSource(seed)), o)
		src := tree.String()
		switch fl := compileAndVerify(src); {
		case fl == nil:
		case fl.kind == failChecker:
			// The generator's mistake, which the property test counts.
			t.Skipf("seed %d: generated a script the checker rejects:\n%s\n%s", seed, src, fl.msg)
		default:
			small := minimize(tree, fl)
			t.Fatalf("seed %d: script %s\n--- minimal script:\n%s\n--- why:\n%s\n--- original script:\n%s",
				seed, fl.kind, small, compileAndVerify(small).msg, src)
		}
	})
}
