package runtime

import (
	"testing"

	"github.com/gtrace/gtrace/probes"
)

// Every probe type has its kernel half: attached, or run by gtrace.
func TestEveryProviderHasAKernelHalf(t *testing.T) {
	for _, p := range probes.All() {
		k := kernelHalves[p]
		switch {
		case k == nil:
			t.Errorf("%s has no kernel half", p.Name)
		case p.Special != (k.run != attached):
			t.Errorf("%s: special %v but run phase %d", p.Name, p.Special, k.run)
		case k.run == attached && k.attach == nil:
			t.Errorf("%s cannot be attached", p.Name)
		}
	}
}
