package host

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gtrace/gtrace/lang/ast"

	"golang.org/x/sys/unix"
)

const formatText = `name: fake_event
ID: 42
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:unsigned char common_flags;	offset:2;	size:1;	signed:0;
	field:unsigned char common_preempt_count;	offset:3;	size:1;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:int __syscall_nr;	offset:8;	size:4;	signed:1;
	field:const char * filename;	offset:16;	size:8;	signed:0;
	field:char prev_comm[16];	offset:24;	size:16;	signed:0;
	field:__data_loc char[] name;	offset:40;	size:4;	signed:0;
	field:u8 x[4];	offset:44;	size:4;	signed:0;
	field:unsigned long flags;	offset:48;	size:8;	signed:0;
	field:long prev_state;	offset:56;	size:8;	signed:1;
	field:const void*buf;	offset:64;	size:8;	signed:0;
	field:struct iocb * * iocbpp;	offset:72;	size:8;	signed:0;
	field:__u8 saddr[sizeof(struct sockaddr_in6)];	offset:80;	size:28;	signed:0;
	field:unsigned long args[];	offset:112;	size:0;	signed:0;
	field:char old;	offset:112;	size:1;

print fmt: "filename=%s; a:b; field:nothing", REC->filename
`

func TestParseFormat(t *testing.T) {
	got, err := parseFormat([]byte(formatText))
	if err != nil {
		t.Fatal(err)
	}
	want := []ast.TracepointField{
		{Name: "__syscall_nr", CType: "int", Offset: 8, Size: 4, Signed: true},
		{Name: "filename", CType: "const char *", Offset: 16, Size: 8, Pointer: true},
		{Name: "prev_comm", CType: "char", Offset: 24, Size: 16, Array: 16},
		{Name: "name", CType: "__data_loc char[]", Offset: 40, Size: 4, DataLoc: true},
		{Name: "x", CType: "u8", Offset: 44, Size: 4, Array: 4},
		{Name: "flags", CType: "unsigned long", Offset: 48, Size: 8},
		{Name: "prev_state", CType: "long", Offset: 56, Size: 8, Signed: true},
		{Name: "buf", CType: "const void*", Offset: 64, Size: 8, Pointer: true},
		{Name: "iocbpp", CType: "struct iocb * *", Offset: 72, Size: 8, Pointer: true},
		{Name: "saddr", CType: "__u8", Offset: 80, Size: 28, Array: 28},
		{Name: "args", CType: "unsigned long[]", Offset: 112, Size: 0},
		{Name: "old", CType: "char", Offset: 112, Size: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d fields, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("field %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestParseFormatErrors(t *testing.T) {
	for _, text := range []string{
		"\tfield:int x;\toffset:abc;\tsize:4;\tsigned:1;\n",
		"\tfield:int x;\tsize:4;\tsigned:1;\n",
		"\tfield:x;\toffset:0;\tsize:4;\tsigned:1;\n",
		"\tfield:int x];\toffset:0;\tsize:4;\tsigned:1;\n",
	} {
		if _, err := parseFormat([]byte(text)); err == nil {
			t.Errorf("parseFormat(%q) succeeded, want an error", text)
		}
	}
}

// fakeTracefs builds a tracefs-like tree in a temporary directory.
func fakeTracefs(t *testing.T, withAvailable bool) *Tracefs {
	t.Helper()
	dir := t.TempDir()
	events := []string{"sched:sched_switch", "sched:sched_wakeup", "syscalls:sys_enter_read", "syscalls:sys_exit_read", "irq:irq_handler_entry"}
	for _, e := range events {
		cat, ev, _ := strings.Cut(e, ":")
		d := filepath.Join(dir, "events", cat, ev)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "format"), []byte(formatText), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "events", "enable"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if withAvailable {
		// Unsorted, like the kernel's, with a duplicate.
		data := strings.Join(append(events, "sched:sched_switch"), "\n") + "\n"
		if err := os.WriteFile(filepath.Join(dir, "available_events"), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return &Tracefs{Dir: dir}
}

func TestTracepointsGlobFake(t *testing.T) {
	for _, withAvailable := range []bool{true, false} {
		tf := fakeTracefs(t, withAvailable)
		for _, c := range []struct {
			pattern string
			want    []string
		}{
			{"sched:*", []string{"sched:sched_switch", "sched:sched_wakeup"}},
			{"*:*read", []string{"syscalls:sys_enter_read", "syscalls:sys_exit_read"}},
			{"s*:sys_e?it_*", []string{"syscalls:sys_exit_read"}},
			{"sched:sched_switch", []string{"sched:sched_switch"}},
			{"irq", []string{"irq:irq_handler_entry"}},
			{"nope:*", nil},
		} {
			got, err := tf.Tracepoints(c.pattern)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("available=%v Tracepoints(%q) = %q, want %q", withAvailable, c.pattern, got, c.want)
			}
		}
		if _, err := tf.Tracepoints("sched:[a"); err == nil {
			t.Errorf("Tracepoints with a malformed pattern succeeded")
		}
	}
}

func TestTracepointFieldsNotFoundFake(t *testing.T) {
	tf := fakeTracefs(t, true)
	if _, err := tf.TracepointFields("sched", "sched_switch"); err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"sched", "nope"}, {"nope", "x"}, {"..", "sched"}, {"sched", "../sched/sched_switch"}, {"", ""}, {"events", "enable"}} {
		_, err := tf.TracepointFields(c[0], c[1])
		want := "tracepoint " + c[0] + ":" + c[1] + " not found"
		if err == nil || err.Error() != want {
			t.Errorf("TracepointFields(%q, %q) = %v, want %q", c[0], c[1], err, want)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("TracepointFields(%q, %q): error does not match fs.ErrNotExist", c[0], c[1])
		}
	}
}

func TestLocateTracefs(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	for _, d := range []string{a, b} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	mounted := 0
	mount := func(dir string) error {
		mounted++
		return os.Mkdir(filepath.Join(dir, "events"), 0o755)
	}

	// Nothing usable: mount on the first candidate.
	dir, err := locateTracefs([]string{a, b}, mount)
	if err != nil || dir != a || mounted != 1 {
		t.Fatalf("locateTracefs = %q, %v after %d mounts; want %q after 1", dir, err, mounted, a)
	}
	// Usable now: no second mount.
	if dir, err = locateTracefs([]string{a, b}, mount); err != nil || dir != a || mounted != 1 {
		t.Fatalf("locateTracefs = %q, %v after %d mounts; want %q after 1", dir, err, mounted, a)
	}
	// The second candidate is used when it is the usable one.
	if dir, err = locateTracefs([]string{filepath.Join(root, "c"), a}, mount); err != nil || dir != a {
		t.Fatalf("locateTracefs = %q, %v; want %q", dir, err, a)
	}
	// A failing mount is reported.
	_, err = locateTracefs([]string{b}, func(string) error { return unix.EPERM })
	if err == nil || !errors.Is(err, unix.EPERM) || !strings.HasPrefix(err.Error(), "mount tracefs: ") {
		t.Fatalf("locateTracefs with a failing mount: %v", err)
	}
	// EBUSY from a concurrent mount is fine when the result is usable.
	if dir, err = locateTracefs([]string{b}, func(d string) error { mount(d); return unix.EBUSY }); err != nil || dir != b {
		t.Fatalf("locateTracefs after EBUSY = %q, %v; want %q", dir, err, b)
	}
	// A mount that succeeds but shows no events directory is an error.
	c := filepath.Join(root, "c")
	os.Mkdir(c, 0o755)
	if _, err = locateTracefs([]string{c}, func(string) error { return nil }); err == nil {
		t.Fatal("locateTracefs succeeded without an events directory")
	}
}

// The real mount, on a directory of our own so the machine's tracefs is
// left alone (tracefs can be mounted in several places at once).
func TestMountTracefs(t *testing.T) {
	requireBPF(t)
	dir := t.TempDir()
	got, err := locateTracefs([]string{dir}, mountTracefs)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := unix.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	}()
	if got != dir {
		t.Fatalf("locateTracefs = %q, want %q", got, dir)
	}
	tf := &Tracefs{Dir: dir}
	if _, err := tf.TracepointFields("sched", "sched_switch"); err != nil {
		t.Error(err)
	}
}

// kernelTracefs returns the machine's tracefs, mounting it if need be.
func kernelTracefs(t *testing.T) *Tracefs {
	t.Helper()
	requireBPF(t)
	h := New()
	tf, err := h.Tracefs()
	if err != nil {
		t.Fatal(err)
	}
	if again, err := h.TracefsDir(); err != nil || again != tf.Dir {
		t.Fatalf("second TracefsDir = %q, %v; want %q", again, err, tf.Dir)
	}
	return tf
}

func fieldsByName(fields []ast.TracepointField) map[string]ast.TracepointField {
	m := make(map[string]ast.TracepointField)
	for _, f := range fields {
		m[f.Name] = f
	}
	return m
}

func TestKernelTracepointFields(t *testing.T) {
	tf := kernelTracefs(t)

	fields, err := tf.TracepointFields("syscalls", "sys_enter_openat")
	if err != nil {
		t.Fatal(err)
	}
	m := fieldsByName(fields)
	for _, name := range []string{"dfd", "filename", "flags", "mode"} {
		if _, ok := m[name]; !ok {
			t.Errorf("sys_enter_openat has no field %s: %+v", name, fields)
		}
	}
	for _, f := range fields {
		if strings.HasPrefix(f.Name, "common_") {
			t.Errorf("common field %s not skipped", f.Name)
		}
	}
	if f := m["filename"]; !f.Pointer || f.Offset != 24 || f.Size != 8 || f.CType != "const char *" {
		t.Errorf("sys_enter_openat filename = %+v", f)
	}

	// sys_enter_write's count: syscall tracepoints lay out the syscall
	// number (int, padded to 8) and then one 8-byte slot per argument, so
	// the third argument is at 16 + 2*8.
	fields, err = tf.TracepointFields("syscalls", "sys_enter_write")
	if err != nil {
		t.Fatal(err)
	}
	if f := fieldsByName(fields)["count"]; f.Offset != 32 || f.Size != 8 || f.CType != "size_t" {
		t.Errorf("sys_enter_write count = %+v", f)
	}

	fields, err = tf.TracepointFields("sched", "sched_switch")
	if err != nil {
		t.Fatal(err)
	}
	if f := fieldsByName(fields)["prev_comm"]; f.CType != "char" || f.Array != 16 || f.Size != 16 {
		t.Errorf("sched_switch prev_comm = %+v", f)
	}

	fields, err = tf.TracepointFields("sched", "sched_process_exec")
	if err != nil {
		t.Fatal(err)
	}
	if f := fieldsByName(fields)["filename"]; !f.DataLoc || f.CType != "__data_loc char[]" || f.Size != 4 {
		t.Errorf("sched_process_exec filename = %+v", f)
	}

	_, err = tf.TracepointFields("syscalls", "sys_enter_nonexistent")
	if err == nil || err.Error() != "tracepoint syscalls:sys_enter_nonexistent not found" {
		t.Errorf("missing tracepoint: %v", err)
	}
	_, err = tf.TracepointFields("nonexistent", "x")
	if err == nil || err.Error() != "tracepoint nonexistent:x not found" {
		t.Errorf("missing category: %v", err)
	}
}

// Every format file on this machine must parse.
func TestKernelAllFormatsParse(t *testing.T) {
	tf := kernelTracefs(t)
	names, err := tf.Tracepoints("*:*")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		cat, ev, _ := strings.Cut(name, ":")
		fields, err := tf.TracepointFields(cat, ev)
		if errors.Is(err, fs.ErrNotExist) {
			continue // listed but without a format file
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, f := range fields {
			if f.Name == "" || f.CType == "" || f.Array < 0 {
				t.Errorf("%s: bad field %+v", name, f)
			}
		}
	}
}

func TestKernelTracepointsGlob(t *testing.T) {
	tf := kernelTracefs(t)
	names, err := tf.Tracepoints("syscalls:sys_enter_*")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) <= 100 {
		t.Fatalf("syscalls:sys_enter_* matched %d tracepoints, want > 100", len(names))
	}
	for i, n := range names {
		if !strings.HasPrefix(n, "syscalls:sys_enter_") {
			t.Errorf("unexpected match %q", n)
		}
		if i > 0 && names[i-1] >= n {
			t.Errorf("not sorted: %q before %q", names[i-1], n)
		}
	}
	names, err = tf.Tracepoints("sched:sched_switc?")
	if err != nil || !reflect.DeepEqual(names, []string{"sched:sched_switch"}) {
		t.Errorf("sched:sched_switc? = %q, %v", names, err)
	}
	names, err = tf.Tracepoints("nonexistent*:*")
	if err != nil || len(names) != 0 {
		t.Errorf("nonexistent*:* = %q, %v", names, err)
	}
}
