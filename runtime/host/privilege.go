package host

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
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
