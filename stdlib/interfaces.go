package stdlib

import (
	"io"
	"time"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"
)

// Checker is what a builtin's type rule may ask of the checker (lang).
type Checker interface {
	// Expr types e and returns its type, nil after an error.
	Expr(e ast.Expr) *ast.Type
	// IntExpr types e and requires an integer.
	IntExpr(e ast.Expr) *ast.Type
	// Errorf reports an error spanning n; Warnf a warning (the script
	// runs, but maybe not as its author thought).
	Errorf(n ast.Node, format string, args ...any)
	Warnf(n ast.Node, format string, args ...any)
	// ConstInt evaluates a constant: an integer literal, a negated one,
	// a numeric positional parameter or $#.
	ConstInt(e ast.Expr) (int64, bool)
	// ConstString evaluates a string known when the script compiles: a
	// literal or a positional parameter.
	ConstString(e ast.Expr) (string, bool)
	// Strlen is the string capacity (max_strlen).
	Strlen() int
	// Attach is the attach points of the probe being checked.
	Attach() []*ast.AttachInfo
	// MapRead checks m used as a value or, with whole, as a whole map
	// (print(@m), clear(@m)); nil after an error.
	MapRead(m *ast.MapRef, whole bool) *ast.MapInfo
	// MapKey types m's subscript as a key (nil when it has none).
	MapKey(m *ast.MapRef) *ast.Type
	// SetType records the type of e.
	SetType(e ast.Expr, t *ast.Type)
	// SetConst records that e is the constant v (the generated code
	// then loads v).
	SetConst(e ast.Expr, v int64)
	// Note attaches what a builtin learned about n for its code
	// generation (Emitter.Note reads it back).
	Note(n ast.Node, v any)
	// Member says where a struct member, array element or dereference
	// read by e lies; nil when e reads no kernel memory.
	Member(e ast.Expr) *ast.Member
	// KernelTypes returns the kernel's BTF.
	KernelTypes() (*btf.Spec, error)
	// NamedType resolves a type name written in a cast or sizeof.
	NamedType(tn *ast.TypeName) (btf.Type, bool)
	// Typedef is the type a typedef name gives (the script's C
	// definitions, the probed binary's DWARF, the kernel's BTF), or nil.
	Typedef(name string) btf.Type
	// ProbeArgs, ProbeArg and ProbeRetval type args, argN and retval in
	// the probe being checked, as its probe types define them.
	ProbeArgs(e *ast.Ident) *ast.Type
	ProbeArg(e *ast.Ident, n int) *ast.Type
	ProbeRetval(e *ast.Ident) *ast.Type
	// ProbeCtx types ctx: a pointer to the kernel struct the probe's
	// programs get.
	ProbeCtx(e *ast.Ident) *ast.Type
	// ProbeRegs says every attach point of the probe has the traced
	// task's registers (reporting at e those that do not, for what);
	// ProbeStackArg types sargN likewise.
	ProbeRegs(e ast.Expr, what string) bool
	// ProbeTypedPointers says the pointers of every attach point's
	// context (args of fentry, ctx of iter) are typed for the verifier,
	// reporting at e those that are not, for what.
	ProbeTypedPointers(e ast.Expr, what string) bool
	// ProbeOverridable says override() works in every attach point of
	// the probe (kprobe), reporting at e those where it does not.
	ProbeOverridable(e ast.Expr, what string) bool
	ProbeStackArg(e *ast.Ident, n int) *ast.Type
}

// Helper error levels, as bpftrace's -k and -kk: which failed helpers
// are reported at run time.
const (
	HelperWrites = 1 // map updates and deletes
	HelperReads  = 2 // probe_read and probe_read_str too
)

// Temp is a value saved by Emitter.PushTemp: in a callee-saved register
// or a stack slot.
type Temp struct {
	Reg   asm.Register
	Stack int16 // non-zero: offset from r10
}

