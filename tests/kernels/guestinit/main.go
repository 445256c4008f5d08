// Command guestinit is the init of the kernel matrix's guests
// (tests/kernels). It loads the modules listed in /config.json, mounts the
// host's root file system (shared read-only over 9p) with a writable
// share and fresh /proc, /sys, /dev, /tmp and /run, enters it, runs the
// configured steps one after the other with their output on the console,
// writes results.json to the share, and powers the machine off.
//
// As pid 1 it also reaps every orphan; the steps run in a child of it
// (this program again, with the argument "steps"), so that the exit
// statuses of the steps are their own.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/tests/kernels/vm"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "steps" {
		os.Exit(runSteps())
	}
	if os.Getpid() != 1 {
		fmt.Fprintln(os.Stderr, "guestinit: not pid 1; this is the init of a kernel matrix guest")
		os.Exit(2)
	}
	cfg, err := setup()
	if err != nil {
		fmt.Printf("guestinit: %v\n", err)
		if cfg != nil {
			writeResults(cfg, vm.Results{Kernel: release(), Setup: err.Error()})
		}
		poweroff()
	}
	// The steps run in the new root; /proc/self/exe still names this
	// binary, in the initramfs.
	data, _ := json.Marshal(cfg)
	cmd := exec.Command("/proc/self/exe", "steps")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(data), os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		fmt.Printf("guestinit: %v\n", err)
		poweroff()
	}
	for {
		var ws unix.WaitStatus
		pid, err := unix.Wait4(-1, &ws, 0, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil || pid == cmd.Process.Pid {
			break
		}
	}
	poweroff()
}

// setup prepares the guest and enters the host's root.
func setup() (*vm.Config, error) {
	for _, m := range []struct{ src, dir, fstype string }{
		{"proc", "/proc", "proc"}, {"sys", "/sys", "sysfs"}, {"dev", "/dev", "devtmpfs"},
	} {
		os.MkdirAll(m.dir, 0o755)
		if err := unix.Mount(m.src, m.dir, m.fstype, 0, ""); err != nil {
			return nil, fmt.Errorf("mount %s: %v", m.dir, err)
		}
	}
	data, err := os.ReadFile("/config.json")
	if err != nil {
		return nil, err
	}
	var cfg vm.Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, fmt.Errorf("/config.json: %v", err)
	}
	for _, m := range cfg.Modules {
		image, err := os.ReadFile(m)
		if err != nil {
			return nil, err
		}
		if err := unix.InitModule(image, ""); err != nil && err != unix.EEXIST {
			return nil, fmt.Errorf("load %s: %v", filepath.Base(m), err)
		}
	}
	const root = "/host"
	os.MkdirAll(root, 0o755)
	opts := "trans=virtio,version=9p2000.L,msize=262144,cache=loose"
	if err := unix.Mount("hostroot", root, "9p", unix.MS_RDONLY, opts); err != nil {
		return nil, fmt.Errorf("mount the host's root: %v", err)
	}
	mounts := []struct {
		src, dir, fstype, opts string
		flags                  uintptr
	}{
		// The share first, so that a failure below reaches results.json.
		{"share", cfg.Share, "9p", "trans=virtio,version=9p2000.L,msize=262144", 0},
		{"proc", "/proc", "proc", "", 0},
		{"sys", "/sys", "sysfs", "", 0},
		{"dev", "/dev", "devtmpfs", "", 0},
		{"devpts", "/dev/pts", "devpts", "", 0},
		{"tracefs", "/sys/kernel/tracing", "tracefs", "", 0},
		{"debugfs", "/sys/kernel/debug", "debugfs", "", 0},
		{"bpffs", "/sys/fs/bpf", "bpf", "", 0},
		{"cgroup2", "/sys/fs/cgroup", "cgroup2", "", 0},
		{"tmp", "/tmp", "tmpfs", "mode=1777", 0},
		{"run", "/run", "tmpfs", "mode=755", 0},
	}
	if cfg.Disk != "" {
		mounts = append(mounts, struct {
			src, dir, fstype, opts string
			flags                  uintptr
		}{cfg.Disk, "/mnt", "ext4", "", 0})
	}
	// The host's directories under /tmp that the guest needs (a checkout
	// there) are bound aside before the guest's own /tmp hides them, and
	// put back into it after.
	for i, d := range cfg.KeepTmp {
		aside := fmt.Sprintf("/kept%d", i)
		os.MkdirAll(aside, 0o755)
		if err := unix.Mount(root+d, aside, "", unix.MS_BIND|unix.MS_REC, ""); err != nil {
			return &cfg, fmt.Errorf("bind %s: %v", d, err)
		}
	}
	for _, m := range mounts {
		os.MkdirAll(root+m.dir, 0o755) // on the file systems mounted before: /dev/pts
		if err := unix.Mount(m.src, root+m.dir, m.fstype, m.flags, m.opts); err != nil {
			return &cfg, fmt.Errorf("mount %s on %s: %v", m.fstype, m.dir, err)
		}
	}
	for i, d := range cfg.KeepTmp {
		os.MkdirAll(root+d, 0o755)
		if err := unix.Mount(fmt.Sprintf("/kept%d", i), root+d, "", unix.MS_MOVE, ""); err != nil {
			return &cfg, fmt.Errorf("put %s back: %v", d, err)
		}
	}
	if cfg.Swap != "" {
		if err := swapon(cfg.Swap); err != nil {
			return &cfg, fmt.Errorf("swapon %s: %v", cfg.Swap, err)
		}
	}
	if err := loopbackUp(); err != nil {
		return &cfg, fmt.Errorf("bring lo up: %v", err)
	}
	// Make the host's root the root of the mount tree, as switch_root
	// does: with a chroot alone, paths rebuilt from mounts (d_path,
	// createsnoop.bt) would start with /host.
	if err := os.Chdir(root); err != nil {
		return &cfg, err
	}
	if err := unix.Mount(".", "/", "", unix.MS_MOVE, ""); err != nil {
		return &cfg, fmt.Errorf("move the host's root to /: %v", err)
	}
	if err := unix.Chroot("."); err != nil {
		return &cfg, err
	}
	return &cfg, os.Chdir("/")
}

