package main

import (
	"bufio"
	"bytes"
	"io"
	"os"

	"github.com/gtrace/gtrace/lang"
	"golang.org/x/sys/unix"
)

// environment is what bpftrace's environment variables set.
type environment struct {
	strlen  int // BPFTRACE_STRLEN, BPFTRACE_MAX_STRLEN; 0: the default
	mapKeys int // BPFTRACE_MAP_KEYS_MAX; 0: the default
	rbPages int // BPFTRACE_PERF_RB_PAGES; 0: the default
	catMax  int // BPFTRACE_CAT_BYTES_MAX; 0: the default
	probes  int // BPFTRACE_MAX_PROBES; 0: no limit
}

func readEnv() (environment, error) {
	var env environment
	var err error
	if env.strlen, err = strlenFromEnv(); err != nil {
		return env, err
	}
	if env.mapKeys, err = mapKeysFromEnv(); err != nil {
		return env, err
	}
	if env.rbPages, err = intFromEnv("BPFTRACE_PERF_RB_PAGES", "a number of pages per CPU", lang.MaxPerfRBPages); err != nil {
		return env, err
	}
	if env.catMax, err = intFromEnv("BPFTRACE_CAT_BYTES_MAX", "a number of bytes", 1<<30); err != nil {
		return env, err
	}
	if env.probes, err = intFromEnv("BPFTRACE_MAX_PROBES", "a number of probes", 1<<30); err != nil {
		return env, err
	}
	return env, nil
}

// flushWriter is an output destination with -B's buffering.
type flushWriter interface {
	io.Writer
	Flush() error
}

// buffered applies -B: "full" holds output in a 64 KiB buffer written
// when full and at exit; "line" writes each complete line at once; "none"
// (and no -B) writes everything as it comes. The runtime writes whole
// lines in one call, so line and none differ only for printf without a
// newline.
func buffered(w io.Writer, mode string) flushWriter {
	switch mode {
	case "full":
		return bufio.NewWriterSize(w, 64<<10)
	case "line":
		return &lineWriter{w: w}
	}
	return nopFlusher{w}
}

type nopFlusher struct{ io.Writer }

func (nopFlusher) Flush() error { return nil }

// lineWriter writes up to the last newline of every write and keeps the
// rest for the next one.
type lineWriter struct {
	w    io.Writer
	hold []byte
}

func (l *lineWriter) Write(p []byte) (int, error) {
	i := bytes.LastIndexByte(p, '\n')
	if i < 0 {
		l.hold = append(l.hold, p...)
		return len(p), nil
	}
	out := append(l.hold, p[:i+1]...)
	l.hold = append([]byte(nil), p[i+1:]...)
	if _, err := l.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (l *lineWriter) Flush() error {
	if len(l.hold) == 0 {
		return nil
	}
	_, err := l.w.Write(l.hold)
	l.hold = nil
	return err
}

// isTerminal says whether r is a terminal (the prompt opens on one).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}
