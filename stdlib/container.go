package stdlib

import (
	"fmt"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"
)

// Containers: container_id (the container of the current task's cgroup,
// named when printed), netns and pidns (the inode numbers of its network
// and pid namespaces, as /proc/PID/ns/net and /proc/PID/ns/pid show
// them).

// nsChain is how netns and pidns reach an inode number from the current
// task, learned from the kernel's BTF when the script is checked.
type nsChain struct {
	hops []nsHop
	size int // of the inode number, read last at the final offset
}

// nsHop reads the pointer at offset from the address in hand; with
// index set, the address then moves by index's value (read at its
// offset from the same struct) times stride first.
type nsHop struct {
	offset        int
	index, stride int // pidns: thread_pid->numbers[thread_pid->level]
	indexSize     int
}

// ContainerID is the builtin naming the current task's container, which
// the exporter's --export.container-label adds to map keys.
const ContainerID = "container_id"

func init() {
	register(&Builtin{Name: ContainerID, Kind: Variable, Samples: []string{"container_id"}, Output: "container_id",
		Doc: "the container of the current task (Docker, containerd, CRI-O, Podman, systemd-nspawn), from its cgroup; \"\" outside one",
		Check: func(Checker, ast.Expr, []ast.Expr) *ast.Type {
			t := ast.IntType(8, false)
			t.Output = "container_id"
			return t
		},
		Int: func(e Emitter, _ ast.Expr, _ []ast.Expr) { e.Call(asm.FnGetCurrentCgroupId) },
		Render: func(r Runtime, b []byte, _ *ast.Type) (output.Value, error) {
			return output.StrVal(host.ContainerID(r.Host().CgroupV2Path(le64(b, 0)))), nil
		}})
	for _, ns := range []struct {
		name, doc string
		chain     func(spec *btf.Spec) (*nsChain, error)
	}{
		{"netns", "inode number of the current task's network namespace", netnsChain},
		{"pidns", "inode number of the current task's pid namespace", pidnsChain},
	} {
		register(&Builtin{Name: ns.name, Kind: Variable, Samples: []string{ns.name}, Doc: ns.doc,
			Check: func(c Checker, x ast.Expr, _ []ast.Expr) *ast.Type {
				spec, err := c.KernelTypes()
				if err == nil {
					var ch *nsChain
					if ch, err = ns.chain(spec); err == nil {
						c.Note(x, ch)
						return ast.IntType(8, false)
					}
				}
				c.Errorf(x, "%s needs the kernel's types: %v", ns.name, err)
				return nil
			},
			Int: func(e Emitter, x ast.Expr, _ []ast.Expr) { emitNSChain(e, x, e.Note(x).(*nsChain)) }})
	}
}

// memberOffset is the byte offset and size of a chain of members of
// struct name ("nsproxy", "ns.inum").
func memberOffset(spec *btf.Spec, name string, path ...string) (off, size int, err error) {
	var s *btf.Struct
	if err := spec.TypeByName(name, &s); err != nil {
		return 0, 0, fmt.Errorf("no struct %s", name)
	}
	var t btf.Type = s
	for _, p := range path {
		m, bits, ok := ast.FindMember(t, p)
		if !ok {
			return 0, 0, fmt.Errorf("struct %s has no member %s", name, p)
		}
		off += int(bits / 8)
		t = m.Type
	}
	size, err = btf.Sizeof(t)
	return off, size, err
}

// netnsChain: task_struct.nsproxy -> nsproxy.net_ns -> net.ns.inum.
func netnsChain(spec *btf.Spec) (*nsChain, error) {
	nsproxy, _, err := memberOffset(spec, "task_struct", "nsproxy")
	if err != nil {
		return nil, err
	}
	net, _, err := memberOffset(spec, "nsproxy", "net_ns")
	if err != nil {
		return nil, err
	}
	inum, size, err := memberOffset(spec, "net", "ns", "inum")
	if err != nil {
		return nil, err
	}
	return &nsChain{hops: []nsHop{{offset: nsproxy}, {offset: net}, {offset: inum}}, size: size}, nil
}

// pidnsChain: the task's own pid namespace (task_active_pid_ns):
// task_struct.thread_pid -> pid.numbers[pid.level].ns ->
// pid_namespace.ns.inum.
func pidnsChain(spec *btf.Spec) (*nsChain, error) {
	threadPid, _, err := memberOffset(spec, "task_struct", "thread_pid")
	if err != nil {
		return nil, err
	}
	level, levelSize, err := memberOffset(spec, "pid", "level")
	if err != nil {
		return nil, err
	}
	numbers, _, err := memberOffset(spec, "pid", "numbers")
	if err != nil {
		return nil, err
	}
	upidNS, _, err := memberOffset(spec, "upid", "ns")
	if err != nil {
		return nil, err
	}
	_, upid, err := memberOffset(spec, "upid")
	if err != nil {
		return nil, err
	}
	inum, size, err := memberOffset(spec, "pid_namespace", "ns", "inum")
	if err != nil {
		return nil, err
	}
	return &nsChain{hops: []nsHop{
		{offset: threadPid},
		{offset: numbers + upidNS, index: level, stride: upid, indexSize: levelSize},
		{offset: inum},
	}, size: size}, nil
}

// emitNSChain follows the chain from the current task with
// probe_read_kernel, leaving the inode number in r0 (0 where a pointer
// is NULL or cannot be read).
func emitNSChain(e Emitter, x ast.Expr, ch *nsChain) {
	tmp := e.AllocScratch(8)
	base := e.AllocScratch(8)
	read := func(size int) {
		// r3 holds the address: read size bytes of it into tmp, into r0.
		e.Emit(insn.StoreImm64(insn.Scratch, int16(tmp), 0))
		e.ScratchAddr(asm.R1, tmp)
		e.Emit(asm.Mov.Imm(asm.R2, int32(size)))
		e.Call(asm.FnProbeReadKernel)
		e.CheckHelper("probe_read", x, HelperReads)
		e.Emit(asm.LoadMem(asm.R0, insn.Scratch, int16(tmp), map[int]asm.Size{1: asm.Byte, 2: asm.Half, 4: asm.Word, 8: asm.DWord}[size]))
	}
	end := e.NewLabel("nsend")
	e.Call(asm.FnGetCurrentTask)
	for i, h := range ch.hops {
		e.Emit(asm.JEq.Imm(asm.R0, 0, end))
		if h.index != 0 || h.stride != 0 {
			// r0 += stride * *(r0 + index)
			e.Emit(asm.StoreMem(insn.Scratch, int16(base), asm.R0, asm.DWord), asm.Mov.Reg(asm.R3, asm.R0), asm.Add.Imm(asm.R3, int32(h.index)))
			read(h.indexSize)
			e.Emit(asm.And.Imm(asm.R0, 0xff), asm.Mul.Imm(asm.R0, int32(h.stride)))
			e.Emit(asm.LoadMem(asm.R1, insn.Scratch, int16(base), asm.DWord), asm.Add.Reg(asm.R0, asm.R1))
		}
		e.Emit(asm.Mov.Reg(asm.R3, asm.R0), asm.Add.Imm(asm.R3, int32(h.offset)))
		if i == len(ch.hops)-1 {
			read(ch.size)
		} else {
			read(8)
		}
	}
	e.Bind(end)
}
