package host

import (
	"bufio"
	"debug/elf"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Symbolization for ksym, usym, kstack and ustack: kernel addresses from
// /proc/kallsyms, user addresses through /proc/PID/maps (which file, and
// the load bias of a PIE or a library) and the ELF symbol tables of that
// file. Everything is read once and cached in the Host: kallsyms, ELF
// tables per file, and a process's mappings per pid, so that a process
// that has exited since its stack was taken is still symbolized when its
// mappings were read while it lived.

type symbol struct {
	name       string
	addr, size uint64
}

// symTable is a list of symbols sorted by address.
type symTable []symbol

// lookup returns the symbol containing addr and addr's offset in it:
// a sized symbol that spans addr, or else the closest unsized symbol
// below it (kallsyms has no sizes; some ELF symbols have none either).
func (t symTable) lookup(addr uint64) (symbol, uint64, bool) {
	i := sort.Search(len(t), func(i int) bool { return t[i].addr > addr }) - 1
	var unsized *symbol
	for j := i; j >= 0 && j > i-64; j-- {
		s := &t[j]
		if s.size == 0 {
			if unsized == nil {
				unsized = s
			}
			continue
		}
		if addr < s.addr+s.size {
			return *s, addr - s.addr, true
		}
	}
	if unsized != nil {
		return *unsized, addr - unsized.addr, true
	}
	return symbol{}, 0, false
}

func (h *Host) loadKallsyms() (symTable, error) {
	h.kallsymsOnce.Do(func() {
		f, err := os.Open("/proc/kallsyms")
		if err != nil {
			h.kallsymsErr = err
			return
		}
		defer f.Close()
		h.kallsymsName = map[string]uint64{}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 3 {
				continue
			}
			addr, err := strconv.ParseUint(fields[0], 16, 64)
			if err != nil || addr == 0 {
				continue
			}
			name := fields[2]
			if _, ok := h.kallsymsName[name]; !ok {
				h.kallsymsName[name] = addr
			}
			switch fields[1] {
			case "t", "T", "w", "W":
				h.kallsyms = append(h.kallsyms, symbol{name: name, addr: addr})
			}
		}
		h.kallsymsErr = sc.Err()
		sort.SliceStable(h.kallsyms, func(i, j int) bool { return h.kallsyms[i].addr < h.kallsyms[j].addr })
		if len(h.kallsyms) == 0 && h.kallsymsErr == nil {
			h.kallsymsErr = fmt.Errorf("/proc/kallsyms lists no addresses (kptr_restrict?)")
		}
	})
	return h.kallsyms, h.kallsymsErr
}

// KernelSymbolAddr returns the address of a kernel symbol, for kaddr().
func (h *Host) KernelSymbolAddr(name string) (uint64, error) {
	if _, err := h.loadKallsyms(); err != nil {
		return 0, err
	}
	a, ok := h.kallsymsName[name]
	if !ok {
		return 0, fmt.Errorf("no such kernel symbol")
	}
	return a, nil
}

// KernelSymbol names a kernel address: "name+off" (withOffset) or
// "name"; a hex address when it is unknown.
func (h *Host) KernelSymbol(addr uint64, withOffset bool) string {
	t, err := h.loadKallsyms()
	if err == nil {
		if s, off, ok := t.lookup(addr); ok {
			if withOffset {
				return s.name + "+" + strconv.FormatUint(off, 10)
			}
			return s.name
		}
	}
	return HexAddr(addr)
}

// HexAddr prints an address as C++'s ostream prints a pointer, as
// bpftrace does for unknown symbols: "0x431329", and "0" for null.
func HexAddr(addr uint64) string {
	if addr == 0 {
		return "0"
	}
	return "0x" + strconv.FormatUint(addr, 16)
}

// mapping is one file-backed line of /proc/PID/maps.
type mapping struct {
	start, end, off uint64
	path            string
}

type elfSyms struct {
	syms  symTable
	loads []elf.ProgHeader
	err   error
}

type procMapping struct {
	maps []mapping
	read time.Time
}

// SetExecutable names the executable of process pid (the -c command),
// so that its addresses can still be symbolized if it exits before its
// mappings were read.
func (h *Host) SetExecutable(pid uint32, path string) {
	h.symMu.Lock()
	defer h.symMu.Unlock()
	h.exes[pid] = path
}

