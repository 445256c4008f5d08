package vm

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Spec names a kernel of the matrix by the Debian packages that hold it;
// the newest that the archive offers is used.
type Spec struct {
	Name    string
	Package *regexp.Regexp
}

// Matrix is the kernels the matrix boots: Debian 12's own (6.1) and its
// backport of the next long-term kernel (6.12), the generic amd64 flavour
// without signatures.
var Matrix = []Spec{
	{"6.1", regexp.MustCompile(`^linux-image-6\.1\.0-[0-9]+-amd64-unsigned$`)},
	{"6.12", regexp.MustCompile(`^linux-image-6\.12\.[0-9]+\+deb12-amd64-unsigned$`)},
}

// complete marks an unpacked package in the cache.
const complete = ".unpacked"

// Fetch returns the newest kernel of s, unpacked under cache: from the
// cache when it holds it, else downloaded with apt-get (updating the
// package lists if they know no such package). Offline, the newest
// kernel of s already in the cache is used.
func Fetch(s Spec, cache string, log io.Writer) (*Kernel, error) {
	pkgs := aptPackages(s.Package)
	if len(pkgs) == 0 {
		fmt.Fprintf(log, "kernels: apt knows no %s package; apt-get update\n", s.Package)
		if out, err := exec.Command("apt-get", "update", "-q").CombinedOutput(); err != nil {
			fmt.Fprintf(log, "kernels: apt-get update: %v\n%s", err, out)
		}
		pkgs = aptPackages(s.Package)
	}
	if len(pkgs) == 0 {
		// Offline: the newest one cached.
		entries, _ := os.ReadDir(cache)
		for _, e := range entries {
			if s.Package.MatchString(e.Name()) && exists(filepath.Join(cache, e.Name(), complete)) {
				pkgs = append(pkgs, e.Name())
			}
		}
		if len(pkgs) == 0 {
			return nil, fmt.Errorf("kernel %s: no package matches %s in apt or in %s", s.Name, s.Package, cache)
		}
	}
	sort.Slice(pkgs, func(i, j int) bool { return versionLess(pkgs[i], pkgs[j]) })
	pkg := pkgs[len(pkgs)-1]
	dir := filepath.Join(cache, pkg)
	if !exists(filepath.Join(dir, complete)) {
		if err := download(pkg, cache, dir, log); err != nil {
			return nil, fmt.Errorf("kernel %s: %v", s.Name, err)
		}
	}
	return OpenKernel(s.Name, pkg, dir)
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

// aptPackages lists the packages apt knows whose names match re.
func aptPackages(re *regexp.Regexp) []string {
	out, err := exec.Command("apt-cache", "pkgnames", "linux-image-").Output()
	if err != nil {
		return nil
	}
	var pkgs []string
	for _, p := range strings.Fields(string(out)) {
		if re.MatchString(p) {
			pkgs = append(pkgs, p)
		}
	}
	return pkgs
}

// download fetches pkg with apt-get download and unpacks it into dir.
func download(pkg, cache, dir string, log io.Writer) error {
	tmp, err := os.MkdirTemp(cache, "fetch-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fmt.Fprintf(log, "kernels: apt-get download %s\n", pkg)
	var stderr bytes.Buffer
	cmd := exec.Command("apt-get", "download", "-q", pkg)
	cmd.Dir, cmd.Stderr = tmp, &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("apt-get download %s: %v\n%s", pkg, err, stderr.String())
	}
	debs, _ := filepath.Glob(filepath.Join(tmp, "*.deb"))
	if len(debs) != 1 {
		return fmt.Errorf("apt-get download %s: %d .deb files", pkg, len(debs))
	}
	unpacked := filepath.Join(tmp, "root")
	if out, err := exec.Command("dpkg-deb", "-x", debs[0], unpacked).CombinedOutput(); err != nil {
		return fmt.Errorf("dpkg-deb -x %s: %v\n%s", debs[0], err, out)
	}
	if err := os.WriteFile(filepath.Join(unpacked, complete), nil, 0o644); err != nil {
		return err
	}
	os.RemoveAll(dir)
	return os.Rename(unpacked, dir)
}

var numRE = regexp.MustCompile(`[0-9]+|[^0-9]+`)

// versionLess orders package names by their numbers: 6.1.0-9 before
// 6.1.0-10.
func versionLess(a, b string) bool {
	x, y := numRE.FindAllString(a, -1), numRE.FindAllString(b, -1)
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] == y[i] {
			continue
		}
		m, err1 := strconv.Atoi(x[i])
		n, err2 := strconv.Atoi(y[i])
		if err1 == nil && err2 == nil {
			return m < n
		}
		return x[i] < y[i]
	}
	return len(x) < len(y)
}
