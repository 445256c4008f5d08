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

// TestEveryExportedAggregationMerges: the exporter adds up entries that
// label alike with Merge: each aggregation that is a metric has one.
func TestEveryExportedAggregationMerges(t *testing.T) {
	for _, b := range stdlib.All() {
		if b.Agg != nil && b.Agg.Metric != stdlib.MetricNone && b.Agg.Merge == nil {
			t.Errorf("%s() is exported as a metric but has no Merge", b.Name)
		}
	}
}
