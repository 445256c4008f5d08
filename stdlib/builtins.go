// Package stdlib is the table of gtrace's builtins: every builtin variable,
// function and aggregation by name, with its argument counts and a one-line
// description. The checker uses it to know what exists (and to suggest a
// name when one is misspelled), the REPL to complete, and documentation to
// list. Call Lookup first.
package stdlib

import "sort"

// Kind says what sort of builtin a name is.
type Kind int

const (
	Variable    Kind = iota // pid, comm, ...
	Function                // printf(), str(), ...
	Aggregation             // count(), hist(), ... : only as `@m = agg(...)`
)

// Builtin describes one builtin.
type Builtin struct {
	Name    string
	Kind    Kind
	MinArgs int
	MaxArgs int // -1: variadic
	Doc     string
}

var table = map[string]*Builtin{}

func add(b Builtin) { table[b.Name] = &b }

func init() {
	for _, b := range []Builtin{
		{Name: "pid", Kind: Variable, Doc: "process id (tgid) of the current task"},
		{Name: "tid", Kind: Variable, Doc: "thread id of the current task"},
		{Name: "uid", Kind: Variable, Doc: "user id of the current task"},
		{Name: "gid", Kind: Variable, Doc: "group id of the current task"},
		{Name: "comm", Kind: Variable, Doc: "name of the current task (16 bytes)"},
		{Name: "nsecs", Kind: Variable, Doc: "monotonic time in nanoseconds"},
		{Name: "elapsed", Kind: Variable, Doc: "nanoseconds since gtrace started"},
		{Name: "cpu", Kind: Variable, Doc: "processor the probe runs on"},
		{Name: "rand", Kind: Variable, Doc: "a pseudo-random 32-bit number"},
		{Name: "probe", Kind: Variable, Doc: "name of the probe that fired"},
		{Name: "cpid", Kind: Variable, Doc: "pid of the -c command"},
		{Name: "args", Kind: Variable, Doc: "tracepoint arguments: args->name"},
		{Name: "ctx", Kind: Variable, Doc: "the probe's context pointer"},
		{Name: "curtask", Kind: Variable, Doc: "address of the current task_struct"},
		{Name: "retval", Kind: Variable, Doc: "return value (kretprobe, uretprobe)"},
		{Name: "func", Kind: Variable, Doc: "name of the traced function"},
		{Name: "cgroup", Kind: Variable, Doc: "cgroup v2 id of the current task"},

		{Name: "printf", Kind: Function, MinArgs: 1, MaxArgs: -1, Doc: "print formatted text"},
		{Name: "print", Kind: Function, MinArgs: 1, MaxArgs: 3, Doc: "print a value, or a map (top N, divided by D)"},
		{Name: "exit", Kind: Function, MinArgs: 0, MaxArgs: 0, Doc: "stop tracing"},
		{Name: "str", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "read a NUL-terminated string (at most N bytes)"},
		{Name: "delete", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "delete a map entry: delete(@m[k]) or delete(@m, k)"},
		{Name: "clear", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "delete every entry of a map"},
		{Name: "strncmp", Kind: Function, MinArgs: 3, MaxArgs: 3, Doc: "0 when the first N characters of two strings are equal"},
		{Name: "strcontains", Kind: Function, MinArgs: 2, MaxArgs: 2, Doc: "1 when a string contains a literal substring"},
		{Name: "sizeof", Kind: Function, MinArgs: 0, MaxArgs: 1, Doc: "size in bytes of a type or expression"},
		{Name: "offsetof", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "offset of a member: offsetof(struct x, member)"},
		{Name: "zero", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "set every value of a map to zero"},
		{Name: "len", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "number of entries of a map"},
		{Name: "has_key", Kind: Function, MinArgs: 2, MaxArgs: -1, Doc: "1 when a map has an entry for a key: has_key(@m, k)"},
		{Name: "time", Kind: Function, MinArgs: 0, MaxArgs: 1, Doc: "print the wall-clock time with a strftime format (default \"%H:%M:%S\\n\")"},
		{Name: "strftime", Kind: Function, MinArgs: 2, MaxArgs: 2, Doc: "a timestamp (nsecs) formatted with a strftime format when printed"},
		{Name: "ksym", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "kernel symbol name of an address"},
		{Name: "usym", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "user symbol name of an address in the current process"},
		{Name: "kaddr", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "address of a kernel symbol"},
		{Name: "kstack", Kind: Function, MinArgs: 0, MaxArgs: 2, Doc: "kernel stack: kstack, kstack(perf), kstack(5), kstack(perf, 5)"},
		{Name: "ustack", Kind: Function, MinArgs: 0, MaxArgs: 2, Doc: "user stack: ustack, ustack(perf), ustack(5), ustack(perf, 5)"},
		{Name: "ntop", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "an IPv4 address as text: ntop([af,] addr)"},
		{Name: "cgroupid", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "cgroup v2 id of a cgroup path"},
		{Name: "join", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "print up to 16 strings of an argv array, separated by a space or sep"},
		{Name: "cat", Kind: Function, MinArgs: 1, MaxArgs: -1, Doc: "print the contents of a file"},
		{Name: "system", Kind: Function, MinArgs: 1, MaxArgs: -1, Doc: "run a shell command (--unsafe)"},
		{Name: "signal", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "send a signal to the current task (--unsafe)"},

		{Name: "count", Kind: Aggregation, MinArgs: 0, MaxArgs: 0, Doc: "count events"},
		{Name: "sum", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "sum values"},
		{Name: "min", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "smallest value"},
		{Name: "max", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "largest value"},
		{Name: "avg", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "average of values"},
		{Name: "stats", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "count, average and total of values"},
		{Name: "hist", Kind: Aggregation, MinArgs: 1, MaxArgs: 1, Doc: "power-of-two histogram"},
		{Name: "lhist", Kind: Aggregation, MinArgs: 4, MaxArgs: 4, Doc: "linear histogram: lhist(value, min, max, step)"},
	} {
		add(b)
	}
}

// Lookup returns the builtin called name, or nil.
func Lookup(name string) *Builtin { return table[name] }

// Names returns every builtin name of kind k, sorted.
func Names(k Kind) []string {
	var out []string
	for n, b := range table {
		if b.Kind == k {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
