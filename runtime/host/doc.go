// Package host holds what gtrace reads about the machine it runs on,
// outside the BPF syscalls: tracefs (event lists and format files,
// mounting it when needed), the kernel's BTF, /proc/kallsyms, ELF files
// (function symbols, segments, USDT notes, the loader's cache) and the
// memory maps of processes. The checker asks it to expand wildcards and
// type tracepoint arguments; the runtime asks it where to attach uprobes
// and how to name addresses.
//
// Call New for a Host; it caches what it reads, per Host, and is safe for
// concurrent use.
package host
