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
	  ; hello.bt:1: BEGIN { printf("hello, %s\n", "world"); exit(); }
	 9: LdImmDW dst: r1 imm: 431316168567
	11: StXMemDW dst: r9 src: r1 off: 8 imm: 0
	12: StMemDW dst: r9 src: r0 off: 16 imm: 0
	13: StMemDW dst: r9 src: r0 off: 24 imm: 0
	14: StMemDW dst: r9 src: r0 off: 32 imm: 0
	15: StMemDW dst: r9 src: r0 off: 40 imm: 0
	16: StMemDW dst: r9 src: r0 off: 48 imm: 0
	17: StMemDW dst: r9 src: r0 off: 56 imm: 0
	18: StMemDW dst: r9 src: r0 off: 64 imm: 0
	19: StMemDW dst: r9 src: r0 off: 0 imm: 0
	20: LoadMapPtr dst: r1 fd: 0 <gt_events>
	22: MovReg dst: r2 src: r9
	23: MovImm dst: r3 imm: 72
	24: MovImm dst: r4 imm: 0
	25: Call FnRingbufOutput
	26: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	27: StMemW dst: rfp src: r0 off: -8 imm: 0
	28: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	30: MovReg dst: r2 src: rfp
	31: AddImm dst: r2 imm: -8
	32: Call FnMapLookupElem
	33: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	34: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	35: AddImm dst: r1 imm: 1
	36: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_2:
	  ; hello.bt:1: BEGIN { printf("hello, %s\n", "world"); exit(); }
	37: StMemDW dst: r9 src: r0 off: 0 imm: 1
	38: LoadMapPtr dst: r1 fd: 0 <gt_events>
	40: MovReg dst: r2 src: r9
	41: MovImm dst: r3 imm: 8
	42: MovImm dst: r4 imm: 0
	43: Call FnRingbufOutput
	44: StMemW dst: rfp src: r0 off: -8 imm: 1
	45: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	47: MovReg dst: r2 src: rfp
	48: AddImm dst: r2 imm: -8
	49: Call FnMapLookupElem
	50: JEqImm dst: r0 off: -1 imm: 0 <exitflag_3>
	51: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_3:
	52: Ja off: -1 <exit_1>
exit_1:
	53: MovImm dst: r0 imm: 0
	54: Exit

