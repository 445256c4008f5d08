package output

import (
	"strings"
	"testing"
)

// printfOracleCases were printed by bpftrace v0.17.0 (Debian 12) from
//
//	BEGIN { printf("<FORMAT>\n", ARGS); ... exit(); }
//
// one printf per row, ARGS written as bpftrace literals: IntVal(n) is the
// literal n (or a cast to a signed type, e.g. (int8)-1), UintVal(n) a cast
// to an unsigned type, e.g. (uint32)4000000000. The expected string is
// what bpftrace printed between < and >.
var printfOracleCases = []struct {
	format string
	args   []Value
	want   string
}{
	{"%d", []Value{IntVal(42)}, "42"},
	{"%d", []Value{IntVal(-42)}, "-42"},
	{"%d", []Value{IntVal(5000000000)}, "705032704"},
	{"%ld", []Value{IntVal(5000000000)}, "5000000000"},
	{"%lld", []Value{IntVal(-5000000000)}, "-5000000000"},
	{"%hd", []Value{IntVal(5000000000)}, "-3584"},
	{"%hhd", []Value{IntVal(200)}, "-56"},
	{"%hd", []Value{IntVal(40000)}, "-25536"},
	{"%jd", []Value{IntVal(-1)}, "-1"},
	{"%zd", []Value{IntVal(-1)}, "-1"},
	{"%td", []Value{IntVal(-1)}, "-1"},
	{"%d", []Value{UintVal(4000000000)}, "-294967296"},
	{"%ld", []Value{UintVal(18446744073709551615)}, "-1"},
	{"%d", []Value{IntVal(-1)}, "-1"},
	{"%d", []Value{UintVal(255)}, "255"},
	{"%u", []Value{IntVal(-1)}, "4294967295"},
	{"%lu", []Value{IntVal(-1)}, "18446744073709551615"},
	{"%llu", []Value{IntVal(-1)}, "18446744073709551615"},
	{"%zu", []Value{IntVal(-1)}, "18446744073709551615"},
	{"%hhu", []Value{IntVal(300)}, "44"},
	{"%hu", []Value{IntVal(70000)}, "4464"},
	{"%u", []Value{IntVal(-1)}, "4294967295"},
	{"%x", []Value{IntVal(-1)}, "ffffffff"},
	{"%lx", []Value{IntVal(-1)}, "ffffffffffffffff"},
	{"%X", []Value{IntVal(255)}, "FF"},
	{"%llX", []Value{IntVal(-1)}, "FFFFFFFFFFFFFFFF"},
	{"%hhx", []Value{IntVal(-1)}, "ff"},
	{"%hX", []Value{IntVal(-1)}, "FFFF"},
	{"%x", []Value{IntVal(-1)}, "ffffffff"},
	{"%X", []Value{UintVal(255)}, "FF"},
	{"%o", []Value{IntVal(8)}, "10"},
	{"%lo", []Value{IntVal(-1)}, "1777777777777777777777"},
	{"%ho", []Value{IntVal(-1)}, "177777"},
	{"%o", []Value{IntVal(-1)}, "37777777777"},
	{"%c", []Value{IntVal(65)}, "A"},
	{"%c", []Value{IntVal(321)}, "A"},
	{"%c", []Value{IntVal(16706)}, "B"},
	{"%c", []Value{IntVal(0)}, ""},
	{"%5c", []Value{IntVal(0)}, "    "},
	{"%-5c", []Value{IntVal(0)}, ""},
	{"%10c", []Value{IntVal(65)}, "         A"},
	{"%-3c", []Value{IntVal(65)}, "A  "},
	{"%05c", []Value{IntVal(65)}, "    A"},
	{"%p", []Value{IntVal(0)}, "(nil)"},
	{"%p", []Value{IntVal(255)}, "0xff"},
	{"%p", []Value{IntVal(-1)}, "0xffffffffffffffff"},
	{"%5p", []Value{IntVal(1)}, "  0x1"},
	{"%-20p", []Value{IntVal(1)}, "0x1                 "},
	{"%010p", []Value{IntVal(1)}, "0x00000001"},
	{"%-010p", []Value{IntVal(1)}, "0x1       "},
	{"%.5p", []Value{IntVal(1)}, "0x00001"},
	{"%10.3p", []Value{IntVal(1)}, "     0x001"},
	{"%05p", []Value{IntVal(0)}, "(nil)"},
	{"%.5p", []Value{IntVal(0)}, "(nil)"},
	{"%010p", []Value{IntVal(0)}, "     (nil)"},
	{"%-10p", []Value{IntVal(0)}, "(nil)     "},
	{"%10.3p", []Value{IntVal(0)}, "     (nil)"},
	{"%hhp", []Value{IntVal(511)}, "0x1ff"},
	{"%lp", []Value{IntVal(511)}, "0x1ff"},
	{"%5d", []Value{IntVal(42)}, "   42"},
	{"%-5d", []Value{IntVal(42)}, "42   "},
	{"%05d", []Value{IntVal(42)}, "00042"},
	{"%05d", []Value{IntVal(-42)}, "-0042"},
	{"%.3d", []Value{IntVal(7)}, "007"},
	{"%.3d", []Value{IntVal(-7)}, "-007"},
	{"%8.3d", []Value{IntVal(7)}, "     007"},
	{"%-8.3d", []Value{IntVal(7)}, "007     "},
	{"%010.3d", []Value{IntVal(5)}, "       005"},
	{"%-010d", []Value{IntVal(5)}, "5         "},
	{"%-05d", []Value{IntVal(5)}, "5    "},
	{"%.0d", []Value{IntVal(0)}, ""},
	{"%5.0d", []Value{IntVal(0)}, "     "},
	{"%-5.0d", []Value{IntVal(0)}, "     "},
	{"%1d", []Value{IntVal(12345)}, "12345"},
	{"%.0x", []Value{IntVal(0)}, ""},
	{"%.0o", []Value{IntVal(0)}, ""},
	{"%.3x", []Value{IntVal(10)}, "00a"},
	{"%08.3x", []Value{IntVal(10)}, "     00a"},
	{"%-8x", []Value{IntVal(10)}, "a       "},
	{"%08X", []Value{IntVal(10)}, "0000000A"},
	{"%020lu", []Value{IntVal(-1)}, "18446744073709551615"},
	{"%s", []Value{StrVal("abc")}, "abc"},
	{"%5s", []Value{StrVal("ab")}, "   ab"},
	{"%-5s", []Value{StrVal("ab")}, "ab   "},
	{"%.2s", []Value{StrVal("abcdef")}, "ab"},
	{"%5.1s", []Value{StrVal("xyz")}, "    x"},
	{"%05s", []Value{StrVal("ab")}, "   ab"},
	{"%.0s", []Value{StrVal("abc")}, ""},
	{"%.10s", []Value{StrVal("abc")}, "abc"},
	{"%3.1s", []Value{StrVal("abc")}, "  a"},
	{"%-6.2s", []Value{StrVal("abc")}, "ab    "},
	{"%s", []Value{StrVal("")}, ""},
	{"%2s", []Value{StrVal("abcd")}, "abcd"},
	{"%s|%s", []Value{StrVal("a"), StrVal("b")}, "a|b"},
	{"%d %s %x", []Value{IntVal(1), StrVal("two"), IntVal(3)}, "1 two 3"},
	{"100%% %d", []Value{IntVal(5)}, "100% 5"},
	{"%%%d", []Value{IntVal(5)}, "%5"},
	{"a%cb%d", []Value{IntVal(0), IntVal(7)}, "ab7"},
	{"no conversions", []Value{}, "no conversions"},
	{"lone %", []Value{}, "lone %"},
	{"%-", []Value{}, "%-"},
	// %y, "%.d" (no precision digits) and "%5%" are not conversions:
	// printed as written.
	{"%y %.d %5%", nil, "%y %.d %5%"},
}

