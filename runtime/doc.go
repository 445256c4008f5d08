// Package runtime loads compiled scripts into the kernel, runs them and
// prints what they produce. It is the only package of gtrace that touches
// the kernel.
//
// Call Run with the *codegen.Output of codegen.Compile and a Writer
// (NewTextWriter or NewJSONWriter): it starts the -c command paused, loads
// the programs and maps, runs BEGIN, attaches the probes (tracepoints,
// interval and profile timers), streams the ring buffer's events (printf,
// print, clear, zero, exit) to the Writer, and at the end detaches, runs
// END and prints the maps, in bpftrace's order. A program that runs Run
// with a command must call MaybeExecChild first thing in main: the command
// is started through a re-executed copy of the program.
//
// Beside Run: CheckPrivileges says whether this process may load BPF;
// (host.Host answers the checker's questions about this machine; Sprintf is
// printf's formatting; the Writers render maps and values exactly as
// bpftrace v0.17 does.
package runtime
