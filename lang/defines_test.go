package lang

import (
	"strings"
	"testing"
)

// TestDefineDepth: a define nested deeper than the parser allows is an
// error where it is used, not a stack overflow; the message quotes the
// value's start only.
func TestDefineDepth(t *testing.T) {
	for _, value := range []string{
		strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000),
		strings.Repeat("-", 100000) + "1",
	} {
		_, err := check("#define Z " + value + "\nBEGIN { print(Z); }")
		if err == nil || !strings.Contains(err.Error(), "it nests more than 500 deep") || len(err.Error()) > 1000 {
			t.Errorf("a define %d bytes deep: %.300v", len(value), err)
		}
	}
	if _, err := check("#define Z ((((1))))\nBEGIN { print(Z); }"); err != nil {
		t.Errorf("a define 4 deep: %v", err)
	}
}
