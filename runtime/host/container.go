package host

import (
	"fmt"
	"path"
	"regexp"
	"strings"
	"syscall"
)

// Containers: the container a cgroup v2 path belongs to, from the names
// container runtimes give their cgroups.

// containerPatterns match the last path element that names a container,
// its id (or name) in the first group:
//   - systemd's cgroup driver: docker-ID.scope (Docker),
//     cri-containerd-ID.scope (containerd under Kubernetes),
//     crio-ID.scope (CRI-O), libpod-ID.scope (Podman);
//   - cgroupfs's: /docker/ID, /kubepods/CLASS/podUID/ID,
//     /libpod_parent/libpod-ID;
//   - systemd-nspawn and machined: machine-NAME.scope,
//     systemd-nspawn@NAME.service.
var containerPatterns = []*regexp.Regexp{
	regexp.MustCompile(`^(?:docker|cri-containerd|crio|libpod)-([0-9a-f]{64})\.scope$`),
	regexp.MustCompile(`^libpod-([0-9a-f]{64})$`),
	regexp.MustCompile(`^machine-(.+)\.scope$`),
	regexp.MustCompile(`^systemd-nspawn@(.+)\.service$`),
}

// bareID is a container id as cgroupfs drivers name its directory.
var bareID = regexp.MustCompile(`^[0-9a-f]{64}$`)

// ContainerID is the id (or machine name) of the container whose cgroup
// p is, or is below; "" when p is no container's.
func ContainerID(p string) string {
	p = path.Clean("/" + p)
	parts := strings.Split(strings.Trim(p, "/"), "/")
	for i := len(parts) - 1; i >= 0; i-- {
		el := parts[i]
		for _, re := range containerPatterns {
			if m := re.FindStringSubmatch(el); m != nil {
				// machined escapes - in names as \x2d.
				return strings.ReplaceAll(m[1], `\x2d`, "-")
			}
		}
		if bareID.MatchString(el) && i > 0 && (parts[0] == "docker" || parts[0] == "kubepods" || strings.HasPrefix(parts[i-1], "pod")) {
			return el
		}
	}
	return ""
}

// CgroupV2Path is the path of cgroup v2 id below the hierarchy's root,
// "" when there is none (runtime/host.CgroupPath names every hierarchy).
func (h *Host) CgroupV2Path(id uint64) string {
	mounts, err := h.cgroupMounts()
	if err != nil {
		return ""
	}
	for _, m := range mounts {
		if m.V2 {
			if p, ok := h.cgroupDir(m.Dir, id); ok {
				return p
			}
		}
	}
	return ""
}

// PidNS is a pid namespace as bpf_get_ns_current_pid_tgid names it: the
// device and inode of its nsfs file.
type PidNS struct{ Dev, Ino uint64 }

// initialPidNSIno is the inode number of the initial pid namespace
// (PROC_PID_INIT_INO).
const initialPidNSIno = 0xEFFFFFFC

// Initial reports whether ns is the initial pid namespace.
func (ns *PidNS) Initial() bool { return ns.Ino == initialPidNSIno }

// OwnPidNS is the pid namespace this process runs in.
func OwnPidNS() (*PidNS, error) {
	var st syscall.Stat_t
	if err := syscall.Stat("/proc/self/ns/pid", &st); err != nil {
		return nil, fmt.Errorf("gtrace's pid namespace: %w", err)
	}
	return &PidNS{Dev: st.Dev, Ino: st.Ino}, nil
}
