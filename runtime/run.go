package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/host"
	"github.com/gtrace/gtrace/runtime/output"
	"github.com/gtrace/gtrace/stdlib"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/perf"
	"github.com/cilium/ebpf/ringbuf"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/codegen"
)

// RunOptions tune Run.
type RunOptions struct {
	// Writer receives everything the script prints. Required.
	Writer output.Writer
	// Command, when set, is run as the script's -c command: started
	// paused before loading (its pid is cpid), released once every probe
	// is attached; tracing stops when it exits, and a command still
	// running when tracing stops gets SIGTERM. It is argv, already split;
	// argv[0] is looked up in PATH. The command is forked by the thread
	// calling Run, which traces it until its release: gtrace's main keeps
	// its main goroutine on the main thread, so that the command's parent
	// is gtrace's thread group leader.
	Command []string
	// PID, when nonzero, is the -p process: tracing stops when it exits.
	PID int
	// Quiet leaves out "Attaching N probes..." (-q).
	Quiet bool
	// Verbose puts the whole verifier log in load errors and reports
	// each attached probe on Stderr (-v).
	Verbose bool
	// ProbeStats turns the kernel's BPF statistics on while tracing, so
	// that Session.Counters gives each program's runs and run time.
	ProbeStats bool
	// Cgroups are the cgroup v2 directories the programs were compiled
	// to restrict themselves to (codegen.Options.Cgroups), in order: as
	// host.CgroupDir takes them.
	Cgroups []string
	// DropPrivileges, once every probe is attached and the command
	// released, gives up every capability for good (host.DropPrivileges)
	// and, as root, becomes User (none: stays uid 0 without
	// capabilities). The maps, the events and the statistics are read
	// through the descriptors already open; kernel symbols are read
	// before. What needs privileges later is refused at the start
	// (watchpoints that arm while tracing), or works as User does:
	// system() and cat(), other users' /proc/PID/maps for user stacks.
	// The -c command runs as User too: unprivileged gtrace could not
	// signal it otherwise.
	DropPrivileges bool
	User           string
	// Stdout and Stderr are gtrace's own: the command writes there (nil
	// means os.Stdout and os.Stderr).
	Stdout, Stderr io.Writer
	// Redirected says the Writer does not write to Stdout (-o FILE). As
	// in bpftrace v0.17, the two newlines before the exit map dump then
	// go to Stdout and the maps to the Writer.
	Redirected bool
	// Host answers questions about this machine (tracefs, symbols, ELF
	// files); nil means a new one.
	Host *host.Host
	// OnEvent, when set, receives every event a builtin prints (printf,
	// print, time, ...), beside the Writer.
	OnEvent func(output.Event)
	// NoExitMaps leaves out the print of every map at the end.
	NoExitMaps bool
	// MaxProbes, when nonzero, is the most probes the script may attach
	// (BPFTRACE_MAX_PROBES): more is an error before anything is loaded.
	MaxProbes int
}

// stopReason is why tracing ends.
type stopReason int

const (
	stopNone    stopReason = iota
	stopExit               // the script called exit()
	stopSignal             // the context ended: SIGINT or SIGTERM in gtrace
	stopCommand            // the -c command exited
	stopPID                // the -p process exited
	stopIters              // every iter probe's iterator was read to its end
)

// runner is one Run: everything it opened, to be closed on every path.
type runner struct {
	out  *codegen.Output
	opts RunOptions
	ncpu int
	// stats holds the kernel's BPF statistics on (RunOptions.ProbeStats).
	stats io.Closer

	host  *host.Host
	child *child
	// commandPath is the -c command's program: until the probes are
	// attached the child is still gtrace's exec stub.
	commandPath string
	coll        *ebpf.Collection
	rd          *ringbuf.Reader
	rec         ringbuf.Record
	closers     []io.Closer // attached probes
	watches     watchpoints // breakpoints set (watchpoint probes)
	iters       []iterator  // iter probes' iterators, read once attached
	packets     *packets    // skboutput's pcap files, while tracing
	// events are the compiled script's events (out.Events), then those of
	// the runtime's own programs (addEvent).
	events  []*stdlib.EventSpec
	sysDisp syscallDispatch

	mapMeta map[string]*ast.MapLayout

	startNs  int64     // CLOCK_MONOTONIC when tracing started
	bootWall time.Time // the wall-clock time at which CLOCK_MONOTONIC was 0
	pidfd    int       // -p: a pidfd, or pidPollFD(pid)

	multiOnce  sync.Once // multiLinks is probed once per run
	multiLinks multiLinks

	lostReported uint64 // events already reported lost
	// cuts counts the values cut short, by output.Cut: those found in
	// user space (by the event loop, or by Session.Maps: atomic) and
	// those already reported.
	cuts [output.MaxCuts]struct {
		user     atomic.Uint64
		reported uint64
	}
	fullWarned map[string]bool // maps already reported full

	stopOnce sync.Once
	skip     map[string]bool // programs whose attach point was skipped (prepareProbes)
	stopping atomic.Bool     // set with the first stop reason, read per event
	printReq atomic.Bool     // Session.PrintMaps asked for the maps
	exitSeen bool            // the event of an exit() was handled
	unread   uint64          // events left in the ring when draining had to stop
	mu       sync.Mutex
	reason   stopReason
	quit     chan struct{}
	watchers sync.WaitGroup
}

