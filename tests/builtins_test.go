package tests

import (
	"debug/elf"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"

	"regexp"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/runtime/host"
)

// End-to-end tests of builtins of bpftrace v0.17 that gtrace took on in
// issue 13, each compared with bpftrace.

// TestBuiltinsUserAndErrors: numaid, username (a map key too) and
// strerror (a map key too, and an error number Go's table lacks).
func TestBuiltinsUserAndErrors(t *testing.T) {
	t.Parallel()
	nodes, err := os.ReadFile("/sys/devices/system/node/online")
	if err != nil || strings.TrimSpace(string(nodes)) != "0" {
		t.Skipf("numaid is checked on a machine with one NUMA node (online: %q, %v)", nodes, err)
	}
	e2eCase{
		script: `BEGIN { printf("%d %s %s|%s|%s\n", numaid, username, strerror(2), strerror(133), strerror(-3));
			@u[username] = count(); @e = strerror(13); exit(); }`,
		want: "Attaching 1 probe...\n0 root No such file or directory|Memory page has hardware error|Unknown error -3\n\n\n" +
			"@e: Permission denied\n@u[root]: 1\n",
	}.check(t)
	// bpftrace 0.17 stops with "invalid mapkey argument type" printing
	// this map (docs/differences.md).
	e2eCase{
		script: `BEGIN { @e[strerror(13)] = count(); exit(); }`,
		want:   "Attaching 1 probe...\n\n\n@e[Permission denied]: 1\n",
	}.checkOnly(t)
}

// TestBuiltinsAddressSpace: kptr() and uptr() leave the value as it is
// and choose the memory str() reads: a user string read as kernel memory
// is empty.
func TestBuiltinsAddressSpace(t *testing.T) {
	t.Parallel()
	wl := workloadPath(t)
	e2eCase{
		workload: "callstr hello 1",
		script:   `uprobe:` + wl + `:workload_str /pid == cpid/ { printf("%s|%s|%d\n", str(uptr(arg0)), str(kptr(arg0)), kptr(7) + uptr(8)); }`,
		want:     "Attaching 1 probe...\nhello||15\n\n\n",
	}.check(t)
}

// TestBuiltinsStrftimeMicroseconds: strftime's %f is the microseconds,
// six digits; %%f stays text; time() prints %f as it is.
func TestBuiltinsStrftimeMicroseconds(t *testing.T) {
	t.Parallel()
	r := runScript(t, `BEGIN { printf("%s|%s\n", strftime("%S.%f", nsecs), strftime("%%f", nsecs)); time("%f\n"); exit(); }`)
	if !regexp.MustCompile(`^Attaching 1 probe\.\.\.\n\d\d\.\d{6}\|%f\n%f\n\n\n$`).MatchString(r.stdout) {
		t.Errorf("strftime %%f: got %q", r.stdout)
	}
}

// TestBuiltinJiffies: jiffies (bpftrace 0.18+) grows with time.
func TestBuiltinJiffies(t *testing.T) {
	t.Parallel()
	r := runScript(t, `BEGIN { @start = jiffies; } interval:ms:100 { printf("%d\n", jiffies > @start && @start > 0); clear(@start); exit(); }`)
	// The cleared @start prints as an empty line, as bpftrace prints it.
	if r.stdout != "Attaching 2 probes...\n1\n\n\n\n" {
		t.Errorf("jiffies: got %q", r.stdout)
	}
}

// runScript runs gtrace -e script (after flags), which must succeed
// without a word on stderr: for gtrace's own checks of output that is not
// exact.
func runScript(t *testing.T, script string, flags ...string) result {
	t.Helper()
	gtraceOnly(t)
	testenv.RequireBPF(t)
	r := run(t, runOpts{}, gtracePath(t), append(flags, "-e", script)...)
	if r.exit != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", r.exit, r.stderr)
	}
	return r
}

