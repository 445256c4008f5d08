package progen

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang"
	"github.com/gtrace/gtrace/stdlib"
)

// fakeHost has the tracepoints the generator uses, so that the checker
// can run without root or tracefs.
var fakeHost = testenv.Tracepoints

func kernelBTF() (*btf.Spec, error) { return btf.LoadKernelSpec() }

// TestDeterministic: a seed is a script.
func TestDeterministic(t *testing.T) {
	for seed := int64(0); seed < 50; seed++ {
		a := Generate(rand.New(rand.NewSource(seed)), Options{})
		b := Generate(rand.New(rand.NewSource(seed)), Options{})
		if a != b {
			t.Fatalf("seed %d gave two scripts:\n%s\n---\n%s", seed, a, b)
		}
	}
}

// TestCoverage: over a few hundred scripts the generator writes every
// statement form and builtin it claims to.
func TestCoverage(t *testing.T) {
	var all strings.Builder
	for seed := int64(0); seed < 400; seed++ {
		all.WriteString(Generate(rand.New(rand.NewSource(seed)), Options{Uprobe: "/bin/sh:main", UprobeVar: "var"}))
	}
	src := all.String()
	for _, want := range []string{
		"BEGIN", "END", "interval:", "profile:", "software:", "tracepoint:syscalls:sys_enter_openat", "rawtracepoint:",
		"uprobe:", "uretprobe:", "config = {", " / ",
		" += ", " <<= ", "++;", "--", " ? ", "if (", "} else if (", "} else {", "unroll(", "while (", "for (", "..",
		"break;", "continue;", "return;", "exit();", " ? printf(", "delete(", "clear(", "zero(", "print(", "printf(", "time(", "cat(",
		"system(", "signal(", "join(args->argv",
		"count()", "sum(", "min(", "max(", "avg(", "stats(", "hist(", "lhist(",
		"pid", "tid", "uid", "gid", "nsecs", "elapsed", "cpu", "rand", "cgroup", "cpid", "probe", "comm", "curtask->",
		"func", "args->", "arg0", "retval", "$1", "$2", "$#", "str(", "strncmp(", "strcontains(", "sizeof(", "offsetof(",
		"bswap(", "ksym(", "usym(", "kaddr(", "kstack", "ustack", "ntop(", "strftime(", "cgroupid(", "len(", "has_key(",
		"(uint8)", "(int64)", "0xffffffffffffffff", "-9223372036854775807", "@[", ")[",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("no generated script has %q", want)
		}
	}
	// Every builtin of stdlib, so that a new one is generated too, or
	// said here why not.
	notGenerated := map[string]string{
		"ctx":       "its members depend on the probe type (tests: TestCtx, TestIter)",
		"path":      "it needs an iter or fentry probe, which the generator does not write (tests: TestIterPath, TestKfuncPath)",
		"override":  "it needs a kprobe, which the generator does not write (tests: TestKprobeOverride in the kernel matrix)",
		"pton":      "its value is a C array, which the generator does not make values of (tests: TestPton, TestCStructValues)",
		"skboutput": "it needs an fentry probe, which the generator does not write (tests: TestKfuncSkboutput in the kernel matrix)",
	}
	words := regexp.MustCompile(`\b[a-z_][a-z0-9_]*\b`).FindAllString(src, -1)
	for _, b := range stdlib.All() {
		if _, ok := notGenerated[b.Name]; ok {
			continue
		}
		used := slices.Contains(words, b.Name)
		if b.Match != nil { // a family of names: argN, sargN
			used = slices.ContainsFunc(words, b.Match)
		}
		if !used {
			t.Errorf("no generated script uses the builtin %s", b.Name)
		}
	}
}

// TestWellTyped: the checker accepts the scripts (without a kernel:
// kernel types are needed for curtask and raw tracepoints, so with BTF
// when this machine has it).
func TestWellTyped(t *testing.T) {
	rejected := 0
	const n = 100
	for seed := int64(0); seed < n; seed++ {
		src := Generate(rand.New(rand.NewSource(seed)), Options{})
		if strings.Contains(src, "rawtracepoint:") {
			continue // its arguments' types come from the kernel
		}
		p, err := lang.Parse("progen.bt", src)
		if err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, src)
		}
		if _, err := lang.Check(p, lang.CheckOptions{Host: fakeHost, Params: Params(), Unsafe: true, BTF: kernelBTF}); err != nil {
			if strings.Contains(err.Error(), "BTF") {
				t.Skipf("no kernel types here: %v", err)
			}
			rejected++
			if rejected <= 3 {
				t.Logf("seed %d: %v\n%s", seed, err, src)
			}
		}
	}
	if rejected > n/50 {
		t.Errorf("the checker rejected %d of %d scripts", rejected, n)
	}
}

// TestReduce: the reducer keeps what the failure needs and drops the
// rest, down to simpler expressions.
func TestReduce(t *testing.T) {
	tree := Build(rand.New(rand.NewSource(7)), Options{})
	// A made-up failure: any script that still prints something.
	fails := func(src string) bool { return strings.Contains(src, "printf(") }
	for seed := int64(8); !fails(tree.String()); seed++ {
		tree = Build(rand.New(rand.NewSource(seed)), Options{})
	}
	small := Reduce(tree, fails, 10000)
	got := small.String()
	if !fails(got) {
		t.Fatalf("the reduced script no longer fails:\n%s", got)
	}
	if small.Size() >= tree.Size() || strings.Count(got, "\n") > 4 {
		t.Errorf("not reduced: %d nodes from %d:\n%s\nfrom:\n%s", small.Size(), tree.Size(), got, tree)
	}
	if strings.Count(got, "printf(") != 1 {
		t.Errorf("expected one printf left:\n%s", got)
	}
}
