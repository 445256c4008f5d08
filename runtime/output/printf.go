package output

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Sprintf formats args with a bpftrace printf format (already unescaped).
// It fails when the number of arguments differs from the number of
// conversions or an argument cannot be printed by its conversion; the
// checker is expected to have ruled both out.
func Sprintf(format string, args []Value) (string, error) {
	s, _, err := SprintfCut(format, args)
	return s, err
}

// SprintfCut is Sprintf that also counts the integers a 32-bit
// conversion (%d, %u, %x... without l) had to cut: values that are
// neither a 32-bit signed nor a 32-bit unsigned number. bpftrace cuts
// them silently, as C does.
func SprintfCut(format string, args []Value) (s string, cut int, err error) {
	pieces, err := PrintfPieces(format)
	if err != nil {
		return "", 0, err
	}
	n := 0
	for _, p := range pieces {
		if p.Verb != nil {
			n++
		}
	}
	if n != len(args) {
		return "", 0, fmt.Errorf("printf: %d arguments for %d conversions in %q", len(args), n, format)
	}
	var b strings.Builder
	a := 0
	for _, p := range pieces {
		b.WriteString(p.Text)
		if p.Verb == nil {
			continue
		}
		s, err := formatPrintfVerb(*p.Verb, args[a])
		if err != nil {
			return "", 0, fmt.Errorf("printf: argument %d: %w", a+1, err)
		}
		if cutTo32(*p.Verb, args[a]) {
			cut++
		}
		a++
		// bpftrace copies each snprintf result as a C string, so a NUL
		// (from %c of 0) ends that conversion's output.
		if k := strings.IndexByte(s, 0); k >= 0 {
			s = s[:k]
		}
		b.WriteString(s)
	}
	return b.String(), cut, nil
}

// cutTo32 says whether a conversion without a length takes an integer
// that 32 bits cannot hold, signed or unsigned.
func cutTo32(v PrintfVerb, arg Value) bool {
	if v.Length != "" || arg.Kind != KindInt || !strings.Contains("diuoxX", v.Verb) {
		return false
	}
	raw := uint64(arg.Int)
	return int64(int32(raw)) != arg.Int && uint64(uint32(raw)) != raw
}

func formatPrintfVerb(v PrintfVerb, arg Value) (string, error) {
	switch v.Verb {
	case "s":
		return pfPad(v, pfPrec(v, outTextValue(arg))), nil
	case "r", "rx", "rh":
		if arg.Kind != KindStr {
			return "", fmt.Errorf("%%%s needs a buffer, not %s", v.Verb, pfKindName(arg.Kind))
		}
		raw := arg.Str
		if arg.Bytes != nil {
			raw = string(arg.Bytes)
		}
		return pfPad(v, pfPrec(v, pfHexBuffer(raw, v.Verb == "r", v.Verb != "rh"))), nil
	}
	if arg.Kind != KindInt {
		return "", fmt.Errorf("%%%s needs an integer, not %s", v.Verb, pfKindName(arg.Kind))
	}
	raw := uint64(arg.Int)
	switch v.Verb {
	case "c":
		return pfPad(v, string([]byte{byte(raw)})), nil
	case "p":
		if raw == 0 {
			// glibc prints a null pointer as "(nil)", padded with spaces
			// whatever the precision and '0' flag say.
			return pfPad(v, "(nil)"), nil
		}
		return pfInt(v, "0x", strconv.FormatUint(raw, 16), ""), nil
	case "d", "i":
		var x int64
		switch v.Length {
		case "":
			x = int64(int32(raw))
		case "hh":
			x = int64(int8(raw))
		case "h":
			x = int64(int16(raw))
		default:
			x = int64(raw)
		}
		sign := ""
		switch {
		case x < 0:
			sign = "-"
		case v.HasFlag('+'):
			sign = "+"
		case v.HasFlag(' '):
			sign = " "
		}
		mag := uint64(x)
		if x < 0 {
			mag = -mag
		}
		return pfInt(v, sign, strconv.FormatUint(mag, 10), ""), nil
	}
	// u, o, x, X
	switch v.Length {
	case "":
		raw = uint64(uint32(raw))
	case "hh":
		raw = uint64(uint8(raw))
	case "h":
		raw = uint64(uint16(raw))
	}
	switch v.Verb {
	case "u":
		return pfInt(v, "", strconv.FormatUint(raw, 10), ""), nil
	case "o":
		d := strconv.FormatUint(raw, 8)
		alt := ""
		if v.HasFlag('#') {
			alt = "0" // the precision is raised until the first digit is 0
		}
		return pfInt(v, "", d, alt), nil
	}
	d := strconv.FormatUint(raw, 16)
	prefix := ""
	if v.HasFlag('#') && raw != 0 {
		prefix = "0x"
	}
	if v.Verb == "X" {
		d = strings.ToUpper(d)
		prefix = strings.ToUpper(prefix)
	}
	return pfInt(v, prefix, d, ""), nil
}

