package ast

import (
	"fmt"
	"sort"
	"strings"
)

// Error is one diagnostic at a position in a script.
type Error struct {
	Pos Pos
	End Pos // optional: when set and on Pos's line, the underline spans to it
	Msg string
	// Source is the text of the file Pos is in when that is not the
	// script (a header it includes), for the line shown under the error.
	Source string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errorf makes an Error spanning node n.
func Errorf(n Node, format string, args ...any) *Error {
	return &Error{Pos: n.Position(), End: n.EndPos(), Msg: fmt.Sprintf(format, args...)}
}

// ErrorList is every error found by one pass.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Pos.Offset < l[j].Pos.Offset })
}

// Format renders err for a user: `file:line:col: msg`, the source line, and
// a caret with a tilde underline. err may be an *Error, an ErrorList or any
// other error (printed as is).
func Format(src string, err error) string {
	switch e := err.(type) {
	case ErrorList:
		var b strings.Builder
		for i, x := range e {
			if i+1 < len(e) && e[i+1].Pos == x.Pos && e[i+1].End == x.End {
				// Errors at one place show it once, under the last.
				b.WriteString(x.Error() + "\n")
				continue
			}
			b.WriteString(Format(src, x))
		}
		return b.String()
	case *Error:
		if e.Source != "" {
			src = e.Source
		}
		return FormatLine(e, sourceLine(src, e.Pos.Line))
	default:
		return err.Error() + "\n"
	}
}

// FormatLine renders e as Format does, given the source line it is on.
func FormatLine(e *Error, line string) string {
	var b strings.Builder
	b.WriteString(e.Error())
	b.WriteByte('\n')
	if strings.TrimSpace(line) == "" {
		return b.String() // nothing to point at
	}
	b.WriteString(line)
	b.WriteByte('\n')
	col := e.Pos.Col
	if col < 1 {
		col = 1
	}
	// Keep tabs so the caret lines up under the source text.
	for i := 0; i < col-1 && i < len(line); i++ {
		if line[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('^')
	if e.End.Line == e.Pos.Line && e.End.Col > col+1 {
		b.WriteString(strings.Repeat("~", e.End.Col-col-1))
	}
	b.WriteByte('\n')
	return b.String()
}

func sourceLine(src string, n int) string {
	if n < 1 {
		return ""
	}
	lines := strings.Split(src, "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// PosIn is the position of byte off of src, a file named file.
func PosIn(file, src string, off int) Pos {
	off = max(0, min(off, len(src)))
	line := strings.Count(src[:off], "\n")
	return Pos{File: file, Offset: off, Line: line + 1, Col: off - (strings.LastIndexByte(src[:off], '\n') + 1) + 1}
}
