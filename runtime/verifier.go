package runtime

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/codegen"
	"github.com/gtrace/gtrace/lang"
)

// VerifierRejection is a program the kernel's verifier refused, located at
// the script statement where the verifier stopped.
type VerifierRejection struct {
	// Diag is positioned at the statement; render it with lang.Format.
	Diag *lang.Error
	// Log is the verifier's whole output, for -v and -d verifier.
	Log []string
}

func (r *VerifierRejection) Error() string { return r.Diag.Error() }

var (
	insnLine   = regexp.MustCompile(`^(\d+): \(`)
	insnInText = regexp.MustCompile(`insn (\d+)`)
)

// explainLoadError turns a failed program load into a VerifierRejection
// when the kernel's log says which instruction it stopped at; other
// errors are wrapped with the probe's name.
func explainLoadError(meta *codegen.ProgramMeta, err error) error {
	var ve *ebpf.VerifierError
	if !errors.As(err, &ve) {
		return fmt.Errorf("load %s: %w", meta.Attach.Name, err)
	}
	insn, reason := verifierVerdict(ve.Log)
	if reason == "" {
		reason = ve.Error()
	}
	pos, end := meta.Position, meta.Position
	if line, ok := meta.PosAt(insn); ok && insn >= 0 {
		pos, end = line.Pos, line.End
	}
	return &VerifierRejection{
		Diag: &lang.Error{Pos: pos, End: end, Msg: fmt.Sprintf(
			"the kernel's verifier rejected %s here: %s (this is a gtrace bug; please report it with the script and the output of -d verifier)",
			meta.Attach.Name, reason)},
		Log: ve.Log,
	}
}

// verifierVerdict finds the verifier's reason (the last line before its
// statistics) and the instruction it was checking: named in the reason
// ("unreachable insn 37") or the last instruction it printed.
func verifierVerdict(log []string) (insn int, reason string) {
	insn = -1
	end := len(log)
	for end > 0 {
		l := strings.TrimSpace(log[end-1])
		if l == "" || strings.HasPrefix(l, "processed ") || strings.HasPrefix(l, "verification time") ||
			strings.HasPrefix(l, "stack depth") || strings.HasPrefix(l, "-- END PROG LOAD LOG --") {
			end--
			continue
		}
		break
	}
	if end == 0 {
		return -1, ""
	}
	reason = strings.TrimSpace(log[end-1])
	if m := insnInText.FindStringSubmatch(reason); m != nil {
		insn, _ = strconv.Atoi(m[1])
		return insn, reason
	}
	for i := end - 2; i >= 0; i-- {
		if m := insnLine.FindStringSubmatch(log[i]); m != nil {
			insn, _ = strconv.Atoi(m[1])
			break
		}
	}
	return insn, reason
}
