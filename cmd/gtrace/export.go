package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/export"
)

// --export ADDR: the script's maps served as Prometheus metrics while it
// traces (docs/metrics.md). The address is listened on before anything
// is loaded, so that a port in use fails first.

// listenExport opens the exporter's socket.
func listenExport(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", export.ListenAddress(addr))
	if err != nil {
		return nil, fmt.Errorf("--export: %w", err)
	}
	return ln, nil
}

// serveExport serves /metrics from the session on ln; the returned
// function stops the server.
func serveExport(ln net.Listener, o *options, script *gtrace.Script, sess *gtrace.Session, stderr io.Writer) func() {
	reg := prometheus.NewRegistry()
	reg.MustRegister(export.New(script, sess, export.Options{
		Namespace: o.exportNamespace,
		Version:   shortVersion(),
		Warn:      func(format string, args ...any) { fmt.Fprintf(stderr, "WARNING: "+format+"\n", args...) },
	}))
	mux := http.NewServeMux()
	mux.Handle("/metrics", export.Handler(reg))
	name := "script"
	if o.file != "" && o.file != "-" {
		name = strings.TrimSuffix(filepath.Base(o.file), ".bt")
	}
	mux.Handle("/", export.Page(func() []export.PageScript { return []export.PageScript{{Name: name, Session: sess}} }, 5*time.Second))
	srv := export.Server(mux)
	go srv.Serve(ln)
	fmt.Fprintf(stderr, "Serving metrics at http://%s/metrics\n", ln.Addr())
	return func() { export.Shutdown(srv) }
}
