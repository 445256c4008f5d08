package export

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/runtime/output"
)

func TestLabelNames(t *testing.T) {
	for _, c := range []struct {
		written []string
		n       int
		want    string
	}{
		{nil, 0, ""},
		{[]string{"comm"}, 1, "comm"},
		{[]string{"", ""}, 2, "key key1"},
		{[]string{"comm", "", "comm", ""}, 4, "comm key comm1 key1"},
		{[]string{"__x", "0", "a-b"}, 3, "key key1 a_b"},
		{[]string{"pid"}, 2, "pid key"},
	} {
		if got := strings.Join(LabelNames(c.written, c.n), " "); got != c.want {
			t.Errorf("LabelNames(%q, %d) = %q, want %q", c.written, c.n, got, c.want)
		}
	}
	if got := MetricName("", "@"); got != "gtrace_map" {
		t.Errorf("MetricName(@) = %q", got)
	}
	if got := MetricName("ns", "@lat"); got != "ns_lat" {
		t.Errorf("MetricName(ns, @lat) = %q", got)
	}
	for in, want := range map[string]string{"9435": "127.0.0.1:9435", ":9435": "127.0.0.1:9435", "0.0.0.0:9435": "0.0.0.0:9435", "[::1]:9435": "[::1]:9435"} {
		if got := ListenAddress(in); got != want {
			t.Errorf("ListenAddress(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCollect: each kind of map becomes its metric family, with the
// exposition Prometheus scrapes, and the self-metrics follow.
func TestCollect(t *testing.T) {
	key := func(parts ...gtrace.Value) []gtrace.Value { return parts }
	maps := []gtrace.Map{
		{Name: "@calls", Kind: "count", Entries: []gtrace.MapEntry{{Value: output.UintVal(3)}}},
		{Name: "@bytes", Kind: "sum", Keyed: true, Entries: []gtrace.MapEntry{
			{Key: key(output.StrVal("sh")), Value: output.UintVal(10)},
			{Key: key(output.StrVal(`a"b`)), Value: output.UintVal(5)},
		}},
		{Name: "@neg", Kind: "sum", Entries: []gtrace.MapEntry{{Value: output.IntVal(-4)}}},
		{Name: "@lat", Kind: "hist", Entries: []gtrace.MapEntry{{Value: withTotal(output.Log2Hist([]uint64{0, 1, 0, 2}), 3, 4)}}},
		{Name: "@lin", Kind: "lhist", Entries: []gtrace.MapEntry{{Value: withTotal(output.LinearHist([]uint64{1, 2, 0, 1}, 0, 20, 10), 4, 58)}}},
		{Name: "@st", Kind: "stats", Entries: []gtrace.MapEntry{{Value: output.StatsVal(2, 30)}}},
		{Name: "@name", Keyed: true, Entries: []gtrace.MapEntry{{Key: key(output.IntVal(7), output.StrVal("k")), Value: output.StrVal("v")}}},
		{Name: "@t", Entries: []gtrace.MapEntry{{Value: output.TupleVal(output.IntVal(1))}}},
	}
	keyNames := map[string][]string{"@bytes": {"comm"}, "@name": {"pid", ""}}
	var warnings []string
	c := newCollector(Options{Version: "v9", Warn: func(f string, a ...any) { warnings = append(warnings, f) }},
		func() ([]gtrace.Map, error) { return maps, nil },
		func() (gtrace.Counters, error) {
			return gtrace.Counters{LostEvents: 2, MapFull: map[string]uint64{"@calls": 1},
				Probes: []gtrace.ProbeCounters{{Name: "BEGIN", Runs: 1, RunTime: time.Millisecond}}}, nil
		},
		[]string{"@bytes", "@calls"}, func(m string) []string { return keyNames[m] })
	want := `
# HELP gtrace_build_info gtrace's version
# TYPE gtrace_build_info gauge
gtrace_build_info{version="v9"} 1
# HELP gtrace_bytes_total gtrace map @bytes (sum())
# TYPE gtrace_bytes_total counter
gtrace_bytes_total{comm="a\"b"} 5
gtrace_bytes_total{comm="sh"} 10
# HELP gtrace_calls_total gtrace map @calls (count())
# TYPE gtrace_calls_total counter
gtrace_calls_total 3
# HELP gtrace_events_lost_total events the ring buffer had no room for
# TYPE gtrace_events_lost_total counter
gtrace_events_lost_total 2
# HELP gtrace_lat gtrace map @lat (hist())
# TYPE gtrace_lat histogram
gtrace_lat_bucket{le="-1"} 0
gtrace_lat_bucket{le="0"} 1
gtrace_lat_bucket{le="1"} 1
gtrace_lat_bucket{le="3"} 3
gtrace_lat_bucket{le="+Inf"} 3
gtrace_lat_sum 4
gtrace_lat_count 3
# HELP gtrace_lin gtrace map @lin (lhist())
# TYPE gtrace_lin histogram
gtrace_lin_bucket{le="-1"} 1
gtrace_lin_bucket{le="9"} 3
gtrace_lin_bucket{le="19"} 3
gtrace_lin_bucket{le="+Inf"} 4
gtrace_lin_sum 58
gtrace_lin_count 4
# HELP gtrace_map_full_total inserts dropped because the map had reached its key limit
# TYPE gtrace_map_full_total counter
gtrace_map_full_total{map="@bytes"} 0
gtrace_map_full_total{map="@calls"} 1
# HELP gtrace_name gtrace map @name
# TYPE gtrace_name gauge
gtrace_name{key="k",pid="7",value="v"} 1
# HELP gtrace_neg gtrace map @neg (sum())
# TYPE gtrace_neg gauge
gtrace_neg -4
# HELP gtrace_probe_run_seconds_total time a probe's program ran for
# TYPE gtrace_probe_run_seconds_total counter
gtrace_probe_run_seconds_total{probe="BEGIN"} 0.001
# HELP gtrace_probe_runs_total times a probe's program ran
# TYPE gtrace_probe_runs_total counter
gtrace_probe_runs_total{probe="BEGIN"} 1
# HELP gtrace_st gtrace map @st (stats())
# TYPE gtrace_st summary
gtrace_st_sum 30
gtrace_st_count 2
`
	if err := testutil.CollectAndCompare(c, strings.NewReader(want)); err != nil {
		t.Error(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "not numbers") {
		t.Errorf("warnings %q, want one for @t", warnings)
	}
	// A failing read is a scrape error that says why, not a panic.
	bad := newCollector(Options{}, func() ([]gtrace.Map, error) { return nil, errors.New("gone") }, nil, nil, nil)
	reg := prometheus.NewRegistry()
	reg.MustRegister(bad)
	if _, err := reg.Gather(); err == nil || !strings.Contains(err.Error(), "gone") {
		t.Errorf("a failing read gathers %v", err)
	}
}

func withTotal(v gtrace.Value, count, total int64) gtrace.Value {
	v.Count, v.Total = count, total
	return v
}

// TestHistogramBounds: hist()'s last bucket, [2^63, 2^64), has no bound
// an int64 holds: it counts only in +Inf, and takes no other bucket's
// place.
func TestHistogramBounds(t *testing.T) {
	counts := make([]uint64, 66)
	counts[0], counts[12], counts[65] = 1, 2, 4
	count, sum, buckets := histogram(withTotal(output.Log2Hist(counts), 7, 9))
	if count != 7 || sum != 9 {
		t.Errorf("count %d sum %v, want 7 and 9", count, sum)
	}
	if buckets[-1] != 1 || buckets[1023] != 1 || buckets[2047] != 3 || len(buckets) != 65 {
		t.Errorf("buckets: le=-1 %d, le=1023 %d, le=2047 %d, %d bounds (want 1, 1, 3, 65)", buckets[-1], buckets[1023], buckets[2047], len(buckets))
	}
	for le, c := range buckets {
		if c > 3 {
			t.Errorf("le=%v holds %d: the last bucket's values leaked into a bound", le, c)
		}
	}
}

// TestCollectMerges: entries whose keys label alike (the cgroups of one
// container, --export.container-label) are one series: counts add,
// max keeps the largest, histograms add bucket by bucket; a map of
// assigned values that would repeat a series is left out, with a
// warning.
func TestCollectMerges(t *testing.T) {
	key := func(parts ...gtrace.Value) []gtrace.Value { return parts }
	maps := []gtrace.Map{
		{Name: "@n", Kind: "count", Keyed: true, Entries: []gtrace.MapEntry{
			{Key: key(output.StrVal("")), Value: output.UintVal(3)},
			{Key: key(output.StrVal("c1")), Value: output.UintVal(1)},
			{Key: key(output.StrVal("")), Value: output.UintVal(4)},
		}},
		{Name: "@mx", Kind: "max", Keyed: true, Entries: []gtrace.MapEntry{
			{Key: key(output.StrVal("")), Value: output.IntVal(-2)},
			{Key: key(output.StrVal("")), Value: output.IntVal(9)},
		}},
		{Name: "@h", Kind: "hist", Keyed: true, Entries: []gtrace.MapEntry{
			{Key: key(output.StrVal("")), Value: withTotal(output.Log2Hist([]uint64{0, 1, 0, 2}), 3, 4)},
			{Key: key(output.StrVal("")), Value: withTotal(output.Log2Hist([]uint64{0, 0, 0, 1, 5}), 6, 30)},
		}},
		{Name: "@v", Keyed: true, Entries: []gtrace.MapEntry{
			{Key: key(output.StrVal("")), Value: output.IntVal(1)},
			{Key: key(output.StrVal("")), Value: output.IntVal(2)},
		}},
	}
	var warnings []string
	c := newCollector(Options{Version: "v9", Warn: func(f string, a ...any) { warnings = append(warnings, f) }},
		func() ([]gtrace.Map, error) { return maps, nil },
		func() (gtrace.Counters, error) { return gtrace.Counters{}, errors.New("ended") },
		nil, func(string) []string { return []string{"container"} })
	want := `
# HELP gtrace_h gtrace map @h (hist())
# TYPE gtrace_h histogram
gtrace_h_bucket{container="",le="-1"} 0
gtrace_h_bucket{container="",le="0"} 1
gtrace_h_bucket{container="",le="1"} 1
gtrace_h_bucket{container="",le="3"} 4
gtrace_h_bucket{container="",le="7"} 9
gtrace_h_bucket{container="",le="+Inf"} 9
gtrace_h_sum{container=""} 34
gtrace_h_count{container=""} 9
# HELP gtrace_mx gtrace map @mx (max())
# TYPE gtrace_mx gauge
gtrace_mx{container=""} 9
# HELP gtrace_n_total gtrace map @n (count())
# TYPE gtrace_n_total counter
gtrace_n_total{container=""} 7
gtrace_n_total{container="c1"} 1
`
	if err := testutil.CollectAndCompare(c, strings.NewReader(want), "gtrace_n_total", "gtrace_mx", "gtrace_h"); err != nil {
		t.Error(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "cannot be added up") {
		t.Errorf("warnings %q, want one for @v", warnings)
	}
}

// slowGatherer counts its gathers, each taking a while.
type slowGatherer struct {
	mu sync.Mutex
	n  int
}

func (g *slowGatherer) Gather() ([]*dto.MetricFamily, error) {
	g.mu.Lock()
	g.n++
	n := g.n
	g.mu.Unlock()
	time.Sleep(500 * time.Millisecond) // the 10 scrapes start within 50 ms
	name, typ, v := "gathers", dto.MetricType_GAUGE, float64(n)
	return []*dto.MetricFamily{{Name: &name, Type: &typ, Metric: []*dto.Metric{{Gauge: &dto.Gauge{Value: &v}}}}}, nil
}

// TestHandlerCoalesces: scrapes that overlap a gather share its body;
// one that comes after it gathers again.
func TestHandlerCoalesces(t *testing.T) {
	g := &slowGatherer{}
	srv := httptest.NewServer(Handler(g))
	defer srv.Close()
	get := func() string {
		resp, err := http.Get(srv.URL)
		if err != nil {
			t.Error(err)
			return ""
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") == "" {
			t.Errorf("status %d, content type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		return string(b)
	}
	var wg sync.WaitGroup
	bodies := make([]string, 10)
	for i := range bodies {
		wg.Add(1)
		go func() { defer wg.Done(); bodies[i] = get() }()
		time.Sleep(5 * time.Millisecond)
	}
	wg.Wait()
	for _, b := range bodies {
		if b != "# TYPE gathers gauge\ngathers 1\n" {
			t.Errorf("an overlapping scrape got %q, want the first gather's", b)
		}
	}
	if b := get(); b != "# TYPE gathers gauge\ngathers 2\n" {
		t.Errorf("a later scrape got %q, want a new gather", b)
	}
}
