// Package export serves a tracing script's maps as Prometheus metrics:
// each scrape reads the maps from the kernel (per-CPU values summed) and
// turns each into a metric family by its aggregation, its key parts
// into labels (docs/metrics.md). The gtrace command's --export and
// cmd/gtrace-exporter use it; so may any Go program holding a
// gtrace.Session.
package export

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/stdlib"
)

// Options tune a Collector.
type Options struct {
	// Namespace prefixes every metric name ("gtrace" when empty):
	// @lat becomes gtrace_lat.
	Namespace string
	// ConstLabels are added to every series (the daemon's script label).
	ConstLabels prometheus.Labels
	// Warn receives, once per map, why a map is not exported.
	Warn func(format string, args ...any)
	// Version is gtrace's, for the build_info metric.
	Version string
}

// Collector is a prometheus.Collector of one script's session.
type Collector struct {
	opts Options
	// What it reads: the session's maps and counters, the script's map
	// names and key names (functions, for the tests).
	maps     func() ([]gtrace.Map, error)
	counters func() (gtrace.Counters, error)
	mapNames []string
	keyNames func(mapName string) []string

	mu     sync.Mutex
	warned map[string]bool
}

// New makes the collector of a started script.
func New(script *gtrace.Script, sess *gtrace.Session, opts Options) *Collector {
	return newCollector(opts, sess.Maps, sess.Counters, script.MapNames(), script.MapKeyNames)
}

func newCollector(opts Options, maps func() ([]gtrace.Map, error), counters func() (gtrace.Counters, error), names []string, keyNames func(string) []string) *Collector {
	if opts.Namespace == "" {
		opts.Namespace = "gtrace"
	}
	return &Collector{opts: opts, maps: maps, counters: counters, mapNames: names, keyNames: keyNames, warned: map[string]bool{}}
}

// Describe sends nothing: the metrics depend on what the maps hold when
// scraped (an unchecked collector).
func (c *Collector) Describe(chan<- *prometheus.Desc) {}

// Collect reads every map and the session's counters.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	maps, err := c.maps()
	if err != nil {
		ch <- prometheus.NewInvalidMetric(prometheus.NewDesc(c.name("maps"), "the script's maps", nil, c.opts.ConstLabels), err)
		return
	}
	for i := range maps {
		c.collectMap(ch, &maps[i])
	}
	c.collectSelf(ch)
}

// name is a metric's full name.
func (c *Collector) name(parts ...string) string {
	return prometheus.BuildFQName(c.opts.Namespace, "", strings.Join(parts, "_"))
}

func (c *Collector) warn(m string, format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.warned[m] {
		return
	}
	c.warned[m] = true
	if c.opts.Warn != nil {
		c.opts.Warn("map %s is not exported: "+format, append([]any{m}, args...)...)
	}
}

var invalidName = regexp.MustCompile(`[^a-zA-Z0-9_]`)

// MetricName is the name a map's metric gets (without a counter's
// _total): the namespace, then the map's name without its @ ("map" for
// the anonymous map @).
func MetricName(namespace, mapName string) string {
	if namespace == "" {
		namespace = "gtrace"
	}
	n := strings.TrimPrefix(mapName, "@")
	if n == "" {
		n = "map"
	}
	return prometheus.BuildFQName(namespace, "", invalidName.ReplaceAllString(n, "_"))
}

// LabelNames are the label names of a map's key parts: the names the
// script wrote them by (comm, pid, filename for args->filename), else
// key, key1, key2...; each unique.
func LabelNames(written []string, n int) []string {
	names := make([]string, n)
	seen := map[string]bool{}
	unnamed := 0
	for i := range names {
		name := ""
		if i < len(written) {
			name = invalidName.ReplaceAllString(written[i], "_")
		}
		if name == "" || strings.HasPrefix(name, "__") || name[0] >= '0' && name[0] <= '9' {
			name = "key"
			if unnamed > 0 {
				name += strconv.Itoa(unnamed)
			}
			unnamed++
		}
		for base, k := name, 1; seen[name]; k++ {
			name = base + strconv.Itoa(k)
		}
		seen[name] = true
		names[i] = name
	}
	return names
}