// pfInt lays out an integer conversion as C does: prefix (sign or 0x),
// digits raised to the precision, then padding to the width with spaces,
// or with zeros after the prefix for '0' without '-' or a precision.
// octalAlt is "0" for "%#o", whose output must start with a 0.
func pfInt(v PrintfVerb, prefix, digits, octalAlt string) string {
	if v.Prec == 0 && digits == "0" {
		digits = ""
	}
	if len(digits) < v.Prec {
		digits = strings.Repeat("0", v.Prec-len(digits)) + digits
	}
	if octalAlt != "" && !strings.HasPrefix(digits, "0") {
		digits = "0" + digits
	}
	body := prefix + digits
	if len(body) >= v.Width {
		return body
	}
	pad := v.Width - len(body)
	switch {
	case v.HasFlag('-'):
		return body + strings.Repeat(" ", pad)
	case v.HasFlag('0') && v.Prec < 0:
		return prefix + strings.Repeat("0", pad) + digits
	default:
		return strings.Repeat(" ", pad) + body
	}
}

// pfPad pads a string, %c or (nil) conversion with spaces (glibc ignores
// '0' for them).
func pfPad(v PrintfVerb, s string) string {
	if len(s) >= v.Width {
		return s
	}
	if v.HasFlag('-') {
		return s + strings.Repeat(" ", v.Width-len(s))
	}
	return strings.Repeat(" ", v.Width-len(s)) + s
}

func pfPrec(v PrintfVerb, s string) string {
	if v.Prec >= 0 && len(s) > v.Prec {
		return s[:v.Prec]
	}
	return s
}

// pfHexBuffer renders a buf() value as bpftrace does for %r (printable
// ASCII kept, other bytes as \xNN), %rx (every byte as \xNN) and %rh
// (every byte as two hex digits, space separated).
func pfHexBuffer(s string, keepASCII, escapeHex bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case keepASCII && c >= 32 && c <= 126:
			b.WriteByte(c)
		case escapeHex:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			fmt.Fprintf(&b, "%02x", c)
			if i != len(s)-1 {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

func pfKindName(k ValueKind) string {
	switch k {
	case KindInt:
		return "an integer"
	case KindStr:
		return "a string"
	case KindTuple:
		return "a tuple"
	}
	return "an unknown value"
}

// Strftime formats t with a C strftime format, in the local time zone,
// as bpftrace's time() and strftime() do (glibc's conversions).
func Strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(t.Format("Mon"))
		case 'A':
			b.WriteString(t.Format("Monday"))
		case 'b', 'h':
			b.WriteString(t.Format("Jan"))
		case 'B':
			b.WriteString(t.Format("January"))
		case 'c':
			b.WriteString(t.Format("Mon Jan _2 15:04:05 2006"))
		case 'C':
			fmt.Fprintf(&b, "%02d", t.Year()/100)
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'D':
			b.WriteString(t.Format("01/02/06"))
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'F':
			b.WriteString(t.Format("2006-01-02"))
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'k':
			fmt.Fprintf(&b, "%2d", t.Hour())
		case 'l':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%2d", h)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'n':
			b.WriteByte('\n')
		case 'p':
			b.WriteString(t.Format("PM"))
		case 'r':
			b.WriteString(t.Format("03:04:05 PM"))
		case 'R':
			b.WriteString(t.Format("15:04"))
		case 's':
			b.WriteString(strconv.FormatInt(t.Unix(), 10))
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 't':
			b.WriteByte('\t')
		case 'T':
			b.WriteString(t.Format("15:04:05"))
		case 'u':
			wd := int(t.Weekday())
			if wd == 0 {
				wd = 7
			}
			b.WriteString(strconv.Itoa(wd))
		case 'w':
			b.WriteString(strconv.Itoa(int(t.Weekday())))
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'Y':
			b.WriteString(strconv.Itoa(t.Year()))
		case 'z':
			b.WriteString(t.Format("-0700"))
		case 'Z':
			b.WriteString(t.Format("MST"))
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
