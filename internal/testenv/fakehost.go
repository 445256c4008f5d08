package testenv

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"

	"github.com/cilium/ebpf/btf"
	"github.com/gtrace/gtrace/lang/ast"
)

// FakeTracepoints answers the front end's questions about tracepoints
// (probes.Host) from a table of their fields by "category:event", so
// that tests of the checker and the compiler do not depend on the kernel
// they run on. Globs match as path.Match does.
type FakeTracepoints map[string][]ast.TracepointField

// FakeHost answers, besides, the questions about binaries and kernel
// functions (probes.HostSymbols) from its tables.
type FakeHost struct {
	FakeTracepoints
	// Binaries holds the function symbols of ELF files by path.
	Binaries map[string][]string
	// Libraries maps library names ("libc") to a path of Binaries.
	Libraries map[string]string
	// Funcs are the traceable kernel functions, Refused those of them the
	// kernel allows no kprobes on.
	Funcs, Refused []string
	// USDT holds the USDT probes of ELF files by path.
	USDT map[string][]ast.USDTProbe
	// Addrs names the function at an address, in any binary.
	Addrs map[uint64]string
	// Trampoline is how many arguments fentry can read (12 when 0).
	Trampoline int
	// Params are the parameters the binaries' debug information gives
	// their functions, by "path:function"; Types their named types, by
	// "path:struct NAME" (probes.DebugInfo).
	Params map[string][]FakeParam
	Types  map[string]btf.Type
}

// FakeParam is one parameter of a function of a FakeHost's binary.
type FakeParam struct {
	Name string
	Type btf.Type
}

// FuncParamTypes answers from Params; a function it lacks has no debug
// information.
func (h *FakeHost) FuncParamTypes(path, fn string) ([]string, []btf.Type, error) {
	ps, ok := h.Params[path+":"+fn]
	if !ok {
		return nil, nil, errors.New("no debug information (DWARF)")
	}
	var names []string
	var types []btf.Type
	for _, p := range ps {
		names, types = append(names, p.Name), append(types, p.Type)
	}
	return names, types, nil
}

// DebugType answers from Types.
func (h *FakeHost) DebugType(path, name string) btf.Type { return h.Types[path+":"+name] }

func (h *FakeHost) ProcessRoot(int) string { return "" }

func (h *FakeHost) TrampolineArgs() int {
	if h.Trampoline == 0 {
		return 12
	}
	return h.Trampoline
}

func (t FakeTracepoints) TracepointFields(category, event string) ([]ast.TracepointField, error) {
	f, ok := t[category+":"+event]
	if !ok {
		return nil, notFound(category + ":" + event)
	}
	return f, nil
}

// notFound is a missing tracepoint, as the host says it: it matches
// errors.Is(err, fs.ErrNotExist).
type notFound string

func (n notFound) Error() string { return "tracepoint " + string(n) + " not found" }
func (n notFound) Unwrap() error { return fs.ErrNotExist }

func (t FakeTracepoints) Tracepoints(pattern string) ([]string, error) {
	var names []string
	for k := range t {
		names = append(names, k)
	}
	return match(pattern, names), nil
}

func (h *FakeHost) ResolveBinary(name string) (string, error) {
	if p, ok := h.Libraries[name]; ok {
		return p, nil
	}
	if _, ok := h.Binaries[name]; ok {
		return name, nil
	}
	return "", fmt.Errorf("cannot find %q", name)
}

func (h *FakeHost) MappedObjects(pid int) ([]string, error) {
	return nil, fmt.Errorf("process %d: the fake host has none", pid)
}

func (h *FakeHost) MatchBinaries(pattern string) ([]string, error) {
	var names []string
	for b := range h.Binaries {
		names = append(names, b)
	}
	sort.Strings(names)
	return match(pattern, names), nil
}

func (h *FakeHost) Symbols(file, pattern string) ([]string, error) {
	return match(pattern, h.Binaries[file]), nil
}

func (h *FakeHost) SymbolAt(file string, addr uint64) (string, bool) {
	s, ok := h.Addrs[addr]
	return s, ok
}

