package probes

import (
	"fmt"
	goruntime "runtime"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/lang/ast"
)

// uprobe:PATH:FUNC[+OFF] and uretprobe:PATH:FUNC: a user function's entry
// (an instruction of it) and return, in every process that maps the file;
// PATH may be a library name, FUNC a glob or an address.

// Uprobe and Uretprobe are the providers, for the runtime.
var (
	Uprobe = register(&Provider{
		Name: "uprobe", Aliases: map[string]string{"u": "uprobe"},
		Usage: "uprobe:/path/to/binary:function[+offset]", ProgType: ebpf.Kprobe, Ctx: ptRegsCtx, Skippable: true,
		Expand:       func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo { return expandUprobe(x, ap, false) },
		Arg:          regArg(true),
		EmitArg:      emitRegArg,
		EmitStackArg: stackArg(asm.FnProbeReadUser),
		Args:         true,
		ArgFields:    uprobeArgFields,
	})
	Uretprobe = register(&Provider{
		Name: "uretprobe", Aliases: map[string]string{"ur": "uretprobe"},
		Usage: "uretprobe:/path/to/binary:function", ProgType: ebpf.Kprobe, Ctx: ptRegsCtx, Skippable: true,
		Expand:     func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo { return expandUprobe(x, ap, true) },
		Retval:     retReg,
		EmitRetval: emitRetReg,
	})
)

func expandUprobe(x Expander, ap *ast.AttachPoint, ret bool) []*ast.AttachInfo {
	return eachBinary(x, ap, func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo { return expandUprobeIn(x, ap, ret) })
}

// eachBinary expands an attach point whose binary is a wildcarded path
// (/usr/lib/*/libssl.so*) once for each ELF file it matches, with expand;
// a file that lacks the function or probe is passed over, and only none
// having it is missing. Any other attach point is expand's alone.
func eachBinary(x Expander, ap *ast.AttachPoint, expand func(Expander, *ast.AttachPoint) []*ast.AttachInfo) []*ast.AttachInfo {
	res := x.HostSymbols()
	if len(ap.Parts) < 2 || !isGlob(ap.Parts[0]) || !strings.Contains(ap.Parts[0], "/") || res == nil {
		return expand(x, ap)
	}
	paths, err := res.MatchBinaries(ap.Parts[0])
	if err != nil {
		x.Errorf(ap, "%s: %v", ap.Provider, err)
		return nil
	}
	var out []*ast.AttachInfo
	for _, p := range paths {
		one := *ap
		one.Parts = append([]string{p}, ap.Parts[1:]...)
		out = append(out, expand(quietMissing{x}, &one)...)
	}
	if len(out) == 0 {
		x.Missing(ap, "%s: no file matching %s has %s", ap.Provider, ap.Parts[0], strings.Join(ap.Parts[1:], ":"))
	}
	return out
}

// resolveBinary finds the file a uprobe or usdt probe names: with -p, a
// path is the traced process's (in its mount namespace, when it has its
// own: a container). It returns the file to read and the path as the
// process sees it, which the probe is named by.
func resolveBinary(x Expander, res HostSymbols, name string) (file, shown string, err error) {
	if pid := x.PID(); pid != 0 && strings.HasPrefix(name, "/") {
		if root := res.ProcessRoot(pid); root != "" {
			file, err := res.ResolveBinary(root + name)
			return file, strings.TrimPrefix(file, root), err
		}
	}
	file, err = res.ResolveBinary(name)
	return file, file, err
}

// quietMissing passes over what one file of a wildcard lacks.
type quietMissing struct{ Expander }

func (quietMissing) Missing(ast.Node, string, ...any) {}

