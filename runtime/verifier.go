package runtime

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"

	"github.com/gtrace/gtrace/codegen"
)

var insnInText = regexp.MustCompile(`insn (\d+)`)

// LoadError is a program the kernel refused to load, with the verifier's
// reasons and the script statement it stopped at.
type LoadError struct {
	Probe string  // the attach point, e.g. "tracepoint:syscalls:sys_enter_write"
	Pos   ast.Pos // the statement the verifier rejected, else the probe
	End   ast.Pos
	// Reason is the verifier's last meaningful line; Insn the last
	// instruction it looked at, as the log prints it.
	Reason string
	Insn   string
	Log    []string // the whole verifier log
	Err    error
}

func (e *LoadError) Error() string {
	return fmt.Sprintf("%s: %s: the kernel's verifier rejected the program: %s", e.Pos, e.Probe, e.Reason)
}

func (e *LoadError) Unwrap() error { return e.Err }

// Diagnostic is e as a positioned diagnostic, for lang.Format.
func (e *LoadError) Diagnostic() *ast.Error {
	return &ast.Error{Pos: e.Pos, End: e.End, Msg: fmt.Sprintf("%s: the kernel's verifier rejected the program: %s", e.Probe, e.Reason)}
}

// Details is what follows the diagnostic: the rejected instruction, or
// with verbose the whole verifier log.
func (e *LoadError) Details(verbose bool) string {
	var b strings.Builder
	if verbose {
		b.WriteString("verifier log:\n")
		for _, l := range e.Log {
			b.WriteString("\t" + l + "\n")
		}
		return b.String()
	}
	if e.Insn != "" {
		b.WriteString("\tat instruction " + e.Insn + "\n")
	}
	if len(e.Log) > 0 {
		b.WriteString("\t(-v prints the whole verifier log)\n")
	}
	return b.String()
}

var (
	progNameRE = regexp.MustCompile(`program (\S+?):`)
	insnRE     = regexp.MustCompile(`^(\d+): \([0-9a-f]{2}\)`)
)

// loadError explains a failed collection load: a verifier rejection
// becomes a LoadError at the script statement; another failure is
// explained by the probe types when they know why (fentry without BPF
// trampolines), else wrapped.
func loadError(out *codegen.Output, err error) error {
	var ve *ebpf.VerifierError
	if !errors.As(err, &ve) {
		if perr := probeLoadError(out, err); perr != nil {
			return perr
		}
	}
	var pm *codegen.ProgramMeta
	for _, m := range progNameRE.FindAllStringSubmatch(err.Error(), -1) {
		for _, p := range out.Programs {
			if p.Name == m[1] {
				pm = p
			}
		}
		if pm != nil {
			break
		}
	}
	if pm == nil || ve == nil {
		return fmt.Errorf("load: %w", err)
	}
	le := &LoadError{Probe: pm.Name, Pos: pm.Position, Log: ve.Log, Err: err}
	if pm.Attach != nil {
		le.Probe = pm.Attach.Name
	}
	n, reason := verifierVerdict(ve.Log)
	le.Reason = reason + helperHint(reason)
	if reason == "" {
		le.Reason = ve.Cause.Error()
	}
	if n >= 0 {
		le.Insn = strconv.Itoa(n)
		for _, l := range ve.Log {
			if m := insnRE.FindStringSubmatch(l); m != nil && m[1] == le.Insn {
				le.Insn = strings.TrimSpace(l)
			}
		}
		if l, ok := pm.PosAt(n); ok {
			le.Pos, le.End = l.Pos, l.End
		}
	}
	return le
}

// helperConfigs are the kernel options without which a helper is
// missing.
var helperConfigs = map[string]string{"bpf_override_return": "CONFIG_BPF_KPROBE_OVERRIDE"}

// Older kernels say "unknown func", newer ones "program of this type
// cannot use helper".
var unknownHelperRE = regexp.MustCompile(`^(?:unknown func|program of this type cannot use helper) (\w+)#`)

// helperHint says, after a verifier reason naming an unknown helper, why
// the kernel lacks it.
func helperHint(reason string) string {
	m := unknownHelperRE.FindStringSubmatch(reason)
	if m == nil {
		return ""
	}
	if opt := helperConfigs[m[1]]; opt != "" {
		return fmt.Sprintf(": %v", kernelReason(errors.New("not built in"), opt))
	}
	return ": this kernel does not have the helper"
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
		if m := insnRE.FindStringSubmatch(log[i]); m != nil {
			insn, _ = strconv.Atoi(m[1])
			break
		}
	}
	return insn, reason
}