// Run loads a compiled script, runs it as bpftrace would, and returns when
// tracing ends: on exit(), when ctx is done (gtrace's main cancels it on
// SIGINT and SIGTERM), or when the -c command or -p process exits. The
// order follows bpftrace: start the command paused, load, print
// "Attaching N probes...", run BEGIN, attach the other probes, release the
// command, stream events; at the end stop the command, detach, run END,
// print END's output, then the maps.
//
// Every program, map and link Run creates is closed before it returns,
// whatever happens, and the command has exited. The exit code is gtrace's:
// 0 after a normal end (the command's exit status does not matter, as in
// bpftrace), 1 with an error. A program the verifier rejects is a
// *LoadError.
func Run(ctx context.Context, out *codegen.Output, opts RunOptions) (exitCode int, err error) {
	s, err := Start(ctx, out, opts)
	if err != nil {
		return 1, err
	}
	if err := s.Wait(); err != nil {
		return 1, err
	}
	return 0, nil
}

// Session is a script being traced: started by Start, ended by exit(),
// ctx, the -c command or -p process ending, or Stop.
type Session struct {
	r    *runner
	done chan struct{}
	err  error

	mu    sync.Mutex // held while maps are read, and while the end closes them
	ended bool
	final []*output.MapDump // the maps as tracing ended
}

// Start does what Run does up to the point where every probe is attached
// and the -c command released, and returns; the events are handled, and
// tracing ended, in a goroutine of the Session. The command is forked by
// the calling thread (see RunOptions.Command). On an error, everything
// Start created is closed again.
func Start(ctx context.Context, out *codegen.Output, opts RunOptions) (s *Session, err error) {
	if opts.Writer == nil {
		return nil, errors.New("run: no output writer")
	}
	if len(opts.Command) > 0 && opts.PID != 0 {
		return nil, errors.New("-c and -p cannot be used together")
	}
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if err := host.CheckPrivileges(); err != nil {
		return nil, err
	}
	if opts.Host == nil {
		opts.Host = host.New()
	}
	r := &runner{host: opts.Host, out: out, opts: opts, quit: make(chan struct{}), mapMeta: map[string]*ast.MapLayout{}, pidfd: -1}
	for _, mm := range out.Maps {
		r.mapMeta[mm.Name] = mm
	}
	// Deferred first, so it runs last: a bug here becomes an error for
	// the user after r.close() has released every BPF object, never a Go
	// stack trace.
	defer func() {
		if p := recover(); p != nil {
			s, err = nil, internalError(p)
		}
	}()
	if err := r.start(ctx); err != nil {
		r.close()
		return nil, err
	}
	s = &Session{r: r, done: make(chan struct{})}
	go s.trace()
	return s, nil
}

func internalError(p any) error {
	return fmt.Errorf("internal error while tracing: %v (please report this with the script)", p)
}

// trace handles events until tracing ends, then ends it (END, the exit
// maps) and closes everything.
func (s *Session) trace() {
	defer close(s.done)
	defer func() {
		if p := recover(); p != nil {
			s.err = internalError(p)
		}
	}()
	defer func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.ended = true
		s.r.close()
	}()
	if s.r.stopReason() == stopNone {
		if err := s.r.loop(); err != nil {
			s.err = err
			return
		}
	}
	final, err := s.r.finish()
	s.mu.Lock()
	s.final = final
	s.mu.Unlock()
	s.err = err
}

