package cdecl

import (
	"strings"
	"testing"
)

// fuzzSeeds are inputs that crashed or misled Build once (found by hand
// while the tests were written; the fuzzer found none since), kept as
// seeds.
var fuzzSeeds = []string{
	// An alignment whose bits overflow: a division by zero.
	"struct s { int x __attribute__((aligned(1<<61))); };",
	"struct s { int x:3 __attribute__((aligned(1<<62))); };",
	// Sizes that overflow: a record of size 0.
	"struct s { int a[1<<31][1<<31][4]; };",
	"struct s { char a[1<<31]; char b[1<<31]; char c[1<<31]; };",
	// aligned(-1) once meant packed.
	"struct s { char a; int b __attribute__((aligned(-1))); };",
	// A record defined in itself.
	"struct a { struct a { int y; } in; };",
}

// FuzzParse checks that Parse and Build never panic and that their
// errors lie in the text given.
func FuzzParse(f *testing.F) {
	for _, c := range acceptCases {
		f.Add(c.src)
	}
	for _, c := range rejectCases {
		f.Add(c.src)
	}
	for _, src := range gccCases {
		f.Add(src)
	}
	for _, src := range fuzzSeeds {
		f.Add(src)
	}
	f.Add("int " + strings.Repeat("(", 300) + "x;")
	f.Add(strings.Repeat("struct a { ", 300))
	f.Fuzz(func(t *testing.T, src string) {
		const base = 7
		check := func(what string, err *Error) {
			if err.Off < base || err.Off > base+len(src) || err.End < err.Off || err.End > base+len(src) {
				t.Fatalf("%s: error %d-%d (%s) outside [%d, %d]", what, err.Off, err.End, err.Msg, base, base+len(src))
			}
			if err.Msg == "" {
				t.Fatalf("%s: an error without a message at %d", what, err.Off)
			}
		}
		file, err := Parse(src, base)
		if err != nil {
			if file != nil {
				t.Fatalf("Parse returned a file and an error")
			}
			check("Parse", err)
			return
		}
		ty, err := Build([]*File{file}, fakeLookup{})
		if err != nil {
			if ty != nil {
				t.Fatalf("Build returned types and an error")
			}
			check("Build", err)
			return
		}
		for k, v := range ty.Named {
			if v == nil {
				t.Fatalf("%s is nil", k)
			}
		}
	})
}
