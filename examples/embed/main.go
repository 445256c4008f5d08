// Command embed is gtrace used as a Go library: it counts the system calls
// of every process for five seconds and prints the five busiest, from the
// map the script fills, read through the API.
//
//	go build ./examples/embed && sudo ./embed [-for 5s] [-top 5]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/gtrace/gtrace"
)

const script = `tracepoint:raw_syscalls:sys_enter { @[comm] = count(); }`

func main() {
	duration := flag.Duration("for", 5*time.Second, "how long to count")
	top := flag.Int("top", 5, "how many processes to print")
	flag.Parse()
	if err := run(*duration, *top); err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(1)
	}
}

func run(duration time.Duration, top int) error {
	s, err := gtrace.Compile("syscalls.bt", []byte(script), gtrace.Options{})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	session, err := s.Start(ctx, gtrace.RunOptions{NoExitMaps: true})
	if err != nil {
		return err
	}
	// Tracing ends when ctx does; the maps are then as they were at the end.
	if err := session.Wait(); err != nil {
		return err
	}
	maps, err := session.Maps()
	if err != nil {
		return err
	}
	type proc struct {
		comm  string
		calls uint64
	}
	var procs []proc
	for _, m := range maps {
		for _, e := range m.Entries {
			procs = append(procs, proc{e.Key[0].Str, e.Value.Uint64()})
		}
	}
	sort.Slice(procs, func(i, j int) bool {
		if procs[i].calls != procs[j].calls {
			return procs[i].calls > procs[j].calls
		}
		return procs[i].comm < procs[j].comm
	})
	for i := 0; i < top && i < len(procs); i++ {
		fmt.Printf("%-16s %d\n", procs[i].comm, procs[i].calls)
	}
	return nil
}