// Wait waits until tracing has ended and everything is closed, and
// returns why it ended badly, or nil.
func (s *Session) Wait() error {
	<-s.done
	return s.err
}

// Stop ends tracing as SIGINT does (detach, END, the exit maps unless
// RunOptions.NoExitMaps) and waits for the end.
func (s *Session) Stop() error {
	s.r.requestStop(stopSignal)
	return s.Wait()
}

// Maps reads every user map now, per-CPU values combined, in name
// order; after the end, the maps as they were when tracing ended.
func (s *Session) Maps() ([]*output.MapDump, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return s.final, nil
	}
	return s.r.readMaps()
}

// Counters are a session's own figures: what its users may watch (the
// exporter's self-metrics).
type Counters struct {
	// LostEvents is how many events the ring had no room for.
	LostEvents uint64
	// MapFull counts, by map name, the inserts dropped because the map
	// had reached its key limit.
	MapFull map[string]uint64
	// Probes are the programs' run counts and times, by attach point
	// (BEGIN and END included), when the kernel's BPF statistics are on
	// (RunOptions.ProbeStats); nil otherwise.
	Probes []ProbeCounters
}

// ProbeCounters are one program's runs and the time they took.
type ProbeCounters struct {
	Name    string
	Runs    uint64
	RunTime time.Duration
}

// Counters reads the session's counters now; after the end, an error.
func (s *Session) Counters() (Counters, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return Counters{}, errors.New("tracing has ended")
	}
	r := s.r
	var c Counters
	var err error
	if c.LostEvents, err = r.lostEvents(); err != nil {
		return c, err
	}
	if m := r.coll.Maps[r.out.FullMap]; m != nil && len(r.out.Maps) > 0 {
		if c.MapFull, err = r.fullCounts(m); err != nil {
			return c, err
		}
	}
	if r.stats != nil {
		for _, pm := range r.out.Programs {
			p := r.coll.Programs[pm.Name]
			if p == nil || pm.Attach == nil {
				continue
			}
			st, err := p.Stats()
			if err != nil {
				return c, fmt.Errorf("read the statistics of %s: %w", pm.Attach.Name, err)
			}
			c.Probes = append(c.Probes, ProbeCounters{Name: pm.Attach.Name, Runs: st.RunCount, RunTime: st.Runtime})
		}
	}
	return c, nil
}

// Done is closed when tracing has ended and everything is closed.
func (s *Session) Done() <-chan struct{} { return s.done }

// PrintMaps prints every map now, as bpftrace does on SIGUSR1: the event
// loop prints them between two events. After the end it does nothing.
func (s *Session) PrintMaps() {
	s.r.printReq.Store(true)
	s.r.rd.Flush() // wakes the loop once the ring is drained
}

