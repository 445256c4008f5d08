package tests

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// Tracing stops within a second of being asked, whatever the load: the
// event loop returns after the event it is handling, the probes are
// detached, what is left in the ring is printed for at most 300 ms (the
// rest reported lost), END runs and the maps are printed.

// stopLimit is the promise: from the signal (or exit()) to gtrace's exit.
const stopLimit = time.Second

// flood prints an event for every system call on the machine, its own
// writes included: the ring is never empty.
const flood = `tracepoint:raw_syscalls:sys_enter { printf("%d %s\n", pid, comm); @c = count(); } END { printf("end\n"); }`

// startTracing starts gtrace with its stdout in a file and waits until it
// has attached its probes.
func startTracing(t *testing.T, stdout string, args ...string) *exec.Cmd {
	t.Helper()
	out, err := os.Create(stdout)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var stderr bytes.Buffer
	cmd := exec.Command(gtracePath(t), args...)
	cmd.Stdout, cmd.Stderr = out, &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	// "Attaching N probes..." comes first; on /dev/null, wait a while.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if stdout == os.DevNull {
			time.Sleep(time.Second)
			return cmd
		}
		if b, _ := os.ReadFile(stdout); bytes.HasPrefix(b, []byte("Attaching")) {
			time.Sleep(500 * time.Millisecond) // under load
			return cmd
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("gtrace did not attach in 10 s; stderr:\n%s", stderr.String())
	return nil
}

// stopped waits for cmd to exit after it was asked to stop at since.
func stopped(t *testing.T, cmd *exec.Cmd, since time.Time) time.Duration {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("gtrace: %v", err)
		}
		return time.Since(since)
	case <-time.After(30 * time.Second):
		t.Fatalf("gtrace did not stop in 30 s")
		return 0
	}
}

// endAndMaps checks that the output ends with END's line and the map.
func endAndMaps(t *testing.T, file string) {
	t.Helper()
	if file == os.DevNull {
		return
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`\nend\n(Lost \d+ events\n)?\n\n@c: \d+\n$`).Match(b) {
		tail := b[max(0, len(b)-200):]
		t.Errorf("the output does not end with END's line and the map:\n...%s", tail)
	}
}

func TestStopSIGINTUnderFlood(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t)
	for _, out := range []string{filepath.Join(t.TempDir(), "out"), os.DevNull} {
		t.Run(filepath.Base(out), func(t *testing.T) {
			cmd := startTracing(t, out, "-e", flood)
			start := time.Now()
			cmd.Process.Signal(syscall.SIGINT)
			if d := stopped(t, cmd, start); d > stopLimit {
				t.Errorf("stopped %v after SIGINT, more than %v", d, stopLimit)
			}
			endAndMaps(t, out)
		})
	}
}

// system() runs its command as its event is handled, a few milliseconds
// each: here every system call of a shell asks for another shell, so the
// ring fills with them, and a stop must not wait to run them all.
func TestStopSIGINTUnderSystemFlood(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t)
	out := filepath.Join(t.TempDir(), "out")
	cmd := startTracing(t, out, "--unsafe", "-e", `tracepoint:raw_syscalls:sys_enter /comm == "sh"/ { system("true"); @c = count(); } END { printf("end\n"); }`)
	if err := exec.Command("/bin/sh", "-c", "true").Run(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	start := time.Now()
	cmd.Process.Signal(syscall.SIGINT)
	if d := stopped(t, cmd, start); d > stopLimit {
		t.Errorf("stopped %v after SIGINT, more than %v", d, stopLimit)
	}
	endAndMaps(t, out)
	if b, _ := os.ReadFile(out); !regexp.MustCompile(`\nLost \d+ events\n`).Match(b) {
		t.Errorf("the shells left in the ring are not reported lost:\n%s", b[max(0, len(b)-200):])
	}
}

// A busy -c command whose every system call the probe counts: no events,
// but a stop must not wait for the command's load to end.
func TestStopSIGINTUnderFilteredLoad(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t)
	out := filepath.Join(t.TempDir(), "out")
	cmd := startTracing(t, out, "-c", workloadCmd(t, "getppid 1000000000"),
		"-e", `tracepoint:raw_syscalls:sys_enter /pid == cpid/ { @c = count(); } END { printf("end\n"); }`)
	start := time.Now()
	cmd.Process.Signal(syscall.SIGINT)
	if d := stopped(t, cmd, start); d > stopLimit {
		t.Errorf("stopped %v after SIGINT, more than %v", d, stopLimit)
	}
	endAndMaps(t, out)
}

// exit() under the flood: its event waits behind a full ring, or is lost
// to it; either way tracing ends at once.
func TestStopExitUnderFlood(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t)
	out := filepath.Join(t.TempDir(), "out")
	script := strings.Replace(flood, "END", "interval:ms:700 { exit(); } END", 1)
	start := time.Now()
	cmd := startTracing(t, out, "-e", script)
	// exit() runs 700 ms after the probes are attached, which is about
	// when startTracing returns.
	if d := stopped(t, cmd, start); d > 700*time.Millisecond+stopLimit+500*time.Millisecond {
		t.Errorf("ran %v with exit() at 700 ms: more than %v to stop", d, stopLimit)
	}
	endAndMaps(t, out)
}

// TestSIGUSR1PrintsMaps: SIGUSR1 prints every map and tracing goes on, as
// in bpftrace; the maps print again at the end. want is bpftrace 0.17's
// output for the same script and signal, taken by hand.
func TestSIGUSR1PrintsMaps(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	maps := "@a: 1\n@b[2]: 3\n@h: \n[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n"
	want := "Attaching 2 probes...\n" + maps + "\n\n" + maps
	file := filepath.Join(t.TempDir(), "out")
	cmd := startTracing(t, file, "-e", `BEGIN { @a = 1; @b[2] = 3; @h = hist(5); } interval:ms:2500 { exit(); }`)
	if err := cmd.Process.Signal(syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	stopped(t, cmd, time.Now())
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != want {
		t.Errorf("after SIGUSR1:\n%s", lineDiff("want", want, "gtrace", string(b)))
	}
}
