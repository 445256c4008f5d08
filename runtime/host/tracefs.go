package host

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"

	"golang.org/x/sys/unix"
)

// tracefsCandidates are the places tracefs lives, in the order we look. The
// first is also where we mount it when neither is usable: since Linux 4.1
// tracefs is its own filesystem and /sys/kernel/tracing is its home; the
// debugfs path only exists when debugfs is mounted.
var tracefsCandidates = []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"}

// TracefsDir returns the root of the tracing filesystem, mounting tracefs
// at /sys/kernel/tracing when it is not mounted anywhere we look (many
// minimal systems and VMs do not mount it at boot; root can).
//
// Call it before anything in cilium/ebpf that reads tracefs (link.Tracepoint,
// link.Kprobe): cilium/ebpf looks for tracefs once per process and remembers
// a failure forever.
//
// Only success is remembered, so a caller that failed (say, without the
// privilege to mount) can try again.
func (h *Host) TracefsDir() (string, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.tracefs != "" {
		return h.tracefs, nil
	}
	dir, err := locateTracefs(tracefsCandidates, mountTracefs)
	if err != nil {
		return "", err
	}
	h.tracefs = dir
	return dir, nil
}

func mountTracefs(dir string) error {
	return unix.Mount("nodev", dir, "tracefs", 0, "")
}

// locateTracefs returns the first candidate that holds an events directory,
// or mounts tracefs on the first candidate with mount.
func locateTracefs(candidates []string, mount func(dir string) error) (string, error) {
	for _, dir := range candidates {
		if tracefsUsable(dir) {
			return dir, nil
		}
	}
	if len(candidates) == 0 {
		return "", errors.New("mount tracefs: no mount point")
	}
	dir := candidates[0]
	if err := mount(dir); err != nil {
		// EBUSY: another process mounted it between our look and our mount.
		if !(errors.Is(err, unix.EBUSY) && tracefsUsable(dir)) {
			return "", fmt.Errorf("mount tracefs: %w", err)
		}
	}
	if !tracefsUsable(dir) {
		return "", fmt.Errorf("mount tracefs: %s has no events directory after mounting", dir)
	}
	return dir, nil
}

func tracefsUsable(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, "events"))
	return err == nil && fi.IsDir()
}

// Tracefs answers questions about tracepoints from the format files and
// event lists of a tracefs root.
type Tracefs struct {
	// Dir is the tracefs root, e.g. /sys/kernel/tracing.
	Dir string
}

// Tracefs finds (or mounts) tracefs; see TracefsDir.
func (h *Host) Tracefs() (*Tracefs, error) {
	dir, err := h.TracefsDir()
	if err != nil {
		return nil, err
	}
	return &Tracefs{Dir: dir}, nil
}

// TracepointNotFoundError says a tracepoint has no format file. It matches
// errors.Is(err, fs.ErrNotExist).
type TracepointNotFoundError struct {
	Category, Event string
}

func (e *TracepointNotFoundError) Error() string {
	return fmt.Sprintf("tracepoint %s:%s not found", e.Category, e.Event)
}

func (e *TracepointNotFoundError) Unwrap() error { return fs.ErrNotExist }

// ValidTracefsName rejects names that would leave events/ or name a
// directory other than one event's (an empty part, ".", "..", a slash).
func ValidTracefsName(s string) bool {
	return s != "" && s != "." && s != ".." && !strings.ContainsAny(s, "/\x00")
}

// TracepointFields parses events/<category>/<event>/format, leaving out
// the common_ fields every event starts with.
func (t *Tracefs) TracepointFields(category, event string) ([]ast.TracepointField, error) {
	if !ValidTracefsName(category) || !ValidTracefsName(event) {
		return nil, &TracepointNotFoundError{category, event}
	}
	data, err := os.ReadFile(filepath.Join(t.Dir, "events", category, event, "format"))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, unix.ENOTDIR) {
			return nil, &TracepointNotFoundError{category, event}
		}
		return nil, fmt.Errorf("read tracepoint %s:%s format: %w", category, event, err)
	}
	fields, err := parseFormat(data)
	if err != nil {
		return nil, fmt.Errorf("tracepoint %s:%s format: %w", category, event, err)
	}
	return fields, nil
}

// parseFormat reads the field lines of a tracefs format file:
//
//	field:const char * filename;	offset:24;	size:8;	signed:0;
//
// Fields named common_* are skipped: they are the trace_entry header the
// kernel writes before every event, and bpftrace does not expose them.
func parseFormat(data []byte) ([]ast.TracepointField, error) {
	var fields []ast.TracepointField
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024) // print fmt lines are long
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(text, "field:") {
			continue
		}
		f, err := parseFieldLine(text)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if strings.HasPrefix(f.Name, "common_") {
			continue
		}
		fields = append(fields, f)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return fields, nil
}

// parseFieldLine parses one "field:<decl>; offset:N; size:N; signed:N;"
// line. Old kernels leave out signed:, which then reads as unsigned.
func parseFieldLine(text string) (ast.TracepointField, error) {
	var f ast.TracepointField
	var haveDecl, haveOffset, haveSize bool
	for _, part := range strings.Split(text, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		key, val, ok := strings.Cut(part, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "field":
			if err := parseDecl(val, &f); err != nil {
				return f, err
			}
			haveDecl = true
		case "offset", "size", "signed":
			n, err := strconv.Atoi(val)
			if err != nil {
				return f, fmt.Errorf("bad %s %q", key, val)
			}
			switch key {
			case "offset":
				f.Offset, haveOffset = n, true
			case "size":
				f.Size, haveSize = n, true
			case "signed":
				f.Signed = n != 0
			}
		}
	}
	if !haveDecl || !haveOffset || !haveSize {
		return f, fmt.Errorf("incomplete field line %q", text)
	}
	if f.Array < 0 {
		// A bound the kernel printed as an expression, e.g.
		// "__u8 saddr[sizeof(struct sockaddr_in6)]" on older kernels: work
		// the count out from the size.
		f.Array = 0
		if elem := cTypeSize(f.CType); elem > 0 && f.Size%elem == 0 {
			f.Array = f.Size / elem
		}
	}
	return f, nil
}

