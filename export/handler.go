package export

import (
	"bytes"
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/prometheus/common/expfmt"
)

// Handler serves the metrics of g at /metrics as promhttp does (text or
// OpenMetrics, compressed as the client asks), with one difference: a
// scrape that arrives while another of the same format is being
// gathered waits for that one and is sent its body, rather than reading
// every map again. Each gather reads maps of up to tens of thousands of
// entries from the kernel; many scrapers at once (a fleet's Prometheus
// replicas, a dashboard's refresh) then cost one read, and the reply is
// never older than the gather the scrape overlapped.
func Handler(g prometheus.Gatherer) http.Handler {
	return &coalescing{
		inner:   promhttp.HandlerFor(g, promhttp.HandlerOpts{EnableOpenMetrics: true, ErrorHandling: promhttp.ContinueOnError}),
		flights: map[string]*flight{},
	}
}

type coalescing struct {
	inner   http.Handler
	mu      sync.Mutex
	flights map[string]*flight // in progress, by format and encoding
}

// flight is one gather and the reply it made.
type flight struct {
	done   chan struct{}
	status int
	header http.Header
	body   bytes.Buffer
}

func (f *flight) Header() http.Header { return f.header }
func (f *flight) Write(b []byte) (int, error) {
	if f.status == 0 {
		f.status = http.StatusOK
	}
	return f.body.Write(b)
}
func (f *flight) WriteHeader(status int) {
	if f.status == 0 {
		f.status = status
	}
}

func (c *coalescing) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := string(expfmt.NegotiateIncludingOpenMetrics(r.Header)) + "\x00" + r.Header.Get("Accept-Encoding")
	c.mu.Lock()
	f, waiting := c.flights[key]
	if !waiting {
		f = &flight{done: make(chan struct{}), header: http.Header{}}
		c.flights[key] = f
	}
	c.mu.Unlock()
	if waiting {
		select {
		case <-f.done:
		case <-r.Context().Done():
			return // the client left
		}
	} else {
		c.inner.ServeHTTP(f, r)
		c.mu.Lock()
		delete(c.flights, key)
		c.mu.Unlock()
		close(f.done)
	}
	for k, v := range f.header {
		w.Header()[k] = v
	}
	if f.status == 0 {
		f.status = http.StatusOK
	}
	w.WriteHeader(f.status)
	w.Write(f.body.Bytes())
}