// printIfAsked prints the maps when PrintMaps asked for them.
func (r *runner) printIfAsked() error {
	if !r.printReq.Swap(false) {
		return nil
	}
	dumps, err := r.readMaps()
	if err != nil {
		return err
	}
	r.opts.Writer.Maps(dumps)
	if err := r.opts.Writer.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// start does everything up to tracing: the command, loading, BEGIN,
// attaching. When BEGIN called exit(), nothing is attached.
func (r *runner) start(ctx context.Context) error {
	if n, max := len(r.out.Programs), r.opts.MaxProbes; max > 0 && n > max {
		return fmt.Errorf("cannot attach %d probes: the limit is %d (BPFTRACE_MAX_PROBES); raise it with care, as every probe slows down what it traces", n, max)
	}
	ncpu, err := ebpf.PossibleCPU()
	if err != nil {
		return fmt.Errorf("possible cpus: %w", err)
	}
	r.ncpu = ncpu
	if r.opts.ProbeStats {
		if r.stats, err = ebpf.EnableStats(uint32(unix.BPF_STATS_RUN_TIME)); err != nil {
			// Before 5.8: the probes' figures are left out, nothing else.
			r.stats = nil
			fmt.Fprintf(r.opts.Stderr, "WARNING: the kernel's BPF statistics cannot be turned on (%v): no per-probe run counts\n", err)
		}
	}

	// The -c command of a run that drops its privileges is User's:
	// unprivileged gtrace could not signal it otherwise.
	var cred *syscall.Credential
	if r.opts.DropPrivileges {
		// Known before anything is loaded.
		if err := host.CheckDropPrivileges(); err != nil {
			return fmt.Errorf("drop privileges: %w", err)
		}
		if r.opts.User != "" {
			uid, gid, err := host.LookupUser(r.opts.User)
			if err != nil {
				return fmt.Errorf("drop privileges: %w", err)
			}
			if os.Geteuid() == 0 {
				cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}
			}
		}
	}
	if r.opts.PID != 0 {
		if r.pidfd, err = openPID(r.opts.PID); err != nil {
			return err
		}
	}
	if len(r.opts.Command) > 0 {
		// The command is traced until released (child.go): ptrace
		// requests come from the thread that started it.
		goruntime.LockOSThread()
		defer goruntime.UnlockOSThread()
		if r.child, err = startChild(r.opts.Command, r.opts.Stdout, r.opts.Stderr, cred); err != nil {
			return err
		}
		// Symbolize the command from its file if it exits before its
		// mappings are read.
		if p, err := exec.LookPath(r.opts.Command[0]); err == nil {
			if abs, err := filepath.Abs(p); err == nil {
				r.commandPath = abs
				r.host.SetExecutable(uint32(r.child.pid()), abs)
			}
		}
	}
	if err := r.load(); err != nil {
		return err
	}
	if err := r.openPackets(); err != nil {
		return err
	}
	if !r.opts.Quiet {
		r.opts.Writer.AttachedProbes(len(r.out.Programs))
	}

	// BEGIN runs before anything else is attached; its exit() ends the
	// run before the command ever starts, as in bpftrace.
	if err := r.runPhase(atBegin); err != nil {
		return err
	}
	exit, err := r.drain(true)
	if err != nil {
		return err
	}
	r.watch(ctx)
	if exit {
		r.exitSeen = true
		r.setReason(stopExit)
		return nil
	}
	if err := r.attachAll(); err != nil {
		return err
	}
	if r.child != nil {
		if err := r.child.start(); err != nil {
			return err
		}
	}
	r.readIters()
	if r.opts.DropPrivileges {
		return r.dropPrivileges()
	}
	return nil
}

// dropPrivileges does RunOptions.DropPrivileges, first reading what the
// run may need and could not read unprivileged.
func (r *runner) dropPrivileges() error {
	r.host.KernelSymbol(0, false) // kallsyms hides addresses from the unprivileged
	if r.child != nil {
		r.host.RememberProcess(uint32(r.child.pid()))
	}
	if r.opts.PID != 0 {
		r.host.RememberProcess(uint32(r.opts.PID))
	}
	if err := warmProgramRuns(); err != nil {
		return err
	}
	return host.DropPrivileges(r.opts.User)
}

// warmProgramRuns runs an empty program once: the ebpf library checks,
// once per process, that BPF_PROG_TEST_RUN works by loading a program
// of its own, which END's first run could not do unprivileged.
func warmProgramRuns() error {
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.RawTracepoint, License: "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}})
	if err != nil {
		return fmt.Errorf("drop privileges: load a program to run: %w", err)
	}
	defer prog.Close()
	if err := runProgram(prog); err != nil {
		return fmt.Errorf("drop privileges: run a program: %w", err)
	}
	return nil
}

// load patches the run-time constants into a copy of the spec and loads
// every map and program.
func (r *runner) load() error {
	spec := r.out.Spec.Copy()
	var err error
	if r.startNs, r.bootWall, err = clocks(); err != nil {
		return err
	}
	for _, pm := range r.out.Programs {
		ps := spec.Programs[pm.Name]
		if ps == nil {
			return fmt.Errorf("program %s is missing from the collection", pm.Name)
		}
		for _, p := range pm.Patches {
			if p.Index < 0 || p.Index >= len(ps.Instructions) {
				return fmt.Errorf("program %s: patch at instruction %d of %d", pm.Name, p.Index, len(ps.Instructions))
			}
			v, err := p.Value(r)
			if err != nil {
				return err
			}
			ps.Instructions[p.Index].Constant = v
		}
	}
	if ms := spec.Maps[r.out.EventsMap]; ms != nil && r.out.RingPages > 0 {
		ms.MaxEntries = ringSize(r.out.RingPages, r.ncpu)
	}
	if err := r.prepareProbes(spec); err != nil {
		return err
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{})
	if err != nil {
		return loadError(r.out, err)
	}
	r.coll = coll
	if err := r.fillCgroups(); err != nil {
		return err
	}
	m := coll.Maps[r.out.EventsMap]
	if m == nil {
		return fmt.Errorf("events map %q is missing from the collection", r.out.EventsMap)
	}
	if r.rd, err = ringbuf.NewReader(m); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return nil
}

