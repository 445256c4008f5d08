package tests

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// bpftrace's own tools, as Debian's bpftrace package installs them in
// /usr/sbin, that need kprobes or a disk: in the kernel matrix's guests
// (an ext4 scratch disk, a swap disk, cgroup v2) each runs under bpftrace
// and under gtrace on the same load, and gtrace must do what bpftrace
// does there: print the same banner, exit as it does, and see events
// when it sees them. docs/development.md has the table of these tools.

// toolCase is one tool.
type toolCase struct {
	name string
	// load is the shell script run with -c: it makes the events the tool
	// traces ($S is the scratch directory, $W the workload).
	load string
	// events matches the output once the tool has seen an event.
	events string
	// refused, when set, is what gtrace still says of the tool, and why
	// it cannot run yet (the issue that will lift it): the test checks
	// that it still does, so that the table stays true.
	refused string
	// better, when set, is what bpftrace gets wrong and gtrace does not:
	// only gtrace's result is checked.
	better string
}

const (
	diskLoad = `dd if=/dev/zero of=$S/f bs=64k count=32 oflag=direct status=none
dd if=/dev/zero of=$S/g bs=64k count=32 status=none
sync
dd if=$S/f of=/dev/null bs=64k iflag=direct status=none
rm -f $S/f $S/g
sync
`
	// memLoad runs perl in a cgroup of 32 MiB with a 96 MiB string; with
	// swap ($SWAP=max) it swaps out and back in, without it is OOM killed.
	memLoad = `cg=/sys/fs/cgroup/gtrace-mem-$$
echo +memory > /sys/fs/cgroup/cgroup.subtree_control
mkdir $cg
echo 32M > $cg/memory.max
echo $SWAP > $cg/memory.swap.max
sh -c "echo \$\$ > $cg/cgroup.procs; exec perl -e '\$x = \"a\" x (96 << 20); \$x =~ tr/a/b/;'" 2>/dev/null
rmdir $cg
`
	tcpLoad = `$W serve 40300 3
`
	// unixLoad sends a string through a pair of UNIX stream sockets.
	unixLoad = `perl -e 'use Socket; socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, 0) or die; syswrite($a, "gtrace-unix-data"); sysread($b, my $x, 64);'
`
)

var tools = []toolCase{
	{name: "biolatency", load: diskLoad, events: `(?m)^\[\d+`},
	{name: "biosnoop", load: diskLoad, events: `(?m)^\d+ +vd[a-z] `},
	{name: "biostacks", load: diskLoad, events: `(?m)^@usecs\[`},
	{name: "bitesize", load: diskLoad, events: `(?m)^@\[`},
	{name: "capable", load: "chroot / true\n", events: `CAP_SYS_CHROOT`},
	{name: "dcsnoop", load: "ls /usr/share/doc > /dev/null\n", events: `(?m)^\d+ +\d+ +\S+ +[RM] \S`},
	// *$addr reads a uint64 (loads); a script's own struct cfs_rq is
	// left out by #ifndef BPFTRACE_HAVE_BTF, the kernel's read (runqlen).
	{name: "loads", load: "sleep 1.2\n", events: `(?m)^\d\d:\d\d:\d\d load averages: \d+\.\d{3} \d+\.\d{3} \d+\.\d{3}$`},
	{name: "runqlen", load: "sleep 0.5\n", events: `(?m)^\[0, 1\) +\d+`},
	{name: "mdflush", load: diskLoad, events: `(?m)^\d\d:\d\d:\d\d `},
	{name: "oomkill", load: "SWAP=0\n" + memLoad, events: `OOM kill of PID`},
	{name: "swapin", load: "SWAP=max\n" + memLoad, events: `(?m)^@\[`},
	// AF_INET from gtrace's table of header macros, TCP_FIN_WAIT1 from
	// the kernel's enums.
	{name: "tcpaccept", load: tcpLoad, events: `(?m) workload +127\.0\.0\.1 +\d+ +127\.0\.0\.1 +40300 `},
	{name: "tcpconnect", load: tcpLoad, events: `(?m) workload +127\.0\.0\.1 +\d+ +127\.0\.0\.1 +40300`},
	{name: "tcplife", load: tcpLoad, events: `(?m)^\d+ +workload +127\.0\.0\.1 `},
	{name: "tcpretrans", load: tcpLoad, events: `(?m)^\d\d:\d\d:\d\d +\d+ +\S+:\d+`}, // none on loopback
	{name: "tcpsynbl", load: tcpLoad, events: `(?m)^@backlog\[\d+\]:`},
	{name: "undump", load: unixLoad, events: `(?m)^\d\d:\d\d:\d\d perl +\d+ +16 +gtrace-unix-data$`},
	{name: "vfscount", load: "ls /usr/bin > /dev/null\n", events: `(?m)^@\[vfs_read\]`},
	{name: "vfsstat", load: "ls /usr/bin > /dev/null\nsleep 1.5\n", events: `(?m)^@\[vfs_(read|write|open)`,
		better: "bpftrace 0.17 cannot attach its kprobe:vfs_write* through kprobe_multi"},
	{name: "writeback", load: diskLoad, events: `(?m)^\d\d:\d\d:\d\d +\d+:\d+ +\d+`},
	{name: "xfsdist", load: diskLoad, events: `(?m)^\[\d+`},
}

