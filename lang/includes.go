package lang

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
)

// Includes: `#include <file>` is read for nothing (kernel types come from
// BTF, header macros from consts.go). `#include "file"` names a header of
// the script's own: it is looked for in the script's directory, then in
// -I's directories, and its #define lines are the script's (a header
// found only among the system's, /usr/include, is read for nothing, as a
// <file> one). A local header must hold nothing but preprocessor lines
// and comments: gtrace does not read C definitions yet. --include FILE is
// `#include "FILE"` before the script's first line.

// maxIncludeDepth bounds headers including headers.
const maxIncludeDepth = 32

// includes reads the local headers preprocess found, and those --include
// names first, into its defines: the script's own defines win.
func (p *parser) includes(dirs *directives) *ast.Error {
	dir := "."
	if p.file != "" && p.file != "stdin" {
		dir = filepath.Dir(p.file)
	}
	from := map[string]*ast.Define{}
	for _, f := range p.opts.Includes {
		if err := p.readHeader(f, dir, from, 0); err != "" {
			return &ast.Error{Pos: p.pos(0), Msg: "--include " + err}
		}
	}
	for _, l := range dirs.includes {
		if err := p.readHeader(l.name, dir, from, 0); err != "" {
			return &ast.Error{Pos: p.pos(l.offset), Msg: "#include " + err}
		}
	}
	for name, d := range from {
		if dirs.defines[name] == nil {
			dirs.defines[name] = d
		}
	}
	return nil
}

// readHeader reads the defines of header name (found from dir, then
// -I's directories) into out; it returns what went wrong, or "".
func (p *parser) readHeader(name, dir string, out map[string]*ast.Define, depth int) string {
	if depth > maxIncludeDepth {
		return fmt.Sprintf("%q: headers include each other more than %d deep", name, maxIncludeDepth)
	}
	var tried []string
	path := ""
	for _, d := range append([]string{dir}, p.opts.IncludeDirs...) {
		cand := name
		if !filepath.IsAbs(name) {
			cand = filepath.Join(d, name)
		}
		tried = append(tried, cand)
		if fi, err := os.Stat(cand); err == nil && fi.Mode().IsRegular() {
			path = cand
			break
		}
	}
	if path == "" {
		if _, err := os.Stat(filepath.Join("/usr/include", name)); err == nil && !filepath.IsAbs(name) {
			return "" // a system header: nothing to read
		}
		return fmt.Sprintf("%q: no such file (looked for %s)", name, strings.Join(tried, ", "))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Sprintf("%q: %v", name, err)
	}
	text, dirs, perr := preprocess(string(b))
	if perr != nil {
		return fmt.Sprintf("%s:%d: %s", path, lineOf(string(b), perr.Pos.Offset), perr.Msg)
	}
	if i := strings.IndexFunc(stripComments(text), func(r rune) bool { return r != ' ' && r != '\t' && r != '\n' && r != '\r' }); i >= 0 {
		return fmt.Sprintf("%s:%d: only preprocessor lines are read from a header: gtrace does not read C definitions yet", path, lineOf(string(b), i))
	}
	for k, d := range dirs.defines {
		if out[k] == nil {
			d.Pos = ast.Pos{File: path, Line: lineOf(string(b), d.Pos.Offset), Col: 1, Offset: -1}
			out[k] = d
		}
	}
	for _, n := range dirs.includes {
		if err := p.readHeader(n.name, filepath.Dir(path), out, depth+1); err != "" {
			return err
		}
	}
	return ""
}

// lineOf is the 1-based line of offset in s.
func lineOf(s string, offset int) int { return strings.Count(s[:min(offset, len(s))], "\n") + 1 }

// stripComments blanks // and /* */ comments of preprocessed text (byte
// for byte, strings respected).
func stripComments(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '"':
			for i++; i < len(b) && b[i] != '"' && b[i] != '\n'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
		case b[i] == '/' && i+1 < len(b) && b[i+1] == '/':
			for ; i < len(b) && b[i] != '\n'; i++ {
				b[i] = ' '
			}
		case b[i] == '/' && i+1 < len(b) && b[i+1] == '*':
			for ; i < len(b) && !(b[i] == '*' && i+1 < len(b) && b[i+1] == '/'); i++ {
				if b[i] != '\n' {
					b[i] = ' '
				}
			}
			if i+1 < len(b) {
				b[i], b[i+1] = ' ', ' '
				i++
			}
		}
	}
	return string(b)
}
