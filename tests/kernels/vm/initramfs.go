package vm

import (
	"encoding/json"
	"fmt"
	"os"
)

// GuestModules are what every guest loads, with their dependencies: 9p
// over virtio for the shared root and the share, virtio_blk and ext4 for
// the scratch disk (ext4 asks the crypto API for crc32c; it is no
// dependency of the module).
var GuestModules = []string{"virtio_pci", "9pnet_virtio", "9p", "virtio_blk", "crc32c_generic", "ext4"}

// WriteInitramfs writes an initramfs for k to path: init (the guest's
// init, a static binary) as /init, the modules cfg needs, and cfg, whose
// Modules it fills in.
func WriteInitramfs(path string, k *Kernel, init []byte, cfg Config, modules ...string) error {
	mods, err := k.Modules(modules...)
	if err != nil {
		return err
	}
	var a Archive
	a.AddFile("init", 0o755, init)
	for _, m := range mods {
		p := fmt.Sprintf("/modules/%s.ko", m.Name)
		a.AddFile(p, 0o644, m.Image)
		cfg.Modules = append(cfg.Modules, p)
	}
	data, err := json.MarshalIndent(cfg, "", "\t")
	if err != nil {
		return err
	}
	a.AddFile("config.json", 0o644, data)
	for _, d := range []string{"proc", "sys", "dev", "host"} {
		a.AddDir(d)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := a.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
