package stdlib

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/gtrace/gtrace/codegen/insn"
	"github.com/gtrace/gtrace/lang/ast"
	"github.com/gtrace/gtrace/runtime/output"
)

// Map operations: delete an entry, clear or zero a whole map, count its
// entries, test for a key.

func init() {
	register(&Builtin{Name: "delete", Kind: Function, MinArgs: 1, MaxArgs: 2, Doc: "delete a map entry: delete(@m[k]) or delete(@m, k)",
		Check: checkDelete, Stmt: emitDelete})
	for _, z := range []struct {
		name, doc string
		do        func(r Runtime, name string) error
	}{
		{"clear", "delete every entry of a map", Runtime.ClearMap},
		{"zero", "set every value of a map to zero", Runtime.ZeroMap},
	} {
		register(&Builtin{Name: z.name, Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: z.doc,
			Check: func(c Checker, x ast.Expr, args []ast.Expr) *ast.Type {
				m, ok := args[0].(*ast.MapRef)
				if !ok || m.Keys != nil {
					c.Errorf(args[0], "%s() needs a whole map: %s(@m)", z.name, z.name)
					return nil
				}
				c.MapRead(m, true)
				return ast.Void
			},
			Stmt: func(e Emitter, call *ast.Call) {
				handle := func(r Runtime, ev *EventSpec, _ []output.Value) error {
					if err := z.do(r, ev.Map); err != nil {
						return fmt.Errorf("%s %s: %w", z.name, ev.Map, err)
					}
					return nil
				}
				e.Event(&EventSpec{Handle: handle, Map: call.Args[0].(*ast.MapRef).Name, Pos: call.Pos}, nil)
			}})
	}
	register(&Builtin{Name: "len", Kind: Function, MinArgs: 1, MaxArgs: 1, Doc: "number of entries of a map",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			m, ok := args[0].(*ast.MapRef)
			if !ok || m.Keys != nil {
				c.Errorf(args[0], "len() needs a whole map: len(@m)")
				return nil
			}
			c.MapRead(m, true)
			return ast.Int64
		},
		Int: emitLen})
	register(&Builtin{Name: "has_key", Kind: Function, MinArgs: 2, MaxArgs: -1, Doc: "1 when a map has an entry for a key: has_key(@m, k)",
		Check: func(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
			m, ok := args[0].(*ast.MapRef)
			if !ok || m.Keys != nil {
				c.Errorf(args[0], "has_key() needs a map and a key: has_key(@m, key)")
				return nil
			}
			c.MapRead(keyedRef(m, args[1:]), false)
			return ast.Int64
		},
		Int: func(e Emitter, x ast.Expr, args []ast.Expr) {
			m := args[0].(*ast.MapRef)
			mm := e.Map(m.Name)
			if AggregatorOf(mm.MapInfo).Bucketed() {
				e.Fail(x, "has_key() of a hist/lhist map is not supported")
			}
			key := e.MapKey(keyedRef(m, args[1:]))
			e.MapLookup(mm, key)
			e.Boolify(asm.JNE)
		}})
}

// keyedRef is @m[keys] for a map named with its key as separate
// arguments: has_key(@m, k1, k2), or a tuple has_key(@m, (k1, k2)).
func keyedRef(m *ast.MapRef, keys []ast.Expr) *ast.MapRef {
	keyed := &ast.MapRef{Span: m.Span, Name: m.Name, Keys: keys}
	if tup, ok := keys[0].(*ast.Tuple); ok && len(keys) == 1 {
		keyed.Keys = tup.Elems
	}
	return keyed
}

func checkDelete(c Checker, _ ast.Expr, args []ast.Expr) *ast.Type {
	m, ok := args[0].(*ast.MapRef)
	if !ok {
		c.Errorf(args[0], "delete() needs a map element: delete(@m[key]) or delete(@m, key)")
		return nil
	}
	if len(args) == 2 {
		if m.Keys != nil {
			c.Errorf(args[0], "delete(@m, key) takes the map without a key")
			return nil
		}
		// Check the key as if written @m[key].
		keyed := keyedRef(m, args[1:])
		c.MapRead(keyed, false)
		c.SetType(args[1], c.MapKey(keyed))
		return ast.Void
	}
	c.MapRead(m, false)
	return ast.Void
}

func emitDelete(e Emitter, call *ast.Call) {
	m := call.Args[0].(*ast.MapRef)
	mm := e.Map(m.Name)
	var key int
	if len(call.Args) == 2 {
		key = e.AllocScratch(mm.KeySize)
		e.Zero(key, mm.KeySize)
		e.Store(call.Args[1], key, mm.Key)
	} else {
		key = e.MapKey(m)
	}
	if AggregatorOf(mm.MapInfo).Bucketed() {
		e.Fail(call, "delete() of one hist/lhist entry is not supported yet; use clear()")
	}
	e.LoadMap(asm.R1, mm.BPFName)
	e.ScratchAddr(asm.R2, key)
	e.Call(asm.FnMapDeleteElem)
	e.CheckHelper("map_delete_elem", call, HelperWrites)
}

// emitLen counts entries with bpf_for_each_map_elem, which returns how
// many entries it visited; the callback visits them all and does nothing.
func emitLen(e Emitter, x ast.Expr, args []ast.Expr) {
	mm := e.Map(args[0].(*ast.MapRef).Name)
	name := e.Callback(x, func() { e.Emit(asm.Mov.Imm(asm.R0, 0)) }, nil)
	e.LoadMap(asm.R1, mm.BPFName)
	e.Emit(insn.FuncRef(asm.R2, name))
	e.Emit(asm.Mov.Imm(asm.R3, 0), asm.Mov.Imm(asm.R4, 0))
	e.Call(asm.FnForEachMapElem)
	if AggregatorOf(mm.MapInfo).Bucketed() {
		e.Fail(x, "len() of a hist/lhist map is not supported")
	}
}
