package lang

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"
)

// DumpTypes prints what the checker learned (-d types): each probe's
// attach points and variables, then every map's key and value types.
func DumpTypes(w io.Writer, p *ast.Program, info *ast.Info) {
	// Variables by probe, found by position.
	type varLine struct {
		pos  ast.Pos
		text string
	}
	vars := make([][]varLine, len(p.Probes))
	seen := map[*ast.VarInfo]bool{}
	for v, vi := range info.Vars {
		if seen[vi] {
			continue
		}
		seen[vi] = true
		for i, pr := range p.Probes {
			if v.Pos.Offset >= pr.Pos.Offset && v.Pos.Offset < pr.End.Offset {
				vars[i] = append(vars[i], varLine{v.Pos, fmt.Sprintf("%s: %s", vi.Name, vi.Type)})
				break
			}
		}
	}
	for i, pr := range p.Probes {
		var names []string
		if i < len(info.Probes) {
			for _, a := range info.Probes[i].Attach {
				names = append(names, a.Name)
			}
		}
		fmt.Fprintf(w, "probe %s (%s)\n", strings.Join(names, ", "), pr.Pos)
		sort.Slice(vars[i], func(a, b int) bool { return vars[i][a].pos.Offset < vars[i][b].pos.Offset })
		for _, v := range vars[i] {
			fmt.Fprintf(w, "\t%s\n", v.text)
		}
	}
	names := make([]string, 0, len(info.Maps))
	for n := range info.Maps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := info.Maps[n]
		key := "none"
		if m.Key != nil {
			key = m.Key.String()
		}
		value := m.Value.String()
		if m.Agg != "" {
			// The aggregation with its constant parameters: lhist(0, 100, 10).
			var params []string
			for _, p := range m.AggArgs {
				params = append(params, strconv.FormatInt(p, 10))
			}
			value = m.Agg + "(" + strings.Join(params, ", ") + ")"
		}
		fmt.Fprintf(w, "map %s: key %s, value %s\n", n, key, value)
	}
}
