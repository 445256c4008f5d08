package ast

import "fmt"

// Info is what the checker learned: a type for every expression, every map's
// key and value types, and every probe's resolved attach points.
type Info struct {
	Types map[Expr]*Type
	Vars  map[*Var]*VarInfo
	// Members locates struct members, array elements and dereferences.
	Members map[Expr]*Member
	// Consts holds expressions the checker evaluated (sizeof, offsetof).
	Consts map[Expr]int64
	// ConstStrings holds string constants the checker evaluated
	// (#define NAME "text").
	ConstStrings map[Expr]string
	// Scales holds, for pointer arithmetic, the size of what the pointer
	// points to: p + n adds n times it, p - q divides by it.
	Scales map[*Binary]int
	// Bounds holds the proven iteration bound of every while loop.
	Bounds map[*WhileStmt]*LoopBound
	// Notes are what builtins learned about their arguments for their
	// code generation (stdlib's Checker.Note and Emitter.Note).
	Notes  map[Node]any
	Maps   map[string]*MapInfo
	Probes []*ProbeInfo // one per Program.Probes entry
	Strlen int
	Params []string
	// MaxMapKeys is the config block's max_map_keys; 0 when not set.
	MaxMapKeys int
	// PerfRBPages is the config block's perf_rb_pages; 0 when not set.
	PerfRBPages int
	// Warnings are what the script does that works but may not do what
	// it says: attach points that name nothing here (Expander.Missing).
	Warnings []*Error
}

// MapInfo is a map's type, fixed by its first assignment.
type MapInfo struct {
	Name string
	Key  *Type // nil when the map has no key
	// Value is the stored type of a plain map, and the type an
	// aggregation's values read as (int64 or uint64).
	Value *Type
	// Agg names the aggregation filling the map ("count", "hist", ...);
	// "" for a map of assigned values. AggArgs are its constant
	// arguments (lhist's min, max and step).
	Agg     string
	AggArgs []int64
	Pos     Pos // first assignment
	// KeyNames name the parts of the key as the first definition wrote
	// them, for labels (the exporter): a builtin's name (comm, pid), a
	// field's (args->filename: filename), or "" for anything else.
	KeyNames []string
	// KeyTaken says the script reads an element by its key (@m[k] in
	// an expression, delete(@m[k]), has_key): its keys cannot change
	// without the script's knowing.
	KeyTaken bool
}

// MapLayout is how codegen lays a user map out in BPF, for the code that
// updates it and the runtime that reads it.
type MapLayout struct {
	*MapInfo
	BPFName string // its name in the collection
	// KeySize is the BPF key size: 8 (a zero u64) for an unkeyed map,
	// plus 8 for an aggregation whose key ends with a bucket index.
	KeySize int
	// ValueSize is the value size per CPU.
	ValueSize int
	PerCPU    bool
	// Index is the map's place among the program's user maps (its slot
	// in the full-map counters).
	Index int
}

// VarInfo is one scratch variable of one probe.
type VarInfo struct {
	Name string
	Type *Type
	ID   int // unique within the program
}

// ProbeInfo holds the attach points of a probe after wildcard expansion.
type ProbeInfo struct {
	Attach []*AttachInfo
	// Dropped: nothing the probe names exists here, and it is left out
	// (uprobes on functions a library lacks, as bpftrace leaves them).
	Dropped bool
}

