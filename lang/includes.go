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
// <file> one). Besides preprocessor lines and comments, a local header
// holds // C definitions, read by lang/cdecl (cdefs.go) before the script's own.
// --include FILE is `#include "FILE"` before the script's first line.

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
		if err, at := p.readHeader(f, dir, from, 0); at != nil {
			return at
		} else if err != "" {
			return &ast.Error{Pos: p.pos(0), Msg: "--include " + err}
		}
	}
	for _, l := range dirs.includes {
		if err, at := p.readHeader(l.name, dir, from, 0); at != nil {
			return at
		} else if err != "" {
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
// -I's directories) into out, and its C definitions into p.headerC; it
// returns what went wrong, or "", or an error positioned in a header.
func (p *parser) readHeader(name, dir string, out map[string]*ast.Define, depth int) (string, *ast.Error) {
	if depth > maxIncludeDepth {
		return fmt.Sprintf("%q: headers include each other more than %d deep", name, maxIncludeDepth), nil
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
			return "", nil // a system header: nothing to read
		}
		return fmt.Sprintf("%q: no such file (looked for %s)", name, strings.Join(tried, ", ")), nil
	}
	if p.headersRead[path] {
		return "", nil // read once, as include guards make it
	}
	if p.headersRead == nil {
		p.headersRead = map[string]bool{}
	}
	p.headersRead[path] = true
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Sprintf("%q: %v", name, err), nil
	}
	text, dirs, perr := preprocess(string(b))
	if perr != nil {
		return fmt.Sprintf("%s:%d: %s", path, lineOf(string(b), perr.Pos.Offset), perr.Msg), nil
	}
	for k, d := range dirs.defines {
		if out[k] == nil {
			d.Pos = ast.Pos{File: path, Line: lineOf(string(b), d.Pos.Offset), Col: 1, Offset: -1}
			out[k] = d
		}
	}
	for _, n := range dirs.includes {
		if err, at := p.readHeader(n.name, filepath.Dir(path), out, depth+1); err != "" || at != nil {
			return err, at
		}
	}
	// After the headers it includes: its definitions may use theirs.
	c, cerr := readHeaderC(path, string(b), text)
	if cerr != nil {
		return "", cerr
	}
	if c != nil {
		p.headerC = append(p.headerC, c)
	}
	return "", nil
}

// lineOf is the 1-based line of offset in s.
func lineOf(s string, offset int) int { return strings.Count(s[:min(offset, len(s))], "\n") + 1 }
