package lang

import (
	"sort"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"
)

// ContainerLabel is the key part AddContainerKeys adds, as the exporter
// names its label.
const ContainerLabel = "container"

// AddContainerKeys gives every map that the checked program p only
// aggregates into (count(), sum(), hist(), ...: values it never reads
// back, keys it never reads by) one more key part: the container of the
// task the probe runs in (stdlib.ContainerID), last. The exporter's
// --export.container-label labels each series with it. The other maps
// keep their keys: a map written in one probe and read in another may
// be read by a task of another container (an interrupt, a kernel
// thread). p changes in place and must be checked again (then
// FixContainerKeyNames names the parts); restore puts p back as it was
// once it is compiled. It returns the maps changed, and those left as
// they were, sorted.
func AddContainerKeys(p *ast.Program, info *ast.Info) (changed, left []string, restore func()) {
	eligible := map[string]bool{}
	for name, mi := range info.Maps {
		if strings.HasPrefix(name, "@_") {
			continue // bookkeeping, not exported
		}
		if mi.Agg == "" || mi.KeyTaken {
			left = append(left, name)
			continue
		}
		eligible[name] = true
		changed = append(changed, name)
	}
	sort.Strings(changed)
	sort.Strings(left)
	var refs []*ast.MapRef
	for _, pr := range p.Probes {
		ast.Walk(pr, func(n ast.Node) bool {
			if s, ok := n.(*ast.AssignStmt); ok {
				if m, ok := s.Target.(*ast.MapRef); ok && eligible[m.Name] {
					refs = append(refs, m)
					m.Keys = append(m.Keys, &ast.Ident{Span: m.Span, Name: stdlib.ContainerID})
				}
			}
			return true
		})
	}
	return changed, left, func() {
		for _, m := range refs {
			m.Keys = m.Keys[:len(m.Keys)-1]
			if len(m.Keys) == 0 {
				m.Keys = nil // as parsed: a keyless map has none
			}
		}
	}
}

// FixContainerKeyNames names the added key part of the maps changed
// (AddContainerKeys) ContainerLabel, in the info of their new check.
func FixContainerKeyNames(info *ast.Info, changed []string) {
	for _, name := range changed {
		if mi := info.Maps[name]; mi != nil && len(mi.KeyNames) > 0 {
			mi.KeyNames[len(mi.KeyNames)-1] = ContainerLabel
		}
	}
}
