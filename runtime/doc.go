// Package runtime loads compiled scripts into the kernel, runs them and
// prints what they produce. It is the only package of gtrace that loads
// BPF.
//
// Call Start (or Run, which is Start then Session.Wait) with the
// *codegen.Output of codegen.Compile and a Writer from runtime/output: it
// starts the -c command paused, loads the programs and maps, runs BEGIN,
// attaches the probes, and releases the command; the Session then streams
// the ring buffer's events to their builtins' handlers, and at the end
// detaches, runs END and prints the maps, in bpftrace's order. Session.Maps
// reads every map while tracing. A -c command is started traced, stopped
// after its exec until the probes are attached (child.go).
//
// Each probe type's kernel half (is it supported here, how it attaches,
// how it is listed) is in probe_*.go, registered against its provider
// from package probes; ListProbes (-l) and Info (--info) go through them.
// Facts about the machine come from runtime/host, output formats from
// runtime/output.
package runtime
