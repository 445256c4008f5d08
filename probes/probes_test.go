package probes_test

import (
	"go/token"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/probes"
)

func TestSpell(t *testing.T) {
	for _, c := range []struct {
		written  string
		hasParts bool
		want     string
	}{
		{"t", true, "tracepoint"},
		{"tracepoint", true, "tracepoint"},
		{"k", true, "kprobe"},
		{"kr", true, "kretprobe"},
		{"f", true, "kfunc"}, // bpftrace v0.17 calls these kfunc
		{"kfunc", true, "kfunc"},
		{"fr", true, "kretfunc"},
		{"begin", false, "BEGIN"},
		{"begin", true, "begin"}, // a short form stands only for what it is written like
		{"t", false, "t"},
		{"U", true, "usdt"},
		{"nosuch", true, "nosuch"},
	} {
		if got := probes.Spell(c.written, c.hasParts); got != c.want {
			t.Errorf("Spell(%q, %v) = %q, want %q", c.written, c.hasParts, got, c.want)
		}
	}
	if probes.Lookup("kfunc") != probes.Fentry || probes.Lookup("kretfunc") != probes.Fexit || probes.Lookup("fentry") != probes.Fentry {
		t.Error("kfunc/kretfunc are not fentry/fexit")
	}
}

func TestRegistry(t *testing.T) {
	for _, p := range probes.All() {
		if p.Expand == nil || p.Usage == "" || p.ProgType == 0 {
			t.Errorf("%s: incomplete provider %+v", p.Name, p)
		}
		if (p.Arg == nil) != (p.EmitArg == nil) || (p.Retval == nil) != (p.EmitRetval == nil) {
			t.Errorf("%s: a context type rule without its code, or the other way", p.Name)
		}
		for _, n := range p.Spellings() {
			if probes.Lookup(n) != p {
				t.Errorf("%s does not look up %s", n, p.Name)
			}
		}
	}
	if got := strings.Join(probes.WithRetval(), ","); got != "fexit,kretprobe,uretprobe" {
		t.Errorf("providers with retval: %s", got)
	}
}

// providerNames are string literals that may spell a provider's name
// outside its registry, by file, and why.
var providerNames = map[string]map[string]string{
	"runtime/probe_syscalls_table.go": {"uretprobe": "a system call"},
}

// TestNoProviderNamesOutsideProbes: a probe type lives in its provider;
// nothing else matches its name, so adding one touches no switch.
func TestNoProviderNamesOutsideProbes(t *testing.T) {
	names := map[string]bool{}
	for _, p := range probes.All() {
		for _, n := range p.Spellings() {
			names[n] = true
		}
	}
	testenv.StringLiterals(t, "..", "probes", func(pos token.Position, file, s string) {
		if _, ok := providerNames[file][s]; names[s] && !ok {
			t.Errorf("%s: the probe type %q outside probes", pos, s)
		}
	})
}