func swapon(dev string) error {
	p, err := unix.BytePtrFromString(dev)
	if err != nil {
		return err
	}
	if _, _, e := unix.Syscall(unix.SYS_SWAPON, uintptr(unsafe.Pointer(p)), 0, 0); e != 0 {
		return e
	}
	return nil
}

// loopbackUp sets IFF_UP on lo, for the tests that listen and connect.
func loopbackUp() error {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	ifr, err := unix.NewIfreq("lo")
	if err != nil {
		return err
	}
	if err := unix.IoctlIfreq(fd, unix.SIOCGIFFLAGS, ifr); err != nil {
		return err
	}
	ifr.SetUint16(ifr.Uint16() | unix.IFF_UP)
	return unix.IoctlIfreq(fd, unix.SIOCSIFFLAGS, ifr)
}

// runSteps runs the steps in the host's root and writes results.json;
// the configuration comes on stdin.
func runSteps() int {
	data, err := io.ReadAll(os.Stdin)
	var cfg vm.Config
	if err == nil {
		err = json.Unmarshal(data, &cfg)
	}
	if err != nil {
		fmt.Printf("guestinit: %v\n", err)
		return 1
	}
	res := vm.Results{Kernel: release()}
	base := []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/tmp", "TMPDIR=/tmp", "LANG=C.UTF-8"}
	for _, s := range cfg.Steps {
		fmt.Printf("### step %s: %s\n", s.Name, strings.Join(s.Argv, " "))
		r := runStep(s, base)
		fmt.Printf("### step %s: exit %d in %.1fs%s\n", s.Name, r.Exit, r.Seconds, suffix(r.Error))
		res.Steps = append(res.Steps, r)
	}
	if err := writeResults(&cfg, res); err != nil {
		fmt.Printf("guestinit: %v\n", err)
		return 1
	}
	return 0
}

func suffix(s string) string {
	if s == "" {
		return ""
	}
	return ": " + s
}

func runStep(s vm.Step, base []string) vm.Result {
	r := vm.Result{Name: s.Name, Exit: -1}
	timeout := time.Duration(s.Timeout) * time.Second
	if timeout == 0 {
		timeout = 10 * time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if len(s.Argv) == 0 {
		r.Error = "no command"
		return r
	}
	cmd := exec.CommandContext(ctx, s.Argv[0], s.Argv[1:]...)
	cmd.Dir = s.Dir
	cmd.Stdin = nil
	cmd.Env = append(append([]string{}, base...), s.Env...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stdout
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	start := time.Now()
	err := cmd.Run()
	r.Seconds = time.Since(start).Seconds()
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.Error = fmt.Sprintf("timed out after %v", timeout)
	case err == nil:
		r.Exit = 0
	case errors.As(err, &exit):
		r.Exit = exit.ExitCode()
		if r.Exit < 0 {
			r.Error = exit.String()
		}
	default:
		r.Error = err.Error()
	}
	return r
}

func writeResults(cfg *vm.Config, res vm.Results) error {
	data, err := json.MarshalIndent(res, "", "\t")
	if err != nil {
		return err
	}
	dir := cfg.Share
	if os.Getpid() == 1 {
		dir = "/host" + dir // before the chroot
	}
	return os.WriteFile(filepath.Join(dir, "results.json"), data, 0o644)
}

func release() string {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return ""
	}
	return unix.ByteSliceToString(u.Release[:])
}

func poweroff() {
	unix.Sync()
	unix.Reboot(unix.LINUX_REBOOT_CMD_POWER_OFF)
	for {
		time.Sleep(time.Hour)
	}
}