// fillCgroups puts the --cgroup directories into the programs' cgroup
// array (the map holds them; the descriptors are closed again).
func (r *runner) fillCgroups() error {
	if r.out.CgroupMap == "" {
		return nil
	}
	m := r.coll.Maps[r.out.CgroupMap]
	if m == nil {
		return fmt.Errorf("cgroup map %q is missing from the collection", r.out.CgroupMap)
	}
	if int(m.MaxEntries()) != len(r.opts.Cgroups) {
		return fmt.Errorf("the program was compiled for %d cgroups, %d given", m.MaxEntries(), len(r.opts.Cgroups))
	}
	for i, c := range r.opts.Cgroups {
		dir, err := host.CgroupDir(c)
		if err != nil {
			return fmt.Errorf("--cgroup %s: %w", c, err)
		}
		f, err := os.Open(dir)
		if err != nil {
			return fmt.Errorf("--cgroup: %w", err)
		}
		err = m.Put(uint32(i), uint32(f.Fd()))
		f.Close()
		if err != nil {
			return fmt.Errorf("--cgroup %s: %w (it must be a directory of the cgroup v2 hierarchy)", dir, err)
		}
	}
	return nil
}

// watch stops the event loop when ctx ends or the traced process exits.
func (r *runner) watch(ctx context.Context) {
	var childDone <-chan struct{}
	if r.child != nil {
		childDone = r.child.done
	}
	r.watchers.Add(1)
	go func() {
		defer r.watchers.Done()
		select {
		case <-ctx.Done():
			r.requestStop(stopSignal)
		case <-childDone:
			r.requestStop(stopCommand)
		case <-r.quit:
		}
	}()
	if r.opts.PID != 0 {
		r.watchers.Add(1)
		go func() {
			defer r.watchers.Done()
			if waitPID(r.pidfd, r.quit) {
				r.requestStop(stopPID)
			}
		}()
	}
}

func (r *runner) setReason(s stopReason) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.reason == stopNone {
		r.reason = s
	}
}

func (r *runner) stopReason() stopReason {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.reason
}

// requestStop records why tracing ends and wakes the event loop, which
// returns after the event it is handling: under a flood of events (one
// that tracing's own output feeds, say) the ring is never empty.
func (r *runner) requestStop(s stopReason) {
	r.setReason(s)
	r.stopping.Store(true)
	r.stopOnce.Do(func() { r.rd.Flush() })
}

// loop handles events until something ends tracing. Every tick (and
// every few thousand events) it reports events lost since the last
// report, as bpftrace reports them when they happen, and maps that
// became full.
func (r *runner) loop() error {
	const tick = 200 * time.Millisecond
	next := time.Now().Add(tick)
	r.rd.SetDeadline(next)
	defer r.rd.SetDeadline(time.Time{})
	handled := 0
	for {
		err := r.rd.ReadInto(&r.rec)
		switch {
		case err == nil:
			exit, err := r.handleEvent(r.rec.RawSample)
			if err != nil {
				return err
			}
			if exit {
				r.exitSeen = true
				r.setReason(stopExit)
				return nil
			}
			if r.stopping.Load() {
				return nil
			}
			// Under a flood the deadline never passes: keep time here.
			if handled++; handled%256 == 0 && time.Now().After(next) {
				if err := r.periodic(); err != nil {
					return err
				}
				if err := r.printIfAsked(); err != nil {
					return err
				}
				if r.exitRequested() {
					r.setReason(stopExit)
					return nil
				}
				next = time.Now().Add(tick)
				r.rd.SetDeadline(next)
			}
		case errors.Is(err, os.ErrDeadlineExceeded):
			if err := r.periodic(); err != nil {
				return err
			}
			if err := r.printIfAsked(); err != nil {
				return err
			}
			if r.exitRequested() {
				// exit() ran but its event found the ring full.
				r.setReason(stopExit)
				return nil
			}
			next = time.Now().Add(tick)
			r.rd.SetDeadline(next)
		case errors.Is(err, perf.ErrFlushed):
			// requestStop woke us after every record already in the
			// ring was handled.
			if r.stopReason() != stopNone {
				return nil
			}
			if err := r.printIfAsked(); err != nil {
				return err
			}
		default:
			return fmt.Errorf("read events: %w", err)
		}
	}
}