func (h *FakeHost) KernelFuncs(pattern string) ([]string, error) {
	return match(pattern, h.Funcs), nil
}

func (h *FakeHost) USDTProbes(file, provider, name string) ([]ast.USDTProbe, error) {
	var out []ast.USDTProbe
	for _, u := range h.USDT[file] {
		a, _ := path.Match(provider, u.Provider)
		b, _ := path.Match(name, u.Name)
		if a && b {
			out = append(out, u)
		}
	}
	return out, nil
}

// match returns the names matching the glob, sorted.
func match(pattern string, names []string) []string {
	var out []string
	for _, s := range names {
		if ok, _ := path.Match(pattern, s); ok {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// KprobeRefused: the fake kernel refuses kprobes on Refused's functions.
func (h *FakeHost) KprobeRefused(fn string) bool { return slices.Contains(h.Refused, fn) }

// Tracepoints are the formats of tracepoints the front end's tests use,
// as this machine's kernel lays them out: the checker can run on them
// without root or tracefs.
var Tracepoints = FakeTracepoints{
	"syscalls:sys_enter_openat": {
		{Name: "__syscall_nr", CType: "int", Offset: 8, Size: 4, Signed: true},
		{Name: "dfd", CType: "int", Offset: 16, Size: 8},
		{Name: "filename", CType: "const char *", Offset: 24, Size: 8, Pointer: true},
		{Name: "flags", CType: "int", Offset: 32, Size: 8},
		{Name: "mode", CType: "umode_t", Offset: 40, Size: 8},
	},
	"syscalls:sys_exit_openat": {
		{Name: "__syscall_nr", CType: "int", Offset: 8, Size: 4, Signed: true},
		{Name: "ret", CType: "long", Offset: 16, Size: 8, Signed: true},
	},
	"syscalls:sys_enter_execve": {
		{Name: "__syscall_nr", CType: "int", Offset: 8, Size: 4, Signed: true},
		{Name: "filename", CType: "const char *", Offset: 16, Size: 8, Pointer: true},
		{Name: "argv", CType: "const char *const *", Offset: 24, Size: 8, Pointer: true},
		{Name: "envp", CType: "const char *const *", Offset: 32, Size: 8, Pointer: true},
	},
	"syscalls:sys_enter_read": {
		{Name: "__syscall_nr", CType: "int", Offset: 8, Size: 4, Signed: true},
		{Name: "fd", CType: "unsigned int", Offset: 16, Size: 8},
		{Name: "buf", CType: "char *", Offset: 24, Size: 8, Pointer: true},
		{Name: "count", CType: "size_t", Offset: 32, Size: 8},
	},
	"syscalls:sys_enter_write": {
		{Name: "__syscall_nr", CType: "int", Offset: 8, Size: 4, Signed: true},
		{Name: "fd", CType: "unsigned int", Offset: 16, Size: 8},
		{Name: "buf", CType: "const char *", Offset: 24, Size: 8, Pointer: true},
		{Name: "count", CType: "size_t", Offset: 32, Size: 8},
	},
	"sched:sched_switch": {
		{Name: "prev_comm", CType: "char", Offset: 8, Size: 16, Array: 16, Signed: true},
		{Name: "prev_pid", CType: "pid_t", Offset: 24, Size: 4, Signed: true},
		{Name: "prev_prio", CType: "int", Offset: 28, Size: 4, Signed: true},
		{Name: "prev_state", CType: "long", Offset: 32, Size: 8, Signed: true},
		{Name: "next_comm", CType: "char", Offset: 40, Size: 16, Array: 16, Signed: true},
		{Name: "next_pid", CType: "pid_t", Offset: 56, Size: 4, Signed: true},
		{Name: "next_prio", CType: "int", Offset: 60, Size: 4, Signed: true},
	},
	"sched:sched_process_exec": {
		{Name: "filename", CType: "__data_loc char[]", Offset: 8, Size: 4, DataLoc: true},
		{Name: "pid", CType: "pid_t", Offset: 12, Size: 4, Signed: true},
		{Name: "old_pid", CType: "pid_t", Offset: 16, Size: 4, Signed: true},
	},
}
