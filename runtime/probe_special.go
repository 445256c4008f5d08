package runtime

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"

	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
)

// BEGIN and END are not attached: gtrace runs their raw-tracepoint
// programs itself with BPF_PROG_TEST_RUN (runProgram), BEGIN before the
// other probes are attached and END after they are detached.

func init() {
	supported := func(*host.Host) error { return features.HaveProgramType(ebpf.RawTracepoint) }
	registerKernel(probes.Begin, &kernelHalf{supported: supported, run: atBegin})
	registerKernel(probes.End, &kernelHalf{supported: supported, run: atEnd})
}
