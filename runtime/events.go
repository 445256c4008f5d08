package runtime

import (
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"

	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/codegen"
)

// decodeEvent splits a ring buffer record into its event description (by
// the record's first u64, the event id) and its decoded arguments.
func decodeEvent(events []*codegen.EventMeta, rec []byte) (*codegen.EventMeta, []output.Value, error) {
	if len(rec) < 8 {
		return nil, nil, fmt.Errorf("event record of %d bytes", len(rec))
	}
	id := binary.NativeEndian.Uint64(rec)
	if id >= uint64(len(events)) {
		return nil, nil, fmt.Errorf("event record with unknown id %d", id)
	}
	ev := events[id]
	if len(rec) < ev.Size {
		return nil, nil, fmt.Errorf("event %d: record of %d bytes, want %d", id, len(rec), ev.Size)
	}
	if len(ev.ArgOffsets) != len(ev.Args) {
		return nil, nil, fmt.Errorf("event %d: %d arguments but %d offsets", id, len(ev.Args), len(ev.ArgOffsets))
	}
	args := make([]output.Value, len(ev.Args))
	for i, t := range ev.Args {
		off := ev.ArgOffsets[i]
		if off < 0 || off > len(rec) {
			return nil, nil, fmt.Errorf("event %d: argument %d at offset %d of a %d-byte record", id, i, off, len(rec))
		}
		v, err := decodeValue(rec[off:], t)
		if err != nil {
			return nil, nil, fmt.Errorf("event %d: argument %d: %w", id, i, err)
		}
		args[i] = v
	}
	return ev, args, nil
}

// handleEvent does what one record asks. It returns true for exit().
func (r *runner) handleEvent(rec []byte) (exit bool, err error) {
	r.setRender()
	ev, args, err := decodeEvent(r.out.Events, rec)
	if err != nil {
		return false, err
	}
	w := r.opts.Writer
	switch ev.Kind {
	case codegen.EventPrintf:
		s, err := output.Sprintf(ev.Format, args)
		if err != nil {
			return false, fmt.Errorf("%s: printf: %w", ev.Pos, err)
		}
		w.Printf(s)
	case codegen.EventHelperError:
		w.HelperError(output.HelperError{Helper: ev.Format, Ret: args[0].Int, Pos: ev.Pos, End: ev.End, Source: ev.Source})
	case codegen.EventPrint:
		if len(args) != 1 {
			return false, fmt.Errorf("%s: print with %d arguments", ev.Pos, len(args))
		}
		w.Value(args[0])
	case codegen.EventPrintMap:
		mm, m, err := r.userMap(ev.Map)
		if err != nil {
			return false, err
		}
		d, err := readMap(m, mm, r.ncpu)
		if err != nil {
			return false, err
		}
		w.Map(d, int(ev.Top), int(ev.Div))
	case codegen.EventClear:
		_, m, err := r.userMap(ev.Map)
		if err != nil {
			return false, err
		}
		if err := clearMap(m); err != nil {
			return false, fmt.Errorf("clear %s: %w", ev.Map, err)
		}
	case codegen.EventZero:
		mm, m, err := r.userMap(ev.Map)
		if err != nil {
			return false, err
		}
		if err := zeroMap(m, mm); err != nil {
			return false, fmt.Errorf("zero %s: %w", ev.Map, err)
		}
	case codegen.EventExit:
		return true, nil
	case codegen.EventJoin:
		if len(args) < 1 {
			return false, fmt.Errorf("%s: join with no count", ev.Pos)
		}
		n := int(args[0].Int)
		parts := make([]string, 0, n)
		for i := 1; i <= n && i < len(args); i++ {
			parts = append(parts, args[i].Str)
		}
		w.Join(strings.Join(parts, ev.Format))
	case codegen.EventTime:
		w.Time(output.Strftime(ev.Format, time.Now()))
	case codegen.EventCat:
		path, err := output.Sprintf(ev.Format, args)
		if err != nil {
			return false, fmt.Errorf("%s: cat: %w", ev.Pos, err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			// bpftrace's words: the run goes on.
			fmt.Fprintf(r.opts.Stderr, "ERROR: failed to open file '%s': %s\n", path, output.ErrnoText(err))
			return false, nil
		}
		w.Cat(string(data))
	case codegen.EventSystem:
		cmd, err := output.Sprintf(ev.Format, args)
		if err != nil {
			return false, fmt.Errorf("%s: system: %w", ev.Pos, err)
		}
		// As bpftrace's popen: sh -c, its stdout printed, its stderr
		// passed through.
		c := exec.Command("/bin/sh", "-c", cmd)
		c.Stderr = r.opts.Stderr
		out, _ := c.Output()
		w.System(string(out))
	default:
		return false, fmt.Errorf("%s: unknown event kind %d", ev.Pos, ev.Kind)
	}
	return false, nil
}

// patchValue resolves a constant the program needs from this machine:
// kaddr()'s kernel symbol address, cgroupid()'s cgroup id (the inode of
// the cgroup v2 directory).
func patchValue(h *host.Host, p codegen.Patch) (uint64, error) {
	switch p.What {
	case codegen.PatchKaddr:
		a, err := h.KernelSymbolAddr(p.Name)
		if err != nil {
			return 0, fmt.Errorf("kaddr(%q): %w", p.Name, err)
		}
		return a, nil
	case codegen.PatchCgroupid:
		path := p.Name
		if !strings.HasPrefix(path, "/sys/fs/cgroup") {
			path = "/sys/fs/cgroup/" + strings.TrimPrefix(path, "/")
		}
		var st unix.Stat_t
		if err := unix.Stat(path, &st); err != nil {
			return 0, fmt.Errorf("cgroupid(%q): %w", p.Name, err)
		}
		return st.Ino, nil
	}
	return 0, fmt.Errorf("unknown patch kind %d", p.What)
}
