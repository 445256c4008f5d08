package host

import (
	"bytes"
	"debug/elf"
	"fmt"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
)

// USDT probes: SystemTap SDT notes (<sys/sdt.h>'s STAP_PROBE), as found in
// the .note.stapsdt section. Each note holds the probe's address, the
// link-time address of .stapsdt.base (to undo prelinking), the address of
// its semaphore (0 if none), and "provider\0name\0args\0", where args is a
// space-separated list of "size@operand" in the assembler's syntax.

type usdtNote struct {
	probe ast.USDTProbe
	err   error // the arguments could not be decoded
}

// readUSDTNotes reads every stapsdt note of f.
func readUSDTNotes(f *elf.File) ([]usdtNote, error) {
	sec := f.Section(".note.stapsdt")
	if sec == nil {
		return nil, nil
	}
	data, err := sec.Data()
	if err != nil {
		return nil, fmt.Errorf("read .note.stapsdt: %w", err)
	}
	var baseAddr uint64
	if b := f.Section(".stapsdt.base"); b != nil {
		baseAddr = b.Addr
	}
	bo := f.ByteOrder
	word := 8
	if f.Class == elf.ELFCLASS32 {
		word = 4
	}
	readWord := func(b []byte) uint64 {
		if word == 4 {
			return uint64(bo.Uint32(b))
		}
		return bo.Uint64(b)
	}
	syms := &elfSymbols{f: f}
	var notes []usdtNote
	for len(data) >= 12 {
		namesz, descsz, typ := bo.Uint32(data), bo.Uint32(data[4:]), bo.Uint32(data[8:])
		nameEnd := 12 + align4(int(namesz))
		descEnd := nameEnd + align4(int(descsz))
		if descEnd > len(data) || nameEnd < 12 {
			break
		}
		name := string(bytes.TrimRight(data[12:12+namesz], "\x00"))
		desc := data[nameEnd : nameEnd+int(descsz)]
		data = data[descEnd:]
		if name != "stapsdt" || typ != 3 || len(desc) < 3*word {
			continue
		}
		pc, base, sem := readWord(desc), readWord(desc[word:]), readWord(desc[2*word:])
		strs := strings.Split(string(desc[3*word:]), "\x00")
		if len(strs) < 2 {
			continue
		}
		if baseAddr != 0 {
			pc += baseAddr - base
			if sem != 0 {
				sem += baseAddr - base
			}
		}
		n := usdtNote{probe: ast.USDTProbe{Provider: strs[0], Name: strs[1], PC: pc, Semaphore: sem, PIE: f.Type == elf.ET_DYN}}
		if len(strs) > 2 && strings.TrimSpace(strs[2]) != "" {
			for _, spec := range strings.Fields(strs[2]) {
				a, err := parseUSDTArg(spec, f.Machine, syms.lookup)
				if err != nil {
					n.err = err
					break
				}
				n.probe.Args = append(n.probe.Args, a)
			}
		}
		notes = append(notes, n)
	}
	return notes, nil
}

func align4(n int) int { return (n + 3) &^ 3 }

// x86Regs maps every x86_64 register name to its pt_regs field.
var x86Regs = func() map[string]string {
	m := map[string]string{"rip": "ip", "eip": "ip"}
	for _, r := range []string{"ax", "bx", "cx", "dx"} {
		m["r"+r], m["e"+r], m[r] = r, r, r
		m[r[:1]+"l"] = r
	}
	for _, r := range []string{"si", "di", "bp", "sp"} {
		m["r"+r], m["e"+r], m[r], m[r+"l"] = r, r, r, r
	}
	for i := 8; i <= 15; i++ {
		r := "r" + strconv.Itoa(i)
		m[r], m[r+"d"], m[r+"w"], m[r+"b"] = r, r, r, r
	}
	return m
}()

// elfSymbols looks up the variables a note's %rip-relative operands
// name, reading the symbol tables on first use.
type elfSymbols struct {
	f      *elf.File
	byName map[string]uint64
}

func (s *elfSymbols) lookup(name string) (uint64, bool) {
	if s.byName == nil {
		s.byName = map[string]uint64{}
		for _, read := range []func() ([]elf.Symbol, error){s.f.Symbols, s.f.DynamicSymbols} {
			syms, _ := read()
			for _, sym := range syms {
				if sym.Section != elf.SHN_UNDEF && sym.Value != 0 {
					s.byName[sym.Name] = sym.Value
				}
			}
		}
	}
	v, ok := s.byName[name]
	return v, ok
}

