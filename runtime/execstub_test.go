package runtime

import (
	"bytes"
	"context"
	"debug/elf"
	"testing"
	"time"

	"github.com/gtrace/gtrace/internal/testenv"
	"github.com/gtrace/gtrace/runtime/output"
)

// The exec stub is a well-formed ELF executable for each architecture:
// one loadable, executable segment holding the entry point and the code.
func TestExecStubELF(t *testing.T) {
	for arch, machine := range map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64} {
		b, err := stubELF(arch)
		if err != nil {
			t.Fatal(err)
		}
		f, err := elf.NewFile(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", arch, err)
		}
		if f.Machine != machine || f.Type != elf.ET_EXEC || len(f.Progs) != 1 {
			t.Errorf("%s: machine %v, type %v, %d segments", arch, f.Machine, f.Type, len(f.Progs))
			continue
		}
		p := f.Progs[0]
		if p.Type != elf.PT_LOAD || p.Flags != elf.PF_R|elf.PF_X || f.Entry < p.Vaddr || f.Entry >= p.Vaddr+p.Filesz ||
			p.Filesz != uint64(len(b)) || !bytes.HasSuffix(b, stubCode[arch]) {
			t.Errorf("%s: segment %+v, entry %#x", arch, p.ProgHeader, f.Entry)
		}
	}
	if _, err := stubELF("riscv64"); err == nil {
		t.Error("an exec stub for an architecture it has no code for")
	}
}

// Without a temporary directory the stub runs from a memory file.
func TestCommandWithoutTmpdir(t *testing.T) {
	testenv.RequireBPF(t)
	t.Setenv("TMPDIR", "/nonexistent/gtrace-test")
	out := compile(t, `tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @n = count(); }`)
	var buf bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := Run(ctx, out, RunOptions{Writer: output.NewTextWriter(&buf), Command: helperCommand(t, "getppid", "4")}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "Attaching 1 probe...\n\n\n@n: 4\n" {
		t.Errorf("output %q", got)
	}
}
