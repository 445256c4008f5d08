package runtime

import (
	"encoding/binary"
	"fmt"
	"net/netip"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"

	"github.com/gtrace/gtrace/lang/ast"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/codegen"
)

// Values the runtime renders itself (lang.OutputKind): symbols, stacks,
// strftime timestamps, addresses. They are decoded from their stored
// integers into strings, so printf's %s, print, map keys and JSON all
// show the same text.

// renderCtx is what rendering needs from the running script: its stack
// maps and strftime formats. Run sets it for its duration; gtrace runs
// one script per process.
type renderCtx struct {
	host *host.Host
	out  *codegen.Output
	coll *ebpf.Collection
	// bootWall is the wall-clock time at which bpf_ktime_get_ns() was 0.
	bootWall time.Time
	// cpid and cmdPath are the -c command, symbolized from its file
	// when it exited before its mappings could be read.
	cpid    uint32
	cmdPath string
}

var (
	renderMu  sync.Mutex
	renderCur *renderCtx
)

func (r *runner) setRender() {
	setRender(r.host, r.out, r.coll)
	if r.child == nil || len(r.opts.Command) == 0 {
		return
	}
	renderMu.Lock()
	defer renderMu.Unlock()
	if renderCur.cpid == 0 {
		renderCur.cpid = uint32(r.child.pid())
		if p, err := exec.LookPath(r.opts.Command[0]); err == nil {
			renderCur.cmdPath, _ = filepath.Abs(p)
			r.host.SetExecutable(renderCur.cpid, renderCur.cmdPath)
		}
	}
}

func setRender(h *host.Host, out *codegen.Output, coll *ebpf.Collection) {
	renderMu.Lock()
	defer renderMu.Unlock()
	if renderCur != nil && renderCur.out == out && renderCur.coll == coll {
		return
	}
	var ts unix.Timespec
	_ = unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts)
	now := time.Now()
	renderCur = &renderCtx{host: h, out: out, coll: coll, bootWall: now.Add(-time.Duration(ts.Nano()))}
}

func currentRender() *renderCtx {
	renderMu.Lock()
	defer renderMu.Unlock()
	return renderCur
}

// renderOutput decodes a value whose type has an Output kind.
func renderOutput(b []byte, t *ast.Type) (output.Value, error) {
	if len(b) < t.StorageSize() || len(b) < 8 {
		return output.Value{}, fmt.Errorf("%s in %d bytes", t, len(b))
	}
	rc := currentRender()
	a := le64(b, 0)
	var c uint64
	if len(b) >= 16 {
		c = le64(b, 8)
	}
	switch t.Output {
	case ast.OutKsym:
		return output.StrVal(rc.host.KernelSymbol(a, false)), nil
	case ast.OutUsym:
		return output.StrVal(rc.host.UserSymbol(a, uint32(c), false, false)), nil
	case ast.OutKstack:
		return stackValue(int64(a), 0, false, t), nil
	case ast.OutUstack:
		return stackValue(int64(a), uint32(c), true, t), nil
	case ast.OutNtop:
		// (af, 16 address bytes in network order), as inet_ntop prints it.
		switch {
		case a == unix.AF_INET:
			return output.StrVal(netip.AddrFrom4([4]byte(b[8:12])).String()), nil
		case a == unix.AF_INET6 && len(b) >= 24:
			return output.StrVal(netip.AddrFrom16([16]byte(b[8:24])).String()), nil
		}
		return output.StrVal(""), nil
	case ast.OutStrftime:
		if rc == nil || a >= uint64(len(rc.out.Strftime)) {
			return output.StrVal(""), nil
		}
		tm := rc.bootWall.Add(time.Duration(c))
		return output.StrVal(output.Strftime(rc.out.Strftime[a], tm)), nil
	}
	return output.Value{}, fmt.Errorf("cannot decode a value of type %s", t)
}

// stackValue renders a stack as bpftrace does: in bpftrace mode a
// newline, then each frame on its own line indented by 8 spaces ("sym+off");
// in perf mode each frame as "\t<hex address> sym+off" (" (module)" for
// user frames). As a map key the indent is 4 (see outKeyParts).
func stackValue(id int64, pid uint32, user bool, t *ast.Type) output.Value {
	rc := currentRender()
	frames := readStack(id, user, t.StackDepth)
	if user && pid != 0 {
		rc.host.RememberProcess(pid)
	}
	var b strings.Builder
	b.WriteByte('\n')
	for _, addr := range frames {
		if t.StackPerf {
			var sym string
			if user {
				sym = rc.host.UserSymbol(addr, pid, true, true)
			} else {
				sym = rc.host.KernelSymbol(addr, true)
			}
			b.WriteString("\t" + strconv.FormatUint(addr, 16) + " " + sym + "\n")
			continue
		}
		var sym string
		if user {
			sym = rc.host.UserSymbol(addr, pid, true, false)
		} else {
			sym = rc.host.KernelSymbol(addr, true)
		}
		b.WriteString("        " + sym + "\n")
	}
	v := output.StrVal(b.String())
	v.Stack = !t.StackPerf
	return v
}

// readStack returns the frames of stack id from its stack map, up to the
// first zero address; none for a failed bpf_get_stackid (negative id).
func readStack(id int64, user bool, depth int) []uint64 {
	rc := currentRender()
	if id < 0 || rc == nil || rc.coll == nil {
		return nil
	}
	m := rc.coll.Maps[codegen.StackMapName(user, depth)]
	if m == nil {
		return nil
	}
	buf := make([]byte, m.ValueSize())
	if err := m.Lookup(uint32(id), &buf); err != nil {
		return nil
	}
	var out []uint64
	for i := 0; i+8 <= len(buf); i += 8 {
		a := binary.NativeEndian.Uint64(buf[i:])
		if a == 0 {
			break
		}
		out = append(out, a)
	}
	return out
}
