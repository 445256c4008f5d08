package lang

import (
	"strings"

	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"

	"github.com/gtrace/gtrace/lang/ast"
)

// Named constants: a bare word that is neither a builtin nor a variable
// may be a constant the C headers of bpftrace's scripts define, which
// gtrace has no headers for: an enumerator of the kernel's BTF
// (TCP_SYN_SENT), or one of the C macros below (AF_INET, TASK_RUNNING,
// O_CREAT, SIGKILL, ENOENT...), the x86-64 and arm64 Linux values, which
// scripts use without #include or with one (docs/language.md lists them).

// macros are the C macros of the kernel's and the C library's headers
// that scripts use most.
var macros = map[string]int64{
	// Address and protocol families (<sys/socket.h>).
	"AF_UNSPEC": 0, "AF_UNIX": 1, "AF_LOCAL": 1, "AF_INET": 2, "AF_INET6": 10, "AF_NETLINK": 16,
	"AF_PACKET": 17, "AF_VSOCK": 40, "AF_XDP": 44,
	"PF_UNSPEC": 0, "PF_UNIX": 1, "PF_LOCAL": 1, "PF_INET": 2, "PF_INET6": 10, "PF_NETLINK": 16, "PF_PACKET": 17,
	// Socket types.
	"SOCK_STREAM": 1, "SOCK_DGRAM": 2, "SOCK_RAW": 3, "SOCK_RDM": 4, "SOCK_SEQPACKET": 5, "SOCK_DCCP": 6,
	"SOCK_PACKET": 10, "SOCK_NONBLOCK": 0o4000, "SOCK_CLOEXEC": 0o2000000,
	// IP protocols (<netinet/in.h>).
	"IPPROTO_IP": 0, "IPPROTO_ICMP": 1, "IPPROTO_IGMP": 2, "IPPROTO_TCP": 6, "IPPROTO_UDP": 17,
	"IPPROTO_IPV6": 41, "IPPROTO_ICMPV6": 58, "IPPROTO_SCTP": 132, "IPPROTO_UDPLITE": 136,
	"IPPROTO_RAW": 255, "IPPROTO_MPTCP": 262,
	// Task states (<linux/sched.h>).
	"TASK_RUNNING": 0, "TASK_INTERRUPTIBLE": 1, "TASK_UNINTERRUPTIBLE": 2, "__TASK_STOPPED": 4,
	"__TASK_TRACED": 8, "EXIT_DEAD": 16, "EXIT_ZOMBIE": 32, "TASK_PARKED": 0x40, "TASK_DEAD": 0x80,
	"TASK_WAKEKILL": 0x100, "TASK_WAKING": 0x200, "TASK_NOLOAD": 0x400, "TASK_NEW": 0x800,
	"TASK_KILLABLE": 0x102, "TASK_STOPPED": 0x104, "TASK_TRACED": 8, "TASK_IDLE": 0x402,
	// Task flags (task_struct.flags).
	"PF_IDLE": 0x2, "PF_EXITING": 0x4, "PF_VCPU": 0x10, "PF_WQ_WORKER": 0x20, "PF_FORKNOEXEC": 0x40,
	"PF_SUPERPRIV": 0x100, "PF_DUMPCORE": 0x200, "PF_SIGNALED": 0x400, "PF_MEMALLOC": 0x800,
	"PF_NPROC_EXCEEDED": 0x1000, "PF_USED_MATH": 0x2000, "PF_NOFREEZE": 0x8000, "PF_KSWAPD": 0x20000,
	"PF_KTHREAD": 0x200000, "PF_RANDOMIZE": 0x400000, "PF_NO_SETAFFINITY": 0x4000000,
	// open(2) flags (<fcntl.h>, x86-64 and arm64 alike but O_DIRECT,
	// O_LARGEFILE, O_DIRECTORY, O_NOFOLLOW: the x86-64 values).
	"O_RDONLY": 0, "O_WRONLY": 1, "O_RDWR": 2, "O_ACCMODE": 3, "O_CREAT": 0o100, "O_EXCL": 0o200,
	"O_NOCTTY": 0o400, "O_TRUNC": 0o1000, "O_APPEND": 0o2000, "O_NONBLOCK": 0o4000, "O_DSYNC": 0o10000,
	"O_DIRECT": 0o40000, "O_LARGEFILE": 0o100000, "O_DIRECTORY": 0o200000, "O_NOFOLLOW": 0o400000,
	"O_NOATIME": 0o1000000, "O_CLOEXEC": 0o2000000, "O_SYNC": 0o4010000, "O_PATH": 0o10000000,
	"O_TMPFILE": 0o20200000,
}

// macroConstant is the value of a C macro gtrace knows: the table above,
// signal numbers (SIGKILL) and error numbers (ENOENT).
func macroConstant(name string) (int64, bool) {
	if v, ok := macros[name]; ok {
		return v, true
	}
	if strings.HasPrefix(name, "SIG") {
		if s := unix.SignalNum(name); s != 0 {
			return int64(s), true
		}
	}
	if strings.HasPrefix(name, "E") {
		if e := errnoByName[name]; e != 0 {
			return int64(e), true
		}
	}
	return 0, false
}

// errnoByName maps the errno names Linux has to their numbers.
var errnoByName = func() map[string]unix.Errno {
	m := map[string]unix.Errno{}
	for e := unix.Errno(1); e < 4096; e++ {
		if n := unix.ErrnoName(e); n != "" {
			m[n] = e
		}
	}
	return m
}()

// namedConstant is the integer constant a bare word names when it is not
// a #define: an enumerator of the script's C definitions, one of the
// macros above, or an enumerator of the kernel's BTF, typed as its enum
// (the macros as int64).
func (c *checker) namedConstant(name string) (int64, *ast.Type, bool) {
	if c.ctypes != nil {
		if v, ok := c.ctypes.Enumerators[name]; ok {
			return v.Value, ast.IntType(int(v.Enum.Size), v.Enum.Signed), true
		}
	}
	if v, ok := macroConstant(name); ok {
		return v, ast.Int64, true
	}
	return c.enumConstant(name)
}

// enumConstant is an enumerator of the kernel's BTF, typed as its enum.
func (c *checker) enumConstant(name string) (int64, *ast.Type, bool) {
	if c.enums == nil {
		c.enums = map[string]enumValue{}
		if spec, err := c.kernelTypes(); err == nil {
			for typ, err := range spec.All() {
				if err != nil {
					break
				}
				switch e := typ.(type) {
				case *btf.Enum:
					for _, v := range e.Values {
						if _, dup := c.enums[v.Name]; !dup {
							c.enums[v.Name] = enumValue{int64(v.Value), int(e.Size), e.Signed}
						}
					}
				}
			}
		}
	}
	v, ok := c.enums[name]
	if !ok {
		return 0, nil, false
	}
	return v.value, ast.IntType(v.size, v.signed), true
}

// enumValue is one enumerator.
type enumValue struct {
	value  int64
	size   int
	signed bool
}
