gt_p0: tracepoint:syscalls:sys_enter_openat
	   ; count_comm.bt:1: tracepoint:syscalls:sys_enter_openat { @[comm] = count(); }
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
	   ; count_comm.bt:1: tracepoint:syscalls:sys_enter_openat { @[comm] = count(); }
	 12: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 13: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 14: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 15: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 16: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 17: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 18: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 19: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 20: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 21: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 22: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 23: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 24: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 25: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 26: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 27: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 28: MovReg dst: r1 src: r9
	 29: AddImm dst: r1 imm: 8
	 30: MovImm dst: r2 imm: 16
	 31: Call FnGetCurrentComm
	 32: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 34: MovReg dst: r2 src: r9
	 35: AddImm dst: r2 imm: 8
	 36: Call FnMapLookupElem
	 37: MovImm dst: r2 imm: 1
	 38: JEqImm dst: r0 off: -1 imm: 0 <ainit_2>
	 39: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 40: AddReg dst: r1 src: r2
	 41: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 42: Ja off: -1 <aend_3>
ainit_2:
	 43: StXMemDW dst: r9 src: r2 off: 72 imm: 0
	 44: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 46: MovReg dst: r2 src: r9
	 47: AddImm dst: r2 imm: 8
	 48: MovReg dst: r3 src: r9
	 49: AddImm dst: r3 imm: 72
	 50: MovImm dst: r4 imm: 0
	 51: Call FnMapUpdateElem
	 52: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 53: StMemW dst: rfp src: r0 off: -8 imm: 0
	 54: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 56: MovReg dst: r2 src: rfp
	 57: AddImm dst: r2 imm: -8
	 58: Call FnMapLookupElem
	 59: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 60: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 61: AddImm dst: r1 imm: 1
	 62: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_4:
	 63: Ja off: 0
aend_3:
	 64: Ja off: 0
exit_1:
	 65: MovImm dst: r0 imm: 0
	 66: Exit

