package main

import (
	"io"

	"github.com/gtrace/gtrace/runtime"
	"github.com/gtrace/gtrace/runtime/host"
)

// doList lists probes matching pattern (-l, -lv, :probes at the prompt).
func doList(w io.Writer, pattern string, verbose bool) error {
	return runtime.ListProbes(w, host.New(), pattern, verbose)
}

// doInfo reports what this kernel supports (--info, :info).
func doInfo(w io.Writer) error {
	return runtime.Info(w, host.New())
}
