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
	fmt.Fprintf(bw, "  kprobe_multi links: %s\n", yes(kernelReason(features.HaveBPFLinkKprobeMulti(), "CONFIG_FPROBE")))
	fmt.Fprintf(bw, "  uprobe_multi links: %s\n", yes(kernelReason(features.HaveBPFLinkUprobeMulti(), "CONFIG_UPROBES")))
	fmt.Fprintf(bw, "  lockdown: %s\n", lockdown())
	fmt.Fprintf(bw, "  security modules: %s\n", securityModules())

	fmt.Fprintln(bw, "\nKernel helpers")
	helpers := []struct {
		name string
		pt   ebpf.ProgramType
		fn   asm.BuiltinFunc
		// needs are the kernel options the helper needs.
		needs []string
	}{
		{"probe_read_user_str", ebpf.Kprobe, asm.FnProbeReadUserStr, nil},
		{"probe_read_kernel_str", ebpf.Kprobe, asm.FnProbeReadKernelStr, nil},
		{"get_current_task", ebpf.Kprobe, asm.FnGetCurrentTask, nil},
		{"get_current_cgroup_id", ebpf.Kprobe, asm.FnGetCurrentCgroupId, nil},
		{"get_stackid", ebpf.Kprobe, asm.FnGetStackid, nil},
		{"ringbuf_output", ebpf.Kprobe, asm.FnRingbufOutput, nil},
		{"loop", ebpf.Kprobe, asm.FnLoop, nil},
		{"for_each_map_elem", ebpf.Kprobe, asm.FnForEachMapElem, nil},
		{"get_attach_cookie", ebpf.Kprobe, asm.FnGetAttachCookie, nil},
		{"get_func_ip", ebpf.Kprobe, asm.FnGetFuncIp, nil},
		{"send_signal", ebpf.Kprobe, asm.FnSendSignal, nil},
		{"override_return", ebpf.Kprobe, asm.FnOverrideReturn, []string{"CONFIG_BPF_KPROBE_OVERRIDE"}},
		{"probe_write_user", ebpf.Kprobe, asm.FnProbeWriteUser, nil},
		{"get_ns_current_pid_tgid", ebpf.Kprobe, asm.FnGetNsCurrentPidTgid, nil},
	}
	for _, h := range helpers {
		err := features.HaveProgramHelper(h.pt, h.fn)
		switch {
		case err == nil:
		case h.fn == asm.FnProbeWriteUser && (strings.HasPrefix(lockdown(), "integrity") || strings.HasPrefix(lockdown(), "confidentiality")):
			err = fmt.Errorf("the kernel's lockdown (%s) refuses it", strings.Fields(lockdown())[0])
		case h.needs != nil:
			err = kernelReason(err, h.needs...)
		case errors.Is(err, ebpf.ErrNotSupported):
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

// lockdown is the kernel's lockdown mode and what it refuses tracers.
func lockdown() string {
	data, err := host.SecurityFile("lockdown")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	s := strings.TrimSpace(string(data))
	if i, j := strings.IndexByte(s, '['), strings.IndexByte(s, ']'); i >= 0 && j > i {
		s = s[i+1 : j]
	}
	switch s {
	case "integrity":
		return s + " (bpf_probe_write_user is refused)"
	case "confidentiality":
		return s + " (kprobes, reading kernel memory, perf events and tracefs are refused too)"
	}
	return s
}

// securityModules lists the kernel's active security modules: "bpf" among
// them lets BPF LSM programs refuse BPF itself.
func securityModules() string {
	data, err := host.SecurityFile("lsm")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	return strings.TrimSpace(string(data))
}

// kernelReason explains err, a failed feature test of something that
// needs the kernel build options (CONFIG_...): the option that is off, or,
// when all are on, that the kernel refused it anyway. Without a readable
// configuration it is err's own reason.
func kernelReason(err error, options ...string) error {
	if err == nil {
		return nil
	}
	cfg, _, cerr := host.KernelConfig()
	if cerr != nil || len(options) == 0 {
		return errors.New(reason(err))
	}
	for _, o := range options {
		if cfg[o] == "" {
			return fmt.Errorf("the kernel was built without %s", o)
		}
	}
	return fmt.Errorf("%s, although the kernel was built with %s", reason(err), strings.Join(options, " and "))
}