// Emitter is what a builtin's code generation may ask of the compiler
// (codegen). The conventions are codegen's (see its package doc): r6
// holds the context, r9 this program's scratch area, where strings,
// tuples, keys and event records are built; r0-r5 die at helper calls.
type Emitter interface {
	// Emit appends instructions.
	Emit(insns ...asm.Instruction)
	// IntExpr compiles an integer expression into r0.
	IntExpr(e ast.Expr)
	// Materialize writes the value of e (any type) at scratch offset off.
	Materialize(e ast.Expr, off int)
	// Store writes e at off converted to the storage type dst (strings
	// padded or cut, tuples element by element).
	Store(e ast.Expr, off int, dst *ast.Type)
	// ValueAt returns the scratch offset holding a string or tuple
	// expression's value, materializing it unless it is a variable.
	ValueAt(e ast.Expr) int
	// Type is the checked type of e.
	Type(e ast.Expr) *ast.Type
	// ConstArg evaluates an argument the checker proved constant.
	ConstArg(e ast.Expr) int64
	// Fail aborts the compilation with an error at n.
	Fail(n ast.Node, format string, args ...any)

	NewLabel(kind string) string
	// Bind makes label point at the next instruction.
	Bind(label string)
	// PushTemp saves r0 where it survives helper calls; PopTemp loads it
	// into dst and frees it (in the reverse order of pushes).
	PushTemp() Temp
	PopTemp(t Temp, dst asm.Register)
	// AllocScratch returns the offset of n fresh bytes of scratch.
	AllocScratch(n int) int
	// Zero clears n bytes at scratch offset off.
	Zero(off, n int)
	ScratchAddr(dst asm.Register, off int)
	// StoreBytes writes b at scratch offset off, zero-padded to n bytes.
	StoreBytes(off int, b []byte, n int)
	// CopyScratch copies n bytes inside the scratch area.
	CopyScratch(dst, src, n int)
	// CopyFromPtr copies n bytes from the pointer in reg (not r1).
	CopyFromPtr(dst int, reg asm.Register, n int)
	LoadConst(r asm.Register, v int64)
	Call(fn asm.BuiltinFunc)
	// LoadMap puts the address of a map of the program (its BPF name) in dst.
	LoadMap(dst asm.Register, name string)
	SignExtend(r asm.Register, size int)
	Truncate(r asm.Register, size int)
	// Boolify sets r0 to 1 when `r0 op 0` holds, else 0.
	Boolify(op asm.JumpOp)
	// DivSigned sets dst to dst / src with C's signed semantics, on any
	// kernel (BPF's signed division needs 6.6); src and r5 are clobbered.
	DivSigned(dst, src asm.Register)

	// Map is the layout of a user map.
	Map(name string) *ast.MapLayout
	// MapKey builds m's key in scratch and returns its offset.
	MapKey(m *ast.MapRef) int
	// MapLookup leaves a pointer to the value at key (or NULL) in r0.
	MapLookup(m *ast.MapLayout, key int)
	// MapUpdate stores the value at scratch offset val under key,
	// counting a full map.
	MapUpdate(m *ast.MapLayout, key, val int)
	// StackMap names the stack-trace map for stacks of depth frames,
	// creating it on first use.
	StackMap(user bool, depth int) string
	// PacketFile registers a pcap file packets are written to
	// (skboutput) and returns its id and the perf event array the
	// packets go through, created on first use.
	PacketFile(path string) (id int, mapName string)
	// Callback compiles head and body as a new BPF function (for
	// bpf_loop or bpf_for_each_map_elem) and returns its name.
	Callback(n ast.Node, head func(), body *ast.Block) string

	// Event sends a record of args through the ring buffer, handled in
	// user space by ev.Handle.
	Event(ev *EventSpec, args []ast.Expr)
	// AddEvent registers an event whose record the builtin lays out
	// itself, returning its id; Send sends the record at scratch rec.
	AddEvent(ev *EventSpec) int
	Send(ev *EventSpec, id, rec int)
	// CheckHelper reports a negative r0 from the helper just called, at
	// n, when -k/-kk asks for that level; r0 is kept.
	CheckHelper(name string, n ast.Node, level int)
	// Patch emits a 64-bit immediate load into r whose value the runtime
	// computes when it loads the program.
	Patch(r asm.Register, value PatchFunc)
	// AddString records a string the runtime needs (a strftime format)
	// and returns its index for Runtime.String.
	AddString(s string) int
	// LeaveProbe jumps to the end of the probe: nothing after it runs.
	LeaveProbe()

	// Attach is the attach point being compiled.
	Attach() *ast.AttachInfo
	// Note reads what the builtin's Check attached to n.
	Note(n ast.Node) any
	// Member says where the kernel memory e reads lies (nil: none);
	// MemberAddr leaves that memory's address in r0.
	Member(e ast.Expr) *ast.Member
	MemberAddr(e ast.Expr)
	// Strlen is the string capacity.
	Strlen() int
	// Arch is the architecture the program is compiled for (GOARCH).
	Arch() string
	// ProbeArg and ProbeRetval compile argN and retval for the attach
	// point being compiled, as its probe type defines them.
	ProbeArg(e *ast.Ident, n int)
	ProbeRetval(e *ast.Ident)
	// LoadReg reads the traced task's register name into r0 (an unknown
	// one is an error at n); ProbeStackArg compiles sargN.
	LoadReg(n ast.Node, name string)
	ProbeStackArg(e *ast.Ident, n int)
}