// labelValue renders one key part, or says why it cannot be a label.
func labelValue(v gtrace.Value) (string, bool) {
	switch v.Kind {
	case gtrace.KindInt:
		if v.Signed {
			return strconv.FormatInt(v.Int, 10), true
		}
		return strconv.FormatUint(uint64(v.Int), 10), true
	case gtrace.KindStr:
		return v.Str, true
	}
	return "", false
}

func (c *Collector) collectMap(ch chan<- prometheus.Metric, m *gtrace.Map) {
	if len(m.Entries) == 0 || strings.HasPrefix(m.Name, "@_") {
		return // empty, or the script's own bookkeeping (@_start)
	}
	nkeys := len(m.Entries[0].Key)
	labels := LabelNames(c.keyNames(m.Name), nkeys)
	base := MetricName(c.opts.Namespace, m.Name)
	help := fmt.Sprintf("gtrace map %s", m.Name)
	if m.Kind != "" {
		help += " (" + m.Kind + "())"
	}
	var desc *prometheus.Desc
	var extra []string // a string value's label
	for _, e := range m.Entries {
		values := make([]string, 0, nkeys+1)
		for _, k := range e.Key {
			s, ok := labelValue(k)
			if !ok {
				c.warn(m.Name, "its key holds a %s, which is not a label value", kindName(k))
				return
			}
			values = append(values, s)
		}
		if len(values) != nkeys {
			c.warn(m.Name, "its keys have different numbers of parts")
			return
		}
		v := e.Value
		var metric prometheus.Metric
		var err error
		switch stdlib.MetricOf(m.Kind) {
		case stdlib.MetricCounter:
			desc = c.desc(desc, base+"_total", help, labels, nil)
			metric, err = prometheus.NewConstMetric(desc, prometheus.CounterValue, float64(uint64(v.Int)), values...)
		case stdlib.MetricUnsigned:
			if v.Signed {
				desc = c.desc(desc, base, help, labels, nil)
				metric, err = prometheus.NewConstMetric(desc, prometheus.GaugeValue, float64(v.Int), values...)
			} else {
				desc = c.desc(desc, base+"_total", help, labels, nil)
				metric, err = prometheus.NewConstMetric(desc, prometheus.CounterValue, float64(uint64(v.Int)), values...)
			}
		case stdlib.MetricGauge:
			desc = c.desc(desc, base, help, labels, nil)
			g := numeric(v)
			if m.Family == gtrace.FamilyAverage {
				g = float64(v.Average())
			}
			metric, err = prometheus.NewConstMetric(desc, prometheus.GaugeValue, g, values...)
		case stdlib.MetricSummary:
			desc = c.desc(desc, base, help, labels, nil)
			metric, err = prometheus.NewConstSummary(desc, uint64(v.Count), float64(v.Total), nil, values...)
		case stdlib.MetricHistogram:
			desc = c.desc(desc, base, help, labels, nil)
			count, sum, buckets := histogram(v)
			metric, err = prometheus.NewConstHistogram(desc, count, sum, buckets, values...)
		case stdlib.MetricNone:
			if m.Kind != "" {
				c.warn(m.Name, "%s() values have no metric type", m.Kind)
				return
			}
			// An assigned value.
			switch v.Kind {
			case gtrace.KindInt:
				desc = c.desc(desc, base, help, labels, nil)
				metric, err = prometheus.NewConstMetric(desc, prometheus.GaugeValue, numeric(v), values...)
			case gtrace.KindStr:
				if extra == nil {
					extra = LabelNames(append(append([]string{}, labels...), "value"), nkeys+1)[nkeys:]
				}
				desc = c.desc(desc, base, help, labels, extra)
				metric, err = prometheus.NewConstMetric(desc, prometheus.GaugeValue, 1, append(values, v.Str)...)
			default:
				c.warn(m.Name, "its values are %ss, which are not numbers", kindName(v))
				return
			}
		}
		if err != nil {
			c.warn(m.Name, "%v", err)
			return
		}
		ch <- metric
	}
}

