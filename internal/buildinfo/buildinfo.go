// Package buildinfo is the version the commands report.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Dev is the version of a build from a checkout.
const Dev = "v0.1.0-dev"

// Version is set, when not empty (a command's -ldflags "-X
// main.version=..."); otherwise the module's version in the build info
// (go install ...@v1.2.3), or Dev. A pseudo-version (v0.0.0-2026...-abc)
// says no more than the commit does.
func Version(set string) string {
	if set != "" {
		return set
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" && !strings.HasPrefix(info.Main.Version, "v0.0.0-") {
		return info.Main.Version
	}
	return Dev
}
