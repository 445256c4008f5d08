package stdlib

import (
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
)

// skboutput(path, skb, length, offset): bytes offset to length of a
// struct sk_buff's data go to the pcap file path (raw IP, so offset 14
// leaves out an Ethernet header), through bpf_skb_output and a perf
// event array; the runtime writes the file. It returns the helper's
// result: 0, or a negative errno (-EFAULT when the packet is shorter than
// length). fentry and fexit only: the skb must be a typed pointer.

// PacketHeader is the size of what each packet record starts with: the
// file's id, the time (CLOCK_MONOTONIC ns), the length asked for and the
// offset to leave out (the runtime leaves it out: the helper copies from
// the packet's start).
const PacketHeader = 32

func init() {
	register(&Builtin{Name: "skboutput", Kind: Function, MinArgs: 4, MaxArgs: 4,
		Doc: "write a packet (struct sk_buff) to a pcap file (fentry)",
		Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
			if _, ok := args[0].(*ast.StrLit); !ok {
				c.Errorf(args[0], "skboutput() needs a string literal as its file")
			}
			t := c.Expr(args[1])
			c.IntExpr(args[2])
			if off, ok := c.ConstInt(args[3]); !ok || off < 0 {
				c.Errorf(args[3], "skboutput() needs a constant offset of 0 or more")
			}
			if t == nil || !c.ProbeTypedPointers(x, "skboutput()") {
				return nil
			}
			if !isKernelStruct(t, "sk_buff") || t.Kind != ast.KInt {
				c.Errorf(args[1], "skboutput() needs a struct sk_buff *, not %s", t)
				return nil
			}
			if !typedChain(args[1]) {
				c.Errorf(args[1], "skboutput() needs a struct sk_buff * reached through members from args or ctx: the kernel must know where the pointer comes from")
				return nil
			}
			return ast.IntType(4, false)
		},
		Int: func(e Emitter, x ast.Expr, args []ast.Expr) {
			id, m := e.PacketFile(args[0].(*ast.StrLit).Value)
			hdr := e.AllocScratch(PacketHeader)
			e.Emit(insn.StoreImm64(insn.Scratch, int16(hdr), int32(id)))
			e.Call(asm.FnKtimeGetNs)
			e.Emit(asm.StoreMem(insn.Scratch, int16(hdr+8), asm.R0, asm.DWord))
			e.IntExpr(args[2])
			e.Emit(asm.StoreMem(insn.Scratch, int16(hdr+16), asm.R0, asm.DWord))
			e.Emit(insn.StoreImm64(insn.Scratch, int16(hdr+24), int32(e.ConstArg(args[3]))))
			null, done := e.NewLabel("skb_null"), e.NewLabel("skb_done")
			typedAddr(e, args[1], null)
			e.Emit(asm.Mov.Reg(asm.R1, asm.R0))
			e.LoadMap(asm.R2, m)
			// flags: the bytes to append in the upper half, the current
			// CPU's ring (BPF_F_CURRENT_CPU) in the lower.
			e.Emit(asm.LoadMem(asm.R3, insn.Scratch, int16(hdr+16), asm.DWord),
				asm.LSh.Imm(asm.R3, 32),
				asm.LoadImm(asm.R4, 0xffffffff, asm.DWord),
				asm.Or.Reg(asm.R3, asm.R4))
			e.ScratchAddr(asm.R4, hdr)
			e.Emit(asm.Mov.Imm(asm.R5, PacketHeader))
			e.Call(asm.FnSkbOutput)
			e.CheckHelper("skb_output", x, HelperWrites)
			e.Emit(asm.Ja.Label(done))
			e.Bind(null)
			e.Emit(asm.Mov.Imm(asm.R0, -14)) // -EFAULT
			e.Bind(done)
			e.Truncate(asm.R0, 4)
		}})
}
