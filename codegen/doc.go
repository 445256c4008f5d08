// Package codegen compiles a checked gtrace program to eBPF.
//
// Call Compile with the AST from lang.Parse and the Info from lang.Check; it
// returns an Output holding a *ebpf.CollectionSpec (programs and maps, not
// yet loaded) and the metadata the runtime needs to attach the programs and
// decode the maps and events they produce. Compile is pure and
// deterministic: it never touches the kernel, so everything here is tested
// with plain `go test` and golden files (run `go test ./codegen -update`
// after a deliberate change to the generated code).
//
// The generated code follows the verifier's rules (see DESIGN.md): r6
// holds the context, r9 this program's per-CPU scratch area, where strings,
// tuples, map keys and event records are built; temporaries that must
// survive helper calls live in r7, r8 and then stack slots; buffers are
// zeroed before they are filled; every map lookup is null-checked;
// aggregations are per-CPU values updated in place.
package codegen
