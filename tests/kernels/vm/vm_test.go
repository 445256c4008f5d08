package vm

import (
	"bytes"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
)

// readNewc parses a newc archive the way the kernel's unpacker does:
// 110-byte headers, names and data each padded to four bytes.
func readNewc(t *testing.T, data []byte) map[string][2]any {
	t.Helper()
	out := map[string][2]any{}
	off := 0
	align := func() { off = (off + 3) &^ 3 }
	for {
		if off+110 > len(data) || string(data[off:off+6]) != "070701" {
			t.Fatalf("no newc header at %d", off)
		}
		field := func(i int) int {
			v, err := strconv.ParseUint(string(data[off+6+8*i:off+14+8*i]), 16, 32)
			if err != nil {
				t.Fatalf("header at %d, field %d: %v", off, i, err)
			}
			return int(v)
		}
		mode, size, namesize := field(1), field(6), field(11)
		off += 110
		name := string(data[off : off+namesize-1])
		if data[off+namesize-1] != 0 {
			t.Fatalf("%s: name not NUL-terminated", name)
		}
		off += namesize
		align()
		if name == "TRAILER!!!" {
			return out
		}
		out[name] = [2]any{mode, string(data[off : off+size])}
		off += size
		align()
	}
}

func TestArchive(t *testing.T) {
	var a Archive
	a.AddFile("init", 0o755, []byte("#!x"))
	a.AddFile("/modules/9p.ko", 0o644, []byte("12345"))
	a.AddDir("proc")
	var b bytes.Buffer
	n, err := a.WriteTo(&b)
	if err != nil || n != int64(b.Len()) || n%4 != 0 {
		t.Fatalf("WriteTo: %d, %v (buffer %d)", n, err, b.Len())
	}
	got := readNewc(t, b.Bytes())
	want := map[string][2]any{
		"init":          {0o100755, "#!x"},
		"modules":       {0o040755, ""},
		"modules/9p.ko": {0o100644, "12345"},
		"proc":          {0o040755, ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("archive holds %v, want %v\n%s", got, want, hex.Dump(b.Bytes()))
	}
}

func TestVersionLess(t *testing.T) {
	for _, c := range [][2]string{
		{"linux-image-6.1.0-9-amd64-unsigned", "linux-image-6.1.0-10-amd64-unsigned"},
		{"linux-image-6.12.9+deb12-amd64-unsigned", "linux-image-6.12.117+deb12-amd64-unsigned"},
	} {
		if !versionLess(c[0], c[1]) || versionLess(c[1], c[0]) {
			t.Errorf("%s should sort before %s", c[0], c[1])
		}
	}
}

// A module tree of objects built with gcc, each with the .modinfo
// section a kernel module has: the dependencies come first, built-in
// modules are left out, and xz-compressed modules are read.
func TestModules(t *testing.T) {
	for _, tool := range []string{"gcc", "xz"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("needs %s: %v", tool, err)
		}
	}
	root := t.TempDir()
	rel := "6.0.0-test"
	dir := filepath.Join(root, "lib", "modules", rel)
	mod := func(name, depends string, xz bool) {
		src := filepath.Join(root, name+".c")
		info := `__attribute__((section(".modinfo"), used)) static const char info[] = "license=GPL\0depends=` + depends + `\0name=` + name + `";`
		if err := os.WriteFile(src, []byte(info+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		obj := filepath.Join(dir, "kernel", "fs", name+".ko")
		os.MkdirAll(filepath.Dir(obj), 0o755)
		if out, err := exec.Command("gcc", "-c", "-o", obj, src).CombinedOutput(); err != nil {
			t.Fatalf("gcc: %v\n%s", err, out)
		}
		if xz {
			if out, err := exec.Command("xz", obj).CombinedOutput(); err != nil {
				t.Fatalf("xz: %v\n%s", err, out)
			}
		}
	}
	mod("top", "mid,builtin_one", false)
	mod("mid", "leaf_x", true)
	mod("leaf-x", "", false)
	mod("other", "leaf_x", false)
	os.MkdirAll(filepath.Join(root, "boot"), 0o755)
	os.WriteFile(filepath.Join(root, "boot", "vmlinuz-"+rel), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "modules.builtin"), []byte("kernel/lib/builtin_one.ko\n"), 0o644)
	k, err := OpenKernel("test", "pkg", root)
	if err != nil {
		t.Fatal(err)
	}
	mods, err := k.Modules("top", "other", "builtin_one")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range mods {
		names = append(names, m.Name)
		if !bytes.HasPrefix(m.Image, []byte("\x7fELF")) {
			t.Errorf("%s: not an ELF image", m.Name)
		}
	}
	if want := []string{"leaf_x", "mid", "top", "other"}; !reflect.DeepEqual(names, want) {
		t.Errorf("modules %v, want %v", names, want)
	}
	if _, err := k.Modules("nosuch"); err == nil {
		t.Error("a missing module gave no error")
	}
}
