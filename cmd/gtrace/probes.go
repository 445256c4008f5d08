package main

import (
	"errors"
	"io"

	"github.com/gtrace/gtrace"
)

// doList lists probes matching pattern (-l, -lv, :probes at the prompt);
// with a pid (-p), the uprobes and USDT probes of that process.
func doList(w io.Writer, pattern string, pid int, verbose bool) error {
	if gtrace.CheckPrivileges() != nil {
		// tracefs, kallsyms and the probes' kernel checks are root's.
		return errors.New("-l needs root, or the CAP_BPF and CAP_PERFMON capabilities: the kernel's lists of probes are root's to read")
	}
	if pid != 0 {
		return gtrace.ListProcessProbes(w, pid, pattern, verbose)
	}
	return gtrace.ListProbes(w, pattern, verbose)
}

// doInfo reports what this kernel supports (--info, :info).
func doInfo(w io.Writer) error { return gtrace.Info(w) }
