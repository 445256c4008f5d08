package tests

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/runtime/host"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/internal/testenv"
)

// The tests of kprobes, kretprobes and fentry/fexit. This machine's
// kernel has neither kprobes nor BPF trampolines, so they skip here and
// run in the kernel matrix (make test-kernels) on Debian's 6.1 and 6.12,
// where a missing feature fails them. Their names start with TestKprobe or
// TestKfunc: that is how the matrix picks them.

func TestKprobeArgsAndRetval(t *testing.T) {
	testenv.RequireKprobes(t)
	e2eCase{
		workload: "write 3 10 , write 2 7",
		script: `kprobe:vfs_write /pid == cpid/ { @[func] = count(); @bytes = sum(arg2); }
			kretprobe:vfs_write /pid == cpid/ { @ret = sum(retval); }`,
		want: "Attaching 2 probes...\n\n\n@[vfs_write]: 5\n@bytes: 44\n@ret: 44\n",
	}.check(t)
}

// An offset inside the function: on x86-64 the first instruction of every
// traceable function is the 5-byte call to __fentry__, after a 4-byte
// endbr64 where the kernel is built for IBT.
func TestKprobeOffset(t *testing.T) {
	testenv.RequireKprobes(t)
	off := "5"
	if kernelConfig(t)["CONFIG_X86_KERNEL_IBT"] == "y" {
		off = "9"
	}
	e2eCase{
		workload: "write 3 10",
		script:   `kprobe:vfs_write+` + off + ` /pid == cpid/ { @[probe] = count(); @bytes = sum(arg2); }`,
		want:     "Attaching 1 probe...\n\n\n@[kprobe:vfs_write+" + off + "]: 3\n@bytes: 30\n",
	}.check(t)
}

// A wildcard attaches every matching function: through one kprobe_multi
// link each where the kernel has them (fprobe, 5.18), else a perf-event
// kprobe each. -q: how many functions match depends on the kernel.
func TestKprobeWildcard(t *testing.T) {
	testenv.RequireKprobes(t)
	e2eCase{
		workload: "write 2 1 , read 3 1",
		flags:    []string{"-q"},
		script:   `kprobe:vfs_writ*,kprobe:vfs_rea* /pid == cpid/ { @[func] = count(); }`,
		// The static workload's libc reads /proc/self/exe's link at start.
		want: "\n\n@[vfs_readlink]: 1\n@[vfs_write]: 2\n@[vfs_read]: 3\n",
	}.check(t)
}

// kprobe:MODULE:FUNCTION names a function of a module: ext4 is one on
// Debian's kernels, and GTRACE_SCRATCH an ext4 file system.
func TestKprobeModule(t *testing.T) {
	testenv.RequireKprobes(t)
	dir := scratchDir(t)
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "create "+filepath.Join(dir, "a")+" , create "+filepath.Join(dir, "b")),
		"-e", `kprobe:ext4:ext4_create /pid == cpid/ { @[func] = count(); }`)
	checkResult(t, r, "Attaching 1 probe...\n\n\n@[ext4_create]: 2\n")
}

// Functions the kernel forbids kprobes on (its blacklist) are refused
// where the script names them, and left out of wildcards and -l.
func TestKprobeBlacklisted(t *testing.T) {
	testenv.RequireKprobes(t)
	gtraceOnly(t)
	r := run(t, runOpts{}, gtracePath(t), "-e", `kprobe:do_int3 { @ = count(); }`)
	want := "stdin:1:1: kprobe: the kernel does not allow kprobes on do_int3 (it is in its kprobe blacklist)\n"
	if r.exit != 2 || !strings.HasPrefix(r.stderr, want) || r.stdout != "" {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s\nwant exit 2 and %q", r.exit, r.stdout, r.stderr, want)
	}
	r = run(t, runOpts{}, gtracePath(t), "-l", "kprobe:do_int*")
	if r.exit != 0 || strings.Contains(r.stdout, "kprobe:do_int3\n") {
		t.Errorf("-l kprobe:do_int*: exit %d, lists do_int3:\n%s%s", r.exit, r.stdout, r.stderr)
	}
}

