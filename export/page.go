package export

import (
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/gtrace/gtrace"
)

// The live page: what the exporter serves at /, for a person rather than
// Prometheus. Each script with its probes (runs and time per run) and
// its maps, histograms drawn as bars; the page reloads itself every few
// seconds. It is one self-contained HTML document: no scripts, no
// external assets.

// PageScript is what the page shows of one script.
type PageScript struct {
	Name    string
	Session *gtrace.Session
}

// Page serves the live page of the scripts scripts() returns (read at
// each request).
func Page(scripts func() []PageScript, refresh time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		data := pageData{Refresh: int(refresh / time.Second), Now: time.Now().Format(time.TimeOnly)}
		for _, s := range scripts() {
			ps := pageScriptData{Name: s.Name}
			if c, err := s.Session.Counters(); err == nil {
				for _, p := range c.Probes {
					per := time.Duration(0)
					if p.Runs > 0 {
						per = p.RunTime / time.Duration(p.Runs)
					}
					ps.Probes = append(ps.Probes, pageProbe{Name: p.Name, Runs: p.Runs, PerRun: per.String()})
				}
				ps.Lost = c.LostEvents
			}
			maps, err := s.Session.Maps()
			if err != nil {
				ps.Error = err.Error()
			}
			for _, m := range maps {
				ps.Maps = append(ps.Maps, pageMap(m))
			}
			data.Scripts = append(data.Scripts, ps)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err := pageTemplate.Execute(w, data); err != nil {
			fmt.Fprintf(w, "<p>%s</p>", template.HTMLEscapeString(err.Error()))
		}
	})
}

type pageData struct {
	Refresh int
	Now     string
	Scripts []pageScriptData
}

type pageScriptData struct {
	Name   string
	Probes []pageProbe
	Lost   uint64
	Maps   []pageMapData
	Error  string
}

type pageProbe struct {
	Name   string
	Runs   uint64
	PerRun string
}

type pageMapData struct {
	Name    string
	Kind    string
	Entries []pageEntry
}

type pageEntry struct {
	Key   string
	Value string
	Bars  []pageBar // a histogram's
}

type pageBar struct {
	Label string
	Count uint64
	Width int // percent of the largest bucket
}

// maxPageEntries bounds what the page lists of one map.
const maxPageEntries = 50

func pageMap(m gtrace.Map) pageMapData {
	d := pageMapData{Name: m.Name, Kind: m.Kind}
	for i, e := range m.Entries {
		if i == maxPageEntries {
			d.Entries = append(d.Entries, pageEntry{Key: "…", Value: fmt.Sprintf("%d more", len(m.Entries)-i)})
			break
		}
		var keys []string
		for _, k := range e.Key {
			s, ok := labelValue(k)
			if !ok {
				s = kindName(k)
			}
			keys = append(keys, s)
		}
		pe := pageEntry{Key: strings.Join(keys, ", ")}
		v := e.Value
		switch v.Kind {
		case gtrace.KindHist:
			var most uint64
			lo, hi := len(v.Buckets), -1
			for j, b := range v.Buckets {
				if b.Count > 0 {
					lo, hi = min(lo, j), j
					most = max(most, b.Count)
				}
			}
			for j := lo; j <= hi; j++ {
				b := v.Buckets[j]
				pe.Bars = append(pe.Bars, pageBar{Label: b.Label, Count: b.Count, Width: int(b.Count * 100 / max(most, 1))})
			}
		case gtrace.KindStats:
			pe.Value = fmt.Sprintf("count %d, average %d, total %d", v.Count, v.Average(), v.Total)
		default:
			if m.Family == gtrace.FamilyAverage {
				pe.Value = fmt.Sprint(v.Average())
			} else if s, ok := labelValue(v); ok {
				pe.Value = s
			} else {
				pe.Value = kindName(v)
			}
		}
		d.Entries = append(d.Entries, pe)
	}
	return d
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="{{.Refresh}}">
<title>gtrace</title>
<style>
body { font: 14px/1.4 sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; margin-top: 1.5em; } h3 { font-size: 1em; }
table { border-collapse: collapse; margin: 0.3em 0 1em; }
td, th { padding: 0.15em 0.6em; text-align: left; border-bottom: 1px solid #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.hist td { border: none; padding: 0.05em 0.4em; }
.bar { background: #4a7fb5; height: 0.9em; min-width: 1px; }
.err { color: #b00; }
</style></head><body>
<h1>gtrace</h1>
<p><a href="/metrics">/metrics</a> · {{.Now}} · reloads every {{.Refresh}} s</p>
{{range .Scripts}}<section class="script" id="script-{{.Name}}">
<h2>{{.Name}}</h2>
{{if .Error}}<p class="err">{{.Error}}</p>{{end}}
{{if .Probes}}<table class="probes"><tr><th>probe</th><th>runs</th><th>time per run</th></tr>
{{range .Probes}}<tr><td>{{.Name}}</td><td class="n">{{.Runs}}</td><td class="n">{{.PerRun}}</td></tr>
{{end}}</table>{{end}}
<p>events lost: {{.Lost}}</p>
{{range .Maps}}<div class="map" data-map="{{.Name}}"><h3>{{.Name}}{{if .Kind}} <small>{{.Kind}}()</small>{{end}}</h3>
{{range .Entries}}{{if .Bars}}<p>{{if .Key}}[{{.Key}}]{{end}}</p><table class="hist">
{{range .Bars}}<tr><td>{{.Label}}</td><td class="n">{{.Count}}</td><td style="width:20em"><div class="bar" style="width:{{.Width}}%"></div></td></tr>
{{end}}</table>{{else}}<table><tr><td>{{.Key}}</td><td class="n">{{.Value}}</td></tr></table>{{end}}
{{end}}</div>
{{end}}</section>
{{end}}</body></html>
`))