// toolResult is what one tracer did with a tool.
type toolResult struct {
	r      result
	events bool
}

func (t toolResult) String() string {
	switch {
	case t.r.exit != 0:
		return fmt.Sprintf("fails (exit %d): %s", t.r.exit, firstLine(t.r.stderr))
	case t.events:
		return "runs, sees events"
	}
	return "runs, sees no event"
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "WARNING") {
			return l
		}
	}
	return strings.TrimSpace(s)
}

func TestKprobeTools(t *testing.T) {
	testenv.RequireKprobes(t)
	gtraceOnly(t)
	bpftracePath(t)
	scratch := scratchDir(t)
	dir := t.TempDir()
	for _, tc := range tools {
		t.Run(tc.name, func(t *testing.T) { checkTool(t, tc, dir, scratch) })
	}
}

// hostTools are bpftrace's tools that need nothing this machine's kernel
// lacks (tracepoints, BEGIN and END): they run here, as the kernel
// matrix runs the others.
var hostTools = []toolCase{
	// The pointers of naptime's args are typed from BTF. Its line for
	// perl may follow another event's time() (events of two CPUs
	// interleave in the one ring, and every process's nanosleep is
	// traced): the pattern looks at the line's end.
	{name: "naptime", load: `perl -e '$t = pack("qq", 0, 200000000); syscall(35, $t, 0)'` + "\n", events: `(?m) \d+ +perl +0\.200$`},
	{name: "runqlat", load: "sleep 0.5\n", events: `(?m)^\[\d+`,
		better: "bpftrace 0.17 hands its #include <linux/sched.h> to clang, which fails on this machine's headers (unknown type __aligned_u64)"},
}

func TestTracepointTools(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t)
	bpftracePath(t)
	dir := t.TempDir()
	for _, tc := range hostTools {
		t.Run(tc.name, func(t *testing.T) { checkTool(t, tc, dir, dir) })
	}
}

// checkTool runs one tool under bpftrace and under gtrace, with its load
// under -c, and compares what they did.
func checkTool(t *testing.T, tc toolCase, dir, scratch string) {
	file := "/usr/sbin/" + tc.name + ".bt"
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("bpftrace's package has no %s: %v", file, err)
	}
	load := filepath.Join(dir, tc.name+".sh")
	script := "S=" + scratch + "\nW=" + workloadPath(t) + "\n" + tc.load
	if err := os.WriteFile(load, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{"-c", "/bin/sh " + load, file}
	if tc.refused != "" {
		r := run(t, runOpts{}, gtracePath(t), "--dry-run", file)
		if r.exit != 2 || !strings.Contains(r.stderr, tc.refused) {
			t.Errorf("gtrace no longer refuses %s with %q (exit %d):\n%s\nrun it in this test and update docs/development.md's table",
				tc.name, tc.refused, r.exit, r.stderr)
		}
		t.Logf("TOOL %s | gtrace refuses it: %s", tc.name, tc.refused)
		return
	}
	trace := func(bin string) toolResult {
		r := run(t, runOpts{timeout: 90 * time.Second}, bin, args...)
		return toolResult{r, r.exit == 0 && regexp.MustCompile(tc.events).MatchString(r.stdout)}
	}
	ref, got := trace(bpftracePath(t)), trace(gtracePath(t))
	t.Logf("TOOL %s | bpftrace %s | gtrace %s", tc.name, ref, got)
	if tc.better != "" {
		if got.r.exit != 0 || !got.events {
			t.Errorf("gtrace %s, where it should run and see events (%s)\nstdout:\n%s\nstderr:\n%s", got, tc.better, got.r.stdout, got.r.stderr)
		}
		return
	}
	if (got.r.exit == 0) != (ref.r.exit == 0) || got.events != ref.events {
		t.Errorf("bpftrace %s; gtrace %s\ngtrace's stdout:\n%s\nstderr:\n%s\nbpftrace's stdout:\n%s\nstderr:\n%s",
			ref, got, got.r.stdout, got.r.stderr, ref.r.stdout, ref.r.stderr)
	}
	// The banner BEGIN prints, after "Attaching N probes...".
	if b, g := banner(ref.r.stdout), banner(got.r.stdout); ref.r.exit == 0 && b != g {
		t.Errorf("banner differs:\nbpftrace: %q\ngtrace:   %q", b, g)
	}
}

