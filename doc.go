// Package gtrace runs bpftrace scripts from Go: it compiles a script
// straight to eBPF (no LLVM, no clang, no kernel headers), loads and
// attaches it, and gives its output as bpftrace prints it, its events as
// values, and its maps, read from the kernel at any time, as Go values.
//
// Compile a script, then Run it until it ends, or Start it and read its
// maps while it traces:
//
//	script, err := gtrace.Compile("count.bt", []byte(`tracepoint:raw_syscalls:sys_enter { @[comm] = count(); }`), gtrace.Options{})
//	if err != nil {
//		// A *CompileError: err.(*gtrace.CompileError).Format() shows
//		// each error under its source line, as the gtrace command does.
//	}
//	session, err := script.Start(ctx, gtrace.RunOptions{NoExitMaps: true})
//	...
//	maps, err := session.Maps() // @: every process name and its count
//	session.Stop()
//
// Loading BPF needs root, or the CAP_BPF and CAP_PERFMON capabilities
// (CheckPrivileges). Compiling does not, except that tracepoint formats
// are root's to read. Every program, map and link a Session creates is
// closed when it ends; several Sessions may run at once in one process.
//
// A -c command (RunOptions.Command) is started traced, stopped after its
// exec until the probes are attached: probes filtered on cpid see only
// the command's own events.
package gtrace
