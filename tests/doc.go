// Package tests holds gtrace's end-to-end tests: they build the gtrace
// binary and a small C workload (workload/workload.c), run scripts with
// `gtrace -c 'workload …'` filtered by cpid so every figure is exact, and
// compare the output with what bpftrace v0.17 prints for the same script.
//
// The tests need root (BPF); unprivileged they skip, unless
// GTRACE_REQUIRE_BPF=1, which turns every such skip into a failure.
//
// Environment:
//
//	GTRACE_REQUIRE_BPF=1   a test that cannot run for lack of privileges fails
//	GTRACE_BIN=PATH        test PATH instead of building ./cmd/gtrace; with
//	                       GTRACE_BIN=bpftrace the expected outputs are
//	                       checked against the reference itself
//
// Start reading at harness_test.go (helpers) and e2e_test.go (the cases).
package tests
