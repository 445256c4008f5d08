package runtime

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
	"github.com/cilium/ebpf/link"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/probes"
	"github.com/gtrace/gtrace/runtime/host"
	"golang.org/x/sys/unix"
)

// interval, profile, software and hardware: perf events, one per CPU (one
// in all for interval), with the program attached to each.

func init() {
	perfSupported := func(*host.Host) error {
		return firstErr(features.HaveProgramType(ebpf.PerfEvent), softwarePerfErr())
	}
	timer := func(spec func(unit string, n uint64) (PerfSpec, error)) *kernelHalf {
		return &kernelHalf{
			supported: perfSupported,
			attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
				s, err := spec(a.Unit, a.Value)
				if err != nil {
					return nil, err
				}
				return attachPerfEvent(prog, s)
			},
		}
	}
	registerKernel(probes.Interval, timer(IntervalSpec))
	registerKernel(probes.Profile, timer(ProfileSpec))
	event := func(spec func(event string, count uint64) (PerfSpec, error), table []probes.PerfEvent, hardware bool) *kernelHalf {
		return &kernelHalf{
			supported: func(h *host.Host) error {
				if err := perfSupported(h); err != nil || !hardware {
					return err
				}
				if !hasCorePMU() {
					return errors.New("no hardware performance counters (PMU): a VM without PMU passthrough?")
				}
				return nil
			},
			attach: func(r *runner, a *ast.AttachInfo, prog *ebpf.Program) ([]io.Closer, error) {
				s, err := spec(a.Target, a.Value)
				if err != nil {
					return nil, err
				}
				return attachPerfEvent(prog, s)
			},
			list: func(l *lister, provider, _ string) error {
				for _, e := range table {
					if name := provider + ":" + e.Name + ":"; l.match(name) || l.match(provider+":"+e.Name) || e.Alias != "" && l.match(provider+":"+e.Alias) {
						fmt.Fprintln(l.w, name)
					}
				}
				return nil
			},
			inAll: true,
		}
	}
	registerKernel(probes.Software, event(SoftwareSpec, probes.SoftwareEvents, false))
	registerKernel(probes.Hardware, event(HardwareSpec, probes.HardwareEvents, true))
}

// softwarePerfErr opens (and closes) a software perf event.
func softwarePerfErr() error {
	attr := unix.PerfEventAttr{Type: unix.PERF_TYPE_SOFTWARE, Config: unix.PERF_COUNT_SW_CPU_CLOCK, Sample: 1000000}
	attr.Bits |= unix.PerfBitDisabled
	fd, err := unix.PerfEventOpen(&attr, -1, 0, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return fmt.Errorf("perf_event_open: %w", err)
	}
	unix.Close(fd)
	return nil
}

// PerfSpec describes the perf event behind a profile, interval, software or
// hardware probe: a BPF_PROG_TYPE_PERF_EVENT program runs each time the
// event's counter overflows, every Period events or Freq times a second.
type PerfSpec struct {
	// Probe names the probe in errors, e.g. "interval:ms:10".
	Probe string
	// Type is unix.PERF_TYPE_SOFTWARE or unix.PERF_TYPE_HARDWARE.
	Type uint32
	// Config selects the event within Type, e.g. unix.PERF_COUNT_SW_CPU_CLOCK.
	Config uint64
	// Period is how many events (nanoseconds for the clocks) between two runs.
	Period uint64
	// Freq, when nonzero, asks for that many runs a second instead of a
	// period; the kernel adjusts the period to keep to it.
	Freq uint64
	// CPUs lists the CPUs to open the event on; nil means every online CPU
	// (the event counts system-wide, pid -1, so one is needed per CPU).
	CPUs []int
	// SingleCPU, with CPUs nil, opens the event on the first online CPU
	// only: an interval probe fires once per period, not once per CPU.
	SingleCPU bool
	// PID, when nonzero, opens one event for that process, on every CPU
	// (cpu -1), instead of system-wide events per CPU.
	PID int
	// BpType, BpAddr and BpLen make a hardware breakpoint
	// (unix.PERF_TYPE_BREAKPOINT): HW_BREAKPOINT_R/W/X bits, the address
	// and the length watched.
	BpType        uint32
	BpAddr, BpLen uint64
	// forceIoctl takes the pre-5.15 path (no perf event links); for tests.
	forceIoctl bool
}

// IntervalSpec is interval:<unit>:<n> with unit s, ms, us or hz. Like
// bpftrace it is a cpu-clock timer on one CPU, so it fires once per period
// for the whole machine.
func IntervalSpec(unit string, n uint64) (PerfSpec, error) {
	spec, err := timerSpec(probes.Interval.Name, unit, n)
	spec.SingleCPU = true
	return spec, err
}

