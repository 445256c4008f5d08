package runtime

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"

	"golang.org/x/sys/unix"
)

// The -c command starts through a stub: a static ELF program of a few
// instructions that calls execve(argv[1], argv+2, envp) and nothing else
// (argv[1] is the command's path, argv[2:] its own argv).
// It runs traced and stopped after its own exec (child.go), so once gtrace
// detaches the one system call that probes on cpid see before the
// command's own is the command's execve, as with bpftrace's forked child
// (which is also seen reading its pipe and closing it).

// stubCode is the stub's machine code, by GOARCH.
var stubCode = map[string][]byte{
	// mov rdi,[rsp+16]; lea rsi,[rsp+24]; mov rax,[rsp];
	// lea rdx,[rsp+rax*8+16]; mov eax,59 (execve); syscall;
	// mov edi,127; mov eax,60 (exit); syscall
	"amd64": {
		0x48, 0x8b, 0x7c, 0x24, 0x10,
		0x48, 0x8d, 0x74, 0x24, 0x18,
		0x48, 0x8b, 0x04, 0x24,
		0x48, 0x8d, 0x54, 0xc4, 0x10,
		0xb8, 0x3b, 0x00, 0x00, 0x00,
		0x0f, 0x05,
		0xbf, 0x7f, 0x00, 0x00, 0x00,
		0xb8, 0x3c, 0x00, 0x00, 0x00,
		0x0f, 0x05,
	},
	// ldr x0,[sp,#16]; add x1,sp,#24; ldr x2,[sp];
	// add x2,sp,x2,uxtx #3; add x2,x2,#16; mov x8,#221 (execve); svc #0;
	// mov x0,#127; mov x8,#93 (exit); svc #0
	"arm64": armWords(0xf9400be0, 0x910063e1, 0xf94003e2, 0x8b226fe2, 0x91004042,
		0xd2801ba8, 0xd4000001, 0xd2800fe0, 0xd2800ba8, 0xd4000001),
}

func armWords(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
	return b
}

// stubELF is the stub as an ELF executable for arch: the header, one
// loadable segment, the code.
func stubELF(arch string) ([]byte, error) {
	code, ok := stubCode[arch]
	machine := map[string]uint16{"amd64": 62, "arm64": 183}[arch] // EM_X86_64, EM_AARCH64
	if !ok {
		return nil, fmt.Errorf("-c is not supported on %s", arch)
	}
	const base, ehsize, phsize = 0x400000, 64, 56
	b := make([]byte, ehsize+phsize, ehsize+phsize+len(code))
	le := binary.LittleEndian
	copy(b, []byte{0x7f, 'E', 'L', 'F', 2, 1, 1}) // 64-bit, little-endian, version 1
	le.PutUint16(b[16:], 2)                       // ET_EXEC
	le.PutUint16(b[18:], machine)
	le.PutUint32(b[20:], 1)
	le.PutUint64(b[24:], base+ehsize+phsize) // entry
	le.PutUint64(b[32:], ehsize)             // program headers
	le.PutUint16(b[52:], ehsize)
	le.PutUint16(b[54:], phsize)
	le.PutUint16(b[56:], 1)
	ph := b[ehsize:]
	le.PutUint32(ph[0:], 1)     // PT_LOAD
	le.PutUint32(ph[4:], 5)     // PF_R|PF_X
	le.PutUint64(ph[16:], base) // vaddr
	le.PutUint64(ph[24:], base) // paddr
	size := uint64(ehsize + phsize + len(code))
	le.PutUint64(ph[32:], size) // filesz
	le.PutUint64(ph[40:], size) // memsz
	le.PutUint64(ph[48:], 0x1000)
	return append(b, code...), nil
}

// stubPath writes the stub as an executable file named gtrace (so that
// comm is "gtrace" until the command's execve, as bpftrace's child is
// "bpftrace") in a new temporary directory; remove removes it. Where the
// temporary directory cannot hold programs (noexec), the caller falls
// back to stubFile.
func stubPath() (path string, remove func(), err error) {
	elf, err := stubELF(goruntime.GOARCH)
	if err != nil {
		return "", nil, err
	}
	dir, err := os.MkdirTemp("", "gtrace-exec-")
	if err != nil {
		return "", nil, err
	}
	remove = func() { os.RemoveAll(dir) }
	path = filepath.Join(dir, "gtrace")
	if err := os.WriteFile(path, elf, 0o500); err != nil {
		remove()
		return "", nil, err
	}
	return path, remove, nil
}

// stubFile holds the stub in a sealed memory file; the child execs it as
// /proc/self/fd/N, N being its descriptor in gtrace (and so in the child
// until the exec).
func stubFile() (*os.File, error) {
	elf, err := stubELF(goruntime.GOARCH)
	if err != nil {
		return nil, err
	}
	fd, err := unix.MemfdCreate("gtrace-exec", unix.MFD_CLOEXEC|unix.MFD_ALLOW_SEALING)
	if err != nil {
		return nil, fmt.Errorf("-c: memfd_create: %w", err)
	}
	f := os.NewFile(uintptr(fd), "gtrace-exec")
	if _, err := f.Write(elf); err != nil {
		f.Close()
		return nil, fmt.Errorf("-c: write the exec stub: %w", err)
	}
	unix.FcntlInt(uintptr(fd), unix.F_ADD_SEALS, unix.F_SEAL_WRITE|unix.F_SEAL_GROW|unix.F_SEAL_SHRINK|unix.F_SEAL_SEAL)
	return f, nil
}