// A function the kernel does not have fails before "Attaching N
// probes..."; beside other attach points it is skipped with a warning.
func TestKprobeMissingFunction(t *testing.T) {
	testenv.RequireKprobes(t)
	gtraceOnly(t)
	r := run(t, runOpts{}, gtracePath(t), "-e", `kprobe:gtrace_no_such_function { @ = count(); }`)
	want := "gtrace: kprobe:gtrace_no_such_function: the kernel has no function gtrace_no_such_function that a kprobe can attach to"
	if r.exit != 1 || r.stdout != "" || !strings.HasPrefix(r.stderr, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1, nothing attached, and %q", r.exit, r.stdout, r.stderr, want)
	}
	r = run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "read 2 1"),
		"-e", `kprobe:vfs_read,kprobe:gtrace_no_such_function /pid == cpid/ { @ = count(); }`)
	want = "WARNING: could not attach probe kprobe:gtrace_no_such_function, skipping: kprobe:gtrace_no_such_function: the kernel has no function"
	if r.exit != 0 || r.stdout != "Attaching 2 probes...\n\n\n@: 2\n" || !strings.HasPrefix(r.stderr, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want the warning %q", r.exit, r.stdout, r.stderr, want)
	}
}

// str() of a kprobe argument: the address says which memory it is in, a
// user string here.
func TestKprobeUserString(t *testing.T) {
	testenv.RequireKprobes(t)
	e2eCase{
		workload: "open /etc/hostname 2 , open /nonexistent 1",
		script:   `kprobe:do_sys_openat2 /pid == cpid/ { @[str(arg1)] = count(); }`,
		want:     "Attaching 1 probe...\n\n\n@[/nonexistent]: 1\n@[/etc/hostname]: 2\n",
		known:    []knownDiff{known("str() of a kprobe argument reads user memory at a user address (bpftrace 0.17 reads kernel memory: an empty string)", `^@\[`)},
	}.check(t)
}

// ... and a kernel string behind an untyped address: the struct
// filename of every open, and of the exec of the workload itself.
func TestKprobeKernelString(t *testing.T) {
	testenv.RequireKprobes(t)
	wl := workloadPath(t)
	e2eCase{
		workload: "open /etc/hostname 2",
		script:   `kprobe:do_filp_open /pid == cpid/ { @[str((uint64)((struct filename *)arg1)->name)] = count(); }`,
		want:     "Attaching 1 probe...\n\n\n@[" + wl + "]: 1\n@[/etc/hostname]: 2\n",
	}.check(t)
}

func TestKfuncArgsAndRetval(t *testing.T) {
	testenv.RequireTrampolines(t)
	e2eCase{
		workload: "write 3 10 , write 2 7",
		script: `kfunc:vfs_write /pid == cpid/ { @c = count(); @bytes = sum(args->count); }
			kretfunc:vfs_write /pid == cpid/ { @ret = sum(retval); @n = sum(args->count); }`,
		want: "Attaching 2 probes...\n\n\n@bytes: 44\n@c: 5\n@n: 44\n@ret: 44\n",
	}.check(t)
}

// fentry and fexit are kfunc and kretfunc, args.name is args->name, and
// func names the function (bpftrace 0.17 refuses func in kfuncs).
func TestKfuncFentrySpelling(t *testing.T) {
	testenv.RequireTrampolines(t)
	gtraceOnly(t)
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "read 4 8"),
		"-e", `fentry:vfs_read /pid == cpid/ { @c = sum(args.count); @[func] = count(); } fexit:vmlinux:vfs_read /pid == cpid/ { @r = sum(retval); }`)
	checkResult(t, r, "Attaching 2 probes...\n\n\n@[vfs_read]: 4\n@c: 32\n@r: 32\n")
}

// A char pointer argument without the `user` BTF tag: the address says
// it is a user string. bpftrace 0.17 reads it as kernel memory and prints
// an empty string.
func TestKfuncUserString(t *testing.T) {
	testenv.RequireTrampolines(t)
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "open /etc/hostname 2 , open /nonexistent 1"),
		"-e", `kfunc:do_sys_openat2 /pid == cpid/ { @[str(args->filename)] = count(); }`)
	checkResult(t, r, "Attaching 1 probe...\n\n\n@[/nonexistent]: 1\n@[/etc/hostname]: 2\n")
}

// path() of a struct path reached from fentry's arguments:
// security_file_open is one of the functions the kernel lets call
// bpf_d_path, and runs at each of the workload's opens (filp_close, the
// documentation's example, no longer runs at close(2) on 6.12). gtrace
// only: which path strings bpftrace 0.17 compares equal is not what this
// tests.
func TestKfuncPath(t *testing.T) {
	testenv.RequireTrampolines(t)
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "open /etc/hostname 2"),
		"-e", `kfunc:security_file_open /pid == cpid/ { $p = path(args->file->f_path); if ($p == "/etc/hostname") { @n = count(); } }`)
	checkResult(t, r, "Attaching 1 probe...\n\n\n@n: 2\n")
}

