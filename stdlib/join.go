package stdlib

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// join(argv[, sep]): up to 16 strings of a NULL-terminated array of string
// pointers, read into one event {id, count, strings...} and printed
// joined.

// maxJoinArgs is how many arguments join() prints, as in bpftrace.
const maxJoinArgs = 16

func init() {
	register(&Builtin{Name: "join", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "print up to 16 strings of an argv array, separated by a space or sep",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			if t := c.Expr(args[0]); t != nil && (t.Kind != ast.KInt || t.Output != "") {
				c.Errorf(args[0], "join() needs a pointer to an array of strings (argv), not %s", t)
				return nil
			}
			if len(args) == 2 {
				if _, ok := args[1].(*ast.StrLit); !ok {
					c.Errorf(args[1], "join() needs a string literal as its separator")
					return nil
				}
			}
			return ast.Void
		},
		Stmt: emitJoin})
}

func emitJoin(e Emitter, call *ast.Call) {
	sep := " "
	if len(call.Args) == 2 {
		sep = call.Args[1].(*ast.StrLit).Value
	}
	at := e.Type(call.Args[0])
	st := ast.StringType(e.Strlen())
	ev := &EventSpec{Handle: handleJoin, Format: sep, Pos: call.Pos}
	ev.Args = append(ev.Args, ast.Int64)
	ev.ArgOffsets = append(ev.ArgOffsets, 8)
	off := 16
	for i := 0; i < maxJoinArgs; i++ {
		ev.Args = append(ev.Args, st)
		ev.ArgOffsets = append(ev.ArgOffsets, off)
		off += st.StorageSize()
	}
	ev.Size = off
	id := e.AddEvent(ev)
	rec := e.AllocScratch(ev.Size)
	e.Zero(rec, ev.Size)
	ptr, base := e.AllocScratch(8), e.AllocScratch(8)
	e.IntExpr(call.Args[0])
	e.Emit(asm.StoreMem(insn.Scratch, int16(base), asm.R0, asm.DWord))
	readPtr, readStr := asm.FnProbeReadKernel, asm.FnProbeReadKernelStr
	if at.UserPtr {
		readPtr, readStr = asm.FnProbeReadUser, asm.FnProbeReadUserStr
	}
	done := e.NewLabel("jdone")
	for i := 0; i < maxJoinArgs; i++ {
		// ptr = argv[i]; stop at NULL.
		e.ScratchAddr(asm.R1, ptr)
		e.Emit(asm.Mov.Imm(asm.R2, 8))
		e.Emit(asm.LoadMem(asm.R3, insn.Scratch, int16(base), asm.DWord), asm.Add.Imm(asm.R3, int32(8*i)))
		e.Call(readPtr)
		e.Emit(asm.JNE.Imm(asm.R0, 0, done))
		e.Emit(asm.LoadMem(asm.R3, insn.Scratch, int16(ptr), asm.DWord))
		e.Emit(asm.JEq.Imm(asm.R3, 0, done))
		e.ScratchAddr(asm.R1, rec+ev.ArgOffsets[1+i])
		e.Emit(asm.Mov.Imm(asm.R2, int32(st.Size)))
		e.Call(readStr)
		e.Emit(
			asm.LoadMem(asm.R1, insn.Scratch, int16(rec+8), asm.DWord),
			asm.Add.Imm(asm.R1, 1),
			asm.StoreMem(insn.Scratch, int16(rec+8), asm.R1, asm.DWord),
		)
	}
	e.Bind(done)
	e.Send(ev, id, rec)
}

func handleJoin(r Runtime, ev *EventSpec, args []output.Value) error {
	if len(args) < 1 {
		return fmt.Errorf("%s: join with no count", ev.Pos)
	}
	n := int(args[0].Int)
	parts := make([]string, 0, n)
	for i := 1; i <= n && i < len(args); i++ {
		parts = append(parts, args[i].Str)
	}
	r.Output(output.Event{Kind: "join", Text: strings.Join(parts, ev.Format), Newline: true})
	return nil
}
