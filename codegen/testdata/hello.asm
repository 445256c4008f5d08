gt_p0: BEGIN
	   ; hello.bt:1: BEGIN { printf("hello, %s\n", "world"); exit(); }
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 0
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	  8: MovReg dst: r9 src: r0
	  9: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	 10: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	 11: StMemDW dst: r9 src: r0 off: 0 imm: 0
	   ; hello.bt:1: BEGIN { printf("hello, %s\n", "world"); exit(); }
	 12: LdImmDW dst: r1 imm: 431316168567
	 14: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	 15: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 16: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 17: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 18: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 19: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 20: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 21: StMemDW dst: r9 src: r0 off: 72 imm: 0
	 22: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 23: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 25: MovReg dst: r2 src: r9
	 26: AddImm dst: r2 imm: 8
	 27: MovImm dst: r3 imm: 72
	 28: MovImm dst: r4 imm: 0
	 29: Call FnRingbufOutput
	 30: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 31: StMemW dst: rfp src: r0 off: -8 imm: 0
	 32: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 34: MovReg dst: r2 src: rfp
	 35: AddImm dst: r2 imm: -8
	 36: Call FnMapLookupElem
	 37: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 38: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 39: AddImm dst: r1 imm: 1
	 40: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_2:
	   ; hello.bt:1: BEGIN { printf("hello, %s\n", "world"); exit(); }
	 41: StMemDW dst: r9 src: r0 off: 8 imm: 1
	 42: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 44: MovReg dst: r2 src: r9
	 45: AddImm dst: r2 imm: 8
	 46: MovImm dst: r3 imm: 8
	 47: MovImm dst: r4 imm: 0
	 48: Call FnRingbufOutput
	 49: StMemW dst: rfp src: r0 off: -8 imm: 1
	 50: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 52: MovReg dst: r2 src: rfp
	 53: AddImm dst: r2 imm: -8
	 54: Call FnMapLookupElem
	 55: JEqImm dst: r0 off: -1 imm: 0 <exitflag_3>
	 56: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_3:
	 57: Ja off: -1 <exit_1>
exit_1:
	 58: MovImm dst: r0 imm: 0
	 59: Exit

