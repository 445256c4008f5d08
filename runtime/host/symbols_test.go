package host

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSymTableLookup(t *testing.T) {
	tab := symTable{{name: "a", addr: 0x100, size: 0x10}, {name: "nosize", addr: 0x200}, {name: "b", addr: 0x300, size: 0x20}}
	for _, c := range []struct {
		addr uint64
		want string
		off  uint64
		ok   bool
	}{
		{0x50, "", 0, false},
		{0x100, "a", 0, true},
		{0x10f, "a", 0xf, true},
		{0x110, "", 0, false},
		{0x250, "nosize", 0x50, true},
		{0x31f, "b", 0x1f, true},
		{0x320, "nosize", 0x120, true},
	} {
		s, off, ok := tab.lookup(c.addr)
		if ok != c.ok || s.name != c.want || off != c.off {
			t.Errorf("lookup(%#x) = %q+%#x %v, want %q+%#x %v", c.addr, s.name, off, ok, c.want, c.off, c.ok)
		}
	}
}

func TestHexAddr(t *testing.T) {
	if HexAddr(0) != "0" || HexAddr(0x431329) != "0x431329" {
		t.Errorf("hexAddr: %q %q", HexAddr(0), HexAddr(0x431329))
	}
}

// resolveUser symbolizes this test binary's own functions through
// /proc/self/maps and its ELF symbol table.
func TestResolveUserSelf(t *testing.T) {
	addr := uint64(reflect.ValueOf(TestResolveUserSelf).Pointer())
	exe, _ := os.Executable()
	h := New()
	// go test links with -s: without the symbol table (a cgo-linked test
	// binary still has its dynamic symbols, which name no Go function).
	if !slices.ContainsFunc(h.elfTable(exe).syms, func(s symbol) bool { return strings.HasSuffix(s.name, "TestResolveUserSelf") }) {
		t.Skip("this test binary has no symbol table of its Go functions (go test links with -s); go test -c builds one")
	}
	got := h.UserSymbol(addr+3, uint32(os.Getpid()), true, false)
	if !strings.HasSuffix(got, "TestResolveUserSelf+3") {
		t.Errorf("resolveUser = %q", got)
	}
	if got := New().UserSymbol(8, uint32(os.Getpid()), false, true); got != "0x8 ([unknown])" {
		t.Errorf("unknown address: %q", got)
	}
}

func TestResolveKernel(t *testing.T) {
	h := New()
	a, err := h.KernelSymbolAddr("vfs_read")
	if err != nil {
		t.Skipf("no kernel addresses: %v", err)
	}
	if got := h.KernelSymbol(a+5, true); got != "vfs_read+5" {
		t.Errorf("resolveKernel = %q", got)
	}
	if got := h.KernelSymbol(a, false); got != "vfs_read" {
		t.Errorf("resolveKernel = %q", got)
	}
}
