package vm

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// Machine is one boot of a kernel under qemu.
type Machine struct {
	Kernel *Kernel
	Initrd string
	// Share is the host directory shared writable (Config.Share).
	Share string
	// Disks are raw images, attached as /dev/vda, /dev/vdb, ...
	Disks   []string
	MemMiB  int
	CPUs    int
	Console io.Writer // the serial console, as the guest writes it
	KVM     bool      // use KVM instead of emulating the CPU
}

// Run boots the machine and waits until the guest powers off, ctx ends
// (the machine is killed) or qemu fails. The CPU is emulated (TCG):
// KVM, where /dev/kvm exists, is used only with KVM set, since a
// nested or partial KVM can fail on instructions of -cpu max and hang.
func (m *Machine) Run(ctx context.Context) error {
	accel := []string{"-accel", "tcg,thread=multi", "-cpu", "max"}
	if m.KVM {
		accel = []string{"-accel", "kvm", "-cpu", "host"}
	}
	args := append(accel,
		"-m", fmt.Sprint(m.MemMiB), "-smp", fmt.Sprint(m.CPUs),
		"-display", "none", "-serial", "stdio", "-monitor", "none", "-no-reboot", "-nic", "none",
		"-kernel", m.Kernel.Vmlinuz, "-initrd", m.Initrd,
		"-append", "console=ttyS0 panic=-1 quiet",
		"-virtfs", "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap",
		"-virtfs", "local,path="+m.Share+",mount_tag=share,security_model=none,multidevs=remap",
	)
	for _, d := range m.Disks {
		args = append(args, "-drive", "file="+d+",format=raw,if=virtio,cache=unsafe")
	}
	cmd := exec.CommandContext(ctx, "qemu-system-x86_64", args...)
	cmd.Stdout, cmd.Stderr = m.Console, m.Console
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return cmd.Process.Kill() }
	cmd.WaitDelay = 5 * time.Second
	if f, err := os.Open(os.DevNull); err == nil {
		defer f.Close()
		cmd.Stdin = f
	}
	err := cmd.Run()
	if ctx.Err() != nil {
		return fmt.Errorf("the guest did not power off in time: %v", context.Cause(ctx))
	}
	if err != nil {
		return fmt.Errorf("qemu-system-x86_64: %v", err)
	}
	return nil
}
