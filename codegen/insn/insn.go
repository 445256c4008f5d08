// Package insn builds the few BPF instructions cilium/ebpf's asm package
// does not build as the kernel wants them. codegen and the builtins in
// stdlib use it; it has no state.
package insn

import "github.com/cilium/ebpf/asm"

// StoreImm64 is the 64-bit store-immediate *(u64 *)(dst + off) = v:
// asm.StoreImm rejects DWord although the kernel accepts it.
func StoreImm64(dst asm.Register, off int16, v int32) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreImmOp(asm.DWord), Dst: dst, Offset: off, Constant: int64(v)}
}

// FuncRef loads the address of a function of this program, for helpers
// that take callbacks (bpf_loop, bpf_for_each_map_elem); the loader
// resolves the reference only when Constant is -1.
func FuncRef(dst asm.Register, name string) asm.Instruction {
	return asm.Instruction{
		OpCode:   asm.LoadImmOp(asm.DWord),
		Dst:      dst,
		Src:      asm.PseudoFunc,
		Constant: -1,
	}.WithReference(name)
}

// Register conventions of gtrace's programs, shared by codegen and the
// builtins: r6 keeps the context pointer and r9 this program's per-CPU
// scratch area for the whole program; r7 and r8 hold temporaries.
const (
	Ctx     = asm.R6
	Scratch = asm.R9
)