// ProfileSpec is profile:<unit>:<n> with unit hz, s, ms or us: a cpu-clock
// timer on every CPU, for sampling what each CPU is doing.
func ProfileSpec(unit string, n uint64) (PerfSpec, error) {
	return timerSpec(probes.Profile.Name, unit, n)
}

func timerSpec(kind, unit string, n uint64) (PerfSpec, error) {
	spec := PerfSpec{
		Probe:  fmt.Sprintf("%s:%s:%d", kind, unit, n),
		Type:   unix.PERF_TYPE_SOFTWARE,
		Config: unix.PERF_COUNT_SW_CPU_CLOCK,
	}
	if n == 0 {
		return spec, fmt.Errorf("%s: the count must be a positive integer", spec.Probe)
	}
	var nsPer uint64
	switch unit {
	case "hz":
		spec.Freq = n
		return spec, nil
	case "s":
		nsPer = 1e9
	case "ms":
		nsPer = 1e6
	case "us":
		nsPer = 1e3
	default:
		return spec, fmt.Errorf("%s: %q is not a unit of time: use s, ms, us or hz", spec.Probe, unit)
	}
	// The kernel refuses a sample_period with the top bit set.
	if n > math.MaxInt64/nsPer {
		return spec, fmt.Errorf("%s: period too long", spec.Probe)
	}
	spec.Period = n * nsPer
	return spec, nil
}

// SoftwareSpec is software:<event>:<count> on every CPU; count 0 takes
// bpftrace's default for the event.
func SoftwareSpec(event string, count uint64) (PerfSpec, error) {
	return eventSpec(probes.Software.Name, unix.PERF_TYPE_SOFTWARE, probes.SoftwareEvents, event, count)
}

// HardwareSpec is hardware:<event>:<count> on every CPU; count 0 takes
// bpftrace's default for the event.
func HardwareSpec(event string, count uint64) (PerfSpec, error) {
	return eventSpec(probes.Hardware.Name, unix.PERF_TYPE_HARDWARE, probes.HardwareEvents, event, count)
}

func eventSpec(kind string, typ uint32, table []probes.PerfEvent, event string, count uint64) (PerfSpec, error) {
	probe := kind + ":" + event
	if count != 0 {
		probe += ":" + strconv.FormatUint(count, 10)
	}
	e, ok := probes.LookupEvent(table, event)
	if !ok {
		return PerfSpec{Probe: probe}, fmt.Errorf("%s: %q is not a %s event", probe, event, kind)
	}
	if count > math.MaxInt64 {
		return PerfSpec{Probe: probe}, fmt.Errorf("%s: count too large", probe)
	}
	if count == 0 {
		count = e.DefaultPeriod
	}
	return PerfSpec{Probe: probe, Type: typ, Config: e.Config, Period: count}, nil
}

// attachPerfEvent opens spec's event on each of its CPUs and runs prog (a
// PerfEvent program) on every overflow. Closing the returned closers
// detaches; on error nothing stays open.
func attachPerfEvent(prog *ebpf.Program, spec PerfSpec) (_ []io.Closer, err error) {
	if prog == nil || prog.Type() != ebpf.PerfEvent {
		return nil, fmt.Errorf("%s: needs a PerfEvent program", spec.Probe)
	}
	if spec.Freq == 0 && spec.Period == 0 {
		return nil, fmt.Errorf("%s: no period or frequency", spec.Probe)
	}
	cpus := spec.CPUs
	if cpus == nil {
		if cpus, err = onlineCPUs(); err != nil {
			return nil, fmt.Errorf("%s: %w", spec.Probe, err)
		}
		if spec.SingleCPU && len(cpus) > 1 {
			cpus = cpus[:1]
		}
	}

	attr := unix.PerfEventAttr{
		Type:    spec.Type,
		Config:  spec.Config,
		Sample:  spec.Period,
		Bp_type: spec.BpType,
		Ext1:    spec.BpAddr,
		Ext2:    spec.BpLen,
	}
	attr.Size = uint32(unsafe.Sizeof(attr))
	pid := -1
	if spec.PID != 0 {
		pid, cpus = spec.PID, []int{-1}
	}
	if spec.Freq != 0 {
		attr.Sample = spec.Freq
		attr.Bits |= unix.PerfBitFreq
	}

	var closers []io.Closer
	defer func() {
		if err != nil {
			closeAll(closers)
		}
	}()
	for _, cpu := range cpus {
		fd, err := unix.PerfEventOpen(&attr, pid, cpu, -1, unix.PERF_FLAG_FD_CLOEXEC)
		if err != nil {
			return nil, perfOpenError(spec, cpu, err)
		}
		c, err := attachPerfFD(fd, prog, spec.forceIoctl)
		if err != nil {
			unix.Close(fd)
			return nil, fmt.Errorf("%s: attach on cpu %d: %w", spec.Probe, cpu, err)
		}
		closers = append(closers, c)
	}
	return closers, nil
}

