package runtime

import (
	"io"
	"sync"

	"github.com/cilium/ebpf"
)

// closeAll closes every closer, newest first. Closing a tracepoint's perf
// event waits for an RCU grace period in the kernel (tens of milliseconds
// each; 34 s for the 360 syscalls:sys_enter_* one after the other here), so
// many are closed concurrently: the waits then overlap.
func closeAll(closers []io.Closer) {
	const serial = 8
	if len(closers) <= serial {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i].Close()
		}
		return
	}
	work := make(chan io.Closer)
	var wg sync.WaitGroup
	for w := 0; w < min(len(closers), 256); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range work {
				c.Close()
			}
		}()
	}
	for i := len(closers) - 1; i >= 0; i-- {
		work <- closers[i]
	}
	close(work)
	wg.Wait()
}

// rawTracepointContext is the largest context a raw tracepoint program may
// be run with by BPF_PROG_TEST_RUN: the kernel takes up to MAX_BPF_FUNC_ARGS
// (12) u64 arguments and refuses less than the program reads. Passing all of
// it, zeroed, lets BEGIN and END read args without faulting.
const rawTracepointContext = 12 * 8

// runProgram runs a RawTracepoint program once, in this thread, with
// BPF_PROG_TEST_RUN: how BEGIN and END execute real BPF code without a
// kernel event to hang them on.
func runProgram(prog *ebpf.Program) error {
	_, err := prog.Run(&ebpf.RunOptions{Context: make([]byte, rawTracepointContext)})
	return err
}