func expandUprobeIn(x Expander, ap *ast.AttachPoint, ret bool) []*ast.AttachInfo {
	if len(ap.Parts) != 2 || ap.Parts[0] == "" || ap.Parts[1] == "" {
		x.Errorf(ap, "%s needs a binary and a function: %s:/path/to/binary:function", ap.Provider, ap.Provider)
		return nil
	}
	path, fn := ap.Parts[0], ap.Parts[1]
	shown := path
	res := x.HostSymbols()
	if res != nil {
		p, s, err := resolveBinary(x, res, path)
		if err != nil {
			x.Errorf(ap, "%s: %v", ap.Provider, err)
			return nil
		}
		path, shown = p, s
	} else if !strings.HasPrefix(path, "/") {
		x.Errorf(ap, "%s: cannot find %q: no resolver for library names", ap.Provider, path)
		return nil
	}
	prefix := ap.Provider + ":" + shown + ":"
	if strings.HasPrefix(fn, "0x") || strings.HasPrefix(fn, "0X") || fn[0] >= '0' && fn[0] <= '9' {
		addr, err := strconv.ParseUint(fn, 0, 64)
		if err != nil {
			x.Errorf(ap, "%s: %q is not an address", ap.Provider, fn)
			return nil
		}
		name := fn
		if res != nil {
			if s, ok := res.SymbolAt(path, addr); ok {
				name = s
			}
		}
		return []*ast.AttachInfo{{Provider: ap.Provider, Name: prefix + fn, Path: path, Func: name, Address: addr, AtReturn: ret}}
	}
	fn, off, err := splitOffset(fn)
	if err != nil {
		x.Errorf(ap, "%s: %v", ap.Provider, err)
		return nil
	}
	if off != 0 && ret {
		x.Errorf(ap, "%s cannot take an offset", ap.Provider)
		return nil
	}
	funcs := []string{fn}
	if isGlob(fn) || res != nil {
		if res == nil {
			x.Errorf(ap, "%s: cannot expand %q: no resolver", ap.Provider, fn)
			return nil
		}
		list, err := res.Symbols(path, fn)
		if err != nil {
			x.Errorf(ap, "%s: %v", ap.Provider, err)
			return nil
		}
		if len(list) == 0 {
			if isGlob(fn) {
				x.Missing(ap, "%s: no function of %s matches %s", ap.Provider, path, fn)
			} else {
				x.Missing(ap, "%s: %s has no function %s", ap.Provider, path, fn)
			}
			return nil
		}
		funcs = list
	}
	if off != 0 && isGlob(fn) {
		x.Errorf(ap, "%s: an offset cannot be used with a wildcard", ap.Provider)
		return nil
	}
	var out []*ast.AttachInfo
	for _, f := range funcs {
		out = append(out, &ast.AttachInfo{Provider: ap.Provider, Name: withOffset(prefix+f, off), Path: path, Func: f, Offset: off, AtReturn: ret})
	}
	return out
}

// uprobeArgFields names a uprobe's arguments from its binary's DWARF:
// each parameter read from the register the calling convention passes
// it in, typed by its C type (pointers into user memory).
func uprobeArgFields(x Expander, a *ast.AttachInfo) error {
	d, ok := x.HostSymbols().(DebugInfo)
	if !ok || a.Path == "" || a.Func == "" {
		return fmt.Errorf("%s has no debug information gtrace can read", a.Name)
	}
	names, types, err := d.FuncParamTypes(a.Path, a.Func)
	if err != nil {
		return fmt.Errorf("%s: %w", a.Path, err)
	}
	if a.Offset != 0 || a.Address != 0 {
		return fmt.Errorf("%s does not stop at the function's entry, where its arguments are in their registers", a.Name)
	}
	fields := []ast.TracepointField{}
	for i, name := range names {
		t, err := ast.ValueType(types[i], x.Strlen())
		if err != nil {
			return fmt.Errorf("argument %s: %w", name, err)
		}
		if t.Kind != ast.KInt {
			return fmt.Errorf("argument %s is a %s passed by value: gtrace reads arguments passed in registers", name, ast.CTypeName(types[i]))
		}
		off, ok := ArgRegOffset(goruntime.GOARCH, i)
		if !ok {
			return fmt.Errorf("argument %s is the %dth: only the first %d are in registers on %s", name, i+1, MaxRegArgs, goruntime.GOARCH)
		}
		if t.Pointer {
			t.UserPtr = true
		}
		fields = append(fields, ast.TracepointField{Name: name, CType: ast.CTypeName(types[i]), Offset: off, Size: t.Size, Signed: t.Signed, Pointer: t.Pointer, Type: t})
	}
	a.Fields = fields
	return nil
}
