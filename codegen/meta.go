package codegen

import (
	"fmt"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"
)

// Output is a compiled script: the BPF objects to load and what the runtime
// needs to attach them and to decode what they produce.
type Output struct {
	Spec     *ebpf.CollectionSpec
	Programs []*ProgramMeta // in script order; BEGIN and END included
	Maps     []*MapMeta     // user maps, sorted by name
	Events   []*EventMeta   // indexed by event id (the record's first u64)
	Strlen   int

	// Names of the internal maps in Spec.Maps.
	EventsMap string // BPF_MAP_TYPE_RINGBUF carrying every event
	LostMap   string // per-CPU array: [0] events the ring had no room for, [1] set by exit()
	// FullMap is a per-CPU array with one u64 per user map (in Maps
	// order): updates that failed, because the map was full.
	FullMap string
	// MaxMapKeys is the key limit the maps were sized with.
	MaxMapKeys int
	// Strftime holds the formats of strftime() values, by the id stored
	// beside the timestamp.
	Strftime []string
}

// StackMapName is the BPF_MAP_TYPE_STACK_TRACE map holding kernel (or
// user) stacks of depth frames.
func StackMapName(user bool, depth int) string {
	if user {
		return fmt.Sprintf("gt_ustack%d", depth)
	}
	return fmt.Sprintf("gt_kstack%d", depth)
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
// is only known at run time.
type Patch struct {
	Index int
	What  PatchKind
	Name  string // PatchKaddr: the symbol; PatchCgroupid: the path
}

type PatchKind int

const (
	PatchCpid     PatchKind = iota // pid of the -c command (0 without -c)
	PatchStartNs                   // bpf_ktime_get_ns() when tracing started, for elapsed
	PatchKaddr                     // address of kernel symbol Name (/proc/kallsyms)
	PatchCgroupid                  // cgroup v2 id of the cgroup at path Name
)

// MapMeta describes a user map and its BPF layout.
type MapMeta struct {
	Name    string    // "@x"
	BPFName string    // key in Spec.Maps
	Key     *ast.Type // nil when unkeyed (the BPF key is then a u64 zero)
	Value   *ast.Type // AggNone: the stored value's type
	Agg     ast.AggKind
	Lhist   [3]int64 // min, max, step
	PerCPU  bool
	// KeySize is the BPF key size. For hist and lhist the BPF key is the
	// user key followed by a u64 bucket index.
	KeySize int
	// ValueSize is the BPF value size per CPU. count and sum: u64; min and
	// max: {s64 value; u64 set}; avg and stats: {s64 count; s64 total};
	// hist and lhist: u64 count.
	ValueSize int
}

// EventKind is what an event record asks the runtime to do.
type EventKind int

const (
	EventPrintf   EventKind = iota // Format with Args
	EventPrint                     // print the value in Args[0]
	EventPrintMap                  // print Map (Top, Div)
	EventClear                     // clear Map
	EventZero                      // zero Map
	EventExit                      // stop tracing
	EventTime                      // print the wall-clock time with strftime Format
	EventCat                       // print the file named by Format with Args
	EventSystem                    // run the shell command Format with Args
	EventJoin                      // print Args[1:1+Args[0]] joined by Format
	// EventHelperError reports a failed helper (-k, -kk): Format is the
	// helper's name as bpftrace spells it, Args[0] the return code, Pos to
	// End the expression, Source its script line.
	EventHelperError
)

// EventMeta describes one event record layout: a u64 id followed by the
// arguments, each at ArgOffsets[i] from the start of the record, ints as 8
// bytes, strings as Strlen bytes, tuples by their layout.
type EventMeta struct {
	Kind       EventKind
	Format     string
	Args       []*ast.Type
	ArgOffsets []int
	Size       int
	Map        string // user map name for map events
	Top, Div   int64
	Pos        ast.Pos
	End        ast.Pos
	Source     string
}
