package runtime

import (
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang"
	"github.com/gtrace/gtrace/runtime/host"
)

// The syscall table must agree with the C library's numbers, and name
// the kernel's tracepoints for syscalls whose SYSCALL_DEFINE name differs.
func TestSyscallNumbers(t *testing.T) {
	if goruntime.GOARCH != "amd64" {
		t.Skip("the checked numbers are x86_64's")
	}
	tab := syscallNumbers["amd64"]
	for name, want := range map[string]int{
		"read": unix.SYS_READ, "write": unix.SYS_WRITE, "openat": unix.SYS_OPENAT, "getppid": unix.SYS_GETPPID,
		"newstat": unix.SYS_STAT, "newfstat": unix.SYS_FSTAT, "newuname": unix.SYS_UNAME, "umount": unix.SYS_UMOUNT2,
	} {
		if tab[name] != want {
			t.Errorf("%s: %d, want %d", name, tab[name], want)
		}
	}
}

func TestSyscallTracepoint(t *testing.T) {
	for target, want := range map[string][2]string{
		"syscalls:sys_enter_write": {"enter", "write"},
		"syscalls:sys_exit_openat": {"exit", "openat"},
		"sched:sched_switch":       {"", ""},
		"syscalls:foo":             {"", ""},
	} {
		dir, name, _ := syscallTracepoint(target)
		if dir != want[0] || name != want[1] {
			t.Errorf("%s: %q %q, want %q", target, dir, name, want)
		}
	}
}

// compileProbes compiles src with the kernel's tracefs and BTF.
func compileProbes(t *testing.T, src string) *codegen.Output {
	t.Helper()
	prog, err := lang.Parse("test.bt", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := lang.Check(prog, lang.CheckOptions{Host: host.New(), BTF: btf.LoadKernelSpec})
	if err != nil {
		t.Fatal(err)
	}
	out, err := codegen.Compile(prog, info, codegen.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// kprobe programs load on this kernel although it cannot attach them; the
// attach must then say what is missing and what to use instead.
func TestWithoutKprobesAttachError(t *testing.T) {
	testenv.RequireBPF(t)
	out := compileProbes(t, `kprobe:vfs_read { @[func] = count(); @a = sum(arg2); printf("%s\n", str(arg1)); }
		kretprobe:vfs_read { @r = sum(retval); }
		kprobe:vfs_write+0 { @w = count(); }`)
	if err := Verify(out, nil); err != nil {
		t.Fatalf("the verifier refused kprobe programs: %v", err)
	}
	if haveKprobes(host.New()) {
		t.Skip("this kernel has kprobes: the missing-feature error cannot be tested")
	}
	r := &runner{host: host.New(), out: out}
	err := r.prepareProbes(out.Spec.Copy())
	if err == nil || !strings.Contains(err.Error(), "kprobe:vfs_read: this kernel was built without kprobes") ||
		!strings.Contains(err.Error(), "tracepoint") || !strings.Contains(err.Error(), "uprobe") {
		t.Errorf("error: %v", err)
	}
}

// fentry and fexit programs need BPF trampolines to load at all; where the
// kernel has none the load error must name the missing feature.
func TestFentryLoad(t *testing.T) {
	testenv.RequireBPF(t)
	out := compileProbes(t, `fentry:vfs_read { @[args->count] = count(); @f = sum(args.count); }
		fexit:vfs_read { @r = sum(retval); }
		kfunc:vfs_write { @w = count(); }`)
	if len(out.Programs) != 3 {
		t.Fatalf("%d programs", len(out.Programs))
	}
	for _, pm := range out.Programs {
		ps := out.Spec.Programs[pm.Name]
		if ps.AttachTo != pm.Attach.Target || ps.AttachTo == "" {
			t.Errorf("%s: AttachTo %q", pm.Attach.Name, ps.AttachTo)
		}
	}
	err := Verify(out, nil)
	if err == nil {
		return
	}
	if !strings.Contains(err.Error(), "cannot run BPF tracing programs") || !strings.Contains(err.Error(), "rawtracepoint") {
		t.Fatalf("load error does not name the missing feature: %v", err)
	}
	t.Skipf("the verifier cannot be run on fentry programs here: %v", err)
}

// Every other probe type's programs pass the verifier.
func TestProbeProgramsLoad(t *testing.T) {
	testenv.RequireBPF(t)
	out := compileProbes(t, `uprobe:libc:malloc { @[func, probe] = count(); @s = sum(arg0); printf("%s\n", str(arg1)); }
		uretprobe:libc:malloc { @r = sum(retval); }
		uprobe:libc:mallo? { @m = count(); }
		rawtracepoint:sched_switch { @c[arg0 > 0] = count(); }
		software:cpu-clock:1000000 { @sw = count(); }
		software:faults { @pf = count(); }
		hardware:cycles:1000000 { @hw = count(); }
		profile:ms:10 { @p = count(); }`)
	if err := Verify(out, nil); err != nil {
		t.Fatal(err)
	}
}
