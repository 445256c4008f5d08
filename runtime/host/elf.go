package host

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"

	"github.com/ianlancetaylor/demangle"
)

// ELF files for uprobes and usdt: function symbols, virtual address to
// file offset (what the kernel's uprobe API takes), and library lookup.

// elfSymbol is one function symbol of an ELF file.
type elfSymbol struct {
	Name       string
	Addr, Size uint64 // virtual address
}

// elfInfo is what gtrace needs from one ELF file, read once per process.
type elfInfo struct {
	path  string
	syms  []elfSymbol // sorted by name, unique
	loads []elf.ProgHeader
	notes []usdtNote
	err   error
}

// openELF reads path's function symbols, segments and USDT notes, once
// per Host.
func (h *Host) openELF(path string) (*elfInfo, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if ei := h.elf[path]; ei != nil {
		return ei, ei.err
	}
	ei := &elfInfo{path: path}
	ei.err = ei.read()
	h.elf[path] = ei
	return ei, ei.err
}

func (ei *elfInfo) read() error {
	f, err := elf.Open(ei.path)
	if err != nil {
		return fmt.Errorf("%s: %w", ei.path, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD {
			ei.loads = append(ei.loads, p.ProgHeader)
		}
	}
	syms, _ := f.Symbols()
	dyn, _ := f.DynamicSymbols()
	if len(syms) == 0 {
		// A stripped file: its local functions are in its separate
		// debug file, where there is one (libc6-dbg), as bpftrace finds.
		syms = debugSymbols(f, ei.path)
	}
	seen := map[string]bool{}
	for _, s := range append(syms, dyn...) {
		t := elf.ST_TYPE(s.Info)
		if t != elf.STT_FUNC && t != elf.STT_GNU_IFUNC || s.Value == 0 || s.Section == elf.SHN_UNDEF || s.Name == "" {
			continue
		}
		// Split-off parts of functions (foo.part.0) are not listed,
		// as bpftrace does not list them.
		if strings.Contains(s.Name, ".part.") {
			continue
		}
		// A versioned name (_IO_fclose@@GLIBC_2.2.5, in a symbol table)
		// is listed as it is, as bpftrace lists it, and also attaches
		// by its base name.
		base, _, _ := strings.Cut(s.Name, "@")
		for _, name := range []string{s.Name, base} {
			if !seen[name] {
				seen[name] = true
				ei.syms = append(ei.syms, elfSymbol{Name: name, Addr: s.Value, Size: s.Size})
			}
		}
	}
	sort.Slice(ei.syms, func(i, j int) bool { return ei.syms[i].Name < ei.syms[j].Name })
	ei.notes, err = readUSDTNotes(f)
	return err
}

// debugDir is where Debian installs separate debug files.
const debugDir = "/usr/lib/debug"

// debugSymbols reads the symbol table of path's separate debug file
// (debugFiles), nil when there is none.
func debugSymbols(f *elf.File, path string) []elf.Symbol {
	for _, c := range debugFiles(f, path) {
		df, err := elf.Open(c)
		if err != nil {
			continue
		}
		syms, err := df.Symbols()
		df.Close()
		if err == nil && len(syms) > 0 {
			return syms
		}
	}
	return nil
}

// debugFiles are where path's separate debug file may be:
// /usr/lib/debug/.build-id/xx/yyyy.debug by its build ID, else the file
// its .gnu_debuglink names, next to it, in .debug/ or under
// /usr/lib/debug.
func debugFiles(f *elf.File, path string) []string {
	var candidates []string
	if id := buildID(f); len(id) > 1 {
		candidates = append(candidates, filepath.Join(debugDir, ".build-id", id[:2], id[2:]+".debug"))
	}
	if sec := f.Section(".gnu_debuglink"); sec != nil {
		if data, err := sec.Data(); err == nil {
			if name, _, ok := bytes.Cut(data, []byte{0}); ok && len(name) > 0 {
				dir := filepath.Dir(path)
				for _, d := range []string{dir, filepath.Join(dir, ".debug"), filepath.Join(debugDir, dir)} {
					if c := filepath.Join(d, string(name)); c != path {
						candidates = append(candidates, c)
					}
				}
			}
		}
	}
	return candidates
}

// buildID is the hex GNU build ID of an ELF file, "" without one.
func buildID(f *elf.File) string {
	for _, s := range f.Sections {
		if s.Type != elf.SHT_NOTE {
			continue
		}
		data, err := s.Data()
		if err != nil {
			continue
		}
		for len(data) >= 12 {
			namesz, descsz, typ := f.ByteOrder.Uint32(data), f.ByteOrder.Uint32(data[4:]), f.ByteOrder.Uint32(data[8:])
			name := data[12:]
			nlen, dlen := int(namesz+3)&^3, int(descsz+3)&^3
			if len(name) < nlen+int(descsz) {
				break
			}
			if typ == 3 && namesz == 4 && string(name[:3]) == "GNU" { // NT_GNU_BUILD_ID
				return fmt.Sprintf("%x", name[nlen:nlen+int(descsz)])
			}
			data = data[12+nlen+dlen:]
		}
	}
	return ""
}

// symbol looks a function up by name.
func (ei *elfInfo) symbol(name string) (elfSymbol, bool) {
	i := sort.Search(len(ei.syms), func(i int) bool { return ei.syms[i].Name >= name })
	if i < len(ei.syms) && ei.syms[i].Name == name {
		return ei.syms[i], true
	}
	return elfSymbol{}, false
}

// symbolAt names the function containing addr.
func (ei *elfInfo) symbolAt(addr uint64) (elfSymbol, bool) {
	for _, s := range ei.syms {
		if s.Addr <= addr && (addr < s.Addr+s.Size || s.Size == 0 && addr == s.Addr) {
			return s, true
		}
	}
	return elfSymbol{}, false
}

// match lists the function names matching a glob, sorted.
func (ei *elfInfo) match(pattern string) []string {
	var out []string
	for _, s := range ei.syms {
		// A C++ function matches by its demangled name too, as in
		// bpftrace ("ns::Class::method(long)"); it is attached by its
		// symbol.
		if globMatch(pattern, s.Name) || strings.HasPrefix(s.Name, "_Z") && globMatch(pattern, demangled(s.Name)) {
			out = append(out, s.Name)
		}
	}
	return out
}

// demangled is a C++ symbol's demangled name ("gt::Counter::bump(long)"),
// or the symbol when it is not one.
func demangled(sym string) string {
	if !strings.HasPrefix(sym, "_Z") {
		return sym
	}
	return demangle.Filter(sym)
}

// fileOffset converts a virtual address to its offset in the file, which
// is how the kernel's uprobe interface names a location.
func (ei *elfInfo) fileOffset(addr uint64) (uint64, error) {
	for _, p := range ei.loads {
		if p.Vaddr <= addr && addr < p.Vaddr+p.Memsz {
			return addr - p.Vaddr + p.Off, nil
		}
	}
	return 0, fmt.Errorf("%s: address 0x%x is in no loaded segment", ei.path, addr)
}

// UprobeOffset is the file offset of fn+off (or of the virtual address
// addr when it is nonzero) in path: where the kernel's uprobe interface
// wants a probe.
func (h *Host) UprobeOffset(path, fn string, off, addr uint64) (uint64, error) {
	ei, err := h.openELF(path)
	if err != nil {
		return 0, err
	}
	if addr == 0 {
		s, ok := ei.symbol(fn)
		if !ok {
			return 0, fmt.Errorf("%s has no function %s", path, fn)
		}
		if off != 0 && s.Size != 0 && off >= s.Size {
			return 0, fmt.Errorf("offset %d is past the end of %s (%d bytes)", off, fn, s.Size)
		}
		addr = s.Addr + off
	}
	return ei.fileOffset(addr)
}

// ResolveBinary finds the ELF file a uprobe or usdt probe names, as
// bpftrace does: a name with a slash is a path; otherwise a library
// ("libc" is libc.so.6 from the loader's cache or the standard
// directories), else a program in $PATH, else a file of that name in the
// current directory (uprobe:app:main for ./app).
func (h *Host) ResolveBinary(name string) (string, error) {
	if strings.Contains(name, "/") {
		p, err := filepath.Abs(name)
		if err != nil {
			return "", err
		}
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%s: no such file", name)
		}
		return p, nil
	}
	if p := findLibrary(name); p != "" {
		return p, nil
	}
	if p, err := exec.LookPath(name); err == nil {
		return filepath.Abs(p)
	}
	if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() {
		return filepath.Abs(name)
	}
	return "", fmt.Errorf("cannot find %q: not a library in ld.so.cache or the standard directories, a program in $PATH, nor a file in the current directory", name)
}

