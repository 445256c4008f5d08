package host

import (
	"debug/dwarf"
	"debug/elf"
	"errors"
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// DWARF of user binaries, for uprobes: the parameters of a function
// (args->name) and the binary's own structs, unions, enums and typedefs
// (casts), turned into BTF types as the kernel's are. The debug
// information is the file's own, or its separate debug file's, as for
// symbols.

// Param is one parameter of a function, from its binary's DWARF.
type Param struct {
	Name string
	Type btf.Type
}

// debugInfo is what gtrace read of one file's DWARF, once.
type debugInfo struct {
	data *dwarf.Data // nil: the file has none
	// types are the named types by "struct NAME", "union NAME",
	// "enum NAME" or a typedef's NAME: their DWARF offsets.
	types map[string]dwarf.Offset
	// funcs are the functions' parameter lists by name.
	funcs map[string][]dwarfParam
	// conv holds the conversions done (debug/dwarf gives one value per
	// type of the file).
	conv map[dwarf.Type]btf.Type
	err  error
}

type dwarfParam struct {
	name string
	typ  dwarf.Offset
}

// ErrNoDebugInfo says a binary has no DWARF (built without -g, and no
// debug file for it).
var ErrNoDebugInfo = errors.New("no debug information (DWARF): build it with -g, or install its debug file")

func (h *Host) debugInfo(path string) *debugInfo {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.dwarf == nil {
		h.dwarf = map[string]*debugInfo{}
	}
	if di := h.dwarf[path]; di != nil {
		return di
	}
	di := readDebugInfo(path)
	h.dwarf[path] = di
	return di
}

func readDebugInfo(path string) *debugInfo {
	di := &debugInfo{types: map[string]dwarf.Offset{}, funcs: map[string][]dwarfParam{}, conv: map[dwarf.Type]btf.Type{}}
	f, err := elf.Open(path)
	if err != nil {
		di.err = err
		return di
	}
	defer f.Close()
	if f.Section(".debug_info") != nil {
		di.data, di.err = f.DWARF()
	} else {
		for _, c := range debugFiles(f, path) {
			df, err := elf.Open(c)
			if err != nil {
				continue
			}
			if df.Section(".debug_info") != nil {
				di.data, di.err = df.DWARF()
			}
			df.Close()
			if di.data != nil {
				break
			}
		}
	}
	if di.data == nil {
		if di.err == nil {
			di.err = ErrNoDebugInfo
		}
		return di
	}
	di.err = di.index()
	return di
}

// index notes every named type and every function defined, with its
// parameters.
func (di *debugInfo) index() error {
	r := di.data.Reader()
	for {
		e, err := r.Next()
		if err != nil {
			return fmt.Errorf("reading DWARF: %w", err)
		}
		if e == nil {
			return nil
		}
		name, _ := e.Val(dwarf.AttrName).(string)
		decl, _ := e.Val(dwarf.AttrDeclaration).(bool)
		switch e.Tag {
		case dwarf.TagStructType, dwarf.TagUnionType, dwarf.TagEnumerationType, dwarf.TagTypedef:
			key := map[dwarf.Tag]string{dwarf.TagStructType: "struct ", dwarf.TagUnionType: "union ", dwarf.TagEnumerationType: "enum "}[e.Tag] + name
			if _, seen := di.types[key]; name != "" && !decl && !seen {
				di.types[key] = e.Offset
			}
		case dwarf.TagSubprogram:
			if name == "" || decl || !e.Children {
				break
			}
			var params []dwarfParam
			for {
				c, err := r.Next()
				if err != nil {
					return fmt.Errorf("reading DWARF: %w", err)
				}
				if c == nil || c.Tag == 0 {
					break
				}
				if c.Tag == dwarf.TagFormalParameter {
					pn, _ := c.Val(dwarf.AttrName).(string)
					pt, _ := c.Val(dwarf.AttrType).(dwarf.Offset)
					params = append(params, dwarfParam{pn, pt})
				}
				if c.Children {
					r.SkipChildren()
				}
			}
			if _, seen := di.funcs[name]; !seen {
				di.funcs[name] = params
			}
			continue
		}
		if e.Children && e.Tag != dwarf.TagCompileUnit && e.Tag != dwarf.TagNamespace {
			r.SkipChildren()
		}
	}
}

// FuncParams are the parameters of function fn of the binary at path,
// from its DWARF: ErrNoDebugInfo when it has none.
func (h *Host) FuncParams(path, fn string) ([]Param, error) {
	di := h.debugInfo(path)
	h.mu.Lock()
	defer h.mu.Unlock()
	if di.err != nil {
		return nil, di.err
	}
	ps, ok := di.funcs[fn]
	if !ok {
		return nil, fmt.Errorf("its debug information does not describe %s", fn)
	}
	out := make([]Param, len(ps))
	for i, p := range ps {
		t, err := di.typeAt(p.typ)
		if err != nil {
			return nil, fmt.Errorf("parameter %s of %s: %w", p.name, fn, err)
		}
		out[i] = Param{Name: p.name, Type: t}
	}
	return out, nil
}

// FuncParamTypes is FuncParams as two lists, for the probe types.
func (h *Host) FuncParamTypes(path, fn string) ([]string, []btf.Type, error) {
	ps, err := h.FuncParams(path, fn)
	if err != nil {
		return nil, nil, err
	}
	names, types := make([]string, len(ps)), make([]btf.Type, len(ps))
	for i, p := range ps {
		names[i], types[i] = p.Name, p.Type
	}
	return names, types, nil
}

// DebugType is the type "struct NAME", "union NAME", "enum NAME" or
// typedef NAME of the binary at path, from its DWARF; nil when it has
// none of that name (or no DWARF).
func (h *Host) DebugType(path, name string) btf.Type {
	di := h.debugInfo(path)
	h.mu.Lock()
	defer h.mu.Unlock()
	off, ok := di.types[name]
	if di.err != nil || !ok {
		return nil
	}
	t, err := di.typeAt(off)
	if err != nil {
		return nil
	}
	return t
}

func (di *debugInfo) typeAt(off dwarf.Offset) (btf.Type, error) {
	if off == 0 {
		return &btf.Void{}, nil
	}
	dt, err := di.data.Type(off)
	if err != nil {
		return nil, err
	}
	return di.convert(dt), nil
}

// convert turns a DWARF type into the BTF type gtrace reads values by.
func (di *debugInfo) convert(dt dwarf.Type) btf.Type {
	if dt == nil {
		return &btf.Void{}
	}
	if t := di.conv[dt]; t != nil {
		return t
	}
	var out btf.Type
	switch u := dt.(type) {
	case *dwarf.StructType:
		if u.Incomplete {
			kind := btf.FwdStruct
			if u.Kind == "union" {
				kind = btf.FwdUnion
			}
			out = &btf.Fwd{Name: u.StructName, Kind: kind}
			break
		}
		var members *[]btf.Member
		if u.Kind == "union" {
			un := &btf.Union{Name: u.StructName, Size: uint32(max(u.ByteSize, 0))}
			out, members = un, &un.Members
		} else {
			st := &btf.Struct{Name: u.StructName, Size: uint32(max(u.ByteSize, 0))}
			out, members = st, &st.Members
		}
		di.conv[dt] = out // before the fields: they may point back
		for _, f := range u.Field {
			m := btf.Member{Name: f.Name, Type: di.convert(f.Type), Offset: btf.Bits(f.ByteOffset * 8)}
			if f.BitSize > 0 {
				m.BitfieldSize = btf.Bits(f.BitSize)
				switch {
				case f.DataBitOffset != 0 || f.BitOffset == 0:
					m.Offset = btf.Bits(f.DataBitOffset)
				default:
					// DWARF 2's form: bits from the storage unit's top.
					m.Offset = btf.Bits(f.ByteOffset*8 + f.ByteSize*8 - f.BitOffset - f.BitSize)
				}
			}
			*members = append(*members, m)
		}
		return out
	case *dwarf.ArrayType:
		n := max(u.Count, 0)
		out = &btf.Array{Index: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}, Type: di.convert(u.Type), Nelems: uint32(n)}
	case *dwarf.PtrType:
		p := &btf.Pointer{}
		di.conv[dt] = p
		p.Target = di.convert(u.Type)
		return p
	case *dwarf.TypedefType:
		td := &btf.Typedef{Name: u.Name}
		di.conv[dt] = td
		td.Type = di.convert(u.Type)
		return td
	case *dwarf.QualType:
		out = di.convert(u.Type)
	case *dwarf.EnumType:
		e := &btf.Enum{Name: u.EnumName, Size: uint32(u.ByteSize)}
		for _, v := range u.Val {
			e.Values = append(e.Values, btf.EnumValue{Name: v.Name, Value: uint64(v.Val)})
			if v.Val < 0 {
				e.Signed = true
			}
		}
		out = e
	case *dwarf.CharType:
		out = &btf.Int{Name: u.Name, Size: uint32(u.ByteSize), Encoding: btf.Signed | btf.Char}
	case *dwarf.UcharType:
		out = &btf.Int{Name: u.Name, Size: uint32(u.ByteSize), Encoding: btf.Char}
	case *dwarf.IntType:
		out = &btf.Int{Name: u.Name, Size: uint32(u.ByteSize), Encoding: btf.Signed}
	case *dwarf.UintType:
		out = &btf.Int{Name: u.Name, Size: uint32(u.ByteSize)}
	case *dwarf.BoolType:
		out = &btf.Int{Name: u.Name, Size: uint32(u.ByteSize), Encoding: btf.Bool}
	case *dwarf.FloatType:
		out = &btf.Float{Name: u.Name, Size: uint32(u.ByteSize)}
	case *dwarf.FuncType:
		out = &btf.FuncProto{Return: di.convert(u.ReturnType)}
	default:
		out = &btf.Void{}
	}
	di.conv[dt] = out
	return out
}
