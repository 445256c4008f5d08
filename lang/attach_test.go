package lang

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf/btf"
)

// probeRes adds fake binaries and kernel functions to resolver.
var probeRes = &testenv.FakeHost{
	FakeTracepoints: resolver,
	Binaries: map[string][]string{
		"/bin/app":       {"main", "work_a", "work_b"},
		"/lib/libc.so.6": {"free", "malloc"},
	},
	Libraries: map[string]string{"libc": "/lib/libc.so.6"},
	Funcs:     []string{"vfs_read", "vfs_write", "do_sys_open"},
	USDT: map[string][]ast.USDTProbe{"/bin/app": {{Provider: "app", Name: "start", PC: 0x1100, Args: []ast.USDTArg{
		{Size: 4, Signed: true, Kind: ast.USDTReg, Reg: "di"}, {Size: 8, Kind: ast.USDTMem, Reg: "bp", Offset: -16},
	}}}},
	Addrs: map[uint64]string{0x1000: "main"},
}

func checkProbes(src string) (*ast.Info, error) {
	p, err := Parse("stdin", src)
	if err != nil {
		return nil, err
	}
	return Check(p, CheckOptions{Host: probeRes, BTF: btf.LoadKernelSpec})
}

func TestAttachExpansion(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string // Name|Func|Offset|Address per attach point
	}{
		{`uprobe:/bin/app:main { }`, []string{"uprobe:/bin/app:main|main|0|0"}},
		{`uprobe:/bin/app:work_* { }`, []string{"uprobe:/bin/app:work_a|work_a|0|0", "uprobe:/bin/app:work_b|work_b|0|0"}},
		{`uprobe:/bin/app:main+16 { }`, []string{"uprobe:/bin/app:main+16|main|16|0"}},
		{`uprobe:/bin/app:0x1000 { }`, []string{"uprobe:/bin/app:0x1000|main|0|4096"}},
		{`uretprobe:libc:malloc { }`, []string{"uretprobe:/lib/libc.so.6:malloc|malloc|0|0"}},
		{`kprobe:vfs_* { }`, []string{"kprobe:vfs_read|vfs_read|0|0", "kprobe:vfs_write|vfs_write|0|0"}},
		{`kprobe:vfs_read+8 { }`, []string{"kprobe:vfs_read+8|vfs_read|8|0"}},
		{`kretprobe:do_sys_open { }`, []string{"kretprobe:do_sys_open|do_sys_open|0|0"}},
		{`rawtracepoint:sched_switch { }`, []string{"rawtracepoint:sched_switch||0|0"}},
		{`software:faults:10 { }`, []string{"software:faults:10||0|0"}},
		{`hardware:cycles { }`, []string{"hardware:cycles||0|0"}},
		{`usdt:/bin/app:start { }`, []string{"usdt:/bin/app:app:start|start|0|0"}},
	} {
		info, err := checkProbes(tc.src)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		var got []string
		for _, a := range info.Probes[0].Attach {
			got = append(got, fmt.Sprintf("%s|%s|%d|%d", a.Name, a.Func, a.Offset, a.Address))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\ngot  %v\nwant %v", tc.src, got, tc.want)
		}
	}
}

func TestAttachErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`uprobe:/bin/app { }`, "uprobe needs a binary and a function"},
		{`uprobe:/bin/app:nope { }`, "uprobe: /bin/app has no function nope"},
		{`uprobe:/bin/app:zz* { }`, "no function of /bin/app matches zz*"},
		{`uprobe:nolib:f { }`, `cannot find "nolib"`},
		{`uretprobe:/bin/app:main+4 { }`, "uretprobe cannot take an offset"},
		{`kretprobe:vfs_read+4 { }`, "kretprobe cannot take an offset"},
		{`kprobe:zzz* { }`, "no kernel function matches zzz*"},
		{`software:cpu-clocks:1 { }`, `unknown event "cpu-clocks"; did you mean cpu-clock?`},
		{`hardware:cycles:0 { }`, `"0" is not a positive number`},
		{`usdt:/bin/app:stop { }`, "usdt: /bin/app has no probe *:stop"},
		{`usdt:/bin/app:start { @ = arg2; }`, "usdt:/bin/app:app:start has 2 arguments: arg2 is not one"},
		{`kprobe:vfs_read { @ = arg6; }`, "only arg0 to arg5 are available"},
		{`kprobe:vfs_read { @ = retval; }`, "retval is not available in kprobe probes"},
		{`tracepoint:syscalls:sys_enter_write { @ = arg0; }`, "arg0 is not available in tracepoint probes: use args->name"},
		{`BEGIN { @ = func; }`, "func is not available in BEGIN probes"},
		{`uprobe:/bin/app:main { @ = args->x; }`, "args: /bin/app: no debug information (DWARF)"},
		{`kprobes:vfs_read { }`, `unknown probe type "kprobes"; did you mean kprobe?`},
	} {
		_, err := checkProbes(tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestContextTypes(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`uprobe:/bin/app:main { @ = arg0; }`, "uint64 user"},
		{`uretprobe:/bin/app:main { @ = retval; }`, "uint64"},
		{`kprobe:vfs_read { @ = arg1; }`, "uint64"},
		{`rawtracepoint:sched_switch { @ = arg2; }`, "uint64"},
		{`usdt:/bin/app:start { @ = arg1; }`, "uint64 user"},
		{`uprobe:/bin/app:main { @ = func; }`, "string[64]"},
	} {
		p, err := Parse("stdin", tc.src)
		if err != nil {
			t.Fatal(err)
		}
		info, err := Check(p, CheckOptions{Host: probeRes})
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		e := p.Probes[0].Body.Stmts[0].(*ast.AssignStmt).Value
		typ := info.Types[e]
		got := typ.String()
		if typ.UserPtr {
			got += " user"
		}
		if got != tc.want {
			t.Errorf("%s: %s, want %s", tc.src, got, tc.want)
		}
	}
}

// fentry arguments are typed from the kernel's BTF.
func TestFentryTypes(t *testing.T) {
	if _, err := btf.LoadKernelSpec(); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	src := `fentry:vfs_read { @c = args->count; @f = args.file->f_flags; } fexit:vfs_read { @r = retval; }`
	p, err := Parse("stdin", src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := Check(p, CheckOptions{Host: probeRes, BTF: btf.LoadKernelSpec})
	if err != nil {
		t.Fatal(err)
	}
	a := info.Probes[0].Attach[0]
	if a.NArgs != 4 || a.Fields[2].Name != "count" || a.Fields[2].Offset != 16 || a.Fields[0].Type.Elem == nil {
		t.Errorf("vfs_read's arguments: %d %+v", a.NArgs, a.Fields)
	}
	r := info.Probes[1].Attach[0]
	if r.Return == nil || !r.Return.Signed || r.Return.Size != 8 {
		t.Errorf("vfs_read returns %v", r.Return)
	}
	if _, err := checkProbes(`fentry:no_such_function_gtrace { }`); err == nil || !strings.Contains(err.Error(), "has no function no_such_function_gtrace") {
		t.Errorf("missing function: %v", err)
	}
}