// parseDecl splits a C declaration such as "char prev_comm[16]",
// "const char * filename" or "__data_loc char[] name" into the name and the
// type as written, noting arrays, pointers and __data_loc.
func parseDecl(decl string, f *ast.TracepointField) error {
	decl = strings.TrimSpace(decl)
	// An array bound follows the name: "char comm[16]", "u32 buf[]". The
	// "[]" in "__data_loc char[] name" precedes the name and stays in the
	// type.
	arrayBound, flexible := "", false
	if strings.HasSuffix(decl, "]") {
		open := strings.LastIndexByte(decl, '[')
		if open < 0 {
			return fmt.Errorf("bad declaration %q", decl)
		}
		arrayBound = strings.TrimSpace(decl[open+1 : len(decl)-1])
		flexible = arrayBound == ""
		decl = strings.TrimSpace(decl[:open])
	}
	i := len(decl)
	for i > 0 && isIdentByte(decl[i-1]) {
		i--
	}
	name, ctype := decl[i:], strings.TrimSpace(decl[:i])
	if name == "" || ctype == "" {
		return fmt.Errorf("bad declaration %q", decl)
	}
	f.Name = name
	f.CType = ctype
	f.DataLoc = strings.HasPrefix(ctype, "__data_loc ")
	// An array of pointers ("void * ptrs[]") is not a pointer.
	f.Pointer = strings.HasSuffix(ctype, "*") && arrayBound == "" && !flexible
	switch {
	case flexible:
		// A flexible array member ("unsigned long args[]", size 0): no
		// count to give, so keep the brackets in the type to tell it from
		// a scalar.
		f.CType = ctype + "[]"
	case arrayBound != "":
		n, err := strconv.Atoi(arrayBound)
		if err != nil || n < 0 {
			n = -1 // resolved from the size by the caller
		}
		f.Array = n
	}
	return nil
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// cTypeSize knows the sizes of the element types that appear in tracepoint
// arrays; 0 means unknown.
func cTypeSize(ctype string) int {
	switch strings.TrimPrefix(ctype, "const ") {
	case "char", "signed char", "unsigned char", "u8", "__u8", "s8", "__s8", "bool":
		return 1
	case "short", "unsigned short", "u16", "__u16", "s16", "__s16":
		return 2
	case "int", "unsigned int", "unsigned", "u32", "__u32", "s32", "__s32":
		return 4
	case "long", "unsigned long", "long long", "unsigned long long", "u64", "__u64", "s64", "__s64":
		return 8
	}
	return 0
}

// Tracepoints lists the "category:event" names matching pattern, sorted.
// The pattern is "category:event" with shell wildcards (*, ?, [...]) in
// either part; a pattern without a colon matches categories.
func (t *Tracefs) Tracepoints(pattern string) ([]string, error) {
	catPat, evPat, ok := strings.Cut(pattern, ":")
	if !ok {
		evPat = "*"
	}
	if _, err := path.Match(catPat, ""); err != nil {
		return nil, fmt.Errorf("bad tracepoint pattern %q: %w", pattern, err)
	}
	if _, err := path.Match(evPat, ""); err != nil {
		return nil, fmt.Errorf("bad tracepoint pattern %q: %w", pattern, err)
	}
	all, err := t.AllTracepoints()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, name := range all {
		cat, ev, _ := strings.Cut(name, ":")
		if globMatch(catPat, cat) && globMatch(evPat, ev) {
			out = append(out, name)
		}
	}
	return out, nil
}

func globMatch(pattern, s string) bool {
	ok, _ := path.Match(pattern, s) // the pattern was checked already
	return ok
}

// AllTracepoints reads available_events (one "category:event" a line), or
// walks events/ when that file is missing, and returns the names sorted and
// without duplicates.
func (t *Tracefs) AllTracepoints() ([]string, error) {
	var names []string
	data, err := os.ReadFile(filepath.Join(t.Dir, "available_events"))
	switch {
	case err == nil:
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if strings.Contains(line, ":") {
				names = append(names, line)
			}
		}
	case errors.Is(err, fs.ErrNotExist):
		names, err = t.walkEvents()
		if err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("list tracepoints: %w", err)
	}
	sort.Strings(names)
	out := names[:0]
	for i, n := range names {
		if i == 0 || n != names[i-1] {
			out = append(out, n)
		}
	}
	return out, nil
}

func (t *Tracefs) walkEvents() ([]string, error) {
	events := filepath.Join(t.Dir, "events")
	cats, err := os.ReadDir(events)
	if err != nil {
		return nil, fmt.Errorf("list tracepoints: %w", err)
	}
	var names []string
	for _, cat := range cats {
		if !cat.IsDir() {
			continue // enable, header_page, header_event
		}
		evs, err := os.ReadDir(filepath.Join(events, cat.Name()))
		if err != nil {
			return nil, fmt.Errorf("list tracepoints: %w", err)
		}
		for _, ev := range evs {
			if ev.IsDir() {
				names = append(names, cat.Name()+":"+ev.Name())
			}
		}
	}
	return names, nil
}
