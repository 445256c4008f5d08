package cdecl

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
)

type probeLK struct{}

func (probeLK) Kernel(kind, name string) (btf.Type, error) {
	if kind == "struct" && name == "task_struct" {
		return &btf.Struct{Name: "task_struct", Size: 64, Members: []btf.Member{{Name: "pid", Type: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}, Offset: 0}, {Name: "x", Type: &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}, Offset: 64}}}, nil
	}
	if kind == "" && name == "pid_t" {
		return &btf.Typedef{Name: "pid_t", Type: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}}, nil
	}
	return nil, fmt.Errorf("no %s %s in the kernel", kind, name)
}
func (probeLK) Constant(name string) (int64, bool) {
	if name == "TASK_COMM_LEN" {
		return 16, true
	}
	return 0, false
}

func dump(t btf.Type, ind string) string {
	var sb strings.Builder
	switch u := t.(type) {
	case *btf.Struct:
		fmt.Fprintf(&sb, "struct %s size=%d\n", u.Name, u.Size)
		for _, m := range u.Members {
			fmt.Fprintf(&sb, "%s  %s off=%d bits=%d %T\n", ind, m.Name, m.Offset, m.BitfieldSize, m.Type)
		}
	case *btf.Union:
		fmt.Fprintf(&sb, "union %s size=%d\n", u.Name, u.Size)
		for _, m := range u.Members {
			fmt.Fprintf(&sb, "%s  %s off=%d bits=%d %T\n", ind, m.Name, m.Offset, m.BitfieldSize, m.Type)
		}
	default:
		fmt.Fprintf(&sb, "%v\n", t)
	}
	return sb.String()
}

func TestZZProbe(t *testing.T) {
	data, _ := os.ReadFile("/tmp/probe/in.txt")
	for _, src := range strings.Split(string(data), "\n===\n") {
		src = strings.TrimSpace(src)
		if src == "" {
			continue
		}
		fmt.Printf("---- %q\n", src)
		f, err := Parse(src, 0)
		if err != nil {
			fmt.Printf("PARSE ERR %d-%d %q  at %q\n", err.Off, err.End, err.Msg, src[min(err.Off, len(src)):])
			continue
		}
		ty, err := Build([]*File{f}, probeLK{})
		if err != nil {
			fmt.Printf("BUILD ERR %d-%d %q  at %q\n", err.Off, err.End, err.Msg, src[min(err.Off, len(src)):])
			continue
		}
		for k, v := range ty.Named {
			fmt.Printf("%s: %s", k, dump(v, ""))
		}
		for k, v := range ty.Enumerators {
			fmt.Printf("  enumerator %s=%d\n", k, v.Value)
		}
	}
}
