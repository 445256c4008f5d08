// Command gtrace-exporter runs every script of a folder at once and
// serves their maps as Prometheus metrics, each script's series labelled
// script="NAME" (its file name without .bt). SIGHUP reads the folder
// again: new and changed scripts start, removed ones stop, and the
// others keep tracing, their series untouched. TLS and basic auth come
// from a web configuration file (Prometheus's exporter-toolkit format).
// docs/metrics.md describes the metrics.
package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/exporter-toolkit/web"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/export"
	"github.com/gtrace/gtrace/internal/buildinfo"
)

const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	os.Exit(run(ctx, os.Args[1:], hup, os.Stderr))
}

type config struct {
	dir, listen, webConfig, namespace, user string
	privileged, containerLabel              bool
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	c := &config{}
	fs := flag.NewFlagSet("gtrace-exporter", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.dir, "scripts.dir", "", "the folder of scripts (*.bt) to run")
	fs.StringVar(&c.listen, "web.listen-address", "127.0.0.1:9435", "where to serve /metrics (a bare port or :port is 127.0.0.1)")
	fs.StringVar(&c.webConfig, "web.config.file", "", "TLS and basic auth configuration (exporter-toolkit's format)")
	fs.StringVar(&c.namespace, "export.namespace", "gtrace", "the metric names' prefix")
	fs.StringVar(&c.user, "export.user", "nobody", "whom the process serving the network runs as, with no capability")
	fs.BoolVar(&c.containerLabel, "export.container-label", false, "label the series of every script's aggregations with the container of the task")
	fs.BoolVar(&c.privileged, "export.privileged", false, "serve the network from the root process itself (not advised)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if c.dir == "" {
		return nil, errors.New("--scripts.dir is required")
	}
	if err := export.CheckNamespace(c.namespace); err != nil {
		return nil, fmt.Errorf("--export.namespace: %w", err)
	}
	if c.user == "" {
		return nil, errors.New("--export.user: no user given (--export.privileged keeps root's privileges)")
	}
	if err := gtrace.CheckUser(c.user); err != nil && !c.privileged {
		return nil, fmt.Errorf("--export.user: %w", err)
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	c.listen = export.ListenAddress(c.listen)
	return c, nil
}

func run(ctx context.Context, args []string, hup <-chan os.Signal, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "gtrace-exporter: %v\n", err)
		return exitUsage
	}
	if inner := os.Getenv(frontEnv); inner != "" {
		return runFront(ctx, c, inner, stderr)
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "gtrace-exporter: %v\n", err)
		return exitRuntime
	}
	if err := gtrace.CheckPrivileges(); err != nil {
		return fail(err)
	}
	ln, err := net.Listen("tcp", c.listen)
	if err != nil {
		return fail(err)
	}
	defer ln.Close()
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	d := &daemon{cfg: c, log: logger, scripts: map[string]*running{}}
	if err := d.reload(ctx); err != nil {
		return fail(err)
	}
	defer d.stopAll()

	reg := prometheus.NewRegistry()
	reg.MustRegister(d)
	mux := http.NewServeMux()
	mux.Handle("/metrics", export.Handler(reg))
	mux.Handle("/", export.Page(d.pageScripts, 5*time.Second))
	srv := export.Server(mux)
	served := make(chan error, 1)
	var front *exec.Cmd
	var frontExited chan struct{} // nil: no front
	var frontEnded func() error
	if c.privileged {
		flags := &web.FlagConfig{WebListenAddresses: &[]string{c.listen}, WebConfigFile: &c.webConfig}
		go func() { served <- web.Serve(ln, srv, flags, logger) }()
		logger.Info("serving metrics", "address", ln.Addr().String(), "scripts", strings.Join(d.names(), ","))
	} else {
		// The front serves the network, unprivileged (front.go).
		inner, err := listenInner(logger)
		if err != nil {
			return fail(err)
		}
		if front, err = startFront(ln.(*net.TCPListener), inner, stderr); err != nil {
			inner.Close()
			return fail(err)
		}
		ln.Close() // the front's now
		go func() { served <- srv.Serve(inner) }()
		var frontErr error
		frontExited = make(chan struct{})
		go func() {
			frontErr = front.Wait()
			close(frontExited)
		}()
		defer func() {
			front.Process.Signal(syscall.SIGTERM)
			select {
			case <-frontExited:
			case <-time.After(5 * time.Second):
				front.Process.Kill()
				<-frontExited
			}
		}()
		frontEnded = func() error { return fmt.Errorf("the front (pid %d) ended: %v", front.Process.Pid, frontErr) }
		logger.Info("scripts started", "scripts", strings.Join(d.names(), ","), "front", front.Process.Pid)
	}
	for {
		select {
		case <-ctx.Done():
			export.Shutdown(srv)
			return exitOK
		case err := <-served:
			return servedStatus(err, fail)
		case <-frontExited:
			return fail(frontEnded())
		case <-hup:
			if err := d.reload(ctx); err != nil {
				logger.Error("reload", "error", err)
			}
		}
	}
}

