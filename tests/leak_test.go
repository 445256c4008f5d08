package tests

import (
	"errors"
	"os"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
)

// snapshotObjects lists the loaded programs and maps whose names start with
// objectPrefix. Listing needs CAP_SYS_ADMIN; unprivileged it returns an
// error. Every fd it opens is closed before it returns, so the test process
// never counts as a holder.
func snapshotObjects() (map[bpfObject]bool, error) {
	if os.Geteuid() != 0 {
		return nil, errors.New("not root")
	}
	objs := map[bpfObject]bool{}

	var pid ebpf.ProgramID
	for {
		next, err := ebpf.ProgramGetNextID(pid)
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		if err != nil {
			return nil, err
		}
		pid = next
		prog, err := ebpf.NewProgramFromID(pid)
		if err != nil {
			continue // freed in between
		}
		info, err := prog.Info()
		prog.Close()
		if err != nil {
			continue
		}
		if strings.HasPrefix(info.Name, objectPrefix) {
			objs[bpfObject{kind: "prog", id: uint32(pid), name: info.Name}] = true
		}
	}

	var mid ebpf.MapID
	for {
		next, err := ebpf.MapGetNextID(mid)
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		if err != nil {
			return nil, err
		}
		mid = next
		m, err := ebpf.NewMapFromID(mid)
		if err != nil {
			continue
		}
		info, err := m.Info()
		m.Close()
		if err != nil {
			continue
		}
		if strings.HasPrefix(info.Name, objectPrefix) {
			objs[bpfObject{kind: "map", id: uint32(mid), name: info.Name}] = true
		}
	}
	return objs, nil
}

// progMapIDs returns the IDs of the maps the program with this ID uses.
func progMapIDs(progID string) []string {
	id, err := strconv.ParseUint(progID, 10, 32)
	if err != nil {
		return nil
	}
	prog, err := ebpf.NewProgramFromID(ebpf.ProgramID(id))
	if err != nil {
		return nil
	}
	defer prog.Close()
	info, err := prog.Info()
	if err != nil {
		return nil
	}
	ids, _ := info.MapIDs()
	out := make([]string, len(ids))
	for i, m := range ids {
		out[i] = strconv.FormatUint(uint64(m), 10)
	}
	return out
}