// perfOpenError explains a failed perf_event_open.
func perfOpenError(spec PerfSpec, cpu int, err error) error {
	isHardware := spec.Type == unix.PERF_TYPE_HARDWARE || spec.Type == unix.PERF_TYPE_HW_CACHE
	switch {
	case isHardware && (errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.ENODEV)):
		if !hasCorePMU() {
			return fmt.Errorf("%s: this machine has no hardware performance counters (PMU)", spec.Probe)
		}
		return fmt.Errorf("%s: the CPU's performance monitoring unit does not support this event", spec.Probe)
	case spec.Freq != 0 && errors.Is(err, unix.EINVAL):
		if max, rerr := readUint("/proc/sys/kernel/perf_event_max_sample_rate"); rerr == nil && spec.Freq > max {
			return fmt.Errorf("%s: %d Hz is above the kernel's limit of %d (sysctl kernel.perf_event_max_sample_rate)", spec.Probe, spec.Freq, max)
		}
	case errors.Is(err, unix.EACCES) || errors.Is(err, unix.EPERM):
		return fmt.Errorf("%s: perf_event_open: %w: %v", spec.Probe, err, host.ErrNoPrivileges)
	}
	return fmt.Errorf("%s: perf_event_open on cpu %d: %w", spec.Probe, cpu, err)
}

// hasCorePMU reports whether a CPU PMU is registered: on x86 it is "cpu"
// (or "cpu_core"/"cpu_atom"), elsewhere a PMU of type PERF_TYPE_RAW or an
// "armv*" device. VMs without PMU passthrough have only software,
// tracepoint, breakpoint and similar sources.
func hasCorePMU() bool {
	const dir = "/sys/bus/event_source/devices"
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true // cannot tell; do not claim there is none
	}
	for _, e := range entries {
		name := e.Name()
		if name == "cpu" || strings.HasPrefix(name, "cpu_") || strings.HasPrefix(name, "armv") {
			return true
		}
		if t, err := readUint(filepath.Join(dir, name, "type")); err == nil && t == unix.PERF_TYPE_RAW {
			return true
		}
	}
	return false
}

func readUint(path string) (uint64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	return strconv.ParseUint(strings.TrimSpace(string(data)), 10, 64)
}

// perfAttachment is one perf event fd with a program attached, by a BPF
// link (Linux 5.15+) or the older ioctl.
type perfAttachment struct {
	fd   int
	link link.Link // nil when attached by ioctl
}

func (p *perfAttachment) Close() error {
	var err error
	if p.link != nil {
		err = p.link.Close()
	}
	if p.fd >= 0 {
		if cerr := unix.Close(p.fd); err == nil {
			err = cerr
		}
		p.fd = -1
	}
	return err
}

// attachPerfFD attaches prog to an open perf event. A BPF link is preferred:
// it is an object of its own, so the program shows in bpftool link and
// detaches when the link closes. Kernels before 5.15 have no perf event
// links and take the PERF_EVENT_IOC_SET_BPF ioctl.
func attachPerfFD(fd int, prog *ebpf.Program, forceIoctl bool) (io.Closer, error) {
	if !forceIoctl {
		l, err := link.AttachRawLink(link.RawLinkOptions{Target: fd, Program: prog, Attach: ebpf.AttachPerfEvent})
		if err == nil {
			return &perfAttachment{fd: fd, link: l}, nil
		}
		if !errors.Is(err, ebpf.ErrNotSupported) && !errors.Is(err, unix.EINVAL) {
			return nil, err
		}
	}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_SET_BPF, prog.FD()); err != nil {
		return nil, fmt.Errorf("set perf event program: %w", err)
	}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_ENABLE, 0); err != nil {
		return nil, fmt.Errorf("enable perf event: %w", err)
	}
	return &perfAttachment{fd: fd}, nil
}

// onlineCPUs reads the online CPU numbers from sysfs; they need not be
// contiguous (CPUs can be taken offline).
func onlineCPUs() ([]int, error) {
	data, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return nil, fmt.Errorf("online cpus: %w", err)
	}
	cpus, err := parseCPUList(string(data))
	if err != nil {
		return nil, fmt.Errorf("online cpus: %w", err)
	}
	return cpus, nil
}

// parseCPUList parses the kernel's CPU list format, e.g. "0-3,5,7-8".
func parseCPUList(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("empty cpu list")
	}
	var cpus []int
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		first, err := strconv.Atoi(lo)
		if err != nil || first < 0 {
			return nil, fmt.Errorf("bad cpu list %q", s)
		}
		last := first
		if isRange {
			if last, err = strconv.Atoi(hi); err != nil || last < first {
				return nil, fmt.Errorf("bad cpu list %q", s)
			}
		}
		for c := first; c <= last; c++ {
			cpus = append(cpus, c)
		}
	}
	return cpus, nil
}
