package stdlib

import (
	"github.com/gtrace/gtrace/runtime/output"
)

// HandleHelperError reports a failed helper call (-k, -kk): the event's
// Format is the helper's name as bpftrace spells it, its argument the
// return code, Pos to End the expression and Source its script line.
// codegen emits these events after the helpers it checks.
func HandleHelperError(r Runtime, ev *EventSpec, args []output.Value) error {
	r.Output(output.Event{Kind: "helper_error", HelperError: &output.HelperError{
		Helper: ev.Format, Ret: args[0].Int, Pos: ev.Pos, End: ev.End, Source: ev.Source}})
	return nil
}
