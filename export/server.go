package export

import (
	"context"
	"net/http"
	"strings"
	"time"
)

// ListenAddress completes an exporter's listen address: a bare port or
// ":port" binds loopback only, so that a metrics port is never opened
// to the network by accident; another interface must be named.
func ListenAddress(addr string) string {
	switch {
	case !strings.Contains(addr, ":"):
		return "127.0.0.1:" + addr
	case strings.HasPrefix(addr, ":"):
		return "127.0.0.1" + addr
	}
	return addr
}

// Server is an HTTP server for h with the exporters' timeouts: a slow or
// stalled client cannot hold a connection, nor send endless headers.
func Server(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 1 << 16}
}

// Shutdown stops srv, giving its requests in progress two seconds.
func Shutdown(srv *http.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	srv.Shutdown(ctx)
}
