package main

import (
	"fmt"
	goruntime "runtime"
	"runtime/debug"
	"strings"

	"github.com/gtrace/gtrace/internal/buildinfo"
)

// version is set at build time with -ldflags "-X main.version=..." (make
// release does); otherwise it comes from the module's version in the build
// info (go install ...@v1.2.3), or is this development version.
var version = ""

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

// shortVersion is the version alone, for the prompt's banner and the
// exporter's build_info.
func shortVersion() string { return buildinfo.Version(version) }
