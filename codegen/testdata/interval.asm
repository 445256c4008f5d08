gt_p0: interval:ms:100
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 0
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	  8: MovReg dst: r9 src: r0
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	  9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 10: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 12: MovReg dst: r2 src: r9
	 13: Call FnMapLookupElem
	 14: MovImm dst: r2 imm: 1
	 15: JEqImm dst: r0 off: -1 imm: 0 <ainit_2>
	 16: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 17: AddReg dst: r1 src: r2
	 18: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 19: Ja off: -1 <aend_3>
ainit_2:
	 20: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 21: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 23: MovReg dst: r2 src: r9
	 24: MovReg dst: r3 src: r9
	 25: AddImm dst: r3 imm: 8
	 26: MovImm dst: r4 imm: 0
	 27: Call FnMapUpdateElem
aend_3:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 28: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 29: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 31: MovReg dst: r2 src: r9
	 32: Call FnMapLookupElem
	 33: JEqImm dst: r0 off: -1 imm: 0 <miss_5>
	 34: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	 35: Ja off: -1 <rend_6>
miss_5:
	 36: MovImm dst: r0 imm: 0
rend_6:
	 37: MovReg dst: r7 src: r0
	 38: MovImm dst: r0 imm: 3
	 39: MovReg dst: r1 src: r0
	 40: MovReg dst: r0 src: r7
	 41: JEqReg dst: r0 off: -1 src: r1 <cmp_7>
	 42: MovImm dst: r0 imm: 0
	 43: Ja off: -1 <cend_8>
cmp_7:
	 44: MovImm dst: r0 imm: 1
cend_8:
	 45: JEqImm dst: r0 off: -1 imm: 0 <else_4>
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 46: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 47: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 49: MovReg dst: r2 src: r9
	 50: AddImm dst: r2 imm: 8
	 51: MovImm dst: r3 imm: 8
	 52: MovImm dst: r4 imm: 0
	 53: Call FnRingbufOutput
	 54: JEqImm dst: r0 off: -1 imm: 0 <sent_9>
	 55: StMemW dst: rfp src: r0 off: -8 imm: 0
	 56: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -8
	 60: Call FnMapLookupElem
	 61: JEqImm dst: r0 off: -1 imm: 0 <sent_9>
	 62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 63: AddImm dst: r1 imm: 1
	 64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_9:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 65: StMemDW dst: r9 src: r0 off: 8 imm: 1
	 66: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 68: MovReg dst: r2 src: r9
	 69: AddImm dst: r2 imm: 8
	 70: MovImm dst: r3 imm: 8
	 71: MovImm dst: r4 imm: 0
	 72: Call FnRingbufOutput
	 73: JEqImm dst: r0 off: -1 imm: 0 <sent_10>
	 74: StMemW dst: rfp src: r0 off: -8 imm: 0
	 75: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -8
	 79: Call FnMapLookupElem
	 80: JEqImm dst: r0 off: -1 imm: 0 <sent_10>
	 81: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 82: AddImm dst: r1 imm: 1
	 83: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_10:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 84: StMemDW dst: r9 src: r0 off: 8 imm: 2
	 85: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 87: MovReg dst: r2 src: r9
	 88: AddImm dst: r2 imm: 8
	 89: MovImm dst: r3 imm: 8
	 90: MovImm dst: r4 imm: 0
	 91: Call FnRingbufOutput
	 92: JEqImm dst: r0 off: -1 imm: 0 <sent_11>
	 93: StMemW dst: rfp src: r0 off: -8 imm: 0
	 94: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 96: MovReg dst: r2 src: rfp
	 97: AddImm dst: r2 imm: -8
	 98: Call FnMapLookupElem
	 99: JEqImm dst: r0 off: -1 imm: 0 <sent_11>
	100: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	101: AddImm dst: r1 imm: 1
	102: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_11:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	103: StMemDW dst: r9 src: r0 off: 8 imm: 3
	104: LoadMapPtr dst: r1 fd: 0 <gt_events>
	106: MovReg dst: r2 src: r9
	107: AddImm dst: r2 imm: 8
	108: MovImm dst: r3 imm: 8
	109: MovImm dst: r4 imm: 0
	110: Call FnRingbufOutput
	111: JEqImm dst: r0 off: -1 imm: 0 <sent_12>
	112: StMemW dst: rfp src: r0 off: -8 imm: 0
	113: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	115: MovReg dst: r2 src: rfp
	116: AddImm dst: r2 imm: -8
	117: Call FnMapLookupElem
	118: JEqImm dst: r0 off: -1 imm: 0 <sent_12>
	119: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	120: AddImm dst: r1 imm: 1
	121: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_12:
	122: Ja off: -1 <exit_1>
