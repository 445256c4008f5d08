package runtime

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cilium/ebpf/perf"

	"github.com/gtrace/gtrace/stdlib"
)

// Packets: skboutput() sends packets through a perf event array (the
// kernel's bpf_skb_output writes nowhere else); a goroutine beside the
// event loop reads them and appends each to its pcap file.

// packetPoll is how long the packet reader waits before it looks whether
// tracing has ended: at most what ending waits for the last packets.
const packetPoll = 50 * time.Millisecond

// packets reads the packet ring into pcap files.
type packets struct {
	rd      *perf.Reader
	files   []*pcapFile
	closing atomic.Bool
	done    sync.WaitGroup
	lost    atomic.Uint64
	err     error // the first write error, set by the goroutine
}

// openPackets creates the script's pcap files and starts reading the
// packet ring.
func (r *runner) openPackets() error {
	if r.out.PacketMap == "" {
		return nil
	}
	m := r.coll.Maps[r.out.PacketMap]
	if m == nil {
		return fmt.Errorf("packet map %q is missing from the collection", r.out.PacketMap)
	}
	p := &packets{}
	r.packets = p
	for _, path := range r.out.PacketFiles {
		f, err := createPcap(path)
		if err != nil {
			return fmt.Errorf("skboutput: %w", err)
		}
		p.files = append(p.files, f)
	}
	var err error
	if p.rd, err = perf.NewReader(m, 256<<10); err != nil {
		return fmt.Errorf("skboutput: packet ring: %w", err)
	}
	p.done.Add(1)
	go p.read(r.bootWall)
	return nil
}

func (p *packets) read(boot time.Time) {
	defer p.done.Done()
	for {
		// A deadline set while Read waits does not wake it: each Read
		// waits a while, and the loop looks whether to stop. Records
		// already in the ring are read before a deadline counts.
		p.rd.SetDeadline(time.Now().Add(packetPoll))
		rec, err := p.rd.Read()
		switch {
		case errors.Is(err, os.ErrDeadlineExceeded):
			if p.closing.Load() {
				return
			}
			continue
		case err != nil:
			return // closed
		}
		p.lost.Add(rec.LostSamples)
		b := rec.RawSample
		if len(b) < stdlib.PacketHeader {
			continue
		}
		le := binary.NativeEndian
		id, ns, n, off := le.Uint64(b), le.Uint64(b[8:]), le.Uint64(b[16:]), le.Uint64(b[24:])
		data := b[stdlib.PacketHeader:]
		if n < uint64(len(data)) {
			data = data[:n] // the ring pads records to 8 bytes
		}
		data = data[min(off, uint64(len(data))):]
		if id >= uint64(len(p.files)) {
			continue
		}
		if err := p.files[id].write(boot.Add(time.Duration(ns)), data); err != nil && p.err == nil {
			p.err = err
		}
	}
}

// closePackets reads what is left in the packet ring and closes the
// files, reporting lost packets; safe to call twice.
func (r *runner) closePackets() error {
	p := r.packets
	if p == nil {
		return nil
	}
	r.packets = nil
	if p.rd != nil {
		p.closing.Store(true)
		p.done.Wait()
		p.rd.Close()
	}
	err := p.err
	for _, f := range p.files {
		if cerr := f.close(); err == nil {
			err = cerr
		}
	}
	if n := p.lost.Load(); n > 0 {
		fmt.Fprintf(r.opts.Stderr, "WARNING: %d packets of skboutput() were lost: the packet ring was full\n", n)
	}
	if err != nil {
		return fmt.Errorf("skboutput: %w", err)
	}
	return nil
}

// pcapFile is a pcap capture file of raw IP packets (LINKTYPE_RAW).
type pcapFile struct {
	f    *os.File
	path string
}

// pcap's file header: magic (microsecond timestamps), version 2.4, no
// time zone, snapshot length, link type.
const (
	pcapMagic   = 0xa1b2c3d4
	pcapSnaplen = 65535
	linktypeRaw = 101
)

func createPcap(path string) (*pcapFile, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	var h [24]byte
	binary.NativeEndian.PutUint32(h[0:], pcapMagic)
	binary.NativeEndian.PutUint16(h[4:], 2)
	binary.NativeEndian.PutUint16(h[6:], 4)
	binary.NativeEndian.PutUint32(h[16:], pcapSnaplen)
	binary.NativeEndian.PutUint32(h[20:], linktypeRaw)
	if _, err := f.Write(h[:]); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &pcapFile{f: f, path: path}, nil
}

// write appends one packet seen at t.
func (p *pcapFile) write(t time.Time, data []byte) error {
	var h [16]byte
	binary.NativeEndian.PutUint32(h[0:], uint32(t.Unix()))
	binary.NativeEndian.PutUint32(h[4:], uint32(t.Nanosecond()/1000))
	binary.NativeEndian.PutUint32(h[8:], uint32(len(data)))
	binary.NativeEndian.PutUint32(h[12:], uint32(len(data)))
	if _, err := p.f.Write(append(h[:], data...)); err != nil {
		return fmt.Errorf("%s: %w", p.path, err)
	}
	return nil
}

func (p *pcapFile) close() error {
	if err := p.f.Close(); err != nil {
		return fmt.Errorf("%s: %w", p.path, err)
	}
	return nil
}
