package vm

import (
	"fmt"
	"io"
	"path"
	"sort"
)

// An initramfs is a cpio archive in the "newc" format: for each file a
// 110-byte ASCII header (the magic 070701 and thirteen 8-digit hex
// fields), the NUL-terminated name and the data, each padded to four
// bytes, and a last entry named TRAILER!!!. The kernel unpacks it into
// its first root file system.

// Archive collects the files of an initramfs.
type Archive struct {
	files map[string]archived
}

type archived struct {
	mode uint32 // with the file type bits
	data []byte
}

const (
	modeDir  = 0o040000
	modeFile = 0o100000
)

// AddFile adds a regular file with its permission bits, and its
// directories.
func (a *Archive) AddFile(name string, perm uint32, data []byte) {
	a.add(name, archived{modeFile | perm&0o7777, data})
}

// AddDir adds a directory and its parents.
func (a *Archive) AddDir(name string) { a.add(name, archived{mode: modeDir | 0o755}) }

func (a *Archive) add(name string, f archived) {
	if a.files == nil {
		a.files = map[string]archived{}
	}
	name = path.Clean("/" + name)[1:]
	for d := path.Dir(name); d != "." && d != "/"; d = path.Dir(d) {
		if _, ok := a.files[d]; !ok {
			a.files[d] = archived{mode: modeDir | 0o755}
		}
	}
	a.files[name] = f
}

// WriteTo writes the archive, parents before their files.
func (a *Archive) WriteTo(w io.Writer) (int64, error) {
	names := make([]string, 0, len(a.files))
	for n := range a.files {
		names = append(names, n)
	}
	sort.Strings(names) // "a" < "a/b": a directory comes first
	cw := &countWriter{w: w}
	for i, n := range names {
		f := a.files[n]
		writeEntry(cw, uint32(i+1), n, f.mode, f.data)
	}
	writeEntry(cw, 0, "TRAILER!!!", 0, nil)
	return cw.n, cw.err
}

func writeEntry(w *countWriter, ino uint32, name string, mode uint32, data []byte) {
	nlink := 1
	if mode&modeDir != 0 {
		nlink = 2
	}
	fmt.Fprintf(w, "070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X",
		ino, mode, 0, 0, nlink, 0, len(data), 0, 0, 0, 0, len(name)+1, 0)
	io.WriteString(w, name+"\x00")
	w.pad()
	w.Write(data)
	w.pad()
}

// countWriter counts what it writes and keeps the first error.
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// pad writes NULs up to the next multiple of four bytes.
func (c *countWriter) pad() {
	if r := c.n % 4; r != 0 {
		c.Write(make([]byte, 4-r))
	}
}
