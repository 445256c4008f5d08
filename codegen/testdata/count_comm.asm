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
	  ; count_comm.bt:1: tracepoint:syscalls:sys_enter_openat { @[comm] = count(); }
	 9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	10: StMemDW dst: r9 src: r0 off: 8 imm: 0
	11: MovReg dst: r1 src: r9
	12: MovImm dst: r2 imm: 16
	13: Call FnGetCurrentComm
	14: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	16: MovReg dst: r2 src: r9
	17: Call FnMapLookupElem
	18: MovImm dst: r2 imm: 1
	19: JEqImm dst: r0 off: -1 imm: 0 <ainit_2>
	20: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	21: AddReg dst: r1 src: r2
	22: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	23: Ja off: -1 <exit_1>
ainit_2:
	24: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	25: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	27: MovReg dst: r2 src: r9
	28: MovReg dst: r3 src: r9
	29: AddImm dst: r3 imm: 16
	30: MovImm dst: r4 imm: 0
	31: Call FnMapUpdateElem
	32: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	33: StMemW dst: rfp src: r0 off: -8 imm: 0
	34: LoadMapPtr dst: r1 fd: 0 <gt_full>
	36: MovReg dst: r2 src: rfp
	37: AddImm dst: r2 imm: -8
	38: Call FnMapLookupElem
	39: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	40: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	41: AddImm dst: r1 imm: 1
	42: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_1:
	43: MovImm dst: r0 imm: 0
	44: Exit