// skboutput writes the packets a probe sees to a pcap file (raw IP): here
// those the workload's connect transmits over loopback, past their
// Ethernet header. Every call that returned 0 wrote one packet; the first
// is the SYN to the port. gtrace only: bpftrace 0.17 writes its packets
// with the boot-time clock as their time.
func TestKfuncSkboutput(t *testing.T) {
	testenv.RequireTrampolines(t)
	file := filepath.Join(scratchDir(t), "out.pcap")
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "connect 127.0.0.1 40127"), "-e",
		`kfunc:__dev_queue_xmit /pid == cpid/ { @[skboutput("`+file+`", args->skb, args->skb->len, 14)] = count(); }`)
	m := regexp.MustCompile(`^Attaching 1 probe...\n\n\n@\[0\]: (\d+)\n$`).FindStringSubmatch(r.stdout)
	if r.exit != 0 || m == nil {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.exit, r.stdout, r.stderr)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 24 || binary.NativeEndian.Uint32(b) != 0xa1b2c3d4 || binary.NativeEndian.Uint32(b[20:]) != 101 {
		t.Fatalf("not a pcap file of raw IP packets: % x", b[:min(len(b), 24)])
	}
	var pkts [][]byte
	for rest := b[24:]; len(rest) >= 16; {
		n := int(binary.NativeEndian.Uint32(rest[8:]))
		if n > len(rest)-16 || int(binary.NativeEndian.Uint32(rest[12:])) != n {
			t.Fatalf("packet %d: a record of %d bytes in %d", len(pkts), n, len(rest)-16)
		}
		pkts = append(pkts, rest[16:16+n])
		rest = rest[16+n:]
	}
	if strconv.Itoa(len(pkts)) != m[1] {
		t.Errorf("%d packets in the file, %s sent", len(pkts), m[1])
	}
	syn := pkts[0]
	if len(syn) < 40 || syn[0] != 0x45 || syn[9] != 6 || !bytes.Equal(syn[16:20], []byte{127, 0, 0, 1}) ||
		binary.BigEndian.Uint16(syn[22:]) != 40127 || syn[33]&0x02 == 0 {
		t.Errorf("the first packet is not a TCP SYN to 127.0.0.1:40127: % x", syn)
	}
}

// override(rc) (--unsafe) makes the traced function return rc at once:
// here a system call, which is marked for error injection, so its exit
// tracepoint sees rc. Debian's kernels are built without
// CONFIG_BPF_KPROBE_OVERRIDE: there the error must say so, at override().
func TestKprobeOverride(t *testing.T) {
	testenv.RequireKprobes(t)
	args := []string{"--unsafe", "-c", workloadCmd(t, "getpid 2"), "-e",
		`kprobe:__x64_sys_getpid /pid == cpid/ { override(-1); } tracepoint:syscalls:sys_exit_getpid /pid == cpid/ { @[args->ret] = count(); }`}
	r := run(t, runOpts{}, gtracePath(t), args...)
	if kernelConfig(t)["CONFIG_BPF_KPROBE_OVERRIDE"] == "y" {
		checkResult(t, r, "Attaching 2 probes...\n\n\n@[-1]: 2\n")
		return
	}
	// (6.1 says "unknown func bpf_override_return#58", 6.12 "program of
	// this type cannot use helper bpf_override_return#58".)
	if r.exit != 1 || r.stdout != "" || !strings.HasPrefix(r.stderr, "stdin:1:41: kprobe:__x64_sys_getpid: the kernel's verifier rejected the program: ") ||
		!strings.Contains(r.stderr, "bpf_override_return#58: the kernel was built without CONFIG_BPF_KPROBE_OVERRIDE") {
		t.Errorf("override without CONFIG_BPF_KPROBE_OVERRIDE: exit %d, stdout %q, stderr %q", r.exit, r.stdout, r.stderr)
	}
}

// -l and -lv list what the kernel has, as bpftrace lists it, but for the
// functions of the kernel's kprobe blacklist, which gtrace leaves out.
func TestKprobeList(t *testing.T) {
	testenv.RequireKprobes(t)
	r := run(t, runOpts{}, gtracePath(t), "-l", "kprobe:vfs_rea*")
	if r.exit != 0 || !strings.Contains(r.stdout, "kprobe:vfs_read\n") {
		t.Fatalf("-l kprobe:vfs_rea*: exit %d\n%s%s", r.exit, r.stdout, r.stderr)
	}
	data, err := os.ReadFile("/sys/kernel/debug/kprobes/blacklist")
	if err != nil {
		t.Fatal(err)
	}
	refused := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) == 2 {
			refused["kprobe:"+f[1]] = true
		}
	}
	compareList(t, func(l string) bool { return refused[l] }, "-l", "kprobe:*")
}

