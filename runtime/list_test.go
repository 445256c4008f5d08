package runtime

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/runtime/host"
)

func TestWildMatch(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		want       bool
	}{
		{"*", "tracepoint:sched:sched_switch", true},
		{"tracepoint:sched:*", "tracepoint:sched:sched_switch", true},
		{"tracepoint:sched:*", "tracepoint:syscalls:sys_enter_read", false},
		{"*sys_enter_read", "tracepoint:syscalls:sys_enter_read", true},
		{"uprobe:/bin/*:main", "uprobe:/bin/bash:main", true},
		{"sys_enter_rea?", "sys_enter_read", true},
		{"sys_enter_rea?", "sys_enter_readv", false},
		{"a*b*c", "axxbyyc", true},
		{"a*b*c", "axxbyy", false},
	} {
		if got := wildMatch(c.pattern, c.s); got != c.want {
			t.Errorf("wildMatch(%q, %q) = %v", c.pattern, c.s, got)
		}
	}
}

func listOutput(t *testing.T, pattern string, verbose bool) string {
	t.Helper()
	var b bytes.Buffer
	if err := ListProbes(&b, host.New(), pattern, verbose); err != nil {
		t.Fatalf("ListProbes(%q): %v", pattern, err)
	}
	return b.String()
}

func TestListTracepoints(t *testing.T) {
	testenv.RequireBPF(t)
	out := listOutput(t, "tracepoint:syscalls:sys_enter_openat", true)
	want := "tracepoint:syscalls:sys_enter_openat\n    int __syscall_nr\n    int dfd\n    const char * filename\n    int flags\n    umode_t mode\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	// Without a provider, a pattern matches every kind by the name's tail.
	out = listOutput(t, "*getppid", false)
	if out != "tracepoint:syscalls:sys_enter_getppid\n" && !strings.Contains(out, "tracepoint:syscalls:sys_enter_getppid\n") {
		t.Errorf("*getppid:\n%s", out)
	}
	if out := listOutput(t, "tracepoint:sched:*", false); !strings.Contains(out, "tracepoint:sched:sched_switch\n") ||
		strings.Contains(out, "syscalls") {
		t.Errorf("tracepoint:sched:*:\n%s", out)
	}
}

func TestListOthers(t *testing.T) {
	testenv.RequireBPF(t)
	if out := listOutput(t, "software:*", false); !strings.Contains(out, "software:cpu-clock:\n") || !strings.Contains(out, "software:page-faults:\n") {
		t.Errorf("software:\n%s", out)
	}
	if out := listOutput(t, "hardware:cycles", false); out != "hardware:cpu-cycles:\n" {
		t.Errorf("hardware:cycles: %q", out)
	}
	out := listOutput(t, "rawtracepoint:sched_switch", true)
	if !strings.HasPrefix(out, "rawtracepoint:sched_switch\n") || !strings.Contains(out, "struct task_struct * arg1\n") {
		t.Errorf("rawtracepoint:sched_switch:\n%s", out)
	}
	if _, err := os.Stat("/etc/ld.so.cache"); err == nil {
		out := listOutput(t, "uprobe:libc:mallo?", false)
		if !strings.HasPrefix(out, "uprobe:/") || !strings.HasSuffix(out, ":malloc\n") {
			t.Errorf("uprobe:libc:mallo?: %q", out)
		}
	}
	// What this kernel lacks is an error when asked for, silence otherwise.
	if !haveKprobes(host.New()) {
		var b bytes.Buffer
		if err := ListProbes(&b, host.New(), "kprobe:vfs_*", false); err == nil || !strings.Contains(err.Error(), "without kprobes") {
			t.Errorf("kprobe:vfs_*: %v", err)
		}
	}
	if haveTracing() != nil {
		var b bytes.Buffer
		if err := ListProbes(&b, host.New(), "fentry:vfs_read", true); err == nil || !strings.Contains(err.Error(), "tracing programs") {
			t.Errorf("fentry:vfs_read: %v", err)
		}
	}
	var b bytes.Buffer
	if err := ListProbes(&b, host.New(), "uprobe:*", false); err == nil {
		t.Error("uprobe:* without a binary: no error")
	}
}

func TestInfo(t *testing.T) {
	testenv.RequireBPF(t)
	var b bytes.Buffer
	if err := Info(&b, host.New()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"System\n  OS: Linux ", "\nKernel helpers\n", "  loop: yes\n", "  ringbuf: yes\n",
		"\nProbe types\n", "  tracepoint: yes\n", "  rawtracepoint: yes\n", "  uprobe: yes\n", "  uretprobe: yes\n",
		"  usdt: yes\n", "  software: yes\n", "  BEGIN: yes\n", "  interval: yes\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if !haveKprobes(host.New()) && !strings.Contains(out, "  kprobe: no (the kernel was built without kprobes") {
		t.Errorf("kprobes are missing here, but:\n%s", out)
	}
	if !hasCorePMU() && !strings.Contains(out, "  hardware: no (no hardware performance counters") {
		t.Errorf("there is no PMU here, but:\n%s", out)
	}
	if strings.Contains(out, "  lockdown: unknown") || strings.Contains(out, "  security modules: unknown") {
		t.Errorf("as root, securityfs is readable (mounted for the read if need be):\n%s", out)
	}
	// Where the kernel's configuration says an option is off, the line of
	// what needs it names the option: the real reason, not "not supported".
	cfg, _, err := host.KernelConfig()
	if err != nil {
		t.Logf("no kernel configuration here (%v): the CONFIG_ reasons are not checked", err)
		return
	}
	for option, line := range map[string]string{"CONFIG_FPROBE": "  kprobe_multi links: ", "CONFIG_BPF_KPROBE_OVERRIDE": "  override_return: "} {
		if cfg[option] == "" && !strings.Contains(out, line+"no (the kernel was built without "+option+")") {
			t.Errorf("%s is off, but:\n%s", option, out)
		}
	}
}