// desc makes a map's descriptor once per collection.
func (c *Collector) desc(d *prometheus.Desc, name, help string, labels, extra []string) *prometheus.Desc {
	if d != nil {
		return d
	}
	return prometheus.NewDesc(name, help, append(append([]string{}, labels...), extra...), c.opts.ConstLabels)
}

func numeric(v gtrace.Value) float64 {
	if v.Signed {
		return float64(v.Int)
	}
	return float64(uint64(v.Int))
}

func kindName(v gtrace.Value) string {
	switch v.Kind {
	case gtrace.KindTuple:
		return "tuple"
	case gtrace.KindHist:
		return "histogram"
	case gtrace.KindStats:
		return "stats value"
	case gtrace.KindRecord:
		return "struct"
	case gtrace.KindArray:
		return "array"
	}
	return "value"
}

// histogram turns a hist() or lhist() value into Prometheus's form: the
// cumulative count at each bucket's upper bound, its largest value
// (integers: [4, 8) is le="7"); the bucket with no upper bound is +Inf,
// which Prometheus adds itself. The sum is the values' own (kept by the
// program).
func histogram(v gtrace.Value) (uint64, float64, map[float64]uint64) {
	buckets := map[float64]uint64{}
	var cum uint64
	prev := math.Inf(-1)
	for _, b := range v.Buckets {
		cum += b.Count
		le := float64(b.Max)
		if b.Above || le <= prev {
			// No upper bound: lhist()'s last bucket, and hist()'s, whose
			// bound 2^64-1 an int64 does not hold.
			continue
		}
		buckets[le], prev = cum, le
	}
	return cum, float64(v.Total), buckets
}

// collectSelf adds the session's own figures.
func (c *Collector) collectSelf(ch chan<- prometheus.Metric) {
	ch <- prometheus.MustNewConstMetric(prometheus.NewDesc(c.name("build_info"), "gtrace's version", []string{"version"}, c.opts.ConstLabels),
		prometheus.GaugeValue, 1, c.opts.Version)
	n, err := c.counters()
	if err != nil {
		return // tracing ended: the maps above are the last ones
	}
	ch <- prometheus.MustNewConstMetric(prometheus.NewDesc(c.name("events_lost_total"), "events the ring buffer had no room for", nil, c.opts.ConstLabels),
		prometheus.CounterValue, float64(n.LostEvents))
	full := prometheus.NewDesc(c.name("map_full_total"), "inserts dropped because the map had reached its key limit", []string{"map"}, c.opts.ConstLabels)
	for _, name := range c.mapNames {
		ch <- prometheus.MustNewConstMetric(full, prometheus.CounterValue, float64(n.MapFull[name]), name)
	}
	if n.Probes == nil {
		return
	}
	runs := prometheus.NewDesc(c.name("probe_runs_total"), "times a probe's program ran", []string{"probe"}, c.opts.ConstLabels)
	secs := prometheus.NewDesc(c.name("probe_run_seconds_total"), "time a probe's program ran for", []string{"probe"}, c.opts.ConstLabels)
	agg := map[string]*gtrace.ProbeCounters{}
	var order []string
	for i := range n.Probes {
		p := &n.Probes[i]
		if a := agg[p.Name]; a != nil {
			a.Runs += p.Runs
			a.RunTime += p.RunTime
			continue
		}
		cp := *p
		agg[p.Name] = &cp
		order = append(order, p.Name)
	}
	for _, name := range order {
		p := agg[name]
		ch <- prometheus.MustNewConstMetric(runs, prometheus.CounterValue, float64(p.Runs), name)
		ch <- prometheus.MustNewConstMetric(secs, prometheus.CounterValue, p.RunTime.Seconds(), name)
	}
}