// banner is the output's second line, with its numbers left out (a tool
// without a BEGIN banner starts with an event's time).
func banner(out string) string {
	lines := strings.SplitN(out, "\n", 3)
	if len(lines) < 2 {
		return ""
	}
	return regexp.MustCompile(`[0-9]+`).ReplaceAllString(lines[1], "N")
}

// TestSSLTools: bpftrace's threadsnoop, sslsnoop and ssllatency start as
// bpftrace starts them on this libc (probes on functions the libraries
// lack are left out, with a warning: bpftrace leaves them out silently),
// printing what bpftrace prints; sslsnoop and ssllatency then trace a TLS
// handshake between openssl's own client and server on loopback.
func TestSSLTools(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("no openssl command to make TLS traffic")
	}
	dir := t.TempDir()
	load := filepath.Join(dir, "tls.sh")
	port := 19100 + os.Getpid()%800 // clear of the other tests' ports (18907, 40123...)
	script := fmt.Sprintf(`O=%s
D=%s
$O req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout $D/k.pem -out $D/c.pem -days 1 -subj /CN=gtrace 2>/dev/null
$O s_server -accept 127.0.0.1:%d -cert $D/c.pem -key $D/k.pem -naccept 1 -quiet >/dev/null 2>&1 &
sleep 0.5
echo | $O s_client -connect 127.0.0.1:%d >/dev/null 2>&1
wait
`, openssl, dir, port, port)
	if err := os.WriteFile(load, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		tool string
		want *regexp.Regexp // in gtrace's output, under the load
	}{
		{"threadsnoop", regexp.MustCompile(`^Attaching 1 probe\.\.\.\nTIME\(ms\) +PID +COMM +FUNC\n`)},
		{"sslsnoop", regexp.MustCompile(`(?m)^\d+ +\d+ +openssl +\d+ +-?\d+ SSL_(read|write)$`)},
		{"ssllatency", regexp.MustCompile(`(?m)^@histF?\[SSL_(read|write)\]: \n\[`)},
	} {
		t.Run(c.tool, func(t *testing.T) {
			file := "/usr/sbin/" + c.tool + ".bt"
			if _, err := os.Stat(file); err != nil {
				t.Skipf("bpftrace's package has no %s", file)
			}
			// Started alone, gtrace prints what bpftrace prints.
			quiet := []string{"-c", workloadPath(t) + " sleep 200", file}
			g := run(t, runOpts{}, gtracePath(t), quiet...)
			if g.exit != 0 {
				t.Fatalf("gtrace %s: exit %d\n%s", c.tool, g.exit, g.stderr)
			}
			if !referenceMode() {
				if b := run(t, runOpts{}, bpftracePath(t), quiet...); b.stdout != g.stdout {
					t.Errorf("idle, gtrace and bpftrace differ:\n%s", lineDiff("bpftrace", b.stdout, "gtrace", g.stdout))
				}
			}
			r := run(t, runOpts{timeout: 60 * time.Second}, gtracePath(t), "-c", "/bin/sh "+load, file)
			if r.exit != 0 || !c.want.MatchString(r.stdout) {
				t.Errorf("under TLS traffic: exit %d, output lacks %s:\n%s\nstderr:\n%s", r.exit, c.want, r.stdout, r.stderr)
			}
		})
	}
}