// TestBuiltinsRegisters: reg() and sargN in a uprobe on a function of
// eight arguments, the last two on the stack (x86-64's convention).
func TestBuiltinsRegisters(t *testing.T) {
	t.Parallel()
	if goruntime.GOARCH != "amd64" {
		t.Skip("the expected registers are x86-64's")
	}
	wl := workloadPath(t)
	e2eCase{
		workload: "callmany 10",
		script:   `uprobe:` + wl + `:workload_many /pid == cpid/ { printf("%d %d %d %d %d\n", arg5, sarg0, sarg1, reg("di"), reg("sp") > 0); }`,
		want:     "Attaching 1 probe...\n15 16 17 10 1\n\n\n",
	}.check(t)
}

// TestBuiltinsRegistersWhere: reg() in a perf event's probe; refused
// where there are no registers, as sargN outside kprobe and uprobe.
func TestBuiltinsRegistersWhere(t *testing.T) {
	t.Parallel()
	r := runScript(t, `interval:ms:50 { printf("%d\n", reg("ip") > 0 && reg("sp") > 0); exit(); }`)
	if r.stdout != "Attaching 1 probe...\n1\n\n\n" {
		t.Errorf("reg() in interval: %q", r.stdout)
	}
	for script, want := range map[string]string{
		`tracepoint:syscalls:sys_enter_read { @ = reg("ip"); }`: `reg can not be used with "tracepoint" probes`,
		`profile:hz:99 { @ = sarg0; }`:                          "sarg0 is not available in profile probes: only in kprobe and uprobe",
		`interval:s:1 { @ = reg("foo"); }`:                      `"foo" is not a register on`,
	} {
		out, errOut, code := runGtrace(t, "-e", script)
		if code != 2 || out != "" || !strings.Contains(errOut, want) || !strings.Contains(errOut, "stdin:1:") {
			t.Errorf("%s: exit %d, stderr %q, want %q at its position", script, code, errOut, want)
		}
	}
}

// TestBuiltinsNamesFromParameters: kaddr() and cgroupid() take their name
// from a positional parameter, as str($1) or $1.
func TestBuiltinsNamesFromParameters(t *testing.T) {
	t.Parallel()
	e2eCase{
		script: `BEGIN { printf("%d\n", kaddr(str($1)) == kaddr("vfs_read")); exit(); }`,
		params: []string{"vfs_read"},
		want:   "Attaching 1 probe...\n1\n\n\n",
	}.check(t)
	// bpftrace 0.17 cannot take the cgroup root's id ("Value too large");
	// gtrace takes a path outside /sys/fs/cgroup from the v2 hierarchy's
	// root, so "/" is that root.
	mounts, err := host.CgroupMounts()
	if err != nil || len(mounts) == 0 || !mounts[0].V2 {
		t.Skipf("no cgroup v2 hierarchy here (%v)", err)
	}
	e2eCase{
		script: `BEGIN { printf("%d %d\n", kaddr($1) > 0, cgroupid(str($2)) == cgroupid("/")); exit(); }`,
		params: []string{"vfs_read", mounts[0].Dir},
		want:   "Attaching 1 probe...\n1 1\n\n\n",
	}.checkOnly(t)
}

