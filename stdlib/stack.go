package stdlib

import (
	"strconv"
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// kstack and ustack: bpf_get_stackid stores the stack in a stack-trace
// map and the program keeps its id (and, for user stacks, the pid, to
// find the process's symbols); the runtime symbolizes the frames when it
// prints them. Each mode of depth has its own stack map whose values hold
// depth frames, so that the kernel truncates and equal truncated stacks
// share an id.

func init() {
	for _, user := range []bool{false, true} {
		b := &Builtin{Name: "kstack", Kind: Function, Bare: true, MaxArgs: 2,
			Doc:   "kernel stack: kstack, kstack(perf), kstack(5), kstack(perf, 5)",
			Check: checkStack, Render: renderStack}
		b.Samples = []string{"kstack", "kstack(perf)", "kstack(3)", "kstack(perf, 5)"}
		if user {
			b.Name = "ustack"
			b.Samples = []string{"ustack", "ustack(perf)", "ustack(4)", "ustack(perf, 2)"}
			b.Doc = "user stack: ustack, ustack(perf), ustack(5), ustack(perf, 5)"
			b.Value = func(e Emitter, x ast.Expr, _ []ast.Expr, off int) {
				stackID(e, e.Type(x))
				e.Emit(asm.StoreMem(insn.Scratch, int16(off), asm.R0, asm.DWord))
				storePid(e, off+8)
			}
		} else {
			b.Int = func(e Emitter, x ast.Expr, _ []ast.Expr) { stackID(e, e.Type(x)) }
		}
		register(b)
	}
}

// StackType is the type of kstack/ustack with a mode and a depth. A
// kernel stack is its stack id; a user stack also keeps the pid.
func StackType(user, perf bool, depth int) *ast.Type {
	if user {
		t := ast.TupleType([]*ast.Type{ast.Int64, ast.Uint64})
		t.Output, t.StackPerf, t.StackDepth = "ustack", perf, depth
		return t
	}
	return &ast.Type{Kind: ast.KInt, Size: 8, Signed: true, Output: "kstack", StackPerf: perf, StackDepth: depth}
}

func checkStack(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
	name := "kstack"
	if call, ok := x.(*ast.Call); ok {
		name = call.Name
	} else {
		name = x.(*ast.Ident).Name
	}
	perf, depth := false, ast.MaxStackDepth
	for i, a := range args {
		if id, ok := a.(*ast.Ident); ok && i == 0 && (id.Name == "perf" || id.Name == "bpftrace") {
			perf = id.Name == "perf"
			continue
		}
		n, ok := c.ConstInt(a)
		if !ok || i != len(args)-1 || n < 1 || n > ast.MaxStackDepth {
			c.Errorf(a, "%s() takes a mode (bpftrace or perf) and a constant depth from 1 to %d", name, ast.MaxStackDepth)
			return nil
		}
		depth = int(n)
	}
	return StackType(name == "ustack", perf, depth)
}

// stackID calls bpf_get_stackid for a kstack/ustack type into r0 (a
// negative errno when the stack could not be taken).
func stackID(e Emitter, t *ast.Type) {
	user := t.Output == "ustack"
	name := e.StackMap(user, t.StackDepth)
	e.Emit(asm.Mov.Reg(asm.R1, insn.Ctx))
	e.LoadMap(asm.R2, name)
	flags := int32(0)
	if user {
		flags = 1 << 8 // BPF_F_USER_STACK
	}
	e.Emit(asm.Mov.Imm(asm.R3, flags))
	e.Call(asm.FnGetStackid)
}

// StackMapName is the BPF_MAP_TYPE_STACK_TRACE map holding kernel (or
// user) stacks of depth frames.
func StackMapName(user bool, depth int) string {
	if user {
		return "gt_ustack" + strconv.Itoa(depth)
	}
	return "gt_kstack" + strconv.Itoa(depth)
}

// renderStack prints a stack as bpftrace does: in bpftrace mode a
// newline, then each frame on its own line indented by 8 spaces
// ("sym+off"); in perf mode each frame as "\t<hex address> sym+off"
// (" (module)" for user frames). As a map key the indent is 4 (the
// writers see Value.Stack).
func renderStack(r Runtime, b []byte, t *ast.Type) (output.Value, error) {
	user := t.Output == "ustack"
	var pid uint32
	if user {
		pid = uint32(le64(b, 8))
	}
	frames := r.Stack(StackMapName(user, t.StackDepth), int64(le64(b, 0)))
	h := r.Host()
	if user && pid != 0 {
		h.RememberProcess(pid)
	}
	var s strings.Builder
	if len(frames) > 0 {
		// An empty stack is empty: @[]: 3, as bpftrace prints it.
		s.WriteByte('\n')
	}
	for _, addr := range frames {
		var sym string
		if user {
			sym = h.UserSymbol(addr, pid, true, t.StackPerf)
		} else {
			sym = h.KernelSymbol(addr, true)
		}
		if t.StackPerf {
			s.WriteString("\t" + strconv.FormatUint(addr, 16) + " " + sym + "\n")
		} else {
			s.WriteString("        " + sym + "\n")
		}
	}
	v := output.StrVal(s.String())
	v.Stack = !t.StackPerf
	return v, nil
}