func TestPrintfOracle(t *testing.T) {
	for _, c := range printfOracleCases {
		got, err := Sprintf(c.format, c.args)
		if err != nil {
			t.Errorf("Sprintf(%q, %v): %v", c.format, c.args, err)
			continue
		}
		if got != c.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q (bpftrace v0.17)", c.format, c.args, got, c.want)
		}
	}
}

// printfExtensionCases are conversions bpftrace v0.17 rejects ("Too many
// arguments for format string") and newer bpftrace accepts: %i and the
// flags '+', ' ', '#'. Expected strings are glibc printf's, e.g.
// printf("<%#08x>\n", 10u) in C.
var printfExtensionCases = []struct {
	format string
	args   []Value
	want   string
}{
	{"%+d", []Value{IntVal(5)}, "+5"},
	{"%+d", []Value{IntVal(-5)}, "-5"},
	{"% d", []Value{IntVal(5)}, " 5"},
	{"% d", []Value{IntVal(-5)}, "-5"},
	{"%+ d", []Value{IntVal(5)}, "+5"},
	{"%#x", []Value{IntVal(255)}, "0xff"},
	{"%#x", []Value{IntVal(0)}, "0"},
	{"%#X", []Value{IntVal(255)}, "0XFF"},
	{"%#o", []Value{IntVal(8)}, "010"},
	{"%#o", []Value{IntVal(0)}, "0"},
	{"%#.0o", []Value{IntVal(0)}, "0"},
	{"%#5x", []Value{IntVal(10)}, "  0xa"},
	{"%#08x", []Value{IntVal(10)}, "0x00000a"},
	{"%#-8x", []Value{IntVal(10)}, "0xa     "},
	{"%#lx", []Value{IntVal(-1)}, "0xffffffffffffffff"},
	{"%#.3o", []Value{IntVal(8)}, "010"},
	{"%#.4x", []Value{IntVal(10)}, "0x000a"},
	{"%i", []Value{IntVal(42)}, "42"},
	{"%+i", []Value{IntVal(42)}, "+42"},
	{"% 05d", []Value{IntVal(42)}, " 0042"},
	{"%+05d", []Value{IntVal(42)}, "+0042"},
	{"%0-5d", []Value{IntVal(42)}, "42   "},
	{"%+u", []Value{IntVal(5)}, "5"},
	{"% x", []Value{IntVal(5)}, "5"},
	{"%+.0d", []Value{IntVal(0)}, "+"},
	{"% .0d", []Value{IntVal(0)}, " "},
	{"%#.0x", []Value{IntVal(0)}, ""},
	{"%+ld", []Value{IntVal(5000000000)}, "+5000000000"},
	{"%+hhd", []Value{IntVal(200)}, "-56"},
	// %s of a non-string (newer bpftrace prints any value with %s).
	{"%s", []Value{IntVal(-42)}, "-42"},
	{"%s", []Value{UintVal(18446744073709551615)}, "18446744073709551615"},
	{"%5s|%-5s|", []Value{IntVal(7), IntVal(7)}, "    7|7    |"},
	{"%s", []Value{TupleVal(IntVal(1), StrVal("abc"))}, "(1, abc)"},
	{"%s", []Value{TupleVal(IntVal(1), TupleVal(StrVal("x"), UintVal(2)))}, "(1, (x, 2))"},
	// "%%" is always '%' in gtrace; bpftrace v0.17 prints "%%" verbatim
	// when no conversion follows it (printf("%d%%\n", 5) prints "5%%").
	{"%d%%", []Value{IntVal(5)}, "5%"},
	{"100%%", nil, "100%"},
	{"%%d", nil, "%d"},
}

