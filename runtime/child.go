package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// The -c command must exist, with its pid known, before the programs are
// loaded (cpid is a constant in them), yet must not run before they are
// attached, or its first events would be missed. Go cannot fork without
// exec, so gtrace starts itself as a trampoline: the new process, seeing
// childEnv, tells us it is ready, blocks reading a pipe, and when released
// closes the pipe and execs the command in place, keeping its pid. bpftrace
// forks a child that does the same (read, close, execve), so a probe on
// cpid sees the same close and execve here as there.
//
// What a C child does not have is the Go runtime's other threads: between
// the release and the exec they may still make a few system calls of
// their own (futex, nanosleep, sched_yield, with tid != pid) that probes
// filtered on cpid see. Turning asynchronous preemption off removes the
// getpid and tgkill calls it would add.

// childEnv holds the resolved path of the command in the trampoline, and
// childGodebug the user's GODEBUG, restored for the command ("-" if unset).
const (
	childEnv     = "GTRACE_EXEC_CHILD"
	childGodebug = "GTRACE_EXEC_GODEBUG"
)

// childEnviron is the trampoline's environment: the command's, plus what
// the trampoline needs. Asynchronous preemption is turned off in it: the
// Go scheduler would otherwise signal the main thread (getpid, tgkill)
// between the release and the exec, where probes filtered on cpid see it.
func childEnviron(path string) []string {
	env := os.Environ()
	godebug, ok := os.LookupEnv("GODEBUG")
	if !ok {
		godebug = "-"
	}
	debug := "asyncpreemptoff=1"
	if ok && godebug != "" {
		debug = godebug + "," + debug
	}
	return append(env, childEnv+"="+path, childGodebug+"="+godebug, "GODEBUG="+debug)
}

// File descriptors of the trampoline (the first two ExtraFiles).
const (
	childReleaseFD = 3 // read end of the release pipe
	childReadyFD   = 4 // write end of the ready pipe
)

// childReleaseByte is what the parent writes to release the command.
const childReleaseByte = 'g'

// MaybeExecChild turns this process into the -c command when it was
// started as the trampoline by Run; otherwise it returns at once. Every
// program that calls Run with a Command (gtrace's main, and the runtime
// package's tests) must call it first thing in main.
func MaybeExecChild() {
	path, ok := os.LookupEnv(childEnv)
	if !ok {
		execChildReady.Store(true)
		return
	}
	godebug := os.Getenv(childGodebug)
	env := make([]string, 0, len(os.Environ()))
	for _, kv := range os.Environ() {
		switch {
		case strings.HasPrefix(kv, childEnv+"="), strings.HasPrefix(kv, childGodebug+"="):
		case strings.HasPrefix(kv, "GODEBUG="):
			if godebug != "-" {
				env = append(env, "GODEBUG="+godebug)
			}
		default:
			env = append(env, kv)
		}
	}
	// Raw system calls, no os.File: nothing here may start the poller or
	// other threads' work while the probes are attaching.
	syscall.Write(childReadyFD, []byte{1})
	syscall.Close(childReadyFD)
	var b [1]byte
	var n int
	var err error
	for {
		n, err = syscall.Read(childReleaseFD, b[:])
		if err != syscall.EINTR {
			break
		}
	}
	if n != 1 || b[0] != childReleaseByte {
		// gtrace went away or gave up before releasing us.
		os.Exit(1)
	}
	syscall.Close(childReleaseFD)
	err = syscall.Exec(path, os.Args, env)
	fmt.Fprintf(os.Stderr, "gtrace: -c %s: %v\n", path, err)
	os.Exit(127)
}

// execChildReady records that this program calls MaybeExecChild: without
// it, the trampoline would run the whole program again instead of the
// command.
var execChildReady atomic.Bool

// childReadyTimeout bounds the trampoline's start-up.
const childReadyTimeout = 10 * time.Second

// child is the -c command, paused in the trampoline until released.
type child struct {
	cmd      *exec.Cmd
	release  *os.File // write end of the release pipe
	done     chan struct{}
	waitErr  error
	released bool
}