// parseUSDTArg decodes one argument spec: "-4@%edi", "8@-16(%rbp)",
// "-4@(%rsi,%rdx,4)", "-8@counter(%rip)", "4@$5" on x86_64; "-4@x0",
// "8@[sp, 16]", "4@#5" on arm64. A size without "@" (old notes) is taken
// as 8 bytes. symbol resolves the variables %rip-relative operands name.
func parseUSDTArg(spec string, machine elf.Machine, symbol func(string) (uint64, bool)) (ast.USDTArg, error) {
	a := ast.USDTArg{Spec: spec, Size: 8}
	op := spec
	if sz, rest, ok := strings.Cut(spec, "@"); ok {
		n, err := strconv.Atoi(sz)
		if err != nil {
			return a, fmt.Errorf("usdt argument %q: bad size", spec)
		}
		a.Signed = n < 0
		if n < 0 {
			n = -n
		}
		switch n {
		case 1, 2, 4, 8:
		default:
			return a, fmt.Errorf("usdt argument %q: bad size", spec)
		}
		a.Size, op = n, rest
	}
	bad := fmt.Errorf("usdt argument %q: operand %q is not supported", spec, op)
	if machine == elf.EM_AARCH64 {
		return parseARM64Operand(a, op, bad)
	}
	switch {
	case strings.HasPrefix(op, "$"):
		v, err := strconv.ParseInt(op[1:], 0, 64)
		if err != nil {
			return a, bad
		}
		a.Kind, a.Value = ast.USDTConst, v
	case strings.HasPrefix(op, "%"):
		r, ok := x86Regs[op[1:]]
		if !ok {
			return a, bad
		}
		a.Kind, a.Reg = ast.USDTReg, r
	case strings.HasSuffix(op, ")"):
		// disp(%base[,%index[,scale]]); disp a number, or for %rip a
		// variable with an optional +N or -N.
		i := strings.IndexByte(op, '(')
		if i < 0 || !strings.HasPrefix(op[i+1:], "%") {
			return a, bad
		}
		regs := strings.Split(op[i+1:len(op)-1], ",")
		r, ok := x86Regs[strings.TrimPrefix(regs[0], "%")]
		if !ok || len(regs) > 3 {
			return a, bad
		}
		disp := op[:i]
		if r == "ip" {
			if len(regs) != 1 {
				return a, bad
			}
			name, off, err := symbolDisp(disp)
			if err != nil || name == "" {
				return a, bad
			}
			addr, ok := symbol(name)
			if !ok {
				return a, fmt.Errorf("usdt argument %q: the file has no symbol %s", spec, name)
			}
			a.Kind, a.Addr, a.Offset = ast.USDTGlobal, addr, off
			return a, nil
		}
		var off int64
		if disp != "" {
			v, err := strconv.ParseInt(disp, 0, 64)
			if err != nil {
				return a, bad
			}
			off = v
		}
		a.Kind, a.Reg, a.Offset = ast.USDTMem, r, off
		if len(regs) > 1 {
			idx, ok := x86Regs[strings.TrimPrefix(regs[1], "%")]
			if !ok || idx == "ip" || !strings.HasPrefix(regs[1], "%") {
				return a, bad
			}
			a.Index, a.Scale = idx, 1
			if len(regs) == 3 {
				switch regs[2] {
				case "1", "2", "4", "8":
					a.Scale, _ = strconv.Atoi(regs[2])
				default:
					return a, bad
				}
			}
		}
	default:
		return a, bad
	}
	return a, nil
}

func parseARM64Operand(a ast.USDTArg, op string, bad error) (ast.USDTArg, error) {
	reg := func(s string) (string, bool) {
		s = strings.TrimSpace(s)
		switch {
		case s == "sp":
			return "sp", true
		case len(s) > 1 && (s[0] == 'x' || s[0] == 'w'):
			n, err := strconv.Atoi(s[1:])
			if err == nil && n >= 0 && n <= 30 {
				return "x" + strconv.Itoa(n), true
			}
		}
		return "", false
	}
	switch {
	case strings.HasPrefix(op, "#"):
		v, err := strconv.ParseInt(op[1:], 0, 64)
		if err != nil {
			return a, bad
		}
		a.Kind, a.Value = ast.USDTConst, v
	case strings.HasPrefix(op, "["):
		inner := strings.TrimSuffix(strings.TrimPrefix(op, "["), "]")
		base, offs, _ := strings.Cut(inner, ",")
		r, ok := reg(base)
		if !ok {
			return a, bad
		}
		var off int64
		if offs = strings.TrimPrefix(strings.TrimSpace(offs), "#"); offs != "" {
			v, err := strconv.ParseInt(offs, 0, 64)
			if err != nil {
				return a, bad
			}
			off = v
		}
		a.Kind, a.Reg, a.Offset = ast.USDTMem, r, off
	default:
		r, ok := reg(op)
		if !ok {
			return a, bad
		}
		a.Kind, a.Reg = ast.USDTReg, r
	}
	return a, nil
}

// USDTProbes lists path's USDT probes whose provider and name match the
// globs; a probe whose arguments cannot be decoded is an error.
func (h *Host) USDTProbes(path, provider, name string) ([]ast.USDTProbe, error) {
	ei, err := h.openELF(path)
	if err != nil {
		return nil, err
	}
	var out []ast.USDTProbe
	seen := map[string]bool{}
	for _, n := range ei.notes {
		if !globMatch(provider, n.probe.Provider) || !globMatch(name, n.probe.Name) {
			continue
		}
		if n.err != nil {
			return nil, n.err
		}
		// A probe inlined at several sites has one note per site; bpftrace
		// attaches to each, so keep them all but name them once.
		key := fmt.Sprintf("%s:%s:%x", n.probe.Provider, n.probe.Name, n.probe.PC)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, n.probe)
	}
	return out, nil
}

// symbolDisp splits a %rip-relative displacement, "name", "name+8",
// "name-8" or "8+name", into the variable's name and the offset.
func symbolDisp(disp string) (string, int64, error) {
	var name string
	var off int64
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(disp, "-", "+-"), func(r rune) bool { return r == '+' }) {
		if v, err := strconv.ParseInt(part, 0, 64); err == nil {
			off += v
		} else if name == "" && !strings.HasPrefix(part, "-") {
			name = part
		} else {
			return "", 0, fmt.Errorf("bad displacement %q", disp)
		}
	}
	return name, off, nil
}
