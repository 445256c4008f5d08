package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"

	"github.com/prometheus/exporter-toolkit/web"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/export"
)

// Privilege separation. The daemon must stay able to load programs (a
// SIGHUP starts new and changed scripts), yet what listens on the
// network must not hold root. So the daemon, root, keeps the scripts and
// serves their metrics only on an abstract unix socket, to one peer: the
// front, a second gtrace-exporter it starts, which gives up every
// privilege (host.DropPrivileges: nobody, no capability) before it
// serves anything. The front holds the TCP socket, does TLS and basic
// auth (--web.config.file), and passes each request on. The root
// process never reads from the network; the one that does cannot load
// anything.

// frontEnv tells a gtrace-exporter it is the front, and where the daemon
// listens.
const frontEnv = "GTRACE_EXPORTER_FRONT"

// frontFD is the TCP socket's descriptor in the front (ExtraFiles[0]).
const frontFD = 3

// innerListener is the daemon's socket for its front: an abstract unix
// socket (no file, so no permissions to get right) that accepts only
// connections of process pid, once set.
type innerListener struct {
	*net.UnixListener
	pid int
	log *slog.Logger
}

func listenInner(log *slog.Logger) (*innerListener, error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Net: "unix", Name: "@gtrace-exporter-" + hex.EncodeToString(b[:])})
	if err != nil {
		return nil, fmt.Errorf("the front's socket: %w", err)
	}
	return &innerListener{UnixListener: ln, log: log}, nil
}

func (l *innerListener) Accept() (net.Conn, error) {
	for {
		c, err := l.AcceptUnix()
		if err != nil {
			return nil, err
		}
		if pid, err := peerPID(c); err != nil || pid != l.pid {
			l.log.Warn("refused a connection that is not the front's", "peer", pid, "error", err)
			c.Close()
			continue
		}
		return c, nil
	}
}

// peerPID is the process at the other end of c (SO_PEERCRED).
func peerPID(c *net.UnixConn) (int, error) {
	raw, err := c.SyscallConn()
	if err != nil {
		return 0, err
	}
	var cred *unix.Ucred
	var credErr error
	if err := raw.Control(func(fd uintptr) { cred, credErr = unix.GetsockoptUcred(int(fd), unix.SOL_SOCKET, unix.SO_PEERCRED) }); err != nil {
		return 0, err
	}
	if credErr != nil {
		return 0, credErr
	}
	return int(cred.Pid), nil
}

// startFront runs this program again as the front, with the TCP socket
// ln, its log going to stderr.
func startFront(ln *net.TCPListener, inner *innerListener, stderr io.Writer) (*exec.Cmd, error) {
	f, err := ln.File()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, os.Args[1:]...)
	cmd.Env = append(os.Environ(), frontEnv+"="+inner.Addr().String())
	cmd.ExtraFiles = []*os.File{f}
	cmd.Stdout, cmd.Stderr = stderr, stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start the front: %w", err)
	}
	inner.pid = cmd.Process.Pid
	return cmd, nil
}

// runFront is the front's life: drop the privileges, then serve what
// the daemon serves, over TLS and basic auth when configured.
func runFront(ctx context.Context, c *config, inner string, stderr io.Writer) int {
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	fail := func(err error) int {
		fmt.Fprintf(stderr, "gtrace-exporter: %v\n", err)
		return exitRuntime
	}
	ln, err := net.FileListener(os.NewFile(frontFD, "listener"))
	if err != nil {
		return fail(fmt.Errorf("the front's socket: %w", err))
	}
	defer ln.Close()
	daemon := os.Getppid()
	if err := gtrace.DropPrivileges(c.user); err != nil {
		return fail(err)
	}
	// The daemon's death ends the front.
	unix.Prctl(unix.PR_SET_PDEATHSIG, uintptr(unix.SIGTERM), 0, 0, 0)
	if os.Getppid() != daemon {
		return fail(errors.New("the daemon has gone"))
	}
	logger.Info("privileges dropped", "user", c.user)
	// exporter-toolkit reads the web configuration, and the certificate
	// and key it names, at every connection (they can be replaced while
	// serving): the user must reach them.
	if err := web.Validate(c.webConfig); err != nil {
		return fail(fmt.Errorf("--web.config.file, read as user %s: %w", c.user, err))
	}
	proxy := httputil.NewSingleHostReverseProxy(&url.URL{Scheme: "http", Host: "gtrace-exporter"})
	proxy.Transport = &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", inner)
		},
		MaxIdleConnsPerHost: 64,
	}
	srv := export.Server(proxy)
	served := make(chan error, 1)
	flags := &web.FlagConfig{WebListenAddresses: &[]string{c.listen}, WebConfigFile: &c.webConfig}
	go func() { served <- web.Serve(ln, srv, flags, logger) }()
	logger.Info("serving metrics", "address", ln.Addr().String())
	select {
	case <-ctx.Done():
		export.Shutdown(srv)
		return exitOK
	case err := <-served:
		return servedStatus(err, fail)
	}
}

// servedStatus is the exit status once a server has stopped with err.
func servedStatus(err error, fail func(error) int) int {
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fail(err)
	}
	return exitOK
}
