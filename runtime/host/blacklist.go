package host

import (
	"bufio"
	"os"
	"strings"
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
