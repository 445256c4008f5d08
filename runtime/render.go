package runtime

import (
	"encoding/binary"
	"fmt"
	"io"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"
)

// The runner as stdlib.Runtime: what builtins' event handlers, value
// renderers and load-time constants may ask of the running script.

var _ stdlib.Runtime = (*runner)(nil)

// Output writes what a builtin prints to the script's writer and hands
// it to OnEvent.
func (r *runner) Output(e output.Event) {
	r.opts.Writer.Event(e)
	if r.opts.OnEvent != nil {
		r.opts.OnEvent(e)
	}
}

func (r *runner) Stderr() io.Writer   { return r.opts.Stderr }
func (r *runner) Host() *host.Host    { return r.host }
func (r *runner) BootTime() time.Time { return r.bootWall }
func (r *runner) StartNs() int64      { return r.startNs }

// tracedPID is the process -p names, else the -c command's; 0 for none.
func (r *runner) tracedPID() int {
	if r.opts.PID != 0 {
		return r.opts.PID
	}
	return int(r.Cpid())
}

func (r *runner) Cpid() int64 {
	if r.child == nil {
		return 0
	}
	return int64(r.child.pid())
}

func (r *runner) String(i int) string {
	if i < 0 || i >= len(r.out.Strings) {
		return ""
	}
	return r.out.Strings[i]
}

func (r *runner) ReadMap(name string) (*output.MapDump, error) {
	mm, m, err := r.userMap(name)
	if err != nil {
		return nil, err
	}
	return readMap(r, m, mm, r.ncpu)
}

func (r *runner) ClearMap(name string) error {
	_, m, err := r.userMap(name)
	if err != nil {
		return err
	}
	return clearMap(m)
}

func (r *runner) ZeroMap(name string) error {
	mm, m, err := r.userMap(name)
	if err != nil {
		return err
	}
	return zeroMap(m, mm)
}

// Stack returns the frames of stack id from the stack map name, up to
// the first zero address; none for a failed bpf_get_stackid (negative id).
func (r *runner) Stack(name string, id int64) []uint64 {
	if id < 0 || r.coll == nil {
		return nil
	}
	m := r.coll.Maps[name]
	if m == nil {
		return nil
	}
	buf := make([]byte, m.ValueSize())
	if err := m.Lookup(uint32(id), &buf); err != nil {
		return nil
	}
	var out []uint64
	for i := 0; i+8 <= len(buf); i += 8 {
		a := binary.NativeEndian.Uint64(buf[i:])
		if a == 0 {
			break
		}
		out = append(out, a)
	}
	return out
}

// clocks reads when tracing starts: the monotonic time bpf_ktime_get_ns()
// counts (for elapsed) and the wall-clock time at which it was 0 (for
// strftime).
func clocks() (startNs int64, bootWall time.Time, err error) {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return 0, time.Time{}, fmt.Errorf("clock: %w", err)
	}
	return ts.Nano(), time.Now().Add(-time.Duration(ts.Nano())), nil
}