// Cut counts values cut short in user space (stdlib.Runtime).
func (r *runner) Cut(what output.Cut, n uint64) { r.cuts[what].user.Add(n) }

// Strlen is the script's string capacity (stdlib.Runtime).
func (r *runner) Strlen() int { return r.out.Strlen }

// CatBytesMax is how much of a file cat() prints.
func (r *runner) CatBytesMax() int {
	if r.out.CatBytesMax > 0 {
		return r.out.CatBytesMax
	}
	return 10240 // bpftrace's
}

// reportCuts reports the values cut short since the last report, by kind:
// counted by the programs and in user space.
func (r *runner) reportCuts() error {
	for c := range output.NumCuts() {
		what := output.Cut(c)
		n := r.cuts[c].user.Load()
		if c < output.NumKernelCuts {
			k, err := r.lossCounter(uint32(codegen.CutSlot + c))
			if err != nil {
				return err
			}
			n += k
		}
		if n > r.cuts[c].reported {
			r.opts.Writer.Cut(what, n-r.cuts[c].reported, what.Limit(r.out.Strlen))
			r.cuts[c].reported = n
		}
	}
	return nil
}

// periodic is the event loop's housekeeping between events.
func (r *runner) periodic() error {
	if r.child != nil {
		// Keep the command's mappings for ustack/usym after it exits.
		r.host.RememberProcess(uint32(r.child.pid()))
	}
	if err := r.reportLost(); err != nil {
		return err
	}
	if err := r.reportCuts(); err != nil {
		return err
	}
	return r.reportFull()
}

// ringSize is the event ring's size for pages per CPU, as bpftrace
// sizes its perf buffers: a power of two of bytes.
func ringSize(pages, ncpu int) uint32 {
	n := uint64(pages) * uint64(os.Getpagesize()) * uint64(max(ncpu, 1))
	size := uint64(os.Getpagesize())
	for size < n && size < 1<<31 {
		size <<= 1
	}
	return uint32(size)
}

// reportLost prints "Lost N events" for the events lost since the last
// report.
func (r *runner) reportLost() error {
	n, err := r.lostEvents()
	if err != nil {
		return err
	}
	n += r.unread
	if n > r.lostReported {
		if r.lostReported == 0 {
			r.ringHint()
		}
		r.opts.Writer.LostEvents(n - r.lostReported)
		r.lostReported = n
	}
	return nil
}

// ringHint says, once, how to make the event ring larger.
func (r *runner) ringHint() {
	size := 0
	if m := r.coll.Maps[r.out.EventsMap]; m != nil {
		size = int(m.MaxEntries())
	}
	fmt.Fprintf(r.opts.Stderr, "WARNING: events were lost: the event ring of %d KiB was full; make it larger with BPFTRACE_PERF_RB_PAGES=N or config = { perf_rb_pages = N } (pages per CPU)\n", size>>10)
}

// reportFull warns, once per map, about a map whose updates failed
// because it reached max_map_keys: bpftrace v0.17 drops them silently
// (or, with -k, warns at every failure).
func (r *runner) reportFull() error {
	if r.out.FullMap == "" || len(r.out.Maps) == 0 {
		return nil
	}
	m := r.coll.Maps[r.out.FullMap]
	if m == nil {
		return fmt.Errorf("map-full counters %q are missing from the collection", r.out.FullMap)
	}
	if r.fullWarned == nil {
		r.fullWarned = map[string]bool{}
	}
	full, err := r.fullCounts(m)
	if err != nil {
		return err
	}
	for _, mm := range r.out.Maps {
		if !r.fullWarned[mm.Name] && full[mm.Name] > 0 {
			r.fullWarned[mm.Name] = true
			fmt.Fprintf(r.opts.Stderr, "WARNING: map %s is full (max_map_keys %d): new keys are dropped; raise max_map_keys in the config block or BPFTRACE_MAP_KEYS_MAX\n", mm.Name, r.out.MaxMapKeys)
		}
	}
	return nil
}

// fullCounts sums, for each user map, the per-CPU count of inserts that
// failed because it was full.
func (r *runner) fullCounts(m *ebpf.Map) (map[string]uint64, error) {
	out := map[string]uint64{}
	for i, mm := range r.out.Maps {
		var per []uint64
		if err := m.Lookup(uint32(i), &per); err != nil {
			return nil, fmt.Errorf("read map-full counters: %w", err)
		}
		for _, v := range per {
			out[mm.Name] += v
		}
	}
	return out, nil
}

