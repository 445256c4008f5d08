package output

import (
	"bytes"
	"testing"
)

// cutWidgets is a kind registered as a builtin registers its own.
var cutWidgets = RegisterCut(CutKind{Name: "widgets", One: "widget", Many: "widgets", Rest: "lost their last %d%% bits",
	Limit: func(int) int { return 32 }})

func TestCutReports(t *testing.T) {
	var text, js bytes.Buffer
	tw, jw := NewTextWriter(&text), NewJSONWriter(&js)
	for _, w := range []Writer{tw, jw} {
		w.Cut(CutLoops, 1, 8388608)
		w.Cut(CutStrings, 2, 64)
		w.Cut(cutWidgets, 3, cutWidgets.Limit(64))
	}
	wantText := "WARNING: 1 loop stopped at bpf_loop's limit of 8388608 iterations\n" +
		"WARNING: 2 strings printed filled max_strlen (64 bytes) and may have been cut; raise max_strlen in the config block or BPFTRACE_STRLEN\n" +
		"WARNING: 3 widgets lost their last 32% bits\n"
	if text.String() != wantText {
		t.Errorf("text:\n%s\nwant:\n%s", text.String(), wantText)
	}
	wantJSON := `{"type": "cut", "data": {"what": "loops", "count": 1, "limit": 8388608, "message": "1 loop stopped at bpf_loop's limit of 8388608 iterations"}}` + "\n" +
		`{"type": "cut", "data": {"what": "strings", "count": 2, "limit": 64, "message": "2 strings printed filled max_strlen (64 bytes) and may have been cut; raise max_strlen in the config block or BPFTRACE_STRLEN"}}` + "\n" +
		`{"type": "cut", "data": {"what": "widgets", "count": 3, "limit": 32, "message": "3 widgets lost their last 32% bits"}}` + "\n"
	if js.String() != wantJSON {
		t.Errorf("json:\n%s\nwant:\n%s", js.String(), wantJSON)
	}
}

func TestSprintfCut(t *testing.T) {
	for _, c := range []struct {
		format string
		arg    int64
		cut    int
	}{
		{"%d", 5000000000, 1}, {"%d", -3, 0}, {"%u", -3, 0}, {"%x", -1, 0}, {"%x", 1 << 32, 1},
		{"%ld", 5000000000, 0}, {"%hhd", 300, 0}, {"%d", 1<<31 + 5, 0}, {"%s", 5000000000, 0},
	} {
		_, cut, err := SprintfCut(c.format, []Value{{Kind: KindInt, Int: c.arg}})
		if err != nil || cut != c.cut {
			t.Errorf("%s of %d: cut %d, %v; want %d", c.format, c.arg, cut, err, c.cut)
		}
	}
}
