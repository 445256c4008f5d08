package main

import (
	"fmt"
	goruntime "runtime"
	"runtime/debug"
	"strings"
)

// version is set at build time with -ldflags "-X main.version=..." (make
// release does); otherwise it comes from the module's version in the build
// info (go install ...@v1.2.3), or is this development version.
var version = ""

const devVersion = "v0.1.0-dev"

// versionLine is what -V prints: the version, the commit it was built
// from (with "+changes" when the tree had uncommitted changes) and the Go
// that built it, from the binary's build info.
func versionLine() string {
	info, ok := debug.ReadBuildInfo()
	var details []string
	if ok {
		var rev, modified string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" {
			if len(rev) > 12 {
				rev = rev[:12]
			}
			if modified == "true" {
				rev += "+changes"
			}
			details = append(details, "commit "+rev)
		}
	}
	details = append(details, fmt.Sprintf("%s %s/%s", goruntime.Version(), goruntime.GOOS, goruntime.GOARCH))
	return fmt.Sprintf("gtrace %s (%s)", shortVersion(), strings.Join(details, ", "))
}

// shortVersion is the version alone, for the prompt's banner. A
// pseudo-version (v0.0.0-2026...-abcdef) says no more than the commit does.
func shortVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" && !strings.HasPrefix(info.Main.Version, "v0.0.0-") {
		return info.Main.Version
	}
	return devVersion
}
