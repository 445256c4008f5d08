package host

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Capability bit numbers from linux/capability.h.
const (
	capSysAdmin = 21
	capPerfmon  = 38 // Linux 5.8
	capBPF      = 39 // Linux 5.8
)

// ErrNoPrivileges is returned by CheckPrivileges.
var ErrNoPrivileges = errors.New("gtrace needs root, or the CAP_BPF and CAP_PERFMON capabilities, to load BPF programs")

// CheckPrivileges says, before anything is loaded, whether this process can
// load and attach tracing programs. Since Linux 5.8 that takes CAP_BPF plus
// CAP_PERFMON (tracing programs and perf events); before, CAP_SYS_ADMIN,
// which still implies both. The effective set is what counts: root in a
// container can lack them, and a non-root binary can be granted them.
func CheckPrivileges() error {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		// Without /proc we cannot see capabilities; root is the best guess.
		if os.Geteuid() == 0 {
			return nil
		}
		return ErrNoPrivileges
	}
	caps, err := parseCapEff(string(data))
	if err != nil {
		return fmt.Errorf("read capabilities: %w", err)
	}
	if !hasBPFCaps(caps) {
		return ErrNoPrivileges
	}
	return nil
}

// hasBPFCaps reports whether an effective capability set can load tracing
// programs and open perf events.
func hasBPFCaps(caps uint64) bool {
	has := func(bit uint) bool { return caps&(1<<bit) != 0 }
	return has(capSysAdmin) || has(capBPF) && has(capPerfmon)
}

// parseCapEff finds the "CapEff:\t000001ffffffffff" line of a
// /proc/<pid>/status file and returns the hexadecimal mask.
func parseCapEff(status string) (uint64, error) {
	for _, line := range strings.Split(status, "\n") {
		rest, ok := strings.CutPrefix(line, "CapEff:")
		if !ok {
			continue
		}
		v, err := strconv.ParseUint(strings.TrimSpace(rest), 16, 64)
		if err != nil {
			return 0, fmt.Errorf("bad CapEff line %q", line)
		}
		return v, nil
	}
	return 0, errors.New("no CapEff line in /proc/self/status")
}

// DropPrivileges makes this process unprivileged for the rest of its
// life, on every thread: no capability in any set (effective, permitted,
// inheritable, ambient, bounding), no_new_privs, and, when username is
// not empty and the process runs as root, that user's uid and gid with
// no supplementary groups. What was opened before (BPF maps, programs,
// links, perf and ring buffers, sockets) stays usable through its file
// descriptor; nothing new can be loaded or attached.
//
// Every thread must change: Go runs goroutines on many threads, and
// capabilities and credentials belong to each thread in Linux. Go's
// syscall.AllThreadsSyscall does that, but only in a binary without
// cgo (gtrace's make builds CGO_ENABLED=0).
func DropPrivileges(username string) error {
	uid, gid := -1, -1
	if username != "" {
		var err error
		if uid, gid, err = LookupUser(username); err != nil {
			return fmt.Errorf("drop privileges: %w", err)
		}
	}
	lastCap := 63
	if b, err := os.ReadFile("/proc/sys/kernel/cap_last_cap"); err == nil {
		if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
			lastCap = n
		}
	}
	all := func(what string, trap, a1, a2, a3 uintptr) error {
		if _, _, errno := syscall.AllThreadsSyscall(trap, a1, a2, a3); errno != 0 {
			if errno == syscall.ENOTSUP {
				return fmt.Errorf("drop privileges: %s: this binary was built with cgo, which cannot change every thread (build with CGO_ENABLED=0)", what)
			}
			return fmt.Errorf("drop privileges: %s: %w", what, errno)
		}
		return nil
	}
	if err := all("no_new_privs", syscall.SYS_PRCTL, unix.PR_SET_NO_NEW_PRIVS, 1, 0); err != nil {
		return err
	}
	// The bounding set can only shrink while CAP_SETPCAP is held: first.
	for c := 0; c <= lastCap; c++ {
		if err := all(fmt.Sprintf("bounding capability %d", c), syscall.SYS_PRCTL, unix.PR_CAPBSET_DROP, uintptr(c), 0); err != nil {
			if errors.Is(err, syscall.EINVAL) && c > capBPF {
				break // past the kernel's last capability
			}
			return err
		}
	}
	if err := all("ambient capabilities", syscall.SYS_PRCTL, unix.PR_CAP_AMBIENT, unix.PR_CAP_AMBIENT_CLEAR_ALL, 0); err != nil {
		return err
	}
	if uid >= 0 && os.Geteuid() == 0 {
		// Go's credential calls change every thread.
		if err := syscall.Setgroups(nil); err != nil {
			return fmt.Errorf("drop privileges: setgroups: %w", err)
		}
		if err := syscall.Setresgid(gid, gid, gid); err != nil {
			return fmt.Errorf("drop privileges: setresgid %d: %w", gid, err)
		}
		if err := syscall.Setresuid(uid, uid, uid); err != nil {
			return fmt.Errorf("drop privileges: setresuid %d: %w", uid, err)
		}
	}
	// A uid other than 0 has lost its capabilities with setresuid; root
	// (or a user granted capabilities) loses them here.
	hdr := unix.CapUserHeader{Version: unix.LINUX_CAPABILITY_VERSION_3}
	var data [2]unix.CapUserData
	err := all("capset", syscall.SYS_CAPSET, uintptr(unsafe.Pointer(&hdr)), uintptr(unsafe.Pointer(&data[0])), 0)
	goruntime.KeepAlive(&hdr)
	goruntime.KeepAlive(&data)
	if err != nil {
		return err
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return fmt.Errorf("drop privileges: check: %w", err)
	}
	if caps, err := parseCapEff(string(status)); err != nil || caps != 0 {
		return fmt.Errorf("drop privileges: capabilities are still effective (%x, %v)", caps, err)
	}
	return nil
}

// CheckDropPrivileges says whether a process that drops its privileges
// can still read the maps it holds: before Linux 5.19, every bpf()
// command of an unprivileged process fails while
// kernel.unprivileged_bpf_disabled is set (Debian's and Ubuntu's
// default); since, only creating maps and loading programs do.
func CheckDropPrivileges() error {
	if major, minor := KernelVersion(); major > 5 || major == 5 && minor >= 19 {
		return nil
	}
	b, err := os.ReadFile("/proc/sys/kernel/unprivileged_bpf_disabled")
	if err == nil && strings.TrimSpace(string(b)) == "0" {
		return nil
	}
	major, minor := KernelVersion()
	return fmt.Errorf("this kernel (%d.%d, before 5.19) refuses an unprivileged process every bpf() call while kernel.unprivileged_bpf_disabled is set: the maps could not be read after dropping privileges (keep them with --export.privileged)", major, minor)
}

// LookupUser gives the uid and the primary gid of a user name (or of a
// number).
func LookupUser(name string) (uid, gid int, err error) {
	u, err := user.Lookup(name)
	if err != nil {
		if u, err = user.LookupId(name); err != nil {
			return 0, 0, fmt.Errorf("no user %s", name)
		}
	}
	if uid, err = strconv.Atoi(u.Uid); err != nil {
		return 0, 0, fmt.Errorf("user %s has uid %q", name, u.Uid)
	}
	if gid, err = strconv.Atoi(u.Gid); err != nil {
		return 0, 0, fmt.Errorf("user %s has gid %q", name, u.Gid)
	}
	return uid, gid, nil
}
