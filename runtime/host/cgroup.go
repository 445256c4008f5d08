package host

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// Cgroups: a cgroup's id (bpf_get_current_cgroup_id) is the inode number
// of its directory in the cgroup v2 hierarchy; cgroupid() maps a path to
// it, cgroup_path() an id back to the paths of every mounted hierarchy
// that has a cgroup of that id (bpftrace's way, with v1 hierarchies on
// hybrid systems).

// CgroupMount is one mounted cgroup hierarchy.
type CgroupMount struct {
	// Name is "unified" for cgroup v2, else the v1 controllers or name
	// ("cpu,cpuacct", "systemd").
	Name string
	Dir  string
	V2   bool
}

// CgroupMounts lists the mounted cgroup hierarchies, cgroup v2 first,
// then by name.
func CgroupMounts() ([]CgroupMount, error) {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []CgroupMount
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// id parent major:minor root mountpoint options [optional...] - fstype source superoptions
		pre, post, ok := strings.Cut(sc.Text(), " - ")
		fields, tail := strings.Fields(pre), strings.Fields(post)
		if !ok || len(fields) < 5 || len(tail) < 3 || fields[3] != "/" {
			continue
		}
		m := CgroupMount{Dir: unescapeMount(fields[4])}
		switch tail[0] {
		case "cgroup2":
			m.Name, m.V2 = "unified", true
		case "cgroup":
			var names []string
			for _, o := range strings.Split(tail[2], ",") {
				switch {
				case strings.HasPrefix(o, "name="):
					names = append(names, strings.TrimPrefix(o, "name="))
				case o == "rw" || o == "ro" || strings.Contains(o, "="):
				default:
					names = append(names, o)
				}
			}
			m.Name = strings.Join(names, ",")
		default:
			continue
		}
		if seen[m.Name] {
			continue // the same hierarchy mounted twice
		}
		seen[m.Name] = true
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].V2 != out[j].V2 {
			return out[i].V2
		}
		return out[i].Name < out[j].Name
	})
	return out, sc.Err()
}

// unescapeMount undoes mountinfo's octal escapes (\040 for a space).
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			var c byte
			if _, err := fmt.Sscanf(s[i+1:i+4], "%03o", &c); err == nil {
				b.WriteByte(c)
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// CgroupDir is the directory of the cgroup v2 p: an absolute path, or
// one relative to the cgroup v2 mount ("system.slice/cron.service").
func CgroupDir(p string) (string, error) {
	if !filepath.IsAbs(p) || !strings.HasPrefix(p, "/sys/fs/cgroup") {
		mounts, err := CgroupMounts()
		if err != nil {
			return "", err
		}
		if len(mounts) == 0 || !mounts[0].V2 {
			return "", errors.New("no cgroup v2 hierarchy is mounted")
		}
		p = filepath.Join(mounts[0].Dir, p)
	}
	var sfs unix.Statfs_t
	if err := unix.Statfs(p, &sfs); err != nil {
		return "", err
	}
	if sfs.Type != unix.CGROUP2_SUPER_MAGIC {
		return "", fmt.Errorf("%s is not in the cgroup v2 hierarchy", p)
	}
	return p, nil
}

// CgroupID is the id of the cgroup v2 directory p (as CgroupDir takes
// it).
func CgroupID(p string) (uint64, error) {
	p, err := CgroupDir(p)
	if err != nil {
		return 0, err
	}
	var st unix.Stat_t
	if err := unix.Stat(p, &st); err != nil {
		return 0, err
	}
	return st.Ino, nil
}

// CgroupPath names the cgroup of id as bpftrace does: "name:path" for
// each mounted hierarchy whose name matches the glob filter ("" or "*":
// all) and that has a directory of that inode, joined by ",".
func (h *Host) CgroupPath(id uint64, filter string) string {
	mounts, err := h.cgroupMounts()
	if err != nil {
		return ""
	}
	var parts []string
	for _, m := range mounts {
		if filter != "" {
			if ok, _ := path.Match(filter, m.Name); !ok {
				continue
			}
		}
		if p, ok := h.cgroupDir(m.Dir, id); ok {
			parts = append(parts, m.Name+":"+p)
		}
	}
	return strings.Join(parts, ",")
}

// cgroupMounts are CgroupMounts, read again at most once a second: a
// map of many cgroup keys renders each of them.
func (h *Host) cgroupMounts() ([]CgroupMount, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.mountsRead.IsZero() && time.Since(h.mountsRead) < time.Second {
		return h.mounts, nil
	}
	mounts, err := CgroupMounts()
	if err != nil {
		return nil, err
	}
	h.mounts, h.mountsRead = mounts, time.Now()
	return mounts, nil
}

// cgroupDir finds the directory of inode id under the hierarchy at root,
// as a path from root ("/" for root itself). Directories found are
// remembered; an id not seen before walks the hierarchy again, since
// cgroups come and go, but at most once a second per hierarchy.
func (h *Host) cgroupDir(root string, id uint64) (string, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.cgroupDirs == nil {
		h.cgroupDirs = map[string]map[uint64]string{}
		h.cgroupWalked = map[string]time.Time{}
	}
	if p, ok := h.cgroupDirs[root][id]; ok {
		return p, true
	}
	if time.Since(h.cgroupWalked[root]) < time.Second {
		return "", false
	}
	h.cgroupWalked[root] = time.Now()
	dirs := map[uint64]string{}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			rel, _ := filepath.Rel(root, p)
			dirs[st.Ino] = "/" + strings.TrimPrefix(filepath.ToSlash(rel), ".")
		}
		return nil
	})
	h.cgroupDirs[root] = dirs
	p, ok := dirs[id]
	return p, ok
}
