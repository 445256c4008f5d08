package stdlib_test

import (
	"testing"

	"github.com/gtrace/gtrace/stdlib"
)

// TestAggregationsExport: every aggregation says what its maps are as
// metrics (docs/metrics.md), so that a new one is exported too.
func TestAggregationsExport(t *testing.T) {
	for _, b := range stdlib.All() {
		if b.Agg != nil && b.Agg.Metric == stdlib.MetricNone {
			t.Errorf("aggregation %s has no Metric", b.Name)
		}
	}
	if stdlib.MetricOf("count") != stdlib.MetricCounter || stdlib.MetricOf("hist") != stdlib.MetricHistogram || stdlib.MetricOf("comm") != stdlib.MetricNone {
		t.Error("MetricOf does not read the aggregators")
	}
}
