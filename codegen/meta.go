package codegen

import (
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/cilium/ebpf"
)

// Output is a compiled script: the BPF objects to load and what the runtime
// needs to attach them and to decode what they produce.
type Output struct {
	Spec     *ebpf.CollectionSpec
	Programs []*ProgramMeta      // in script order; BEGIN and END included
	Maps     []*ast.MapLayout    // user maps, sorted by name
	Events   []*stdlib.EventSpec // indexed by event id (the record's first u64)
	Strlen   int

	// Names of the internal maps in Spec.Maps.
	EventsMap string // BPF_MAP_TYPE_RINGBUF carrying every event
	// LostMap is a per-CPU array: [0] events the ring had no room for,
	// [1] set by exit(), [2+c] values of output.Cut c cut short.
	LostMap string
	// PacketMap, when set, is the perf event array skboutput() sends
	// packets through, each record saying which of PacketFiles (pcap
	// files) it goes to.
	PacketMap   string
	PacketFiles []string
	// FullMap is a per-CPU array with one u64 per user map (in Maps
	// order): updates that failed, because the map was full.
	FullMap string
	// CgroupMap, when set, is the cgroup array of Options.Cgroups
	// entries the runtime fills with the --cgroup directories.
	CgroupMap string
	// RingPages, when not 0, asks the runtime to size the event ring to
	// this many pages per possible CPU (rounded up to a power of two).
	RingPages int
	// CatBytesMax is how much of a file cat() prints; 0 means 10240.
	CatBytesMax int
	// MaxMapKeys is the key limit the maps were sized with.
	MaxMapKeys int
	// Strings are what builtins recorded for the runtime (strftime's
	// formats), by the index they keep (stdlib.Emitter.AddString).
	Strings []string
}

// ProgramMeta is one program: one concrete attach point of one probe.
type ProgramMeta struct {
	Name     string // key in Spec.Programs
	Probe    int    // index of the probe in the script
	Attach   *ast.AttachInfo
	Patches  []Patch // immediates the runtime fills in before loading
	Position ast.Pos
	// Lines maps instruction offsets (in 8-byte units, as the verifier
	// log counts them) to the script statement they start, ascending.
	Lines []SourceLine
}

// SourceLine says that the instructions from Insn on belong to the
// statement at Pos.
type SourceLine struct {
	Insn int
	Pos  ast.Pos
	End  ast.Pos
}

// PosAt returns the statement containing raw instruction offset insn, as
// named in a verifier log, or false when it precedes every statement.
func (m *ProgramMeta) PosAt(insn int) (SourceLine, bool) {
	var best SourceLine
	found := false
	for _, l := range m.Lines {
		if l.Insn > insn {
			break
		}
		best, found = l, true
	}
	return best, found
}

// Patch names a 64-bit immediate load (Instructions[Index]) whose constant
// is only known when the program is loaded: Value computes it.
type Patch struct {
	Index int
	Value stdlib.PatchFunc
}
