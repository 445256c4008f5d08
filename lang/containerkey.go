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
// back, keys no builtin takes) one more key part: the container of the
// task the probe runs in (stdlib.ContainerID), last. The exporter's
// --export.container-label labels each series with it. The other maps
// keep their keys: a map written in one probe and read in another may
// be read by a task of another container (an interrupt, a kernel
// thread). p changes in place, once however often it is called; it must
// be checked again, and FixContainerKeyNames then names the parts. It
// returns the maps changed, and those left as they were, sorted.
func AddContainerKeys(p *ast.Program, info *ast.Info) (changed, left []string) {
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
	for _, pr := range p.Probes {
		ast.Walk(pr, func(n ast.Node) bool {
			s, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			m, ok := s.Target.(*ast.MapRef)
			if !ok || !eligible[m.Name] || hasContainerKey(m) {
				return true
			}
			m.Keys = append(m.Keys, &ast.Ident{Span: m.Span, Name: stdlib.ContainerID})
			return true
		})
	}
	return changed, left
}

// hasContainerKey reports whether AddContainerKeys already changed m:
// its last key is the container, spanning the whole reference.
func hasContainerKey(m *ast.MapRef) bool {
	if len(m.Keys) == 0 {
		return false
	}
	id, ok := m.Keys[len(m.Keys)-1].(*ast.Ident)
	return ok && id.Name == stdlib.ContainerID && id.Span == m.Span
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