// TestBuiltinsCgroupPath: a command in a cgroup made for the test is seen
// there by cgroup, cgroupid() and cgroup_path() (with and without a
// filter, printed and as a map value), as bpftrace sees it.
func TestBuiltinsCgroupPath(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	mounts, err := host.CgroupMounts()
	if err != nil || len(mounts) == 0 || !mounts[0].V2 {
		t.Skipf("no cgroup v2 hierarchy here (%v)", err)
	}
	name := fmt.Sprintf("gtrace-test-%d", os.Getpid())
	dir := filepath.Join(mounts[0].Dir, name)
	if err := os.Mkdir(dir, 0o755); err != nil && !os.IsExist(err) {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(dir) })
	// The command moves itself into the cgroup, then runs the workload.
	script := filepath.Join(t.TempDir(), "incgroup.sh")
	body := "echo $$ > " + filepath.Join(dir, "cgroup.procs") + "\nexec " + workloadPath(t) + " getpid 1\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{"-c", "/bin/sh " + script, "-e", `tracepoint:syscalls:sys_enter_getpid /pid == cpid && cgroup == cgroupid("` + dir + `")/ {
		printf("%s\n", cgroup_path(cgroup, "unified")); @ = cgroup_path(cgroup); @n[cgroup_path(cgroup, "uni*")] = count(); }`}
	r := run(t, runOpts{}, gtracePath(t), args...)
	checkResult(t, r, "Attaching 1 probe...\nunified:/"+name+"\n\n\n@: unified:/"+name+"\n@n[unified:/"+name+"]: 1\n")
	// bpftrace 0.17 stops at a cgroup_path() map key ("invalid mapkey
	// argument type"): compare without it.
	args[3] = strings.Replace(args[3], `@n[cgroup_path(cgroup, "uni*")] = count();`, "", 1)
	if !referenceMode() {
		compareArgs(t, args)
	}
}

// TestBuiltinsMacaddr: six bytes at a user address (printed, a map key
// and a value), and a kernel struct's six-byte array member.
func TestBuiltinsMacaddr(t *testing.T) {
	t.Parallel()
	wl := workloadPath(t)
	e2eCase{
		workload: "callstr ABCDEFGH 1",
		script:   `uprobe:` + wl + `:workload_str /pid == cpid/ { printf("%s\n", macaddr(arg0)); @[macaddr(arg0)] = count(); @v = macaddr(arg0); }`,
		want:     "Attaching 1 probe...\n41:42:43:44:45:46\n\n\n@[41:42:43:44:45:46]: 1\n@v: 41:42:43:44:45:46\n",
	}.check(t)
	// bpftrace warns "Addrspace is not set" on this one.
	e2eCase{
		script: `BEGIN { printf("%s\n", macaddr(((struct ethhdr *)0)->h_source)); exit(); }`,
		want:   "Attaching 1 probe...\n00:00:00:00:00:00\n\n\n",
	}.checkOnly(t)
}

// TestBuiltinsBuf: buf() of bytes that are not all printable, with a
// constant, a zero and a run-time length, printed with %r, %rx and %rh,
// by print() and as a map key and value, in text and JSON, as bpftrace
// prints them.
func TestBuiltinsBuf(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	// The workload's argument holds control bytes: a shell makes it.
	script := filepath.Join(t.TempDir(), "bytes.sh")
	body := `exec ` + workloadPath(t) + ` callstr "$(printf 'AB\001\177\n\tZ')" 1` + "\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	prog := `uprobe:` + workloadPath(t) + `:workload_str /pid == cpid/ {
		printf("%r|%rx|%rh|%r|\n", buf(arg0, 8), buf(arg0, 8), buf(arg0, 8), buf(arg0, 0));
		$n = 3; printf("%r|\n", buf(arg0, $n)); print(buf(arg0, 3));
		@j = buf(arg0, 8); @k[buf(arg0, 2)] = count(); }`
	for _, c := range []struct{ format, want string }{
		{"text", "Attaching 1 probe...\nAB\\x01\\x7f\\x0a\\x09Z\\x00|\\x41\\x42\\x01\\x7f\\x0a\\x09\\x5a\\x00|41 42 01 7f 0a 09 5a 00||\n" +
			"AB\\x01|\nAB\\x01\n\n\n@j: AB\\x01\\x7f\\x0a\\x09Z\\x00\n@k[AB]: 1\n"},
		{"json", `{"type": "attached_probes", "data": {"probes": 1}}` + "\n" +
			`{"type": "printf", "data": "AB\\x01\\x7f\\x0a\\x09Z\\x00|\\x41\\x42\\x01\\x7f\\x0a\\x09\\x5a\\x00|41 42 01 7f 0a 09 5a 00||\n"}` + "\n" +
			`{"type": "printf", "data": "AB\\x01|\n"}` + "\n" + `{"type": "value", "data": "AB\\x01"}` + "\n\n\n" +
			`{"type": "map", "data": {"@j": "AB\\x01\\x7f\\x0a\\x09Z\\x00"}}` + "\n" + `{"type": "map", "data": {"@k": {"AB": 1}}}` + "\n"},
	} {
		args := []string{"-f", c.format, "-c", "/bin/sh " + script, "-e", prog}
		r := run(t, runOpts{}, gtracePath(t), args...)
		checkResult(t, r, c.want)
		if !referenceMode() {
			compareArgs(t, args)
		}
	}
}

// TestBuiltinsCatLimit: cat() prints the first BPFTRACE_CAT_BYTES_MAX
// bytes of a file, 10240 by default, as bpftrace does.
func TestBuiltinsCatLimit(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	file := filepath.Join(t.TempDir(), "big.txt")
	data := []byte(strings.Repeat("0123456789abcdef\n", 1000)) // 17000 bytes
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	prog := `BEGIN { cat("` + file + `"); exit(); }`
	for _, c := range []struct {
		env  []string
		want int
	}{{nil, 10240}, {[]string{"BPFTRACE_CAT_BYTES_MAX=50"}, 50}} {
		r := run(t, runOpts{env: c.env}, gtracePath(t), "-e", prog)
		checkResult(t, r, "Attaching 1 probe...\n"+string(data[:c.want])+"\n\n")
		if !referenceMode() {
			ref := run(t, runOpts{env: c.env}, bpftracePath(t), "-e", prog)
			if ref.stdout != r.stdout {
				t.Errorf("with %q bpftrace printed %d bytes, gtrace %d", c.env, len(ref.stdout), len(r.stdout))
			}
		}
	}
}

// TestBuiltinsUaddr: uaddr() of a variable of a binary that is not
// position-independent (the workload) is its address, as bpftrace says;
// in one that is (bash), it moves with the process's load address, which
// the probe learns from its own instruction pointer.
func TestBuiltinsUaddr(t *testing.T) {
	t.Parallel()
	wl := workloadPath(t)
	e2eCase{
		workload: "call 1 1 1",
		script:   `uprobe:` + wl + `:workload_add /pid == cpid/ { printf("%lx\n", uaddr("workload_watched")); }`,
		want:     fmt.Sprintf("Attaching 1 probe...\n%x\n\n\n", elfSymbol(t, wl, "workload_watched")),
	}.check(t)
	bash := "/bin/bash"
	f, err := elf.Open(bash)
	if err != nil {
		t.Skipf("no %s: %v", bash, err)
	}
	pie := f.Type == elf.ET_DYN
	f.Close()
	if !pie {
		t.Skipf("%s is not position-independent", bash)
	}
	delta := elfSymbol(t, bash, "dist_version") - elfSymbol(t, bash, "main")
	r := runScript(t, fmt.Sprintf(`uprobe:%s:main /pid == cpid/ { printf("%%d %%d\n", uaddr("dist_version") - reg("ip") == %d, uaddr("dist_version") > 0x10000000); }`, bash, delta),
		"-c", bash+" -c true")
	if r.stdout != "Attaching 1 probe...\n1 1\n\n\n" {
		t.Errorf("uaddr in a PIE: %q", r.stdout)
	}
	if out, errOut, code := runGtrace(t, "-c", bash+" -c true", "-e", `uretprobe:`+bash+`:main { print(uaddr("dist_version")); }`); code != 1 || out != "" ||
		!strings.Contains(errOut, "a return probe does not know where the binary was loaded") {
		t.Errorf("uaddr in a uretprobe of a PIE: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// elfSymbol is the value of symbol name in the ELF file at path.
func elfSymbol(t *testing.T, path, name string) uint64 {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, read := range []func() ([]elf.Symbol, error){f.Symbols, f.DynamicSymbols} {
		syms, _ := read()
		for _, s := range syms {
			if s.Name == name && s.Value != 0 {
				return s.Value
			}
		}
	}
	t.Fatalf("%s has no symbol %s", path, name)
	return 0
}

// TestPton: pton() is an address's bytes as an array of uint8, printed,
// indexed, sized, used as a key and turned back into text by ntop(),
// as bpftrace 0.17 does.
func TestPton(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	args := []string{"-e", `BEGIN { $a = pton("127.0.0.1"); print($a); $b = pton("::1"); print($b);
	printf("%s %s\n", ntop($a), ntop($b)); print(pton("1.2.3.4")[1]); print(sizeof(pton("1.2.3.4")));
	@[pton("1.2.3.4")] = 1; exit(); }`}
	checkResult(t, run(t, runOpts{}, gtracePath(t), args...), "Attaching 1 probe...\n[127,0,0,1]\n[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]\n127.0.0.1 ::1\n2\n4\n\n\n@[[1,2,3,4]]: 1\n")
	if !referenceMode() {
		t.Run("bpftrace", func(t *testing.T) { compareArgs(t, args) })
	}
}
