package tests

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestMakeRelease runs `make release` into a scratch folder: a static
// binary per architecture, named for the version, and SHA256SUMS that
// match them; the amd64 one prints the version it was given.
func TestMakeRelease(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "dist")
	runMake(t, "release", "RELEASE_DIR="+dir, "VERSION=v9.8.7-test")
	sums, err := os.ReadFile(filepath.Join(dir, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	machines := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}
	listed := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if !ok {
			t.Fatalf("SHA256SUMS line %q is not `sum  name`", line)
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != sum {
			t.Errorf("%s: SHA256SUMS says %s, the file's is %x", name, sum, got)
		}
		arch := strings.TrimPrefix(name, "gtrace-v9.8.7-test-linux-")
		want, ok := machines[arch]
		if !ok {
			t.Errorf("unexpected file %s", name)
			continue
		}
		listed[arch] = true
		f, err := elf.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if f.Machine != want {
			t.Errorf("%s is for %v, want %v", name, f.Machine, want)
		}
		for _, p := range f.Progs {
			if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
				t.Errorf("%s is not static: it has %v", name, p.Type)
			}
		}
		f.Close()
	}
	for arch := range machines {
		if !listed[arch] {
			t.Errorf("no %s binary in SHA256SUMS:\n%s", arch, sums)
		}
	}
	check := exec.Command("sha256sum", "-c", "SHA256SUMS")
	check.Dir = dir
	if out, err := check.CombinedOutput(); err != nil {
		t.Errorf("sha256sum -c: %v\n%s", err, out)
	}
	out, err := exec.Command(filepath.Join(dir, "gtrace-v9.8.7-test-linux-amd64"), "-V").Output()
	if err != nil || !strings.HasPrefix(string(out), "gtrace v9.8.7-test (") {
		t.Errorf("released binary -V: %v, %q", err, out)
	}
}

// runMake runs `make target vars...` in the repository, skipping where
// there is no make.
func runMake(t *testing.T, target string, vars ...string) {
	t.Helper()
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("make", append([]string{"-C", root, target}, vars...)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make %s: %v\n%s", target, err, b)
	}
}

// completionFiles are the shell completions `make install` installs.
var completionFiles = map[string]string{"bash": "gtrace.bash", "zsh": "_gtrace", "fish": "gtrace.fish"}

// TestCompletions: each shell's completion file parses in that shell and
// offers every option of `gtrace --help`; bash's and fish's complete
// option names and option values when asked.
func TestCompletions(t *testing.T) {
	t.Parallel()
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	help, _, _ := runGtrace(t, "--help")
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^    (-[-\w]+)(?:, (--[-\w]+))?`).FindAllStringSubmatch(help, -1) {
		flags = append(flags, m[1])
		if m[2] != "" {
			flags = append(flags, m[2])
		}
	}
	if len(flags) < 15 {
		t.Fatalf("found only %d options in --help: %q", len(flags), flags)
	}
	for shell, file := range completionFiles {
		t.Run(shell, func(t *testing.T) {
			path := filepath.Join(root, "completions", file)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range flags {
				// fish spells -e as `-s e`, --info as `-l info`, -lv as `-o lv`.
				name := strings.TrimLeft(f, "-")
				if !strings.Contains(string(b), f) && !regexp.MustCompile(`-[slo] `+regexp.QuoteMeta(name)+`\b`).Match(b) {
					t.Errorf("%s does not offer %s", file, f)
				}
			}
			sh, err := exec.LookPath(shell)
			if err != nil {
				t.Skipf("%s is not installed (apt-get install %s)", shell, shell)
			}
			check := map[string][]string{
				"bash": {"-n", path},
				"zsh":  {"-n", path},
				"fish": {"--no-execute", path},
			}[shell]
			if out, err := exec.Command(sh, check...).CombinedOutput(); err != nil {
				t.Fatalf("%s %s: %v\n%s", shell, strings.Join(check, " "), err, out)
			}
			var script, want string
			switch shell {
			case "bash":
				script = `source "$1"; COMP_WORDS=(gtrace -B l); COMP_CWORD=2; _gtrace; echo "${COMPREPLY[*]}";` +
					` COMP_WORDS=(gtrace --unr); COMP_CWORD=1; _gtrace; echo "${COMPREPLY[*]}"`
				want = "line\n--unroll-loops\n"
			case "fish":
				script = `source $argv[1]; complete -C "gtrace -f j"; complete -C "gtrace --unr"`
				want = "json\toutput format\n--unroll-loops\tunroll loops instead of bpf_loop\n"
			default:
				return // zsh completes only inside its completion system
			}
			args := []string{"-c", script, "gtrace-test", path}
			if shell == "fish" {
				args = []string{"-c", script, path}
			}
			out, err := exec.Command(sh, args...).CombinedOutput()
			if err != nil || string(out) != want {
				t.Errorf("%s completions: %v, got %q, want %q", shell, err, out, want)
			}
		})
	}
}
