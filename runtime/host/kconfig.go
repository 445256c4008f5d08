package host

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// KernelConfig is the running kernel's build configuration (CONFIG_X to
// "y", "m" or a value; an option that is not set is absent), from
// $GTRACE_KERNEL_CONFIG, /proc/config.gz or /boot/config-RELEASE, and
// the file it came from. It says why a feature is missing.
func KernelConfig() (map[string]string, string, error) {
	var uts unix.Utsname
	if err := unix.Uname(&uts); err != nil {
		return nil, "", err
	}
	candidates := []string{"/proc/config.gz", "/boot/config-" + unix.ByteSliceToString(uts.Release[:])}
	if p := os.Getenv("GTRACE_KERNEL_CONFIG"); p != "" {
		candidates = append([]string{p}, candidates...)
	}
	for _, path := range candidates {
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		var r io.Reader = bytes.NewReader(data)
		if strings.HasSuffix(path, ".gz") {
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, path, fmt.Errorf("%s: %w", path, err)
			}
			r = zr
		}
		cfg := map[string]string{}
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), "="); ok && strings.HasPrefix(k, "CONFIG_") {
				cfg[k] = strings.Trim(v, `"`)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, path, fmt.Errorf("%s: %w", path, err)
		}
		return cfg, path, nil
	}
	return nil, "", fmt.Errorf("no kernel configuration in %s", strings.Join(candidates, ", "))
}
