package host

import (
	"debug/elf"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/lang/ast"
)

func TestParseUSDTArg(t *testing.T) {
	cases := []struct {
		spec    string
		machine elf.Machine
		want    ast.USDTArg
	}{
		{"-4@%edi", elf.EM_X86_64, ast.USDTArg{Size: 4, Signed: true, Kind: ast.USDTReg, Reg: "di"}},
		{"8@%rax", elf.EM_X86_64, ast.USDTArg{Size: 8, Kind: ast.USDTReg, Reg: "ax"}},
		{"1@%r8b", elf.EM_X86_64, ast.USDTArg{Size: 1, Kind: ast.USDTReg, Reg: "r8"}},
		{"8@-16(%rbp)", elf.EM_X86_64, ast.USDTArg{Size: 8, Kind: ast.USDTMem, Reg: "bp", Offset: -16}},
		{"-2@(%rsp)", elf.EM_X86_64, ast.USDTArg{Size: 2, Signed: true, Kind: ast.USDTMem, Reg: "sp"}},
		{"-4@$42", elf.EM_X86_64, ast.USDTArg{Size: 4, Signed: true, Kind: ast.USDTConst, Value: 42}},
		{"8@$-1", elf.EM_X86_64, ast.USDTArg{Size: 8, Kind: ast.USDTConst, Value: -1}},
		{"-4@x0", elf.EM_AARCH64, ast.USDTArg{Size: 4, Signed: true, Kind: ast.USDTReg, Reg: "x0"}},
		{"8@[sp, 16]", elf.EM_AARCH64, ast.USDTArg{Size: 8, Kind: ast.USDTMem, Reg: "sp", Offset: 16}},
		{"8@[x29, #-8]", elf.EM_AARCH64, ast.USDTArg{Size: 8, Kind: ast.USDTMem, Reg: "x29", Offset: -8}},
		{"4@#5", elf.EM_AARCH64, ast.USDTArg{Size: 4, Kind: ast.USDTConst, Value: 5}},
		{"-4@(%rsi,%rdx,4)", elf.EM_X86_64, ast.USDTArg{Size: 4, Signed: true, Kind: ast.USDTMem, Reg: "si", Index: "dx", Scale: 4}},
		{"8@16(%rax,%rbx)", elf.EM_X86_64, ast.USDTArg{Size: 8, Kind: ast.USDTMem, Reg: "ax", Index: "bx", Scale: 1, Offset: 16}},
		{"-8@counter(%rip)", elf.EM_X86_64, ast.USDTArg{Size: 8, Signed: true, Kind: ast.USDTGlobal, Addr: 0x4000}},
		{"4@counter+8(%rip)", elf.EM_X86_64, ast.USDTArg{Size: 4, Kind: ast.USDTGlobal, Addr: 0x4000, Offset: 8}},
		{"4@8+counter(%rip)", elf.EM_X86_64, ast.USDTArg{Size: 4, Kind: ast.USDTGlobal, Addr: 0x4000, Offset: 8}},
		{"4@counter-4(%rip)", elf.EM_X86_64, ast.USDTArg{Size: 4, Kind: ast.USDTGlobal, Addr: 0x4000, Offset: -4}},
	}
	symbol := func(name string) (uint64, bool) { return 0x4000, name == "counter" }
	for _, c := range cases {
		got, err := parseUSDTArg(c.spec, c.machine, symbol)
		if err != nil {
			t.Errorf("%s: %v", c.spec, err)
			continue
		}
		c.want.Spec = c.spec
		if got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.spec, got, c.want)
		}
	}
	for _, bad := range []string{"3@%eax", "8@%xmm0", "8@nosuch(%rip)", "8@16(%rip)", "8@(%rax,%rbx,3)", "8@(%rax,%rbx,8,2)", "x@%eax"} {
		if _, err := parseUSDTArg(bad, elf.EM_X86_64, symbol); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestResolveBinary(t *testing.T) {
	if _, err := os.Stat("/etc/ld.so.cache"); err != nil {
		t.Skip("no /etc/ld.so.cache")
	}
	h := New()
	p, err := h.ResolveBinary("libc")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(p), "libc.so") {
		t.Errorf("libc resolved to %s", p)
	}
	if p2, err := h.ResolveBinary("c"); err != nil || p2 != p {
		t.Errorf("c resolved to %q, %v; want %s", p2, err, p)
	}
	if p, err := h.ResolveBinary("sh"); err != nil || !filepath.IsAbs(p) {
		t.Errorf("sh resolved to %q, %v", p, err)
	}
	if _, err := h.ResolveBinary("no-such-library-or-program"); err == nil {
		t.Error("no error for a missing library")
	}
	ei, err := h.openELF(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := ei.symbol("malloc"); !ok {
		t.Error("libc has no malloc")
	}
	if got := ei.match("mallo?"); len(got) != 1 || got[0] != "malloc" {
		t.Errorf("mallo? matches %v", got)
	}
	off, err := h.UprobeOffset(p, "malloc", 0, 0)
	if err != nil || off == 0 {
		t.Errorf("malloc's file offset: %d, %v", off, err)
	}
}
