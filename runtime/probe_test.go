package runtime

import (
	"debug/elf"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
)

func TestParseUSDTArg(t *testing.T) {
	cases := []struct {
		spec    string
		machine elf.Machine
		want    ast.USDTArg
	}{
		{"-4@%edi", elf.EM_X86_64, ast.USDTArg{Size: 4, Signed: true, Kind: ast.USDTReg, Reg: "di"}},
		{"8@%rax", elf.EM_X86_64, ast.USDTArg{Size: 8, Kind: ast.USDTReg, Reg: "ax"}},
		{"1@%r8b", elf.EM_X86_64, ast.USDTArg{Size: 1, Kind: ast.USDTReg, Reg: "r8"}},
		{"8@-16(%rbp)", elf.EM_X86_64, ast.USDTArg{Size: 8, Kind: ast.USDTMem, Reg: "bp", Offset: -16}},
		{"-2@(%rsp)", elf.EM_X86_64, ast.USDTArg{Size: 2, Signed: true, Kind: ast.USDTMem, Reg: "sp"}},
		{"-4@$42", elf.EM_X86_64, ast.USDTArg{Size: 4, Signed: true, Kind: ast.USDTConst, Value: 42}},
		{"8@$-1", elf.EM_X86_64, ast.USDTArg{Size: 8, Kind: ast.USDTConst, Value: -1}},
		{"-4@x0", elf.EM_AARCH64, ast.USDTArg{Size: 4, Signed: true, Kind: ast.USDTReg, Reg: "x0"}},
		{"8@[sp, 16]", elf.EM_AARCH64, ast.USDTArg{Size: 8, Kind: ast.USDTMem, Reg: "sp", Offset: 16}},
		{"8@[x29, #-8]", elf.EM_AARCH64, ast.USDTArg{Size: 8, Kind: ast.USDTMem, Reg: "x29", Offset: -8}},
		{"4@#5", elf.EM_AARCH64, ast.USDTArg{Size: 4, Kind: ast.USDTConst, Value: 5}},
	}
	for _, c := range cases {
		got, err := parseUSDTArg(c.spec, c.machine)
		if err != nil {
			t.Errorf("%s: %v", c.spec, err)
			continue
		}
		c.want.Spec = c.spec
		if got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.spec, got, c.want)
		}
	}
	for _, bad := range []string{"3@%eax", "8@%xmm0", "8@counter(%rip)", "8@(%rax,%rbx,8)", "x@%eax"} {
		if _, err := parseUSDTArg(bad, elf.EM_X86_64); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

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

func TestResolveBinary(t *testing.T) {
	if _, err := os.Stat("/etc/ld.so.cache"); err != nil {
		t.Skip("no /etc/ld.so.cache")
	}
	p, err := resolveBinary("libc")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(p), "libc.so") {
		t.Errorf("libc resolved to %s", p)
	}
	if p2, err := resolveBinary("c"); err != nil || p2 != p {
		t.Errorf("c resolved to %q, %v; want %s", p2, err, p)
	}
	if p, err := resolveBinary("sh"); err != nil || !filepath.IsAbs(p) {
		t.Errorf("sh resolved to %q, %v", p, err)
	}
	if _, err := resolveBinary("no-such-library-or-program"); err == nil {
		t.Error("no error for a missing library")
	}
	ei, err := openELF(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := ei.symbol("malloc"); !ok {
		t.Error("libc has no malloc")
	}
	if got := ei.match("mallo?"); len(got) != 1 || got[0] != "malloc" {
		t.Errorf("mallo? matches %v", got)
	}
	off, err := uprobeOffset(p, "malloc", 0, 0)
	if err != nil || off == 0 {
		t.Errorf("malloc's file offset: %d, %v", off, err)
	}
}

// compileProbes compiles src with the kernel's tracefs and BTF.
func compileProbes(t *testing.T, src string) *codegen.Output {
	t.Helper()
	prog, err := lang.Parse("test.bt", src)
	if err != nil {
		t.Fatal(err)
	}
	tfs, err := NewTracefs()
	if err != nil {
		t.Fatal(err)
	}
	info, err := lang.Check(prog, lang.CheckOptions{Resolver: tfs, BTF: btf.LoadKernelSpec})
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
func TestKprobeLoadAndAttachError(t *testing.T) {
	requireBPF(t)
	out := compileProbes(t, `kprobe:vfs_read { @[func] = count(); @a = sum(arg2); printf("%s\n", str(arg1)); }
		kretprobe:vfs_read { @r = sum(retval); }
		kprobe:vfs_write+0 { @w = count(); }`)
	if err := Verify(out, nil); err != nil {
		t.Fatalf("the verifier refused kprobe programs: %v", err)
	}
	if haveKprobes() {
		t.Skip("this kernel has kprobes: the missing-feature error cannot be tested")
	}
	err := checkProbeSupport(out)
	if err == nil || !strings.Contains(err.Error(), "kprobe:vfs_read: this kernel was built without kprobes") ||
		!strings.Contains(err.Error(), "tracepoint") || !strings.Contains(err.Error(), "uprobe") {
		t.Errorf("error: %v", err)
	}
}

// fentry and fexit programs need BPF trampolines to load at all; where the
// kernel has none the load error must name the missing feature.
func TestFentryLoad(t *testing.T) {
	requireBPF(t)
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
	requireBPF(t)
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
