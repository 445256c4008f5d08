package runtime

import (
	"errors"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
)

func TestVerifierVerdict(t *testing.T) {
	for _, tc := range []struct {
		log    []string
		insn   int
		reason string
	}{
		{[]string{
			"34: (15) if r0 == 0x3039 goto pc+2    ; R0=map_value_or_null(id=1)",
			"35: (79) r0 = *(u64 *)(r0 +0)",
			"R0 invalid mem access 'map_value_or_null'",
			"processed 33 insns (limit 1000000) max_states_per_insn 0 total_states 1",
		}, 35, "R0 invalid mem access 'map_value_or_null'"},
		{[]string{"unreachable insn 37", "processed 0 insns (limit 1000000)"}, 37, "unreachable insn 37"},
		{[]string{"infinite loop detected at insn 12", "processed 9 insns", ""}, 12, "infinite loop detected at insn 12"},
		{[]string{
			"func#0 @0",
			"0: R1=ctx() R10=fp0",
			"; stdin:1: @x = count()",
			"0: (bf) r6 = r1                       ; R1=ctx() R6_w=ctx()",
			"7: (79) r1 = *(u64 *)(r0 +0)",
			"R0 invalid mem access 'map_value_or_null'",
			"verification time 38 usec",
			"stack depth 8",
			"processed 8 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0",
			"",
		}, 7, "R0 invalid mem access 'map_value_or_null'"},
		{nil, -1, ""},
	} {
		insn, reason := verifierVerdict(tc.log)
		if insn != tc.insn || reason != tc.reason {
			t.Errorf("%q: got %d %q, want %d %q", tc.log, insn, reason, tc.insn, tc.reason)
		}
	}
}

// TestVerifierRejectionAtLine loads a compiled program whose null check
// after a map lookup was sabotaged: the real kernel's rejection must be
// reported at the script statement holding the lookup. The compiler itself
// never emits such code (every lookup is followed by its null check), so
// the test breaks it by hand to exercise the reporting path.
func TestVerifierRejectionAtLine(t *testing.T) {
	testenv.RequireBPF(t)
	src := "BEGIN {\n  @x[1] = 5;\n  $y = @x[1] + 2;\n  printf(\"%d\\n\", $y);\n}"
	p, err := lang.Parse("s.bt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := lang.Check(p, lang.CheckOptions{Host: testenv.FakeTracepoints{}})
	if err != nil {
		t.Fatal(err)
	}
	out, err := codegen.Compile(p, info, codegen.Options{})
	if err != nil {
		t.Fatal(err)
	}
	insns := out.Spec.Programs["gt_p0"].Instructions
	lookups := 0
	for i := range insns {
		if insns[i].IsBuiltinCall() && insns[i].Constant == int64(asm.FnMapLookupElem) {
			lookups++
			// The first is the scratch area, the second the map-full
			// counter after `@x[1] = 5`, the third the read of @x[1].
			if lookups == 3 {
				insns[i+1].Constant = 12345 // `if r0 == 0` becomes `if r0 == 12345`
			}
		}
	}
	coll, err := ebpf.NewCollection(out.Spec)
	if err == nil {
		coll.Close()
		t.Fatal("the verifier accepted a lookup without its null check")
	}
	var rej *LoadError
	if !errors.As(loadError(out, err), &rej) {
		t.Fatalf("not explained as a verifier rejection: %v", err)
	}
	got := ast.Format(src, rej.Diagnostic())
	want := "s.bt:3:3: BEGIN: the kernel's verifier rejected the program: R0 invalid mem access 'map_value_or_null'"
	if !strings.HasPrefix(got, want) || !strings.Contains(got, "\n  $y = @x[1] + 2;\n  ^~~") {
		t.Errorf("got:\n%s\nwant it to start with:\n%s", got, want)
	}
	if len(rej.Log) < 3 {
		t.Errorf("the full log is not kept: %q", rej.Log)
	}
}

// helperHint explains both kernels' words for a missing helper, and
// nothing else.
func TestHelperHint(t *testing.T) {
	for _, reason := range []string{"unknown func bpf_override_return#58", "program of this type cannot use helper bpf_override_return#58"} {
		if h := helperHint(reason); !strings.HasPrefix(h, ": ") || len(h) < 10 {
			t.Errorf("helperHint(%q) = %q", reason, h)
		}
	}
	if h := helperHint("unknown func bpf_nothing_such#999"); h != ": this kernel does not have the helper" {
		t.Errorf("an unknown helper: %q", h)
	}
	if h := helperHint("R1 invalid mem access 'scalar'"); h != "" {
		t.Errorf("not about a helper: %q", h)
	}
}
