package tests

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// The exporter (gtrace --export) against a real Prometheus: Debian's
// prometheus package, installed by the Makefile, started by the test on
// loopback with a one-second scrape interval, and asked through its
// HTTP API what it scraped from a workload of known figures.

// freePort is a TCP port nothing listens on now, on loopback.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startPrometheus runs a Prometheus scraping targets every second and
// returns its address; it is stopped when the test ends.
func startPrometheus(t *testing.T, targets ...string) string {
	t.Helper()
	bin, err := exec.LookPath("prometheus")
	if err != nil {
		t.Fatalf("no prometheus: apt-get install prometheus (make test installs it)")
	}
	dir := t.TempDir()
	quoted := make([]string, len(targets))
	for i, tg := range targets {
		quoted[i] = strconv.Quote(tg)
	}
	cfg := fmt.Sprintf(`global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: gtrace
    static_configs:
      - targets: [%s]
`, strings.Join(quoted, ", "))
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	cmd := exec.Command(bin, "--config.file="+filepath.Join(dir, "prometheus.yml"), "--storage.tsdb.path="+filepath.Join(dir, "data"),
		"--web.listen-address="+addr, "--log.level=warn")
	logf, err := os.Create(filepath.Join(dir, "log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		logf.Close()
		if t.Failed() {
			b, _ := os.ReadFile(filepath.Join(dir, "log"))
			t.Logf("prometheus's log:\n%s", b)
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/-/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return addr
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("prometheus not ready after 30 s: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// promQuery evaluates an instant query; it returns the samples' values
// by their labels rendered as {a="x",...} (sorted, without __name__).
func promQuery(t *testing.T, addr, query string) map[string]float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/api/v1/query?query=" + url.QueryEscape(query))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Status string
		Error  string
		Data   struct {
			Result []struct {
				Metric map[string]string
				Value  [2]any
			}
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("query %s: %v", query, err)
	}
	if body.Status != "success" {
		t.Fatalf("query %s: %s", query, body.Error)
	}
	out := map[string]float64{}
	for _, r := range body.Data.Result {
		var parts []string
		for _, k := range sortedKeys(r.Metric) {
			v := r.Metric[k]
			if k == "le" {
				// Scraped as OpenMetrics, bounds are floats ("19.0").
				if f, err := strconv.ParseFloat(v, 64); err == nil && !math.IsInf(f, 0) {
					v = strconv.FormatFloat(f, 'f', -1, 64)
				}
			}
			if k != "__name__" && k != "job" && k != "instance" {
				parts = append(parts, fmt.Sprintf("%s=%q", k, v))
			}
		}
		s, _ := r.Value[1].(string)
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("query %s: value %q", query, s)
		}
		out["{"+strings.Join(parts, ",")+"}"] = v
	}
	return out
}

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }

// waitQuery polls a query until it has a result (Prometheus has
// scraped), for up to 60 s.
func waitQuery(t *testing.T, addr, query string) map[string]float64 {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if r := promQuery(t, addr, query); len(r) > 0 {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("no result for %s after 60 s", query)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// startExporter runs gtrace --export on addr with the script, the
// workload (its steps, then a long sleep) as -c; it is stopped with
// SIGTERM when the test ends, and must then exit 0.
func startExporter(t *testing.T, addr, script, steps string, extra ...string) {
	t.Helper()
	args := append([]string{"--export", addr, "-c", workloadCmd(t, steps+" , sleep 120000"), "-e", script}, extra...)
	cmd := exec.Command(gtracePath(t), args...)
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("gtrace --export: %v\nstderr:\n%s", err, stderr.String())
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Errorf("gtrace --export did not end within 20 s of SIGTERM")
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/metrics")
		if err == nil {
			resp.Body.Close()
			return
		}
		select {
		case err := <-done:
			t.Fatalf("gtrace --export ended: %v\nstderr:\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("gtrace --export serves nothing after 30 s\nstderr:\n%s", stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// exportScript gives each mapping of docs/metrics.md a map: a counter, a
// sum by comm, a log2 and a linear histogram, stats, max, a plain
// integer and a string value.
func exportScript(wl string) string {
	return `uprobe:` + wl + `:workload_add /pid == cpid/ {
	@calls = count(); @bytes[comm] = sum(arg1); @lat = hist(arg0); @lin = lhist(arg0, 0, 100, 10);
	@st = stats(arg0); @mx = max(arg0); @last = arg0; @name[pid, "k"] = "v"; @neg = sum(-arg1);
}`
}

func TestExportPrometheus(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	startExporter(t, addr, exportScript(workloadPath(t)), "call 3 10 5")
	prom := startPrometheus(t, addr)

	want := map[string]map[string]float64{
		"gtrace_calls_total": {"{}": 3},
		"gtrace_bytes_total": {`{comm="workload"}`: 15},
		"gtrace_lat_count":   {"{}": 3},
		"gtrace_lat_sum":     {"{}": 33},
		"gtrace_lin_bucket":  {`{le="9"}`: 0, `{le="19"}`: 3, `{le="+Inf"}`: 3},
		"gtrace_st_count":    {"{}": 3},
		"gtrace_st_sum":      {"{}": 33},
		"gtrace_mx":          {"{}": 12},
		"gtrace_last":        {"{}": 12},
		"gtrace_neg":         {"{}": -15},
	}
	waitQuery(t, prom, "gtrace_calls_total")
	for q, w := range want {
		got := promQuery(t, prom, q)
		for labels, v := range w {
			if got[labels] != v {
				t.Errorf("%s%s = %v, want %v (all: %v)", q, labels, got[labels], v, got)
			}
		}
	}
	// A string value is a gauge of 1 with the string as a label; the key
	// parts are named by what the script wrote (pid), else key.
	names := promQuery(t, prom, "gtrace_name")
	if len(names) != 1 {
		t.Errorf("gtrace_name: %v, want one series", names)
	}
	for labels, v := range names {
		if v != 1 || !strings.Contains(labels, `key="k"`) || !strings.Contains(labels, `value="v"`) || !strings.Contains(labels, `pid="`) {
			t.Errorf("gtrace_name%s = %v, want pid, key=\"k\", value=\"v\" and 1", labels, v)
		}
	}
	// The median of 10, 11 and 12 falls in hist()'s bucket [8, 16).
	q := promQuery(t, prom, "histogram_quantile(0.5, gtrace_lat_bucket)")
	if v := q["{}"]; !(v > 7 && v <= 15) {
		t.Errorf("histogram_quantile(0.5, gtrace_lat_bucket) = %v, want it in (7, 15]", q)
	}
	// Self-metrics.
	if v := promQuery(t, prom, "gtrace_events_lost_total")["{}"]; v != 0 {
		t.Errorf("gtrace_events_lost_total = %v", v)
	}
	// The program runs for every process of the file (the predicate is
	// in it): at least the workload's three calls.
	if v := promQuery(t, prom, `gtrace_probe_runs_total{probe=~"uprobe:.*:workload_add"}`); len(v) != 1 || v["{probe=\"uprobe:"+workloadPath(t)+":workload_add\"}"] < 3 {
		t.Errorf("gtrace_probe_runs_total: %v, want one series of at least 3", v)
	}
	if v := promQuery(t, prom, "gtrace_build_info"); len(v) != 1 {
		t.Errorf("gtrace_build_info: %v", v)
	}

	// The scraped text passes promtool's checks, and OpenMetrics is
	// served to who asks for it.
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	check := exec.Command("promtool", "check", "metrics")
	check.Stdin = strings.NewReader(string(text))
	if out, err := check.CombinedOutput(); err != nil || len(out) != 0 {
		t.Errorf("promtool check metrics: %v\n%s\non:\n%s", err, out, text)
	}
	req, _ := http.NewRequest("GET", "http://"+addr+"/metrics", nil)
	req.Header.Set("Accept", "application/openmetrics-text; version=1.0.0")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	om, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/openmetrics-text") || !strings.HasSuffix(string(om), "# EOF\n") {
		t.Errorf("OpenMetrics: Content-Type %q, body ending %q", resp.Header.Get("Content-Type"), string(om[max(0, len(om)-40):]))
	}
}

// TestExportFleet: three exporters (on 127.0.0.2, .3 and .4: loopback
// answers every 127/8 address) with workloads of 2, 3 and 4 calls, one
// Prometheus scraping them all; summed without the instance, the
// counters are the fleet's total.
func TestExportFleet(t *testing.T) {
	t.Parallel()
	testenv.RequireBPF(t)
	wl := workloadPath(t)
	script := `uprobe:` + wl + `:workload_add /pid == cpid/ { @calls = count(); @args = sum(arg0); }`
	var targets []string
	for i, n := range []int{2, 3, 4} {
		addr := fmt.Sprintf("127.0.0.%d:%d", i+2, freePort(t))
		startExporter(t, addr, script, fmt.Sprintf("call %d 1 0", n))
		targets = append(targets, addr)
	}
	prom := startPrometheus(t, targets...)
	deadline := time.Now().Add(60 * time.Second)
	for promQuery(t, prom, "count(gtrace_calls_total)")["{}"] < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("Prometheus has not scraped the three exporters after 60 s: %v", promQuery(t, prom, "count(gtrace_calls_total)"))
		}
		time.Sleep(500 * time.Millisecond)
	}
	// 2+3+4 calls; arguments 1..n summed: 3 + 6 + 10.
	for q, want := range map[string]float64{
		"sum without (instance) (gtrace_calls_total)": 9,
		"sum without (instance) (gtrace_args_total)":  19,
	} {
		if got := promQuery(t, prom, q)["{}"]; got != want {
			t.Errorf("%s = %v, want %v", q, got, want)
		}
	}
}

// TestExportLivePage: the exporter's page at / shows the script's maps,
// a histogram drawn as bars, as headless Chromium renders it (a DOM
// check, and a screenshot kept in the test's directory).
func TestExportLivePage(t *testing.T) {
	testenv.RequireBPF(t)
	browser := ""
	for _, b := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(b); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Fatal("no chromium: apt-get install chromium (make test installs it)")
	}
	wl := workloadPath(t)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	startExporter(t, addr, `uprobe:`+wl+`:workload_add /pid == cpid/ { @lat = hist(arg0); @calls = count(); }`, "call 3 10 5")
	// The counts are in once the workload has made its calls.
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, text := scrape(t, http.DefaultClient, "http://"+addr+"/metrics")
		if strings.Contains(text, "gtrace_calls_total 3") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no calls after 30 s:\n%s", text)
		}
		time.Sleep(100 * time.Millisecond)
	}
	dir := t.TempDir()
	headless := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + filepath.Join(dir, "profile")}
	dom, err := exec.Command(browser, append(headless, "--dump-dom", "http://"+addr+"/")...).Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	page := string(dom)
	for _, want := range []string{`data-map="@lat"`, `data-map="@calls"`, "[8, 16)", `class="bar" style="width:100%"`, "uprobe:" + wl + ":workload_add"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %q:\n%s", want, page)
		}
	}
	shot := filepath.Join(dir, "page.png")
	if out, err := exec.Command(browser, append(headless, "--window-size=1000,900", "--screenshot="+shot, "http://"+addr+"/")...).CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, out)
	}
	if b, err := os.ReadFile(shot); err != nil || len(b) < 1000 || string(b[1:4]) != "PNG" {
		t.Errorf("no screenshot at %s (%d bytes, %v)", shot, len(b), err)
	}
	t.Logf("screenshot: %s", shot)
}