// drainTime bounds how long the end of tracing spends printing the
// events still in the ring; those left then are reported lost.
const drainTime = 300 * time.Millisecond

// drain reads every record now in the ring, handling them when process is
// true and dropping them otherwise; it reports whether one was exit().
// Records after an exit() are dropped, as bpftrace ignores them. After
// drainTime the rest are dropped and counted as lost: a stop must not
// wait for a ring full of output to be written.
func (r *runner) drain(process bool) (exit bool, err error) {
	r.rd.SetDeadline(time.Now())
	defer r.rd.SetDeadline(time.Time{})
	until := time.Now().Add(drainTime)
	late := false
	for {
		err := r.rd.ReadInto(&r.rec)
		switch {
		case err == nil:
			if !process || exit {
				continue
			}
			// Every record: one may take long to handle (system()).
			if late = late || time.Now().After(until); late {
				r.unread++
				continue
			}
			if exit, err = r.handleEvent(r.rec.RawSample); err != nil {
				return false, err
			}
		case errors.Is(err, os.ErrDeadlineExceeded):
			return exit, nil
		case errors.Is(err, perf.ErrFlushed):
		default:
			return false, fmt.Errorf("read events: %w", err)
		}
	}
}

// finish ends tracing in bpftrace's order: stop the command, detach, run
// END and print what it printed, report lost events, print the maps
// (unless NoExitMaps). It returns the maps as they were at the end.
func (r *runner) finish() ([]*output.MapDump, error) {
	if r.child != nil {
		r.child.terminate()
	}
	r.detach()
	if err := r.closePackets(); err != nil {
		return nil, err
	}
	// Events from before the stop are printed, and after exit() those
	// before its event (still in the ring when its flag ended the loop).
	if _, err := r.drain(r.stopReason() != stopExit || !r.exitSeen); err != nil {
		return nil, err
	}
	if err := r.runPhase(atEnd); err != nil {
		return nil, err
	}
	if _, err := r.drain(true); err != nil {
		return nil, err
	}
	if err := r.reportLost(); err != nil {
		return nil, err
	}
	// Read before the report: the maps' strings are counted.
	dumps, err := r.readMaps()
	if err != nil {
		return nil, err
	}
	if err := r.reportCuts(); err != nil {
		return nil, err
	}
	if err := r.reportFull(); err != nil {
		return nil, err
	}
	switch {
	case r.opts.NoExitMaps:
	case r.opts.Redirected:
		// bpftrace v0.17 writes these two to stdout, not to -o's file.
		if _, err := io.WriteString(r.opts.Stdout, "\n\n"); err != nil {
			return dumps, err
		}
		r.opts.Writer.Maps(dumps)
	default:
		r.opts.Writer.MapsAtExit(dumps)
	}
	if err := r.opts.Writer.Flush(); err != nil {
		return dumps, fmt.Errorf("write output: %w", err)
	}
	return dumps, nil
}

// readMaps reads every user map, in name order.
func (r *runner) readMaps() ([]*output.MapDump, error) {
	dumps := make([]*output.MapDump, 0, len(r.out.Maps))
	for _, mm := range r.out.Maps {
		m := r.coll.Maps[mm.BPFName]
		if m == nil {
			return nil, fmt.Errorf("map %s (%s) is missing from the collection", mm.Name, mm.BPFName)
		}
		d, err := readMap(r, m, mm, r.ncpu)
		if err != nil {
			return nil, err
		}
		dumps = append(dumps, d)
	}
	return dumps, nil
}

// exitRequested reports whether a probe ran exit(): its flag is raised
// even when its event was lost.
func (r *runner) exitRequested() bool {
	n, err := r.lossCounter(1)
	return err == nil && n != 0
}

// lostEvents sums the per-CPU count of events the ring had no room for.
func (r *runner) lostEvents() (uint64, error) { return r.lossCounter(0) }

