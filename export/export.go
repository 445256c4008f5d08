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

// validNamespace is what a metric name prefix may be.
var validNamespace = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)

// CheckNamespace says why namespace cannot prefix metric names, or nil.
func CheckNamespace(namespace string) error {
	if !validNamespace.MatchString(namespace) {
		return fmt.Errorf("%q cannot prefix metric names: use letters, digits and _, not starting with a digit", namespace)
	}
	return nil
}

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
	series, ok := c.series(m, nkeys)
	if !ok {
		return
	}
	for _, se := range series {
		values, v := se.labels, se.value
		var metric prometheus.Metric
		var err error
		scalar := func(name string, typ prometheus.ValueType, x float64) {
			desc = c.desc(desc, name, help, labels, nil)
			metric, err = prometheus.NewConstMetric(desc, typ, x, values...)
		}
		switch stdlib.MetricOf(m.Kind) {
		case stdlib.MetricCounter:
			scalar(base+"_total", prometheus.CounterValue, numeric(v))
		case stdlib.MetricUnsigned:
			if v.Signed {
				scalar(base, prometheus.GaugeValue, numeric(v))
			} else {
				scalar(base+"_total", prometheus.CounterValue, numeric(v))
			}
		case stdlib.MetricGauge:
			if m.Family == gtrace.FamilyAverage {
				scalar(base, prometheus.GaugeValue, float64(v.Average()))
			} else {
				scalar(base, prometheus.GaugeValue, numeric(v))
			}
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
				scalar(base, prometheus.GaugeValue, numeric(v))
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
// aSeries is one series of a map: its label values and its value.
type aSeries struct {
	labels []string
	value  gtrace.Value
}

// series are a map's entries as label values, in the map's order. Keys
// that differ but label alike (the cgroups of one container, or of no
// container, under --export.container-label) become one series, their
// aggregations combined as the CPUs' are.
func (c *Collector) series(m *gtrace.Map, nkeys int) ([]aSeries, bool) {
	out := make([]aSeries, 0, len(m.Entries))
	index := map[string]int{}
	for _, e := range m.Entries {
		values := make([]string, 0, nkeys+1)
		for _, k := range e.Key {
			s, ok := labelValue(k)
			if !ok {
				c.warn(m.Name, "its key holds a %s, which is not a label value", kindName(k))
				return nil, false
			}
			values = append(values, s)
		}
		if len(values) != nkeys {
			c.warn(m.Name, "its keys have different numbers of parts")
			return nil, false
		}
		id := strings.Join(values, "\xff")
		i, seen := index[id]
		if !seen {
			index[id] = len(out)
			out = append(out, aSeries{labels: values, value: e.Value})
			continue
		}
		merge := stdlib.MergeOf(m.Kind)
		if merge == nil {
			c.warn(m.Name, "two of its keys give the labels {%s}, and its values cannot be added up", strings.Join(values, ", "))
			return nil, false
		}
		out[i].value = merge(out[i].value, e.Value)
	}
	return out, true
}

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
	send := func(name, help string, typ prometheus.ValueType, x float64, label string, value string) {
		var labels, values []string
		if label != "" {
			labels, values = []string{label}, []string{value}
		}
		desc := prometheus.NewDesc(c.name(name), help, labels, c.opts.ConstLabels)
		m, err := prometheus.NewConstMetric(desc, typ, x, values...)
		if err != nil {
			m = prometheus.NewInvalidMetric(desc, err) // the scrape says why
		}
		ch <- m
	}
	send("build_info", "gtrace's version", prometheus.GaugeValue, 1, "version", c.opts.Version)
	n, err := c.counters()
	if err != nil {
		return // tracing ended: the maps above are the last ones
	}
	send("events_lost_total", "events the ring buffer had no room for", prometheus.CounterValue, float64(n.LostEvents), "", "")
	for _, name := range c.mapNames {
		send("map_full_total", "inserts dropped because the map had reached its key limit", prometheus.CounterValue, float64(n.MapFull[name]), "map", name)
	}
	// A probe's attach points of several programs (a wildcard matching
	// one name twice) add up.
	runs, secs := map[string]uint64{}, map[string]float64{}
	var order []string
	for _, p := range n.Probes {
		if _, ok := runs[p.Name]; !ok {
			order = append(order, p.Name)
		}
		runs[p.Name] += p.Runs
		secs[p.Name] += p.RunTime.Seconds()
	}
	for _, name := range order {
		send("probe_runs_total", "times a probe's program ran", prometheus.CounterValue, float64(runs[name]), "probe", name)
		send("probe_run_seconds_total", "time a probe's program ran for", prometheus.CounterValue, secs[name], "probe", name)
	}
}