// libDirs are searched when ld.so.cache has no entry.
var libDirs = []string{"/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib",
	"/lib/" + multiarch(), "/usr/lib/" + multiarch()}

func multiarch() string {
	switch goruntime.GOARCH {
	case "arm64":
		return "aarch64-linux-gnu"
	}
	return "x86_64-linux-gnu"
}

// findLibrary returns the path of lib<name>.so* (or <name>.so*).
func findLibrary(name string) string {
	prefixes := []string{"lib" + name + ".so", name + ".so"}
	if strings.HasPrefix(name, "lib") {
		prefixes = []string{name + ".so", name}
	}
	if entries, err := readLdCache("/etc/ld.so.cache"); err == nil {
		for _, prefix := range prefixes {
			for _, e := range entries {
				if (e.key == prefix || strings.HasPrefix(e.key, prefix+".")) && nativeELF(e.path) {
					return e.path
				}
			}
		}
	}
	for _, prefix := range prefixes {
		for _, dir := range libDirs {
			matches, _ := filepath.Glob(filepath.Join(dir, prefix+"*"))
			sort.Strings(matches)
			for _, m := range matches {
				base := filepath.Base(m)
				if (base == prefix || strings.HasPrefix(base, prefix+".")) && nativeELF(m) {
					return m
				}
			}
		}
	}
	return ""
}

