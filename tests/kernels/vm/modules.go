package vm

import (
	"bufio"
	"bytes"
	"debug/elf"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Kernel is an unpacked kernel package: vmlinuz under boot/, modules
// under lib/modules/RELEASE.
type Kernel struct {
	Name    string // as the matrix calls it: "6.1"
	Package string // the Debian package it came from
	Root    string // where the package is unpacked
	Release string // uname -r
	Vmlinuz string
}

// OpenKernel finds the kernel image and release of an unpacked package.
func OpenKernel(name, pkg, root string) (*Kernel, error) {
	images, _ := filepath.Glob(filepath.Join(root, "boot", "vmlinuz-*"))
	if len(images) != 1 {
		return nil, fmt.Errorf("%s: want one boot/vmlinuz-*, found %d", root, len(images))
	}
	rel := strings.TrimPrefix(filepath.Base(images[0]), "vmlinuz-")
	if _, err := os.Stat(filepath.Join(root, "lib", "modules", rel)); err != nil {
		return nil, fmt.Errorf("%s: no modules for %s: %v", root, rel, err)
	}
	return &Kernel{Name: name, Package: pkg, Root: root, Release: rel, Vmlinuz: images[0]}, nil
}

// Config returns the kernel's build configuration, boot/config-RELEASE.
func (k *Kernel) Config() (map[string]string, error) {
	f, err := os.Open(filepath.Join(k.Root, "boot", "config-"+k.Release))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cfg := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok && strings.HasPrefix(k, "CONFIG_") {
			cfg[k] = v
		}
	}
	return cfg, sc.Err()
}

// Module is a kernel module ready to load: its name and its ELF image,
// decompressed.
type Module struct {
	Name  string
	Image []byte
}

// moduleName is the name the kernel knows a module file by: the base
// name without .ko and compression suffixes, with - as _.
func moduleName(file string) string {
	base := filepath.Base(file)
	if i := strings.Index(base, ".ko"); i >= 0 {
		base = base[:i]
	}
	return strings.ReplaceAll(base, "-", "_")
}

// Modules returns the modules named and those they depend on, each after
// its dependencies; modules built into the kernel are left out. The
// dependencies are read from each module's .modinfo section, so that
// modules.dep (which depmod writes when the package is installed) is
// not needed.
func (k *Kernel) Modules(names ...string) ([]Module, error) {
	dir := filepath.Join(k.Root, "lib", "modules", k.Release)
	builtin := map[string]bool{}
	if data, err := os.ReadFile(filepath.Join(dir, "modules.builtin")); err == nil {
		for _, l := range strings.Fields(string(data)) {
			builtin[moduleName(l)] = true
		}
	}
	files := map[string]string{}
	err := filepath.WalkDir(filepath.Join(dir, "kernel"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(d.Name(), ".ko") {
			files[moduleName(p)] = p
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var out []Module
	state := map[string]int{} // 1: being resolved, 2: done
	var resolve func(name, from string) error
	resolve = func(name, from string) error {
		name = strings.ReplaceAll(name, "-", "_")
		switch {
		case state[name] == 2 || builtin[name]:
			return nil
		case state[name] == 1:
			return fmt.Errorf("module %s: dependency cycle", name)
		}
		file, ok := files[name]
		if !ok {
			if from != "" {
				return fmt.Errorf("module %s (needed by %s) is neither in %s nor built in", name, from, dir)
			}
			return fmt.Errorf("module %s is neither in %s nor built in", name, dir)
		}
		state[name] = 1
		image, err := readModule(file)
		if err != nil {
			return err
		}
		deps, err := moduleDepends(image)
		if err != nil {
			return fmt.Errorf("%s: %v", file, err)
		}
		for _, d := range deps {
			if err := resolve(d, name); err != nil {
				return err
			}
		}
		state[name] = 2
		out = append(out, Module{Name: name, Image: image})
		return nil
	}
	for _, n := range names {
		if err := resolve(n, ""); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readModule reads a module file, decompressing .ko.xz and .ko.zst with
// the xz and zstd commands.
func readModule(file string) ([]byte, error) {
	var tool string
	switch {
	case strings.HasSuffix(file, ".ko"):
		return os.ReadFile(file)
	case strings.HasSuffix(file, ".xz"):
		tool = "xz"
	case strings.HasSuffix(file, ".zst"):
		tool = "zstd"
	default:
		return nil, fmt.Errorf("%s: unknown module compression", file)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(tool, "-dc", file)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s -dc %s: %v: %s", tool, file, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// moduleDepends reads the depends= entry of a module's .modinfo section,
// a list of NUL-terminated key=value strings.
func moduleDepends(image []byte) ([]string, error) {
	f, err := elf.NewFile(bytes.NewReader(image))
	if err != nil {
		return nil, err
	}
	sec := f.Section(".modinfo")
	if sec == nil {
		return nil, fmt.Errorf("no .modinfo section")
	}
	data, err := sec.Data()
	if err != nil {
		return nil, err
	}
	for _, kv := range bytes.Split(data, []byte{0}) {
		if v, ok := bytes.CutPrefix(kv, []byte("depends=")); ok {
			if len(v) == 0 {
				return nil, nil
			}
			return strings.Split(string(v), ","), nil
		}
	}
	return nil, nil
}
