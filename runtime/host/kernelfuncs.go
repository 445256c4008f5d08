package host

import (
	"bufio"
	"fmt"
	"os"
	goruntime "runtime"
	"strings"

	"golang.org/x/sys/unix"
)

// debugfs is where the kernel's kprobe blacklist is read from.
const debugfs = "/sys/kernel/debug"

// KprobeRefused says whether the kernel refuses kprobes on the function:
// those in its kprobe blacklist (kprobes/blacklist in debugfs). Where
// debugfs is not mounted nothing is known refused, and the attach fails
// instead (EINVAL).
func (h *Host) KprobeRefused(fn string) bool {
	h.blacklistOnce.Do(func() { h.blacklist = readBlacklist(debugfs + "/kprobes/blacklist") })
	return h.blacklist[fn]
}

// readBlacklist reads lines of "0xSTART-0xEND\tNAME", nil when it cannot.
func readBlacklist(path string) map[string]bool {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 2 {
			out[f[1]] = true
		}
	}
	return out
}

// TrampolineArgs is how many arguments the kernel's BPF trampolines pass
// to fentry and fexit programs: on x86-64 12 since Linux 6.4 (6 before);
// on arm64 the 8 it passes in registers (newer kernels may pass more:
// unchecked).
func (h *Host) TrampolineArgs() int {
	if goruntime.GOARCH == "arm64" {
		return 8
	}
	if major, minor := KernelVersion(); major > 6 || major == 6 && minor >= 4 {
		return 12
	}
	return 6
}

// KernelVersion is the running kernel's major and minor version, from
// uname (0, 0 if it cannot be read).
func KernelVersion() (major, minor int) {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return 0, 0
	}
	fmt.Sscanf(unix.ByteSliceToString(u.Release[:]), "%d.%d", &major, &minor)
	return major, minor
}
