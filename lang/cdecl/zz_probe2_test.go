package cdecl

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestZZDeep(t *testing.T) {
	n := 100000
	var typedefs strings.Builder
	typedefs.WriteString("typedef int t0;")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&typedefs, "typedef t%d t%d;", i-1, i)
	}
	typedefs.WriteString(fmt.Sprintf("struct s { t%d x:3; t%d y; };", n-1, n-1))
	var members strings.Builder
	members.WriteString("struct m {")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&members, "int m%d;", i)
	}
	members.WriteString("};")
	var enums strings.Builder
	enums.WriteString("enum e {")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&enums, "E%d = E%d + 1,", i+1, i)
	}
	enums.WriteString("};")
	for name, src := range map[string]string{
		"parens":   "int " + strings.Repeat("(", n) + "x;",
		"structs":  strings.Repeat("struct a { ", n),
		"neg":      "int x[" + strings.Repeat("-", n) + "1];",
		"pexpr":    "int x[" + strings.Repeat("(", n) + "1];",
		"sum":      "int x[1" + strings.Repeat("+1", n) + "];",
		"cond":     "int x[" + strings.Repeat("1?", n) + "1" + strings.Repeat(":1", n) + "];",
		"dims":     "struct s { int a" + strings.Repeat("[1]", n) + "; };",
		"ptrs":     "struct s { int " + strings.Repeat("*", n) + "a; };",
		"funcs":    "struct s { int (*a)" + strings.Repeat("(void)", n) + "; };",
		"typedefs": typedefs.String(),
		"members":  members.String(),
		"enums":    "enum e { E0 };" + enums.String(),
		"attrs":    "struct s { int a " + strings.Repeat("__attribute__((aligned(8)))", n) + "; };",
		"sizeof":   "int x[" + strings.Repeat("sizeof(int[", n) + "1" + strings.Repeat("])", n) + "];",
		"anon":     "struct s { " + strings.Repeat("struct { ", 150) + "int a;" + strings.Repeat("};", 150) + "};",
	} {
		start := time.Now()
		f, err := Parse(src, 0)
		var berr *Error
		if err == nil {
			_, berr = Build([]*File{f}, probeLK{})
		}
		fmt.Printf("%s: %v parse=%v build=%v\n", name, time.Since(start), err, berr)
	}
}
