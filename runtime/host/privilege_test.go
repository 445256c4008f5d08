package host

import (
	"os"
	"testing"
)

// requireBPF skips a test that needs root and BPF when the process lacks
// them, unless GTRACE_REQUIRE_BPF=1 (set by CI), where a skip would hide a
// broken machine and so the test fails instead.
func requireBPF(t testing.TB) {
	t.Helper()
	reason := ""
	if os.Geteuid() != 0 {
		reason = "not running as root"
	} else if err := CheckPrivileges(); err != nil {
		reason = err.Error()
	}
	if reason == "" {
		return
	}
	if os.Getenv("GTRACE_REQUIRE_BPF") == "1" {
		t.Fatalf("GTRACE_REQUIRE_BPF=1 but this test cannot run: %s", reason)
	}
	t.Skipf("needs root and BPF: %s", reason)
}

func TestParseCapEff(t *testing.T) {
	status := "Name:\tgtrace\nUmask:\t0022\nCapInh:\t0000000000000000\nCapPrm:\t000001fffeffffff\n" +
		"CapEff:\t000001fffeffffff\nCapBnd:\t000001ffffffffff\nCapAmb:\t0000000000000000\n"
	got, err := parseCapEff(status)
	if err != nil || got != 0x1fffeffffff {
		t.Fatalf("parseCapEff = %#x, %v; want 0x1fffeffffff", got, err)
	}
	if _, err := parseCapEff("Name:\tx\n"); err == nil {
		t.Error("parseCapEff without a CapEff line succeeded")
	}
	if _, err := parseCapEff("CapEff:\tzzz\n"); err == nil {
		t.Error("parseCapEff of a bad mask succeeded")
	}
}

func TestHasBPFCaps(t *testing.T) {
	for _, c := range []struct {
		caps uint64
		want bool
	}{
		{0, false},
		{0x1fffeffffff, true},             // root here, less CAP_SYS_RESOURCE
		{1 << capSysAdmin, true},          // before Linux 5.8
		{1<<capBPF | 1<<capPerfmon, true}, // least privilege since 5.8
		{1 << capBPF, false},              // can load, cannot trace
		{1 << capPerfmon, false},
		{0x00000000a80425fb, false}, // Docker's default set
	} {
		if got := hasBPFCaps(c.caps); got != c.want {
			t.Errorf("hasBPFCaps(%#x) = %v, want %v", c.caps, got, c.want)
		}
	}
}

func TestCheckPrivilegesMatchesRoot(t *testing.T) {
	err := CheckPrivileges()
	if os.Geteuid() == 0 {
		caps, _ := os.ReadFile("/proc/self/status")
		if c, perr := parseCapEff(string(caps)); perr == nil && hasBPFCaps(c) && err != nil {
			t.Fatalf("CheckPrivileges as root with %#x: %v", c, err)
		}
		return
	}
	if err != nil && err != ErrNoPrivileges {
		t.Fatalf("CheckPrivileges: %v", err)
	}
}
