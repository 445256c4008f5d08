package tests

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
	"golang.org/x/sys/unix"
)

// The prompt, driven through a pseudo-terminal as a user would drive it.

// ptyPair opens a pseudo-terminal: the master for the test, the slave for
// gtrace's stdin, stdout and stderr.
func ptyPair(t *testing.T) (master, slave *os.File) {
	t.Helper()
	fd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	master = os.NewFile(uintptr(fd), "/dev/ptmx")
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatalf("unlock pty: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatalf("pty number: %v", err)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open pty slave: %v", err)
	}
	unix.IoctlSetWinsize(int(slave.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 40, Col: 200})
	return master, slave
}

// promptSession is gtrace running on a pseudo-terminal.
type promptSession struct {
	t      *testing.T
	cmd    *exec.Cmd
	master *os.File
	mu     sync.Mutex
	buf    strings.Builder
	mark   int // expect looks at the output after this offset
	done   chan struct{}
}

func startPrompt(t *testing.T, home string, args ...string) *promptSession {
	t.Helper()
	master, slave := ptyPair(t)
	cmd := exec.Command(gtracePath(t), args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = append(os.Environ(), "HOME="+home, "TERM=xterm")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	s := &promptSession{t: t, cmd: cmd, master: master, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		b := make([]byte, 4096)
		for {
			n, err := master.Read(b)
			s.mu.Lock()
			s.buf.Write(b[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		master.Close()
	})
	return s
}

func (s *promptSession) send(text string) {
	s.t.Helper()
	if _, err := s.master.Write([]byte(text)); err != nil {
		s.t.Fatalf("write to the prompt: %v", err)
	}
}

// expect waits for want in the output since the last expect and moves the
// mark past it.
func (s *promptSession) expect(want string) {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s.mu.Lock()
		all := s.buf.String()
		s.mu.Unlock()
		if i := strings.Index(all[s.mark:], want); i >= 0 {
			s.mark += i + len(want)
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the prompt did not print %q; output since the last match:\n%q", want, all[s.mark:])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// since returns the output after the mark, without moving it.
func (s *promptSession) since() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()[s.mark:]
}

func (s *promptSession) wait() int {
	s.t.Helper()
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		s.t.Fatalf("the prompt did not exit; output:\n%q", s.since())
	}
	err := s.cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return 0
}

func TestREPL(t *testing.T) {
	testenv.RequireBPF(t)
	gtraceOnly(t)
	home := t.TempDir()
	s := startPrompt(t, home)
	s.expect("gtrace> ")

	// A one-line program runs to exit() and prints its maps.
	s.send(`BEGIN { printf("one line\n"); @first = count(); exit(); }` + "\r")
	s.expect("Attaching 1 probe...")
	s.expect("one line")
	s.expect("@first: 1")
	s.expect("gtrace> ")

	// A multi-line program: the prompt continues until the braces balance.
	s.send("BEGIN {\r")
	s.expect("..")
	s.send(`  printf("multi %d\n", 2);` + "\r")
	s.expect("..")
	s.send("  @second[7] = count(); exit();\r")
	s.expect("..")
	s.send("}\r")
	s.expect("multi 2")
	s.expect("@second[7]: 1")
	s.expect("gtrace> ")

	// An error shows with its caret, and the prompt survives it.
	s.send("BEGIN { @x = ; }\r")
	s.expect("repl:1:14: syntax error")
	s.expect("BEGIN { @x = ; }")
	s.expect("^")
	s.expect("gtrace> ")

	// Ctrl-C stops a running program, not the prompt.
	s.send("interval:ms:50 { @ticks = count(); }\r")
	s.expect("Attaching 1 probe...")
	time.Sleep(500 * time.Millisecond)
	s.send("\x03")
	s.expect("@ticks: ")
	s.expect("gtrace> ")

	// Completion: tracepoint categories and events, builtins, the
	// session's maps. Ctrl-C at the prompt clears the line.
	s.send("tracepoint:sch\t")
	s.expect("ed:")
	s.send("sched_process_fo\t")
	s.expect("rk")
	s.send("\x03")
	s.expect("gtrace> ")
	s.send("@sec\t")
	s.expect("ond")
	s.send("\x03")
	s.expect("gtrace> ")
	s.send("BEGIN { printf(\"%s\\n\", com\t")
	s.expect("m")
	s.send("); exit(); }\r")
	s.expect("gtrace\r\n")
	s.expect("gtrace> ")

	// Commands.
	s.send(":probes tracepoint:sched:sched_process_fo*\r")
	s.expect("tracepoint:sched:sched_process_fork\r\n")
	s.expect("gtrace> ")
	s.send(":help\r")
	s.expect(":probes PATTERN")
	s.expect("gtrace> ")
	s.send(":nope\r")
	s.expect("unknown command :nope")
	s.expect("gtrace> ")

	// Ctrl-D leaves.
	s.send("\x04")
	if code := s.wait(); code != 0 {
		t.Errorf("exit status %d after Ctrl-D", code)
	}

	// The history is in $HOME/.gtrace_history, a multi-line entry on one
	// line, and the next session reads it back.
	hist, err := os.ReadFile(filepath.Join(home, ".gtrace_history"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`BEGIN { printf("one line\n"); @first = count(); exit(); }`,
		`BEGIN { printf("multi %d\n", 2); @second[7] = count(); exit(); }`, ":help"} {
		if !strings.Contains(string(hist), want+"\n") {
			t.Errorf("history lacks %q:\n%s", want, hist)
		}
	}
	s = startPrompt(t, home)
	s.expect("gtrace> ")
	s.send("\x1b[A\x1b[A\x1b[A\x1b[A") // Up four times: back past :nope, :help and :probes
	s.expect(`printf("%s\n", comm)`)
	s.send("\r")
	s.expect("gtrace\r\n")
	s.expect("gtrace> ")
	s.send(":quit\r")
	if code := s.wait(); code != 0 {
		t.Errorf("exit status %d after :quit", code)
	}

	// SIGTERM closes the prompt, while a program runs or at the prompt.
	s = startPrompt(t, home)
	s.expect("gtrace> ")
	s.send("interval:ms:50 { @t = count(); }\r")
	s.expect("Attaching 1 probe...")
	time.Sleep(300 * time.Millisecond)
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.expect("@t: ")
	s.wait()
	s = startPrompt(t, home)
	s.expect("gtrace> ")
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.wait()
}

// TestREPLPipe drives -i without a terminal: programs are read line by
// line, which makes the prompt scriptable; there is no banner and nothing
// goes into the history.
func TestREPLPipe(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	gtraceOnly(t)
	home := t.TempDir()
	r := run(t, runOpts{stdin: "BEGIN {\n printf(\"piped\\n\"); exit();\n}\nBEGIN { @y = ; }\n:quit\n", env: []string{"HOME=" + home}}, gtracePath(t), "-i")
	if r.exit != 0 || !strings.HasPrefix(r.stdout, "Attaching 1 probe...\npiped\n") || !strings.Contains(r.stderr, "repl:1:14: syntax error") {
		t.Errorf("-i on a pipe: exit %d\nstdout:\n%s\nstderr:\n%s", r.exit, r.stdout, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(home, ".gtrace_history")); err == nil {
		t.Errorf("piped programs went into the history")
	}
}
