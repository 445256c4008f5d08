// Package vm boots Linux kernels under qemu for the kernel matrix: it
// fetches Debian's kernel packages, builds an initramfs whose init
// (tests/kernels/guestinit) shares this machine's root file system into
// the guest, and runs a list of commands there.
package vm

// Config is what the guest's init reads from /config.json in the
// initramfs.
type Config struct {
	// Modules are the kernel modules to load, in order, as paths in the
	// initramfs; those the kernel has built in are left out.
	Modules []string
	// Share is a directory of this machine that the guest mounts
	// writable at the same path (the rest of the root is read-only);
	// results.json is written there.
	Share string
	// KeepTmp are directories under /tmp that the guest must see although
	// it has a /tmp of its own (a checkout there).
	KeepTmp []string
	// Disk, when set, is a block device holding an ext4 file system that
	// the guest mounts at /mnt; Swap a block device to swap on.
	Disk, Swap string
	// Steps run one after the other, in the guest's root (this machine's,
	// read-only, with its own /proc, /sys, /dev, /tmp and /run).
	Steps []Step
}

// Step is one command run in the guest.
type Step struct {
	Name string
	Dir  string
	Argv []string
	// Env is added to the guest's environment (PATH, HOME=/tmp,
	// TMPDIR=/tmp).
	Env []string
	// Timeout, in seconds, ends the step with SIGKILL.
	Timeout int
}

// Result is what the guest says of one step.
type Result struct {
	Name    string
	Exit    int // -1: it did not start or was killed
	Seconds float64
	Error   string `json:",omitempty"`
}

// Results is the guest's results.json.
type Results struct {
	Kernel string // uname -r in the guest
	Steps  []Result
	// Setup is set when the guest could not prepare itself (modules,
	// mounts) and ran no step.
	Setup string `json:",omitempty"`
}