// startChild starts argv paused. stdout and stderr receive its output
// (nil: gtrace's own).
func startChild(argv []string, stdout, stderr io.Writer) (_ *child, err error) {
	if len(argv) == 0 || argv[0] == "" {
		return nil, errors.New("-c: empty command")
	}
	if !execChildReady.Load() {
		return nil, errors.New("-c: this program does not call runtime.MaybeExecChild first thing in main, so it cannot start commands")
	}
	path, err := exec.LookPath(argv[0])
	if err != nil {
		return nil, fmt.Errorf("-c %s: %w", argv[0], unwrapExecError(err))
	}
	if !strings.Contains(path, "/") {
		// exec.LookPath returns "./prog" only when the caller asked for it.
		path = "./" + path
	}
	self, err := os.Executable()
	if err != nil {
		self = "/proc/self/exe"
	}
	releaseR, releaseW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("-c: %w", err)
	}
	readyR, readyW, err := os.Pipe()
	if err != nil {
		releaseR.Close()
		releaseW.Close()
		return nil, fmt.Errorf("-c: %w", err)
	}
	defer readyR.Close()

	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	cmd := &exec.Cmd{
		Path:       self,
		Args:       argv,
		Env:        childEnviron(path),
		Stdin:      os.Stdin,
		Stdout:     stdout,
		Stderr:     stderr,
		ExtraFiles: []*os.File{releaseR, readyW},
		// Like bpftrace: if gtrace dies, so does the command.
		SysProcAttr: &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM},
		// A command that leaves a process holding its output (a daemon)
		// must not keep gtrace waiting for that output.
		WaitDelay: 500 * time.Millisecond,
	}
	err = cmd.Start()
	releaseR.Close()
	readyW.Close()
	if err != nil {
		releaseW.Close()
		return nil, fmt.Errorf("-c %s: %w", argv[0], err)
	}
	c := &child{cmd: cmd, release: releaseW, done: make(chan struct{})}
	go func() {
		c.waitErr = cmd.Wait()
		close(c.done)
	}()
	defer func() {
		if err != nil {
			c.kill()
		}
	}()

	// Wait for the trampoline to be ready, so that its own start-up
	// (the Go runtime's system calls) happens before any probe is attached.
	var b [1]byte
	readyR.SetReadDeadline(time.Now().Add(childReadyTimeout))
	if n, rerr := readyR.Read(b[:]); n != 1 {
		if errors.Is(rerr, os.ErrDeadlineExceeded) {
			return nil, fmt.Errorf("-c %s: the command's process did not start within %v", argv[0], childReadyTimeout)
		}
		<-c.done
		return nil, fmt.Errorf("-c %s: the command's process exited before it started (%v)", argv[0], c.waitErr)
	}
	c.waitBlocked()
	return c, nil
}

// waitBlocked waits, briefly, until the trampoline's main thread sleeps in
// read(2) on the release pipe.
func (c *child) waitBlocked() {
	file := "/proc/" + strconv.Itoa(c.cmd.Process.Pid) + "/syscall"
	deadline := time.Now().Add(200 * time.Millisecond)
	for time.Now().Before(deadline) {
		data, err := os.ReadFile(file)
		if err != nil {
			return
		}
		f := strings.Fields(string(data))
		if len(f) >= 2 && f[0] == strconv.Itoa(int(syscall.SYS_READ)) && f[1] == "0x"+strconv.FormatInt(childReleaseFD, 16) {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func (c *child) pid() int { return c.cmd.Process.Pid }

// start lets the command run.
func (c *child) start() error {
	if c.released {
		return nil
	}
	c.released = true
	_, err := c.release.Write([]byte{childReleaseByte})
	c.release.Close()
	if err != nil {
		return fmt.Errorf("-c: release the command: %w", err)
	}
	return nil
}

// exited reports whether the command has exited.
func (c *child) exited() bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// terminate asks a running command to stop, as bpftrace does when tracing
// ends before the command does.
func (c *child) terminate() {
	if c.exited() {
		return
	}
	if !c.released {
		c.kill()
		return
	}
	c.cmd.Process.Signal(syscall.SIGTERM)
}

// finish waits for the command to exit after terminate, and kills it if it
// ignores SIGTERM for too long.
func (c *child) finish() {
	if !c.released {
		c.kill()
		return
	}
	select {
	case <-c.done:
	case <-time.After(time.Second):
		c.kill()
	}
}

// kill ends the command at once and waits for it.
func (c *child) kill() {
	if c.release != nil && !c.released {
		c.release.Close()
	}
	if !c.exited() {
		c.cmd.Process.Kill()
	}
	<-c.done
}

// unwrapExecError drops exec.Error's repetition of the command name.
func unwrapExecError(err error) error {
	var ee *exec.Error
	if errors.As(err, &ee) {
		return ee.Err
	}
	return err
}