// RememberProcess reads and caches pid's mappings while it runs (again
// when the copy is older than a second: the process may have exec'd),
// so that its stacks can be symbolized after it has exited.
func (h *Host) RememberProcess(pid uint32) {
	h.rememberProcess(pid)
}

func (h *Host) rememberProcess(pid uint32) []mapping {
	h.symMu.Lock()
	defer h.symMu.Unlock()
	pm, ok := h.procMaps[pid]
	if ok && time.Since(pm.read) < time.Second {
		return pm.maps
	}
	if m := readMaps(pid); m != nil {
		pm = procMapping{maps: m, read: time.Now()}
		h.procMaps[pid] = pm
	}
	if pm.maps == nil {
		// The -c command exited before its mappings were read: a
		// non-PIE executable is where its ELF headers say.
		if exe := h.exes[pid]; exe != "" {
			return fixedMappings(exe)
		}
	}
	return pm.maps
}

// fixedMappings maps a position-dependent executable at its link-time
// addresses; nil for a PIE, whose load bias is unknown.
func fixedMappings(path string) []mapping {
	f, err := elf.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	if f.Type != elf.ET_EXEC {
		return nil
	}
	var out []mapping
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD {
			out = append(out, mapping{start: p.Vaddr, end: p.Vaddr + p.Memsz, off: p.Off, path: path})
		}
	}
	return out
}

func readMaps(pid uint32) []mapping {
	data, err := os.ReadFile("/proc/" + strconv.FormatUint(uint64(pid), 10) + "/maps")
	if err != nil {
		return nil
	}
	var out []mapping
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 || !strings.HasPrefix(f[5], "/") {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		off, err3 := strconv.ParseUint(f[2], 16, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		path := strings.Join(f[5:], " ")
		// The process's own view of its root: works across mount
		// namespaces and after the file was replaced.
		out = append(out, mapping{start: start, end: end, off: off, path: path})
	}
	return out
}

func (h *Host) elfTable(path string) *elfSyms {
	h.symMu.Lock()
	defer h.symMu.Unlock()
	if t, ok := h.elfTabs[path]; ok {
		return t
	}
	t := &elfSyms{}
	h.elfTabs[path] = t
	f, err := elf.Open(path)
	if err != nil {
		t.err = err
		return t
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD {
			t.loads = append(t.loads, p.ProgHeader)
		}
	}
	var all []elf.Symbol
	if s, err := f.Symbols(); err == nil {
		all = append(all, s...)
	}
	if s, err := f.DynamicSymbols(); err == nil {
		all = append(all, s...)
	}
	seen := map[uint64]int{}
	for _, s := range all {
		if elf.ST_TYPE(s.Info) != elf.STT_FUNC || s.Value == 0 {
			continue
		}
		if k, ok := seen[s.Value]; ok {
			if t.syms[k].size == 0 && s.Size > 0 {
				t.syms[k] = symbol{name: s.Name, addr: s.Value, size: s.Size}
			}
			continue
		}
		seen[s.Value] = len(t.syms)
		t.syms = append(t.syms, symbol{name: s.Name, addr: s.Value, size: s.Size})
	}
	sort.Slice(t.syms, func(i, j int) bool { return t.syms[i].addr < t.syms[j].addr })
	return t
}

// UserSymbol names a user address of process pid: "name+off", with
// " (path)" when withModule; a hex address when it is unknown.
func (h *Host) UserSymbol(addr uint64, pid uint32, withOffset, withModule bool) string {
	for _, m := range h.rememberProcess(pid) {
		if addr < m.start || addr >= m.end {
			continue
		}
		t := h.elfTable(m.path)
		if t.err != nil {
			break
		}
		// Address -> file offset -> the ELF's virtual address: this
		// takes out the load bias of PIEs and libraries.
		fileOff := addr - m.start + m.off
		vaddr := fileOff
		for _, p := range t.loads {
			if fileOff >= p.Off && fileOff < p.Off+p.Filesz {
				vaddr = fileOff - p.Off + p.Vaddr
				break
			}
		}
		s, off, ok := t.syms.lookup(vaddr)
		if !ok {
			break
		}
		name := s.name
		if h.demangle {
			name = demangled(name)
		}
		if withOffset {
			name += "+" + strconv.FormatUint(off, 10)
		}
		if withModule {
			name += " (" + m.path + ")"
		}
		return name
	}
	if withModule {
		return HexAddr(addr) + " ([unknown])"
	}
	return HexAddr(addr)
}
