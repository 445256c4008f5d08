package gtrace_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gtrace/gtrace"
	"github.com/gtrace/gtrace/internal/testenv"
)

// Errors in a script are a CompileError, each with its position, shown
// with the caret as the gtrace command shows them.
func TestCompileError(t *testing.T) {
	src := "BEGIN {\n\t@x = count(1);\n\tprintf(\"%d\\n\", nosuch);\n}"
	_, err := gtrace.Compile("bad.bt", []byte(src), gtrace.Options{})
	var ce *gtrace.CompileError
	if !errors.As(err, &ce) || len(ce.Errors) != 2 {
		t.Fatalf("got %v", err)
	}
	if e := ce.Errors[1]; e.Pos.File != "bad.bt" || e.Pos.Line != 3 || e.Pos.Col != 17 || !strings.HasPrefix(e.Msg, "unknown identifier nosuch") {
		t.Errorf("second error %+v", e)
	}
	want := "bad.bt:2:7: count() takes 0 arguments, got 1\n\t@x = count(1);\n\t     ^~~~~~~~\n" +
		"bad.bt:3:17: unknown identifier nosuch; did you mean nsecs?\n\tprintf(\"%d\\n\", nosuch);\n\t               ^~~~~~\n"
	if got := ce.Format(); got != want {
		t.Errorf("Format:\n%s\nwant:\n%s", got, want)
	}
	if got := gtrace.FormatError(src, err, false); got != want {
		t.Errorf("FormatError:\n%s", got)
	}
	if _, err := gtrace.Compile("", []byte("BEGIN { "), gtrace.Options{}); !errors.As(err, &ce) || !strings.Contains(ce.Format(), "syntax error") {
		t.Errorf("syntax error: %v", err)
	}
}

// Run prints as the command does; OnEvent sees the same events as values.
func TestRunAndEvents(t *testing.T) {
	testenv.RequireBPF(t)
	s, err := gtrace.Compile("", []byte(`BEGIN { printf("hi %d\n", 42); print((1, "two")); @c[7] = count(); @h = hist(5); exit(); }`), gtrace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	var events []gtrace.Event
	err = s.Run(context.Background(), gtrace.RunOptions{Stdout: &out, OnEvent: func(e gtrace.Event) { events = append(events, e) }})
	if err != nil {
		t.Fatal(err)
	}
	want := "Attaching 1 probe...\nhi 42\n(1, two)\n\n\n@c[7]: 1\n@h: \n[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n"
	if out.String() != want {
		t.Errorf("output:\n%q\nwant:\n%q", out.String(), want)
	}
	if len(events) != 2 || events[0].Kind != "printf" || events[0].Text != "hi 42\n" ||
		events[1].Kind != "print" || events[1].Value == nil || events[1].Value.Kind != gtrace.KindTuple {
		t.Errorf("events %+v", events)
	}
}

// Two scripts run at once in one process; each session's maps are read
// while it traces, exactly.
func TestTwoSessions(t *testing.T) {
	testenv.RequireBPF(t)
	pid := strconv.Itoa(os.Getpid())
	compile := func(src string) *gtrace.Script {
		s, err := gtrace.Compile("", []byte(src), gtrace.Options{Params: []string{pid}})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a := compile(`tracepoint:syscalls:sys_enter_getppid /pid == $1/ { @calls = count(); @by[tid] = count(); }`)
	b := compile(`tracepoint:syscalls:sys_enter_getpgid /pid == $1/ { @calls = count(); @pgid = sum(args->pid); }`)
	ctx := context.Background()
	var sa, sb *gtrace.Session
	var wg sync.WaitGroup
	var errA, errB error
	wg.Add(2)
	go func() { defer wg.Done(); sa, errA = a.Start(ctx, gtrace.RunOptions{}) }()
	go func() { defer wg.Done(); sb, errB = b.Start(ctx, gtrace.RunOptions{}) }()
	wg.Wait()
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	defer sa.Stop()
	defer sb.Stop()
	for i := 0; i < 3; i++ {
		syscall.Getppid()
	}
	for i := 0; i < 5; i++ {
		syscall.Getpgid(7)
	}
	count := func(s *gtrace.Session, name string) gtrace.Map {
		t.Helper()
		maps, err := s.Maps()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range maps {
			if m.Name == name {
				return m
			}
		}
		t.Fatalf("no map %s in %+v", name, maps)
		return gtrace.Map{}
	}
	// Events reach the maps at once: the probes update them in place.
	deadline := time.Now().Add(5 * time.Second)
	for count(sa, "@calls").Entries[0].Value.Uint64() < 3 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if m := count(sa, "@calls"); m.Kind != "count" || m.Entries[0].Value.Uint64() != 3 {
		t.Errorf("script A: %+v", m)
	}
	if m := count(sb, "@calls"); m.Entries[0].Value.Uint64() != 5 {
		t.Errorf("script B: %+v", m)
	}
	if m := count(sb, "@pgid"); m.Entries[0].Value.Uint64() != 35 {
		t.Errorf("script B's sum of pgid(7) five times: %+v", m)
	}
	if m := count(sa, "@by"); !m.Keyed || len(m.Entries) == 0 || m.Entries[0].Key[0].Kind != gtrace.KindInt {
		t.Errorf("script A's @by: %+v", m)
	}
	if err := sa.Stop(); err != nil {
		t.Fatal(err)
	}
	// After the end, Maps gives the maps as they were.
	if m := count(sa, "@calls"); m.Entries[0].Value.Uint64() != 3 {
		t.Errorf("script A after Stop: %+v", m)
	}
	// The other one still traces.
	syscall.Getpgid(7)
	deadline = time.Now().Add(5 * time.Second)
	for count(sb, "@calls").Entries[0].Value.Uint64() < 6 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if m := count(sb, "@calls"); m.Entries[0].Value.Uint64() != 6 {
		t.Errorf("script B after A stopped: %+v", m)
	}
}
