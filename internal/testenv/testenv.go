// Package testenv holds what the tests of several packages need to know
// about the machine they run on.
package testenv

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
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

// Kernel names the kernel of the kernel matrix (tests/kernels) this test
// runs in, from GTRACE_KERNEL, or is "" outside the matrix.
func Kernel() string { return os.Getenv("GTRACE_KERNEL") }

// requireFeature skips t when the kernel lacks a feature (err says why),
// but fails it in the kernel matrix, whose kernels all have it.
func requireFeature(t testing.TB, feature string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if k := Kernel(); k != "" {
		t.Fatalf("kernel %s of the matrix has no %s: %v", k, feature, err)
	}
	t.Skipf("this kernel has no %s (%v); make test-kernels runs this test", feature, err)
}

// RequireKprobes skips t unless the kernel has kprobes (CONFIG_KPROBES).
func RequireKprobes(t testing.TB) {
	t.Helper()
	RequireBPF(t)
	_, err := os.Stat("/sys/bus/event_source/devices/kprobe")
	requireFeature(t, "kprobes", err)
}

// RequireTrampolines skips t unless the kernel runs fentry and fexit
// programs (BPF trampolines): one must load.
func RequireTrampolines(t testing.TB) {
	t.Helper()
	RequireBPF(t)
	trampolinesOnce.Do(func() {
		var prog *ebpf.Program
		prog, trampolinesErr = ebpf.NewProgram(&ebpf.ProgramSpec{
			Name: "gt_fentry_test", Type: ebpf.Tracing, AttachType: ebpf.AttachTraceFEntry, AttachTo: "vfs_read",
			Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}, License: "GPL",
		})
		if trampolinesErr == nil {
			prog.Close()
		}
	})
	requireFeature(t, "BPF trampolines (fentry)", trampolinesErr)
}

var (
	trampolinesOnce sync.Once
	trampolinesErr  error
)

// RepoRoot is the directory holding go.mod, found by walking up from the
// working directory (a package's, under go test).
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above " + dir)
		}
		dir = parent
	}
}