// nativeELF says whether path is an ELF file for this machine.
func nativeELF(path string) bool {
	f, err := elf.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	switch goruntime.GOARCH {
	case "amd64":
		return f.Machine == elf.EM_X86_64
	case "arm64":
		return f.Machine == elf.EM_AARCH64
	}
	return true
}

type ldCacheEntry struct{ key, path string }

// readLdCache parses glibc's ld.so.cache ("glibc-ld.so.cache1.1" format,
// possibly after the old "ld.so-1.7.0" table): a header, fixed entries of
// {int32 flags; uint32 key, value; uint32 osversion; uint64 hwcap}, and a
// string table; string offsets count from the new header.
func readLdCache(path string) ([]ldCacheEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	const magic = "glibc-ld.so.cache1.1"
	base := bytes.Index(data, []byte(magic))
	if base < 0 {
		return nil, errors.New("ld.so.cache: unknown format")
	}
	hdr := data[base:]
	if len(hdr) < 48 {
		return nil, errors.New("ld.so.cache: short header")
	}
	n := int(binary.LittleEndian.Uint32(hdr[20:]))
	str := func(off uint32) string {
		if int(off) >= len(hdr) {
			return ""
		}
		s := hdr[off:]
		if i := bytes.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		return string(s)
	}
	var out []ldCacheEntry
	for i := 0; i < n; i++ {
		e := hdr[48+24*i:]
		if len(e) < 24 {
			break
		}
		out = append(out, ldCacheEntry{key: str(binary.LittleEndian.Uint32(e[4:])), path: str(binary.LittleEndian.Uint32(e[8:]))})
	}
	return out, nil
}

// DataSymbol is the address of the variable (or function) name in the
// ELF file at path, and whether the file is position-independent: its
// addresses then move by where each process loaded it.
func (h *Host) DataSymbol(path, name string) (addr uint64, pie bool, err error) {
	f, err := elf.Open(path)
	if err != nil {
		return 0, false, err
	}
	defer f.Close()
	pie = f.Type == elf.ET_DYN
	for _, read := range []func() ([]elf.Symbol, error){f.Symbols, f.DynamicSymbols} {
		syms, _ := read()
		for _, s := range syms {
			if s.Name == name && s.Section != elf.SHN_UNDEF && s.Value != 0 {
				return s.Value, pie, nil
			}
		}
	}
	return 0, pie, fmt.Errorf("%s has no symbol %s", path, name)
}

// FunctionAddr is the address of function fn in the ELF file at path.
func (h *Host) FunctionAddr(path, fn string) (uint64, error) {
	ei, err := h.openELF(path)
	if err != nil {
		return 0, err
	}
	s, ok := ei.symbol(fn)
	if !ok {
		return 0, fmt.Errorf("%s has no function %s", path, fn)
	}
	return s.Addr, nil
}

// MatchBinaries lists the ELF files the wildcarded path pattern matches, in
// name order (uprobe:/usr/lib/*/libssl.so*:SSL_read).
func (h *Host) MatchBinaries(pattern string) ([]string, error) {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", pattern, err)
	}
	var paths []string
	for _, m := range matches {
		if isELF(m) {
			paths = append(paths, m)
		}
	}
	return paths, nil
}

// isELF says whether path is a regular file that starts as an ELF file.
func isELF(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [4]byte
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	_, err = io.ReadFull(f, magic[:])
	return err == nil && string(magic[:]) == "\x7fELF"
}

// ProcessRoot is where the files of process pid are seen from here: ""
// when it shares gtrace's mount namespace and root, else its root,
// /proc/PID/root (a container, or a process in a mount namespace of its
// own).
func ProcessRoot(pid int) string {
	root := fmt.Sprintf("/proc/%d/root", pid)
	same := func(a, b string) bool {
		x, err1 := os.Stat(a)
		y, err2 := os.Stat(b)
		return err1 == nil && err2 == nil && os.SameFile(x, y)
	}
	if same(fmt.Sprintf("/proc/%d/ns/mnt", pid), "/proc/self/ns/mnt") && same(root, "/") {
		return ""
	}
	return root
}

// ProcessRoot is the host's answer for probes (HostSymbols).
func (h *Host) ProcessRoot(pid int) string { return ProcessRoot(pid) }

// MappedObjects lists the ELF files process pid has mapped executable
// (its program and libraries), in the order they are mapped, each once.
func (h *Host) MappedObjects(pid int) ([]string, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		return nil, err
	}
	root := ProcessRoot(pid)
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 || !strings.Contains(f[1], "x") || !strings.HasPrefix(f[5], "/") {
			continue
		}
		p := root + f[5]
		if seen[p] || !isELF(p) {
			continue
		}
		seen[p] = true
		out = append(out, p)
	}
	return out, nil
}