func TestPrintfExtensions(t *testing.T) {
	for _, c := range printfExtensionCases {
		got, err := Sprintf(c.format, c.args)
		if err != nil {
			t.Errorf("Sprintf(%q, %v): %v", c.format, c.args, err)
			continue
		}
		if got != c.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", c.format, c.args, got, c.want)
		}
	}
}

// bpftrace's buffer conversions, from
//
//	BEGIN { printf("[%r][%rx][%rh]\n", buf("a\x01b", 3), buf("ab", 2), buf("ab", 2)); exit(); }
//
// which printed [a\x01b][\x61\x62][61 62].
func TestPrintfBuffer(t *testing.T) {
	got, err := Sprintf("[%r][%rx][%rh]", []Value{StrVal("a\x01b"), StrVal("ab"), StrVal("ab")})
	if err != nil {
		t.Fatal(err)
	}
	if want := `[a\x01b][\x61\x62][61 62]`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPrintfErrors(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []Value
		err    string
	}{
		{"%d %d", []Value{IntVal(1)}, "1 arguments for 2 conversions"},
		{"%d", []Value{IntVal(1), IntVal(2)}, "2 arguments for 1 conversions"},
		{"%d", []Value{StrVal("a")}, "needs an integer, not a string"},
		{"%x", []Value{TupleVal(IntVal(1))}, "needs an integer, not a tuple"},
		{"%r", []Value{IntVal(1)}, "needs a buffer, not an integer"},
	} {
		_, err := Sprintf(c.format, c.args)
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Sprintf(%q, %v) error = %v, want %q", c.format, c.args, err, c.err)
		}
	}
}