else_4:
	123: Ja off: 0
exit_1:
	124: MovImm dst: r0 imm: 0
	125: Exit

gt_p1: profile:hz:99
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 1
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_13>
	  8: MovReg dst: r9 src: r0
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	  9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 10: Call FnGetSmpProcessorId
	 11: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	 12: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 14: MovReg dst: r2 src: r9
	 15: Call FnMapLookupElem
	 16: MovImm dst: r2 imm: 1
	 17: JEqImm dst: r0 off: -1 imm: 0 <ainit_14>
	 18: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 19: AddReg dst: r1 src: r2
	 20: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 21: Ja off: -1 <aend_15>
ainit_14:
	 22: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 23: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 25: MovReg dst: r2 src: r9
	 26: MovReg dst: r3 src: r9
	 27: AddImm dst: r3 imm: 8
	 28: MovImm dst: r4 imm: 0
	 29: Call FnMapUpdateElem
aend_15:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 30: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 31: Call FnKtimeGetNs
	 32: LdImmDW dst: r1 imm: 0
	 34: SubReg dst: r0 src: r1
	 35: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 36: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 38: MovReg dst: r2 src: r9
	 39: MovReg dst: r3 src: r9
	 40: AddImm dst: r3 imm: 8
	 41: MovImm dst: r4 imm: 0
	 42: Call FnMapUpdateElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 43: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 44: Call FnGetPrandomU32
	 45: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 48: MovReg dst: r2 src: r9
	 49: MovReg dst: r3 src: r9
	 50: AddImm dst: r3 imm: 8
	 51: MovImm dst: r4 imm: 0
	 52: Call FnMapUpdateElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 53: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 54: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 55: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 56: Call FnGetCurrentUidGid
	 57: LShImm dst: r0 imm: 32
	 58: RShImm dst: r0 imm: 32
	 59: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	 60: Call FnGetCurrentUidGid
	 61: RShImm dst: r0 imm: 32
	 62: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 63: Call FnGetCurrentPidTgid
	 64: LShImm dst: r0 imm: 32
	 65: RShImm dst: r0 imm: 32
	 66: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 67: Call FnKtimeGetNs
	 68: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	 69: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	 71: MovReg dst: r2 src: r9
	 72: MovReg dst: r3 src: r9
	 73: AddImm dst: r3 imm: 24
	 74: MovImm dst: r4 imm: 0
	 75: Call FnMapUpdateElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 76: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 77: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 78: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 79: Call FnGetCurrentUidGid
	 80: LShImm dst: r0 imm: 32
	 81: RShImm dst: r0 imm: 32
	 82: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	 83: Call FnGetCurrentUidGid
	 84: RShImm dst: r0 imm: 32
	 85: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 86: Call FnGetCurrentPidTgid
	 87: LShImm dst: r0 imm: 32
	 88: RShImm dst: r0 imm: 32
	 89: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 90: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	 92: MovReg dst: r2 src: r9
	 93: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 94: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 95: Call FnGetSmpProcessorId
	 96: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	 97: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 99: MovReg dst: r2 src: r9
	100: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	101: MovImm dst: r0 imm: 5
	102: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	103: StMemDW dst: r9 src: r0 off: 0 imm: 4
	104: LoadMapPtr dst: r1 fd: 0 <gt_events>
	106: MovReg dst: r2 src: r9
	107: MovImm dst: r3 imm: 16
	108: MovImm dst: r4 imm: 0
	109: Call FnRingbufOutput
	110: JEqImm dst: r0 off: -1 imm: 0 <sent_16>
	111: StMemW dst: rfp src: r0 off: -8 imm: 0
	112: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	114: MovReg dst: r2 src: rfp
	115: AddImm dst: r2 imm: -8
	116: Call FnMapLookupElem
	117: JEqImm dst: r0 off: -1 imm: 0 <sent_16>
	118: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	119: AddImm dst: r1 imm: 1
	120: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_16:
	121: Ja off: 0
exit_13:
	122: MovImm dst: r0 imm: 0
	123: Exit

