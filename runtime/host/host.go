package host

import (
	"bufio"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
)

// Host answers questions about this machine and remembers the answers:
// tracefs (mounted on first use), ELF files, the kernel's BTF and
// symbols, and the memory maps of processes whose stacks are symbolized.
// The zero value is not usable: call New. A Host is safe for concurrent
// use; scripts that share one share its caches, and scripts that each
// have their own share nothing.
type Host struct {
	mu      sync.Mutex
	tracefs string                // the tracefs root once found
	elf     map[string]*elfInfo   // by path
	dwarf   map[string]*debugInfo // by path, read on first use

	// btfFile, when set, holds the kernel types instead of the running
	// kernel's BTF (BPFTRACE_BTF).
	btfFile string
	// demangle names C++ functions in stacks and usym() by their
	// demangled names (unless BPFTRACE_NO_CPP_DEMANGLE=1).
	demangle bool
	btfOnce  sync.Once
	btfSpec  *btf.Spec
	btfErr   error

	kallsymsOnce sync.Once
	kallsyms     symTable
	kallsymsErr  error
	kallsymsName map[string]uint64

	blacklistOnce sync.Once
	blacklist     map[string]bool

	symMu    sync.Mutex
	procMaps map[uint32]procMapping
	elfTabs  map[string]*elfSyms
	exes     map[uint32]string // see SetExecutable

	cgroupDirs   map[string]map[uint64]string // by hierarchy root: directory by inode (mu)
	cgroupWalked map[string]time.Time         // when each hierarchy was last walked (mu)
	mounts       []CgroupMount                // the cgroup hierarchies, read at mountsRead (mu)
	mountsRead   time.Time
	userNames    map[uint64]string // by uid (mu)
}

// New returns a Host with empty caches. As in bpftrace, the environment
// variable BPFTRACE_BTF names a BTF file (raw, or an ELF file with a .BTF
// section) to take the kernel's types from instead of the running
// kernel's: field offsets then come from it; BPFTRACE_NO_CPP_DEMANGLE=1
// leaves C++ symbols mangled in user stacks and usym().
func New() *Host {
	return &Host{
		btfFile:  os.Getenv("BPFTRACE_BTF"),
		demangle: os.Getenv("BPFTRACE_NO_CPP_DEMANGLE") != "1",
		elf:      map[string]*elfInfo{},
		procMaps: map[uint32]procMapping{},
		elfTabs:  map[string]*elfSyms{},
		exes:     map[uint32]string{},
	}
}

// TracepointFields returns the fields of category:event (not the common_
// ones); an error says the tracepoint does not exist or tracefs cannot
// be read.
func (h *Host) TracepointFields(category, event string) ([]ast.TracepointField, error) {
	t, err := h.Tracefs()
	if err != nil {
		return nil, err
	}
	return t.TracepointFields(category, event)
}

// Tracepoints lists the "category:event" names matching a glob.
func (h *Host) Tracepoints(pattern string) ([]string, error) {
	t, err := h.Tracefs()
	if err != nil {
		return nil, err
	}
	return t.Tracepoints(pattern)
}

// KernelTypes returns the kernel's BTF, read once.
func (h *Host) KernelTypes() (*btf.Spec, error) {
	h.btfOnce.Do(func() {
		if h.btfFile == "" {
			h.btfSpec, h.btfErr = btf.LoadKernelSpec()
			return
		}
		if h.btfSpec, h.btfErr = btf.LoadSpec(h.btfFile); h.btfErr != nil {
			h.btfErr = fmt.Errorf("kernel types from BPFTRACE_BTF=%s: %w", h.btfFile, h.btfErr)
		}
	})
	return h.btfSpec, h.btfErr
}

// Symbols lists path's function symbols matching the glob, sorted.
func (h *Host) Symbols(path, pattern string) ([]string, error) {
	ei, err := h.openELF(path)
	if err != nil {
		return nil, err
	}
	return ei.match(pattern), nil
}

// SymbolAt names the function of path containing the virtual address addr.
func (h *Host) SymbolAt(path string, addr uint64) (string, bool) {
	ei, err := h.openELF(path)
	if err != nil {
		return "", false
	}
	s, ok := ei.symbolAt(addr)
	return s.Name, ok
}

// FileOffset converts a virtual address of path to its offset in the
// file, as the kernel's uprobe interface names a location.
func (h *Host) FileOffset(path string, addr uint64) (uint64, error) {
	ei, err := h.openELF(path)
	if err != nil {
		return 0, err
	}
	return ei.fileOffset(addr)
}

// USDTNote is one USDT probe of a file as listed (-l): its arguments may
// not be decodable, which only matters when it is attached.
type USDTNote struct {
	Probe ast.USDTProbe
	Err   error
}

// USDTNotes lists every USDT probe note of path, in file order.
func (h *Host) USDTNotes(path string) ([]USDTNote, error) {
	ei, err := h.openELF(path)
	if err != nil {
		return nil, err
	}
	out := make([]USDTNote, len(ei.notes))
	for i, n := range ei.notes {
		out[i] = USDTNote{Probe: n.probe, Err: n.err}
	}
	return out, nil
}

// KernelFuncs lists the kernel functions matching the glob that kprobes
// and fentry can trace: available_filter_functions when tracefs has it,
// else every function in the kernel's BTF.
func (h *Host) KernelFuncs(pattern string) ([]string, error) {
	all, err := h.AllKernelFuncs()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range all {
		if globMatch(pattern, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// AllKernelFuncs lists traceable kernel functions, sorted and unique.
func (h *Host) AllKernelFuncs() ([]string, error) {
	seen := map[string]bool{}
	var out []string
	dir, _ := h.TracefsDir()
	if f, err := os.Open(filepath.Join(dir, "available_filter_functions")); dir != "" && err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			// Compiler clones are kprobed by their names
			// (lookup_fast.constprop.0, as bpftrace's dcsnoop.bt does),
			// but for the parts split off a function (foo.part.0), which
			// bpftrace leaves out too. BTF has none: fentry wildcards
			// leave them out.
			name, _, _ := strings.Cut(sc.Text(), " ")
			if name == "" || seen[name] || strings.Contains(name, ".part.") {
				continue
			}
			seen[name] = true
			out = append(out, name)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("available_filter_functions: %w", err)
		}
		sort.Strings(out)
		return out, nil
	}
	spec, err := h.KernelTypes()
	if err != nil {
		return nil, fmt.Errorf("kernel functions: no available_filter_functions and no BTF: %w", err)
	}
	for typ, err := range spec.All() {
		if err != nil {
			return nil, err
		}
		if fn, ok := typ.(*btf.Func); ok && !seen[fn.Name] {
			seen[fn.Name] = true
			out = append(out, fn.Name)
		}
	}
	sort.Strings(out)
	return out, nil
}

// UserName is the name of user uid in the user database, or the number
// when it has none; names are remembered (a map of many keys prints many).
func (h *Host) UserName(uid uint64) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	if n, ok := h.userNames[uid]; ok {
		return n
	}
	id := strconv.FormatUint(uid, 10)
	name := id
	if u, err := user.LookupId(id); err == nil {
		name = u.Username
	}
	if h.userNames == nil {
		h.userNames = map[uint64]string{}
	}
	h.userNames[uid] = name
	return name
}
