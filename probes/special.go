package probes

import (
	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/lang/ast"
)

// BEGIN and END: raw-tracepoint programs gtrace runs itself, once, with
// BPF_PROG_TEST_RUN: BEGIN before the other probes are attached, END
// after they are detached.

// Begin and End are the two special providers, for the runtime.
var (
	Begin = register(special("BEGIN", "begin"))
	End   = register(special("END", "end"))
)

func special(name, short string) *Provider {
	return &Provider{
		Name: name, Aliases: map[string]string{short: name}, Bare: true, Special: true, OwnTask: true,
		Usage: name, ProgType: ebpf.RawTracepoint,
		Expand: func(x Expander, ap *ast.AttachPoint) []*ast.AttachInfo {
			if len(ap.Parts) != 0 {
				x.Errorf(ap, "%s takes no arguments", ap.Provider)
			}
			return []*ast.AttachInfo{{Provider: ap.Provider, Name: ap.Provider, Special: true}}
		},
	}
}