// lossCounter sums a per-CPU slot of the loss counters; 0 for a slot the
// map has not (a program compiled without it).
func (r *runner) lossCounter(slot uint32) (uint64, error) {
	if r.out.LostMap == "" {
		return 0, nil
	}
	m := r.coll.Maps[r.out.LostMap]
	if m == nil {
		return 0, fmt.Errorf("lost-events map %q is missing from the collection", r.out.LostMap)
	}
	if slot >= m.MaxEntries() {
		return 0, nil
	}
	var per []uint64
	if err := m.Lookup(slot, &per); err != nil {
		return 0, fmt.Errorf("read the loss counters: %w", err)
	}
	var n uint64
	for _, v := range per {
		n += v
	}
	return n, nil
}

func (r *runner) userMap(name string) (*ast.MapLayout, *ebpf.Map, error) {
	mm := r.mapMeta[name]
	if mm == nil {
		return nil, nil, fmt.Errorf("event names unknown map %s", name)
	}
	m := r.coll.Maps[mm.BPFName]
	if m == nil {
		return nil, nil, fmt.Errorf("map %s (%s) is missing from the collection", name, mm.BPFName)
	}
	return mm, m, nil
}

// detach closes every attached probe, newest first.
func (r *runner) detach() {
	closeAll(r.closers)
	r.closers = nil
	for addr := range r.watches {
		r.Unwatch(addr)
	}
}

// close releases everything, on every path out of Run.
func (r *runner) close() {
	close(r.quit)
	r.watchers.Wait()
	if r.child != nil {
		r.child.terminate()
	}
	r.detach()
	if r.stats != nil {
		r.stats.Close()
	}
	r.closePackets()
	if r.rd != nil {
		r.rd.Close()
	}
	if r.coll != nil {
		r.coll.Close()
	}
	if r.child != nil {
		r.child.finish()
	}
	if r.pidfd >= 0 {
		unix.Close(r.pidfd)
	}
}

// openPID checks that the -p process exists and opens a pidfd to learn
// when it exits (-1 without pidfd support: it is then polled).
func openPID(pid int) (int, error) {
	if pid < 0 {
		return -1, fmt.Errorf("-p %d: not a process id", pid)
	}
	if err := unix.Kill(pid, 0); errors.Is(err, unix.ESRCH) {
		return -1, fmt.Errorf("-p %d: no such process", pid)
	}
	fd, err := unix.PidfdOpen(pid, 0)
	if errors.Is(err, unix.ESRCH) {
		return -1, fmt.Errorf("-p %d: no such process", pid)
	}
	if err != nil {
		return pidPollFD(pid), nil
	}
	return fd, nil
}

// pidPollFD encodes a pid to poll, for kernels without pidfd_open (5.3).
func pidPollFD(pid int) int { return -2 - pid }

// waitPID blocks until the process behind fd exits (true) or quit closes.
func waitPID(fd int, quit <-chan struct{}) bool {
	for {
		select {
		case <-quit:
			return false
		default:
		}
		if fd <= -2 {
			pid := -2 - fd
			if err := unix.Kill(pid, 0); errors.Is(err, unix.ESRCH) || isZombie(pid) {
				return true
			}
			time.Sleep(100 * time.Millisecond)
			continue
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, 100)
		if err == nil && n > 0 {
			return true
		}
	}
}

func isZombie(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	s := string(data)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) {
		return s[i+2] == 'Z'
	}
	return false
}

// Verify loads every program and map of out into the kernel and closes
// them again, attaching nothing (--dry-run). With log set it asks the
// verifier for its log and writes each program's (-d verifier). A
// rejection is a *LoadError, as from Run.
func Verify(out *codegen.Output, log io.Writer) error {
	if err := host.CheckPrivileges(); err != nil {
		return err
	}
	var opts ebpf.CollectionOptions
	if log != nil {
		opts.Programs.LogLevel = ebpf.LogLevelBranch | ebpf.LogLevelStats
	}
	coll, err := ebpf.NewCollectionWithOptions(out.Spec.Copy(), opts)
	if err != nil {
		return loadError(out, err)
	}
	defer coll.Close()
	if log == nil {
		return nil
	}
	for _, pm := range out.Programs {
		name := pm.Name
		if pm.Attach != nil {
			name = pm.Attach.Name
		}
		fmt.Fprintf(log, "%s (%s):\n", name, pm.Name)
		if p := coll.Programs[pm.Name]; p != nil {
			for _, l := range strings.Split(strings.TrimRight(p.VerifierLog, "\n"), "\n") {
				fmt.Fprintf(log, "\t%s\n", l)
			}
		}
	}
	return nil
}
