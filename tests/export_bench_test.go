package tests

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
)

// BenchmarkExportScrape puts gtrace --export under a scrape load: 200
// scrapes a second for 30 s (GTRACE_SCRAPE_SECONDS changes it) of a map
// of 10,000 keys, each scrape checked for its 10,000 series. It reports
// the scrapes done per second, the errors (a failed, short or wrong
// reply: there must be none), the replies' latency, and the exporter's
// resident memory before the load, 5 s into it, in its last second and
// at most (flat: the last is the 5 s figure). ns/op means nothing here.
//
//	go test ./tests -run '^$' -bench ExportScrape -benchtime 1x
func BenchmarkExportScrape(b *testing.B) {
	testenv.RequireBPF(b)
	const series, rate = 10000, 200
	seconds := 30
	if s, err := strconv.Atoi(os.Getenv("GTRACE_SCRAPE_SECONDS")); err == nil && s > 0 {
		seconds = s
	}
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(b))
	script := fmt.Sprintf(`BEGIN { $i = 0; while ($i < %d) { @s[$i] = count(); $i++; } }`, series)
	cmd := exec.Command(gtracePath(b), "--export", addr, "-e", script)
	cmd.Env = append(os.Environ(), "BPFTRACE_MAP_KEYS_MAX=20000")
	var stderr testenv.SyncBuffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	url := "http://" + addr + "/metrics"
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	scrape := func() error {
		resp, err := client.Get(url)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return err
		}
		if resp.StatusCode != 200 {
			return fmt.Errorf("status %d", resp.StatusCode)
		}
		if n := bytes.Count(body, []byte("\ngtrace_s_total{")); n != series {
			return fmt.Errorf("%d series, want %d", n, series)
		}
		return nil
	}
	deadline := time.Now().Add(30 * time.Second)
	for scrape() != nil {
		if time.Now().After(deadline) {
			b.Fatalf("the exporter serves no %d series after 30 s\n%s", series, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}

	var rss []float64
	stopRSS := make(chan struct{})
	rssDone := make(chan struct{})
	go func() {
		defer close(rssDone)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			rss = append(rss, residentMB(cmd.Process.Pid))
			select {
			case <-tick.C:
			case <-stopRSS:
				return
			}
		}
	}()
	var (
		wg        sync.WaitGroup
		errs      atomic.Int64
		mu        sync.Mutex
		latencies []time.Duration
		firstErr  atomic.Value
	)
	b.ResetTimer()
	start := time.Now()
	tick := time.NewTicker(time.Second / rate)
	for n := 0; n < rate*seconds; n++ {
		<-tick.C
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			if err := scrape(); err != nil {
				errs.Add(1)
				firstErr.CompareAndSwap(nil, err.Error())
				return
			}
			d := time.Since(t0)
			mu.Lock()
			latencies = append(latencies, d)
			mu.Unlock()
		}()
	}
	tick.Stop()
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	close(stopRSS)
	<-rssDone

	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	pct := func(p float64) float64 {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[int(p*float64(len(latencies)-1))].Seconds() * 1000
	}
	maxRSS := 0.0
	for _, r := range rss {
		maxRSS = max(maxRSS, r)
	}
	b.ReportMetric(float64(len(latencies))/elapsed.Seconds(), "scrapes/s")
	b.ReportMetric(float64(errs.Load()), "errors")
	b.ReportMetric(pct(0.5), "ms-p50")
	b.ReportMetric(pct(0.99), "ms-p99")
	b.ReportMetric(rss[0], "MB-rss-before")
	b.ReportMetric(rss[min(5, len(rss)-1)], "MB-rss-5s")
	b.ReportMetric(rss[len(rss)-1], "MB-rss-last")
	b.ReportMetric(maxRSS, "MB-rss-max")
	if n := errs.Load(); n > 0 {
		b.Errorf("%d of %d scrapes failed; the first: %v", n, rate*seconds, firstErr.Load())
	}
}

// residentMB is process pid's resident memory (VmRSS) in MB.
func residentMB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
