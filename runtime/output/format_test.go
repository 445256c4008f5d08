package output

import (
	"reflect"
	"testing"
)

func TestParsePrintf(t *testing.T) {
	verbs, err := ParsePrintf("a %-08.3lld b %% %s %y %rx %#X%c")
	if err != nil {
		t.Fatal(err)
	}
	want := []PrintfVerb{
		{Verb: "d", Start: 2, End: 11, Flags: "-0", Width: 8, Prec: 3, Length: "ll"},
		{Verb: "s", Start: 17, End: 19, Flags: "", Width: -1, Prec: -1},
		{Verb: "rx", Start: 23, End: 26, Flags: "", Width: -1, Prec: -1},
		{Verb: "X", Start: 27, End: 30, Flags: "#", Width: -1, Prec: -1},
		{Verb: "c", Start: 30, End: 32, Flags: "", Width: -1, Prec: -1},
	}
	if !reflect.DeepEqual(verbs, want) {
		t.Errorf("ParsePrintf:\n got %+v\nwant %+v", verbs, want)
	}
	for _, v := range want {
		if got, w := v.IntArg(), v.Verb == "d" || v.Verb == "X" || v.Verb == "c"; got != w {
			t.Errorf("%q.IntArg() = %v", v.Verb, got)
		}
	}
	if verbs, _ := ParsePrintf("plain %% text %"); len(verbs) != 0 {
		t.Errorf("ParsePrintf found %v in a format without conversions", verbs)
	}
}

func TestUnknownConversion(t *testing.T) {
	for format, want := range map[string]string{
		"%d %s\n":    "",
		"100%%":      "",
		"%f\n":       "%f",
		"x %-5y":     "%-5y",
		"%d %.2f %s": "%.2f",
		"end %":      "%",
	} {
		if got := UnknownConversion(format); got != want {
			t.Errorf("UnknownConversion(%q) = %q, want %q", format, got, want)
		}
	}
}
