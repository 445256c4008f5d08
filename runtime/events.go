package runtime

import (
	"encoding/binary"
	"fmt"

	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"
)

// decodeEvent splits a ring buffer record into its event description (by
// the record's first u64, the event id) and its decoded arguments.
func decodeEvent(rt stdlib.Runtime, events []*stdlib.EventSpec, rec []byte) (*stdlib.EventSpec, []output.Value, error) {
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
		v, err := decodeValue(rt, rec[off:], t)
		if err != nil {
			return nil, nil, fmt.Errorf("event %d: argument %d: %w", id, i, err)
		}
		args[i] = v
	}
	return ev, args, nil
}

// addEvent adds an event the runtime's own programs send, after the
// compiled script's, and returns its id.
func (r *runner) addEvent(ev *stdlib.EventSpec) int {
	list := r.eventList()
	r.events = append(list[:len(list):len(list)], ev)
	return len(r.events) - 1
}

// eventList is every event a record may carry, by id.
func (r *runner) eventList() []*stdlib.EventSpec {
	if r.events != nil {
		return r.events
	}
	return r.out.Events
}

// handleEvent does what one record asks, through the handler of the
// builtin that sent it. It returns true for exit().
func (r *runner) handleEvent(rec []byte) (exit bool, err error) {
	ev, args, err := decodeEvent(r, r.eventList(), rec)
	if err != nil {
		return false, err
	}
	if ev.Handle != nil {
		if err := ev.Handle(r, ev, args); err != nil {
			return false, err
		}
	}
	return ev.Stop, nil
}
