package main

import (
	"io"

	"github.com/gtrace/gtrace"
)

// doList lists probes matching pattern (-l, -lv, :probes at the prompt).
func doList(w io.Writer, pattern string, verbose bool) error {
	return gtrace.ListProbes(w, pattern, verbose)
}

// doInfo reports what this kernel supports (--info, :info).
func doInfo(w io.Writer) error { return gtrace.Info(w) }
