package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/features"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
	"golang.org/x/sys/unix"
)

// Info writes what this kernel offers gtrace, as `bpftrace --info` does:
// the system, kernel features, the helpers and map types scripts rely on,
// and which probe types work here — with the reason when one does not.
// Each answer comes from trying the feature (cilium/ebpf's feature
// probes), not from the kernel version.
func Info(w io.Writer, h *host.Host) error {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	yes := func(err error) string {
		if err == nil {
			return "yes"
		}
		return "no (" + reason(err) + ")"
	}

	var uts unix.Utsname
	if err := unix.Uname(&uts); err != nil {
		return fmt.Errorf("uname: %w", err)
	}
	fmt.Fprintln(bw, "System")
	fmt.Fprintf(bw, "  OS: %s %s %s\n", unix.ByteSliceToString(uts.Sysname[:]), unix.ByteSliceToString(uts.Release[:]), unix.ByteSliceToString(uts.Version[:]))
	fmt.Fprintf(bw, "  Arch: %s\n", unix.ByteSliceToString(uts.Machine[:]))
	fmt.Fprintf(bw, "  gtrace built with: %s for %s/%s\n", goruntime.Version(), goruntime.GOOS, goruntime.GOARCH)
	if err := host.CheckPrivileges(); err != nil {
		fmt.Fprintf(bw, "  privileges: %v (the answers below need them)\n", err)
	}

	fmt.Fprintln(bw, "\nKernel features")
	_, btfErr := h.KernelTypes()
	fmt.Fprintf(bw, "  BTF (kernel types): %s\n", yes(btfErr))
	fmt.Fprintf(bw, "  bounded loops: %s\n", yes(features.HaveBoundedLoops()))
	fmt.Fprintf(bw, "  1M instructions per program: %s\n", yes(features.HaveLargeInstructions()))
	fmt.Fprintf(bw, "  tracefs: %s\n", yes(tracefsErr(h)))
	fmt.Fprintf(bw, "  uprobe semaphores (ref_ctr_offset): %s\n", yes(statErr("/sys/bus/event_source/devices/uprobe/format/ref_ctr_offset")))
	fmt.Fprintf(bw, "  kprobe_multi links: %s\n", yes(features.HaveBPFLinkKprobeMulti()))
	fmt.Fprintf(bw, "  uprobe_multi links: %s\n", yes(features.HaveBPFLinkUprobeMulti()))
	fmt.Fprintf(bw, "  lockdown: %s\n", lockdown())

	fmt.Fprintln(bw, "\nKernel helpers")
	helpers := []struct {
		name string
		pt   ebpf.ProgramType
		fn   asm.BuiltinFunc
	}{
		{"probe_read_user_str", ebpf.Kprobe, asm.FnProbeReadUserStr},
		{"probe_read_kernel_str", ebpf.Kprobe, asm.FnProbeReadKernelStr},
		{"get_current_task", ebpf.Kprobe, asm.FnGetCurrentTask},
		{"get_current_cgroup_id", ebpf.Kprobe, asm.FnGetCurrentCgroupId},
		{"get_stackid", ebpf.Kprobe, asm.FnGetStackid},
		{"ringbuf_output", ebpf.Kprobe, asm.FnRingbufOutput},
		{"loop", ebpf.Kprobe, asm.FnLoop},
		{"for_each_map_elem", ebpf.Kprobe, asm.FnForEachMapElem},
		{"get_attach_cookie", ebpf.Kprobe, asm.FnGetAttachCookie},
		{"get_func_ip", ebpf.Kprobe, asm.FnGetFuncIp},
		{"send_signal", ebpf.Kprobe, asm.FnSendSignal},
		{"override_return", ebpf.Kprobe, asm.FnOverrideReturn},
		{"probe_write_user", ebpf.Kprobe, asm.FnProbeWriteUser},
		{"get_ns_current_pid_tgid", ebpf.Kprobe, asm.FnGetNsCurrentPidTgid},
	}
	for _, h := range helpers {
		err := features.HaveProgramHelper(h.pt, h.fn)
		if errors.Is(err, ebpf.ErrNotSupported) {
			err = errors.New("not available to kprobe programs")
		}
		fmt.Fprintf(bw, "  %s: %s\n", h.name, yes(err))
	}

	fmt.Fprintln(bw, "\nMap types")
	for _, m := range []struct {
		name string
		mt   ebpf.MapType
	}{
		{"hash", ebpf.Hash}, {"percpu hash", ebpf.PerCPUHash}, {"array", ebpf.Array},
		{"percpu array", ebpf.PerCPUArray}, {"stack trace", ebpf.StackTrace},
		{"perf event array", ebpf.PerfEventArray}, {"ringbuf", ebpf.RingBuf}, {"prog array", ebpf.ProgramArray},
	} {
		fmt.Fprintf(bw, "  %s: %s\n", m.name, yes(features.HaveMapType(m.mt)))
	}

	fmt.Fprintln(bw, "\nProbe types")
	for _, p := range probeSupport(h) {
		fmt.Fprintf(bw, "  %s: %s\n", p.name, yes(p.err))
	}
	return nil
}

type probeType struct {
	name string
	err  error
}

// probeSupport says, for each probe type, whether this kernel can run it.
func probeSupport(h *host.Host) []probeType {
	var out []probeType
	for _, p := range probes.All() {
		name := p.Name
		if others := p.Spellings()[1:]; len(others) > 0 {
			name += " (" + strings.Join(others, ", ") + ")"
		}
		var err error
		if k := kernelHalves[p]; k == nil || k.attach == nil && k.run == attached {
			err = errors.New("gtrace cannot attach it yet")
		} else if k.supported != nil {
			err = k.supported(h)
		}
		out = append(out, probeType{name, err})
	}
	return out
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// reason shortens a feature probe's error to what matters to a user.
func reason(err error) string {
	var errno unix.Errno
	s := err.Error()
	if errors.Is(err, ebpf.ErrNotSupported) {
		s = strings.TrimSuffix(s, ": not supported")
		if !strings.Contains(s, " ") {
			return "not supported"
		}
	} else if errors.As(err, &errno) && !strings.Contains(s, " ") {
		return errno.Error()
	}
	return s
}

func tracefsErr(h *host.Host) error {
	_, err := h.TracefsDir()
	return err
}

func statErr(path string, why ...string) error {
	if _, err := os.Stat(path); err != nil {
		if len(why) > 0 {
			return errors.New(why[0])
		}
		return fmt.Errorf("no %s", filepath.Base(path))
	}
	return nil
}

func lockdown() string {
	data, err := os.ReadFile("/sys/kernel/security/lockdown")
	if err != nil {
		return "unknown"
	}
	s := strings.TrimSpace(string(data))
	if i, j := strings.IndexByte(s, '['), strings.IndexByte(s, ']'); i >= 0 && j > i {
		s = s[i+1 : j]
	}
	if s == "integrity" || s == "confidentiality" {
		return s + " (bpf_probe_write_user is refused)"
	}
	return s
}