func TestKfuncList(t *testing.T) {
	testenv.RequireTrampolines(t)
	r := run(t, runOpts{}, gtracePath(t), "-lv", "kfunc:vfs_read")
	want := "kfunc:vmlinux:vfs_read\n    struct file * file\n    char * buf\n    size_t count\n    loff_t * pos\n    ssize_t retval\n"
	if r.exit != 0 || r.stdout != want {
		t.Errorf("-lv kfunc:vfs_read: exit %d\n%s", r.exit, lineDiff("want", want, "got", r.stdout))
	}
	compareList(t, nil, "-lv", "kfunc:vfs_read")
	// The kernel's own functions (bpftrace lists modules' too,
	// kfunc:ext4:...) that take at most 6 arguments: bpftrace 0.17 lists
	// no others, gtrace those the kernel's trampolines take (12 on x86-64
	// since 6.4).
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		t.Fatal(err)
	}
	compareList(t, func(l string) bool {
		var fn *btf.Func
		if spec.TypeByName(strings.TrimPrefix(l, "kfunc:vmlinux:"), &fn) != nil {
			return false
		}
		proto, ok := fn.Type.(*btf.FuncProto)
		return ok && len(proto.Params) > 6
	}, "-l", "kfunc:vmlinux:*")
}

// compareList compares a listing with bpftrace's, but for the lines that
// drop says only one of them lists.
func compareList(t *testing.T, drop func(line string) bool, args ...string) {
	t.Helper()
	if referenceMode() {
		return
	}
	t.Run("bpftrace", func(t *testing.T) {
		bpftracePath(t)
		ref, refErr, refExit := runBpftrace(t, args...)
		got, _, _ := runGtrace(t, args...)
		if refExit != 0 {
			t.Fatalf("bpftrace %s: exit %d\n%s", quoteArgs(args), refExit, refErr)
		}
		keep := func(out string) string {
			if drop == nil {
				return out
			}
			var kept []string
			for _, l := range strings.SplitAfter(out, "\n") {
				if !drop(strings.TrimSuffix(l, "\n")) {
					kept = append(kept, l)
				}
			}
			return strings.Join(kept, "")
		}
		if ref, got = keep(ref), keep(got); ref != got {
			t.Errorf("gtrace and bpftrace differ for %s\n%s", quoteArgs(args), lineDiff("bpftrace", ref, "gtrace", got))
		}
	})
}

// --info says what the kernel has.
func TestKprobeInfo(t *testing.T) {
	testenv.RequireKprobes(t)
	testenv.RequireTrampolines(t)
	gtraceOnly(t)
	r := run(t, runOpts{}, gtracePath(t), "--info")
	multi := "  kprobe_multi links: no ("
	if kernelSymbol(t, "register_fprobe") {
		multi = "  kprobe_multi links: yes\n"
	}
	for _, line := range []string{"  kprobe: yes\n", "  kretprobe: yes\n", "  fentry (kfunc): yes\n", "  fexit (kretfunc): yes\n", multi} {
		if !strings.Contains(r.stdout, line) {
			t.Errorf("--info has no line %q:\n%s", line, r.stdout)
		}
	}
}

// The jobs users bring, each an example script, with exact output.

// createsnoop: the created files' full paths, across the mount points of
// the scratch file system and of /tmp.
func TestKprobeJobCreatedFiles(t *testing.T) {
	testenv.RequireKprobes(t)
	dirs := []string{t.TempDir(), scratchDir(t)}
	var steps, want []string
	for i, d := range dirs {
		sub := filepath.Join(d, "sub")
		if err := os.Mkdir(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		steps = append(steps, "create "+filepath.Join(sub, "new"+string(rune('a'+i))))
		want = append(want, pad("workload", 16)+" "+filepath.Join(sub, "new"+string(rune('a'+i))))
	}
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, strings.Join(steps, " , ")), examplePath(t, "createsnoop.bt"))
	r.stdout = dropPIDs(r.stdout)
	// At exit: the emptied @name map, a blank line.
	checkResult(t, r, "Attaching 2 probes...\nPID     COMM             PATH\n"+lines(want...)+"\n\n\n")
}

