package host

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// SecurityFile reads a file of securityfs (lockdown, lsm), which says
// what the kernel's security modules allow. Where securityfs is not
// mounted (minimal systems, some VMs) it is mounted for the read on a
// temporary directory and unmounted at once, so nothing stays behind.
func SecurityFile(name string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join("/sys/kernel/security", name))
	if err == nil || !os.IsNotExist(err) {
		return data, err
	}
	dir, terr := os.MkdirTemp("", "gtrace-securityfs-")
	if terr != nil {
		return nil, err
	}
	defer os.Remove(dir)
	if merr := unix.Mount("none", dir, "securityfs", unix.MS_NOSUID|unix.MS_NODEV|unix.MS_NOEXEC|unix.MS_RDONLY, ""); merr != nil {
		return nil, err
	}
	defer unix.Unmount(dir, unix.MNT_DETACH)
	return os.ReadFile(filepath.Join(dir, name))
}
