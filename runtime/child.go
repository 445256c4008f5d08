package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// The -c command must exist, with its pid known, before the programs are
// loaded (cpid is a constant in them), yet must not run before they are
// attached, or its first events would be missed. gtrace starts the exec
// stub (execstub.go) traced (PTRACE_TRACEME): the kernel stops it as soon
// as its own execve is done, before its first instruction; once the
// probes are attached, gtrace detaches, and the stub's one system call is
// the command's execve. Probes filtered on cpid see that execve and then
// the command's own events (bpftrace's forked child is also seen reading
// its release pipe and closing it).
//
// ptrace requests must come from the thread that started the tracee:
// Run holds its goroutine on one thread from the start to the release.

// childStopTimeout bounds the wait for the command's stop after exec.
const childStopTimeout = 10 * time.Second

// child is the -c command, stopped after its exec until released.
type child struct {
	cmd      *exec.Cmd
	done     chan struct{}
	waitErr  error
	released bool
}

// startChild starts argv stopped after its exec. stdout and stderr
// receive its output (nil: gtrace's own). The calling goroutine must be
// locked to its thread until start.
//
// With cred, the command runs as that user: gtrace, unprivileged once
// attached (RunOptions.DropPrivileges), could not signal a command that
// is root's, nor could the kernel on its behalf (Pdeathsig).
func startChild(argv []string, stdout, stderr io.Writer, cred *syscall.Credential) (_ *child, err error) {
	if len(argv) == 0 || argv[0] == "" {
		return nil, errors.New("-c: empty command")
	}
	path, err := exec.LookPath(argv[0])
	if err != nil {
		return nil, fmt.Errorf("-c %s: %w", argv[0], unwrapExecError(err))
	}
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	newCmd := func(stub string) *exec.Cmd {
		return &exec.Cmd{
			Path:   stub,
			Args:   append([]string{"gtrace", path}, argv...),
			Stdin:  os.Stdin,
			Stdout: stdout,
			Stderr: stderr,
			// Like bpftrace: if gtrace dies, so does the command.
			SysProcAttr: &syscall.SysProcAttr{Ptrace: true, Pdeathsig: syscall.SIGTERM, Credential: cred},
			// A command that leaves a process holding its output (a
			// daemon) must not keep gtrace waiting for that output.
			WaitDelay: 500 * time.Millisecond,
		}
	}
	var cmd *exec.Cmd
	if stub, remove, serr := stubPath(); serr == nil {
		cmd = newCmd(stub)
		err = cmd.Start()
		remove()
	}
	if cmd == nil || err != nil {
		// No temporary directory, or one that cannot hold programs.
		f, ferr := stubFile()
		if ferr != nil {
			return nil, ferr
		}
		cmd = newCmd(fmt.Sprintf("/proc/self/fd/%d", f.Fd()))
		err = cmd.Start()
		f.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("-c %s: %w", argv[0], unwrapExecError(err))
	}
	// The stop at exec, before anything else waits for the process.
	stopped := make(chan error, 1)
	go func() { stopped <- waitExecStop(cmd.Process.Pid) }()
	select {
	case err = <-stopped:
	case <-time.After(childStopTimeout):
		err = fmt.Errorf("the command did not stop after its exec within %v", childStopTimeout)
	}
	c := &child{cmd: cmd, done: make(chan struct{})}
	if err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("-c %s: %w", argv[0], err)
	}
	go func() {
		c.waitErr = cmd.Wait()
		close(c.done)
	}()
	return c, nil
}

// waitExecStop waits for the traced child's SIGTRAP stop after its exec.
func waitExecStop(pid int) error {
	for {
		var ws syscall.WaitStatus
		_, err := syscall.Wait4(pid, &ws, syscall.WALL, nil)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return err
		case ws.Stopped() && ws.StopSignal() == syscall.SIGTRAP:
			return nil
		case ws.Exited() || ws.Signaled():
			return fmt.Errorf("the command's process ended before it started (%v)", ws)
		}
	}
}

func (c *child) pid() int { return c.cmd.Process.Pid }

// start lets the command run: gtrace detaches, from the thread that
// started it.
func (c *child) start() error {
	if c.released {
		return nil
	}
	c.released = true
	if err := syscall.PtraceDetach(c.cmd.Process.Pid); err != nil {
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