// listensnoop: port, backlog and network namespace of each listen.
func TestKprobeJobListen(t *testing.T) {
	testenv.RequireKprobes(t)
	netns, err := os.Readlink("/proc/self/ns/net") // net:[4026531840]
	if err != nil {
		t.Fatal(err)
	}
	inum := strings.TrimSuffix(strings.TrimPrefix(netns, "net:["), "]")
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "listen 40123 7 , listen 40124 128"), examplePath(t, "listensnoop.bt"))
	r.stdout = dropPIDs(r.stdout)
	row := func(port, backlog string) string {
		return pad("workload", 16) + " " + pad(inum, 10) + " " + pad(port, 5) + " " + backlog
	}
	checkResult(t, r, "Attaching 2 probes...\nPID     COMM             NETNS      PORT  BACKLOG\n"+
		lines(row("40123", "7"), row("40124", "128"))+"\n\n")
}

// tcpconnlat: connects counted by result, one refused at once (no route
// to 10.0.0.0/8 in the guests) and one sent.
func TestKprobeJobConnect(t *testing.T) {
	testenv.RequireKprobes(t)
	r := run(t, runOpts{}, gtracePath(t), "-c", workloadCmd(t, "connect 127.0.0.1 40125 , connect 10.1.2.3 80 , connect 127.0.0.1 40125"),
		examplePath(t, "tcpconnlat.bt"))
	if r.exit != 0 {
		t.Fatalf("exit %d\n%s", r.exit, r.stderr)
	}
	// The histogram's bucket depends on the machine's speed.
	got := regexp.MustCompile(`(?s)@usecs: \n.*?\n\n`).ReplaceAllString(r.stdout, "@usecs: ...\n\n")
	want := "Attaching 3 probes...\n\n\n@connects: 3\n@result[-101]: 1\n@result[0]: 2\n\n@usecs: ...\n\n"
	if got != want {
		t.Errorf("stdout differs\n%s\nstderr:\n%s", lineDiff("want", want, "got", got), r.stderr)
	}
}

// examplePath is an example script of examples/.
func examplePath(t *testing.T, name string) string {
	t.Helper()
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(root, "examples", name)
}

// scratchDir is a new directory on the ext4 file system the kernel
// matrix gives its guests (GTRACE_SCRATCH).
func scratchDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("GTRACE_SCRATCH")
	if dir == "" {
		if testenv.Kernel() != "" {
			t.Fatal("the kernel matrix sets GTRACE_SCRATCH")
		}
		t.Skip("needs an ext4 directory in GTRACE_SCRATCH, as the kernel matrix gives")
	}
	d, err := os.MkdirTemp(dir, "gtrace-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}

// dropPIDs removes the pid that starts each line of an example's table.
func dropPIDs(out string) string {
	return regexp.MustCompile(`(?m)^[0-9]+ +`).ReplaceAllString(out, "")
}

// kernelConfig is the running kernel's build configuration (the kernel
// matrix names its file in GTRACE_KERNEL_CONFIG).
func kernelConfig(t *testing.T) map[string]string {
	t.Helper()
	cfg, _, err := host.KernelConfig()
	if err != nil {
		t.Skipf("the kernel's configuration is not readable: %v", err)
	}
	return cfg
}

// kernelSymbol says whether /proc/kallsyms has the symbol.
func kernelSymbol(t *testing.T, name string) bool {
	t.Helper()
	data, err := os.ReadFile("/proc/kallsyms")
	if err != nil {
		t.Fatal(err)
	}
	return regexp.MustCompile(`(?m) ` + regexp.QuoteMeta(name) + `$`).Match(data)
}

func lines(l ...string) string { return strings.Join(l, "\n") + "\n" }

func pad(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len(s))) }

// TestKprobeOrderOnOneFunction: kprobes and kretprobes sharing a function
// run in script order, as bpftrace runs them; fentry too.
func TestKprobeOrderOnOneFunction(t *testing.T) {
	testenv.RequireKprobes(t)
	k := `kprobe:vfs_write /pid == cpid/ `
	kr := `kretprobe:vfs_write /pid == cpid/ `
	e2eCase{
		workload: "write 1 10",
		script: k + `{ printf("a\n"); } ` + kr + `{ printf("ra\n"); } ` + k + `{ printf("b\n"); } ` + kr + `{ printf("rb\n"); } ` +
			k + `{ printf("c\n"); }`,
		want: "Attaching 5 probes...\na\nb\nc\nra\nrb\n\n\n",
	}.check(t)
}
