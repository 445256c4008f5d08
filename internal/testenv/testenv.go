// Package testenv holds what the tests of several packages need to know
// about the machine they run on.
package testenv

import (
	"os"
	"testing"

	"github.com/gtrace/gtrace/runtime/host"
)

// RequireBPF skips t unless the process may load BPF programs (root, or
// CAP_BPF and CAP_PERFMON); with GTRACE_REQUIRE_BPF=1, as CI runs the
// tests, it fails instead, so that no privileged test silently skips.
func RequireBPF(t testing.TB) {
	t.Helper()
	reason := ""
	if os.Geteuid() != 0 {
		reason = "not running as root"
	} else if err := host.CheckPrivileges(); err != nil {
		reason = err.Error()
	}
	if reason == "" {
		return
	}
	if Required() {
		t.Fatalf("GTRACE_REQUIRE_BPF=1 but this test cannot run: %s", reason)
	}
	t.Skipf("needs root and BPF: %s", reason)
}

// Required says that tests which cannot run here must fail, not skip
// (GTRACE_REQUIRE_BPF=1).
func Required() bool { return os.Getenv("GTRACE_REQUIRE_BPF") == "1" }