// daemon holds the running scripts; it is the registry's collector, so
// that scripts come and go without unregistering anything.
type daemon struct {
	cfg *config
	log *slog.Logger

	mu      sync.Mutex
	scripts map[string]*running // by script name
}

// running is one script's session and collector.
type running struct {
	sum  [32]byte // of its text: a changed file restarts it
	sess *gtrace.Session
	coll *export.Collector
}

func (d *daemon) names() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []string
	for n := range d.scripts {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// reload reads the folder: starts new and changed scripts, stops those
// gone, leaves the rest. A script that does not compile or start is
// reported and left out; the others run on.
func (d *daemon) reload(ctx context.Context) error {
	files, err := filepath.Glob(filepath.Join(d.cfg.dir, "*.bt"))
	if err != nil {
		return err
	}
	if _, err := os.Stat(d.cfg.dir); err != nil {
		return fmt.Errorf("--scripts.dir: %w", err)
	}
	seen := map[string]bool{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".bt")
		src, err := os.ReadFile(f)
		if err != nil {
			d.log.Error("read script", "script", name, "error", err)
			continue
		}
		seen[name] = true
		sum := sha256.Sum256(src)
		d.mu.Lock()
		old := d.scripts[name]
		d.mu.Unlock()
		if old != nil && old.sum == sum && !ended(old.sess) {
			continue
		}
		if old != nil {
			d.stop(name)
		}
		r, err := d.start(ctx, name, f, src)
		if err != nil {
			d.log.Error("start script", "script", name, "error", err)
			continue
		}
		r.sum = sum
		d.mu.Lock()
		d.scripts[name] = r
		d.mu.Unlock()
		d.log.Info("started", "script", name)
	}
	for _, name := range d.names() {
		if !seen[name] {
			d.stop(name)
			d.log.Info("stopped", "script", name)
		}
	}
	return nil
}

func ended(s *gtrace.Session) bool {
	select {
	case <-s.Done():
		return true
	default:
		return false
	}
}

func (d *daemon) start(ctx context.Context, name, file string, src []byte) (*running, error) {
	script, err := gtrace.Compile(file, src, gtrace.Options{ContainerKeys: d.cfg.containerLabel})
	if err != nil {
		return nil, errors.New(strings.TrimSpace(gtrace.FormatError(string(src), err, false)))
	}
	for _, w := range script.Warnings() {
		d.log.Warn(w.Error(), "script", name)
	}
	sess, err := script.Start(ctx, gtrace.RunOptions{Quiet: true, NoExitMaps: true, ProbeStats: true, Stderr: &logWriter{d.log, name}})
	if err != nil {
		return nil, errors.New(strings.TrimSpace(gtrace.FormatError(string(src), err, false)))
	}
	coll := export.New(script, sess, export.Options{
		Namespace:   d.cfg.namespace,
		ConstLabels: prometheus.Labels{"script": name},
		Version:     versionString(),
		Warn:        func(format string, args ...any) { d.log.Warn(fmt.Sprintf(format, args...), "script", name) },
	})
	return &running{sess: sess, coll: coll}, nil
}

func (d *daemon) stop(name string) {
	d.mu.Lock()
	r := d.scripts[name]
	delete(d.scripts, name)
	d.mu.Unlock()
	if r != nil {
		r.sess.Stop()
	}
}

func (d *daemon) stopAll() {
	for _, n := range d.names() {
		d.stop(n)
	}
}

// pageScripts are the running scripts, by name, for the live page.
func (d *daemon) pageScripts() []export.PageScript {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []export.PageScript
	for name, r := range d.scripts {
		out = append(out, export.PageScript{Name: name, Session: r.sess})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Describe sends nothing: an unchecked collector, as each script's is.
func (d *daemon) Describe(chan<- *prometheus.Desc) {}

// Collect gathers every running script's metrics.
func (d *daemon) Collect(ch chan<- prometheus.Metric) {
	d.mu.Lock()
	colls := make([]*export.Collector, 0, len(d.scripts))
	for _, r := range d.scripts {
		colls = append(colls, r.coll)
	}
	d.mu.Unlock()
	for _, c := range colls {
		c.Collect(ch)
	}
}

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

func versionString() string { return buildinfo.Version(version) }

// logWriter logs what a script writes to its standard error (warnings:
// a full map, lost events), a line at a time.
type logWriter struct {
	log    *slog.Logger
	script string
}

func (w *logWriter) Write(p []byte) (int, error) {
	for _, l := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		if l != "" {
			w.log.Warn(l, "script", w.script)
		}
	}
	return len(p), nil
}