// AttachInfo is one concrete attach point.
type AttachInfo struct {
	Provider string            // BEGIN, END, tracepoint, interval, profile, ...
	Name     string            // the `probe` builtin's value, e.g. "tracepoint:syscalls:sys_enter_openat"
	Target   string            // tracepoint: "category:event"
	Unit     string            // interval/profile: s, ms, us, hz
	Value    uint64            // interval/profile: the number
	Fields   []TracepointField // tracepoint: the format's fields; fentry/fexit: the BTF parameters

	Path     string     // uprobe, uretprobe, usdt: the ELF file
	Func     string     // the traced function: the `func` builtin's value
	Offset   uint64     // uprobe, kprobe: bytes past the start of Func
	Address  uint64     // uprobe:PATH:0xADDR: the virtual address
	AtReturn bool       // uretprobe, kretprobe: it fires at the function's return
	USDT     *USDTProbe // usdt: the probe's note
	NArgs    int        // fentry/fexit: the function's parameter count
	// ArgTypes types arg0... of a rawtracepoint from the kernel's BTF
	// (btf_trace_NAME); nil without BTF, when every argN is a uint64.
	ArgTypes []*Type
	Return   *Type // fexit: the return value's type (nil when void)
	// Special marks a probe that gtrace runs itself, once, with
	// BPF_PROG_TEST_RUN (BEGIN, END): no traced task is current.
	Special bool
}

// USDTProbe is one USDT probe site from an ELF .note.stapsdt note.
type USDTProbe struct {
	Provider, Name string
	// PC and Semaphore are virtual addresses in the file, already
	// adjusted for prelinking; Semaphore is 0 when the probe has none.
	PC, Semaphore uint64
	Args          []USDTArg
	// PIE: the file is position-independent, so its addresses move by
	// where each process loaded it (USDTGlobal operands add that shift).
	PIE bool
}

// USDTArgKind says where a USDT argument's value is.
type USDTArgKind int

const (
	USDTConst  USDTArgKind = iota // the value is Value
	USDTReg                       // the value is in register Reg
	USDTMem                       // the value is at Reg + Index*Scale + Offset in user memory
	USDTGlobal                    // the value is at the variable at Addr + Offset (%rip-relative), in user memory
)

// USDTArg is one argument spec such as "-4@%edi" or "8@-16(%rbp)".
type USDTArg struct {
	Size   int  // 1, 2, 4 or 8
	Signed bool // a negative size in the spec
	Kind   USDTArgKind
	Reg    string // pt_regs register name: "di", "bp", "x0", ...
	Offset int64  // USDTMem, USDTGlobal
	Index  string // USDTMem: an index register, or ""
	Scale  int    // USDTMem: what Index is multiplied by (1, 2, 4, 8)
	Addr   uint64 // USDTGlobal: the variable's address in the file
	Value  int64  // USDTConst
	Spec   string // as written in the note
}

// Member is a resolved struct member access (x->f, x.f) or array element
// (x[i]): where it lies relative to its base and what it holds.
type Member struct {
	Offset    int // bytes from the base address
	BitOffset int // bitfields: bit offset within the 8 bytes at Offset
	BitSize   int // bitfields: width in bits, else 0
	Size      int // bytes to read
	ElemSize  int // Index: the element size
	Nelems    int // char arrays read as strings: the array length
}

// LoopBound is what the checker proved about a while loop: it cannot run
// more than about (Limit - Var) / Step times, because Var moves by Step
// toward Limit on every pass and the condition requires Var < Limit (or
// <=, or > and >= when Down).
type LoopBound struct {
	// Var is the counter; nil when none was found: the loop then runs
	// while its condition holds, at most MaxLoopIterations times.
	Var       *VarInfo
	Limit     Expr
	Step      int64
	Inclusive bool // <= or >=
	Down      bool // the counter decreases
}

// TracepointField is one field of a tracepoint's format file.
type TracepointField struct {
	Name    string
	CType   string // the C declaration's type as written, e.g. "const char *"
	Offset  int
	Size    int
	Signed  bool
	DataLoc bool  // __data_loc: a u32 with the offset in the low 16 bits and length in the high 16
	Array   int   // element count for fixed arrays like char comm[16], else 0
	Pointer bool  // the C type is a pointer
	Type    *Type // when set, the checked type (fentry arguments typed from BTF)
}

// CDecl is the field's C type with its array bound: "unsigned long[6]".
func (f *TracepointField) CDecl() string {
	if f.Array > 0 {
		return fmt.Sprintf("%s[%d]", f.CType, f.Array)
	}
	return f.CType
}
