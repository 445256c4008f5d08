package tests

import (
	"strings"
	"testing"

	"github.com/gtrace/gtrace/internal/testenv"
)

// -k and -kk: failed helpers are reported at the script expression, in
// bpftrace's words, on stdout, positioned as gtrace's compile errors are
// (bpftrace writes `line:col-endcol` and a ~ underline): helperWarning
// drops those lines when the output is compared with bpftrace's.

var helperWarning = known("-k warnings are positioned as compile errors", `^(stdin:\d+:\d+(-\d+)?: WARNING: Failed|BEGIN \{|\s*\^?~*$)`)

func TestHelperErrorMapUpdate(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			testenv.RequireBPF(t)
			want := map[string]string{
				"text": "Attaching 1 probe...\nstdin:1:26: WARNING: Failed to map_update_elem: Argument list too long (-7)\n" +
					"BEGIN { @x[1] = 1; @x[2] = 2; exit(); }\n                         ^\n\n\n@x[1]: 1\n",
				"json": `{"type": "attached_probes", "data": {"probes": 1}}` + "\n" +
					`{"type": "helper_error", "helper": "map_update_elem", "retcode": -7, "line": 1, "col": 26}` + "\n\n\n" +
					`{"type": "map", "data": {"@x": {"1": 1}}}` + "\n",
			}[format]
			args := []string{"-k", "-f", format, "-e", `BEGIN { @x[1] = 1; @x[2] = 2; exit(); }`}
			env := []string{"BPFTRACE_MAP_KEYS_MAX=1"}
			r := run(t, runOpts{env: env}, gtracePath(t), args...)
			if r.exit != 0 || r.stdout != want {
				t.Errorf("exit %d\n%s", r.exit, lineDiff("want", want, "got", r.stdout))
			}
			if !referenceMode() {
				t.Run("bpftrace", func(t *testing.T) {
					bpftracePath(t)
					ref := run(t, runOpts{env: env}, bpftracePath(t), args...)
					diffs := []knownDiff{helperWarning}
					if b, g := dropKnown(ref.stdout, diffs), dropKnown(r.stdout, diffs); b != g {
						t.Errorf("gtrace and bpftrace differ\n%s", lineDiff("bpftrace", b, "gtrace", g))
					}
				})
			}
		})
	}
}

func TestHelperErrorDelete(t *testing.T) {
	t.Parallel()
	e2eCase{
		flags:  []string{"-k"},
		script: `BEGIN { @x[2] = 1; delete(@x[1]); exit(); }`,
		want: "Attaching 1 probe...\nstdin:1:20: WARNING: Failed to map_delete_elem: No such file or directory (-2)\n" +
			"BEGIN { @x[2] = 1; delete(@x[1]); exit(); }\n" + strings.Repeat(" ", 19) + "^" + strings.Repeat("~", 12) + "\n\n\n@x[2]: 1\n",
		known: []knownDiff{helperWarning},
	}.check(t)
}

// TestHelperErrorRead: -kk reports a failed kernel read at the member
// access; -k does not. (bpftrace 0.17 uses the legacy probe_read, which
// returns -EFAULT for this address where probe_read_kernel returns
// -ERANGE, and it underlines one column further right.)
func TestHelperErrorRead(t *testing.T) {
	t.Parallel()
	script := `BEGIN { $p = (struct task_struct *)0; printf("%d\n", $p->pid); exit(); }`
	e2eCase{
		flags:  []string{"-kk"},
		script: script,
		want: "Attaching 1 probe...\nstdin:1:54: WARNING: Failed to probe_read: Numerical result out of range (-34)\n" +
			script + "\n" + strings.Repeat(" ", 53) + "^" + strings.Repeat("~", 6) + "\n0\n\n\n",
	}.checkOnly(t)
	e2eCase{
		flags:  []string{"-k"},
		script: script,
		want:   "Attaching 1 probe...\n0\n\n\n",
	}.check(t)
}

// TestHelperErrorLookup: -kk reports a map read that finds no entry, and
// the lookup of a ++ on a new key, as bpftrace does ("Failed to
// map_lookup_elem: 0"); -k does not.
func TestHelperErrorLookup(t *testing.T) {
	t.Parallel()
	script := `BEGIN { @m[1] = 1; $x = @m[2]; @x["a"] = "b"; $y = @x["z"]; @n[7]++; exit(); }`
	e2eCase{
		flags:  []string{"-kk", "-f", "json"},
		script: script,
		want: `{"type": "attached_probes", "data": {"probes": 1}}` + "\n" +
			`{"type": "helper_error", "helper": "map_lookup_elem", "retcode": 0, "line": 1, "col": 25}` + "\n" +
			`{"type": "helper_error", "helper": "map_lookup_elem", "retcode": 0, "line": 1, "col": 52}` + "\n" +
			`{"type": "helper_error", "helper": "map_lookup_elem", "retcode": 0, "line": 1, "col": 61}` + "\n\n\n" +
			`{"type": "map", "data": {"@m": {"1": 1}}}` + "\n" + `{"type": "map", "data": {"@n": {"7": 1}}}` + "\n" +
			`{"type": "map", "data": {"@x": {"a": "b"}}}` + "\n",
	}.check(t)
	e2eCase{
		flags:  []string{"-k"},
		script: script,
		want:   "Attaching 1 probe...\n\n\n@m[1]: 1\n@n[7]: 1\n@x[a]: b\n",
	}.check(t)
}
