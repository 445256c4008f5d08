package runtime

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang"
)

// Tracefs also answers the checker's questions about user binaries and
// kernel functions (lang.ProbeResolver).
var _ lang.ProbeResolver = (*Tracefs)(nil)

// ResolveBinary finds the ELF file of a uprobe or usdt probe.
func (t *Tracefs) ResolveBinary(name string) (string, error) { return resolveBinary(name) }

// Symbols lists path's function symbols matching the glob.
func (t *Tracefs) Symbols(path, pattern string) ([]string, error) {
	ei, err := openELF(path)
	if err != nil {
		return nil, err
	}
	return ei.match(pattern), nil
}

// SymbolAt names the function of path containing addr.
func (t *Tracefs) SymbolAt(path string, addr uint64) (string, bool) {
	ei, err := openELF(path)
	if err != nil {
		return "", false
	}
	s, ok := ei.symbolAt(addr)
	return s.Name, ok
}

// USDTProbes lists path's USDT probes matching the globs.
func (t *Tracefs) USDTProbes(path, provider, name string) ([]ast.USDTProbe, error) {
	return usdtProbes(path, provider, name)
}

// KernelFuncs lists the kernel functions matching the glob that kprobes
// and fentry can trace: available_filter_functions when tracefs has it,
// else every function in the kernel's BTF.
func (t *Tracefs) KernelFuncs(pattern string) ([]string, error) {
	all, err := kernelFuncs(t.Dir)
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

// kernelFuncs lists traceable kernel functions, sorted and unique.
func kernelFuncs(tracefsDir string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	if f, err := os.Open(filepath.Join(tracefsDir, "available_filter_functions")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			name, _, _ := strings.Cut(sc.Text(), " ")
			// Compiler clones (foo.isra.0, foo.cold) cannot be probed by name.
			if name == "" || strings.Contains(name, ".") || seen[name] {
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
	spec, err := btf.LoadKernelSpec()
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
