package output

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestErrnoText: strerror() says what the C library says, for every
// Linux error number and a few that are not. python3 (through glibc's
// strerror) is the reference where it is installed.
func TestErrnoText(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed: no C library strerror to compare with")
	}
	ns := []int64{0, -5, 200}
	for n := int64(1); n <= 133; n++ {
		ns = append(ns, n)
	}
	var list []string
	for _, n := range ns {
		list = append(list, strconv.FormatInt(n, 10))
	}
	out, err := exec.Command(py, "-c", "import os\nfor n in ["+strings.Join(list, ",")+"]: print(os.strerror(n))").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(want) != len(ns) {
		t.Fatalf("python printed %d lines for %d numbers", len(want), len(ns))
	}
	for i, n := range ns {
		if got := Strerror(n); got != want[i] {
			t.Errorf("strerror(%d) = %q, want %q", n, got, want[i])
		}
	}
}
