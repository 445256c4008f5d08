package lang

import (
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/lang/cdecl"
)

// C definitions in a script: a top-level item (at the start of the
// script, or after a probe, a config block or another definition) that
// begins with struct, union, enum or typedef is C, read by lang/cdecl.
// A struct, union or enum definition ends at its closing brace, with or
// without a `;` after it, as bpftrace allows; a typedef or a forward
// declaration ends at its `;`. Their text is blanked from what the
// script's grammar sees, line breaks kept so that positions hold.

// cRegion is one top-level C definition's place in the text.
type cRegion struct{ start, end int }

// cDefinitions finds the C definitions at the top level of text
// (preprocessed: directives blanked).
func cDefinitions(text string) []cRegion {
	var out []cRegion
	depth := 0
	itemStart := true // the next word begins a top-level item
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c == '/' && i+1 < len(text) && (text[i+1] == '/' || text[i+1] == '*'):
			i = skipComment(text, i)
			continue
		case c == '"':
			i = skipString(text, i)
			itemStart = false
			continue
		}
		if depth == 0 && itemStart && isWordByte(c) {
			j := i
			for j < len(text) && isWordByte(text[j]) {
				j++
			}
			switch word := text[i:j]; word {
			case "struct", "union", "enum", "typedef":
				end := cDefinitionEnd(text, j, word == "typedef")
				out = append(out, cRegion{i, end})
				i = end
				continue
			}
			itemStart = false
			i = j
			continue
		}
		switch c {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			if depth > 0 {
				depth--
			}
			if depth == 0 && c == '}' {
				itemStart = true
				i++
				continue
			}
		case ';':
			if depth == 0 {
				itemStart = true
				i++
				continue
			}
		}
		itemStart = false
		i++
	}
	return out
}

// cDefinitionEnd finds where a definition starting before from ends.
func cDefinitionEnd(text string, from int, typedef bool) int {
	depth := 0
	for i := from; i < len(text); {
		c := text[i]
		switch {
		case c == '/' && i+1 < len(text) && (text[i+1] == '/' || text[i+1] == '*'):
			i = skipComment(text, i)
			continue
		case c == '"':
			i = skipString(text, i)
			continue
		}
		switch c {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
			if depth == 0 && c == '}' && !typedef {
				// An optional `;` after the closing brace is the
				// definition's.
				j := i + 1
				for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
					j++
				}
				if j < len(text) && text[j] == ';' {
					return j + 1
				}
				return i + 1
			}
		case ';':
			if depth <= 0 {
				return i + 1
			}
		}
		i++
	}
	return len(text)
}

func skipComment(text string, i int) int {
	if text[i+1] == '/' {
		for i < len(text) && text[i] != '\n' {
			i++
		}
		return i
	}
	for i += 2; i+1 < len(text); i++ {
		if text[i] == '*' && text[i+1] == '/' {
			return i + 2
		}
	}
	return len(text)
}

func skipString(text string, i int) int {
	for i++; i < len(text) && text[i] != '"' && text[i] != '\n'; i++ {
		if text[i] == '\\' {
			i++
		}
	}
	return min(i+1, len(text))
}

// readCDefinitions parses the script's C definitions and blanks them
// from text.
func (p *parser) readCDefinitions(text string) (string, *ast.CSource, *ast.Error) {
	regions := cDefinitions(text)
	if len(regions) == 0 {
		return text, nil, nil
	}
	b := []byte(text)
	src := &ast.CSource{File: p.file, Decls: &cdecl.File{}}
	for _, r := range regions {
		f, err := cdecl.Parse(text[r.start:r.end], r.start)
		if err != nil {
			return "", nil, &ast.Error{Pos: p.pos(err.Off), End: p.pos(err.End), Msg: "C definition: " + err.Msg}
		}
		src.Decls.Decls = append(src.Decls.Decls, f.Decls...)
		for i := r.start; i < r.end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b), src, nil
}

// readHeaderC parses what a header holds besides its directives.
func readHeaderC(path, orig, text string) (*ast.CSource, *ast.Error) {
	f, err := cdecl.Parse(text, 0)
	if err != nil {
		return nil, &ast.Error{Pos: ast.PosIn(path, orig, err.Off), End: ast.PosIn(path, orig, err.End), Msg: "C definition: " + err.Msg, Source: orig}
	}
	if len(f.Decls) == 0 {
		return nil, nil
	}
	return &ast.CSource{File: path, Text: orig, Decls: f}, nil
}

// buildC lays out the program's C definitions; a name they do not
// define comes from the kernel's BTF, a constant from the #defines, the
// macro table and the kernel's enumerators.
func (c *checker) buildC(p *ast.Program) {
	if len(p.C) == 0 {
		return
	}
	var files []*cdecl.File
	for _, s := range p.C {
		files = append(files, s.Decls)
	}
	t, err := cdecl.Build(files, cLookup{c})
	if err != nil {
		// Offsets are within the file the definition is in.
		s := p.C[err.File]
		text := s.Text
		if text == "" {
			text = p.Source
		}
		c.errs = append(c.errs, &ast.Error{Pos: ast.PosIn(s.File, text, err.Off), End: ast.PosIn(s.File, text, err.End), Msg: "C definition: " + err.Msg, Source: s.Text})
		return
	}
	c.ctypes = t
}

// cLookup answers cdecl's questions from the checker.
type cLookup struct{ c *checker }

func (l cLookup) Kernel(kind, name string) (btf.Type, error) { return l.c.kernelType(kind, name) }

func (l cLookup) Constant(name string) (int64, bool) {
	if d := l.c.defines[name]; d != nil {
		v := l.c.define(d, nil)
		return v.n, v.err == "" && !v.isString
	}
	v, _, ok := l.c.namedConstant(name)
	return v, ok
}