// PatchFunc computes a constant when the program is loaded.
type PatchFunc func(r Runtime) (int64, error)

// EventSpec describes one kind of event record: a u64 id followed by the
// arguments, each at ArgOffsets[i] from the start of the record, integers
// in 8 bytes, strings in their capacity, tuples by their layout.
type EventSpec struct {
	// Handle does in user space what the record asks.
	Handle     Handler
	Format     string // the format, separator or helper name the handler needs
	Args       []*ast.Type
	ArgOffsets []int
	Size       int
	Map        string // a user map the handler acts on
	Top, Div   int64
	// Stop marks an event that ends tracing (exit()): it also raises a
	// flag the runtime polls, so a full ring cannot lose it.
	Stop     bool
	Pos, End ast.Pos
	Source   string // the script line of Pos
}

// Handler does what one event record asks, given its decoded arguments.
type Handler func(r Runtime, ev *EventSpec, args []output.Value) error

// Runtime is what builtins may ask of the running script (runtime):
// where output goes, its maps, and what renders values.
type Runtime interface {
	// Output delivers what a builtin prints: to the script's writer, in
	// text or JSON, and to the program embedding gtrace.
	Output(e output.Event)
	// Stderr is where warnings go.
	Stderr() io.Writer
	// ReadMap reads a user map, per-CPU values combined.
	ReadMap(name string) (*output.MapDump, error)
	ClearMap(name string) error
	ZeroMap(name string) error
	// Host answers questions about this machine: symbols, files.
	Host() *host.Host
	// Stack returns the frames of stack id of the stack map name, up to
	// the first zero address; none for a failed bpf_get_stackid.
	Stack(name string, id int64) []uint64
	// BootTime is the wall-clock time at which bpf_ktime_get_ns() was 0.
	BootTime() time.Time
	// String returns a string recorded by Emitter.AddString.
	String(i int) string
	// Cpid is the -c command's pid (0 without one); StartNs the
	// monotonic time at which tracing started.
	Cpid() int64
	StartNs() int64
	// Cut counts n values a limit cut short in user space, reported
	// with those the programs count (output.Cut).
	Cut(what output.Cut, n uint64)
	// Strlen is the string capacity of the script (max_strlen).
	Strlen() int
	// CatBytesMax is how much of a file cat() prints
	// (BPFTRACE_CAT_BYTES_MAX).
	CatBytesMax() int
	// Unwatch removes every watchpoint set on addr; none is fine.
	Unwatch(addr uint64)
}
