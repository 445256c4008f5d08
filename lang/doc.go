// Package lang parses and checks gtrace scripts.
//
// Call Parse to turn source text into a *Program (an AST whose nodes all
// carry positions), then Check to resolve names and types. Both return
// errors as *Error or ErrorList; Format renders them for users with the
// source line and a caret. Nothing here touches the kernel: the checker asks
// a probes.Host for kernel facts such as tracepoint formats.
package lang
