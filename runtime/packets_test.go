package runtime

import (
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/stdlib"
)

// TestPackets: a record in the packet ring (as bpf_skb_output writes one,
// here sent with bpf_perf_event_output, which runs on this machine)
// becomes a pcap packet, at the wall-clock time of its CLOCK_MONOTONIC
// stamp, cut to the length the record says and past the offset it says
// to leave out; ending reads it even though
// the reader was waiting.
func TestPackets(t *testing.T) {
	testenv.RequireBPF(t)
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.PerfEventArray})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	// The record: file 0, 1.5 s, 3 bytes asked for, 1 to leave out,
	// then "ABCD" (one byte more, as the ring's padding would be).
	insns := asm.Instructions{
		asm.Mov.Imm(asm.R2, 0), asm.StoreMem(asm.RFP, -40, asm.R2, asm.DWord),
		asm.LoadImm(asm.R2, 1500000000, asm.DWord), asm.StoreMem(asm.RFP, -32, asm.R2, asm.DWord),
		asm.Mov.Imm(asm.R2, 3), asm.StoreMem(asm.RFP, -24, asm.R2, asm.DWord),
		asm.Mov.Imm(asm.R2, 1), asm.StoreMem(asm.RFP, -16, asm.R2, asm.DWord),
		asm.Mov.Imm(asm.R2, 0x44434241), asm.StoreMem(asm.RFP, -8, asm.R2, asm.DWord),
		asm.LoadMapPtr(asm.R2, m.FD()),
		asm.LoadImm(asm.R3, 0xffffffff, asm.DWord), // BPF_F_CURRENT_CPU
		asm.Mov.Reg(asm.R4, asm.RFP), asm.Add.Imm(asm.R4, -40),
		asm.Mov.Imm(asm.R5, stdlib.PacketHeader+4),
		asm.FnPerfEventOutput.Call(),
		asm.Mov.Imm(asm.R0, 0), asm.Return(),
	}
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.RawTracepoint, License: "GPL", Instructions: insns})
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	file := filepath.Join(t.TempDir(), "out.pcap")
	r := &runner{
		out:      &codegen.Output{PacketMap: "packets", PacketFiles: []string{file}},
		coll:     &ebpf.Collection{Maps: map[string]*ebpf.Map{"packets": m}},
		opts:     RunOptions{Stderr: io.Discard},
		bootWall: time.Unix(1000, 0),
	}
	if err := r.openPackets(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // the reader waits
	if err := runProgram(prog); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- r.closePackets() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("closing the packet reader hangs")
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 24+16+2 {
		t.Fatalf("a pcap file of %d bytes, want the header and one 2-byte packet: % x", len(b), b)
	}
	le := binary.NativeEndian
	if le.Uint32(b) != 0xa1b2c3d4 || le.Uint32(b[20:]) != 101 {
		t.Errorf("file header % x", b[:24])
	}
	rec := b[24:]
	if sec, usec, n, orig := le.Uint32(rec), le.Uint32(rec[4:]), le.Uint32(rec[8:]), le.Uint32(rec[12:]); sec != 1001 || usec != 500000 || n != 2 || orig != 2 || string(rec[16:]) != "BC" {
		t.Errorf("packet: %d.%06d, %d/%d bytes %q; want 1001.500000, 2/2 bytes \"BC\"", sec, usec, n, orig, rec[16:])
	}
}
