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
	  9: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	 10: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	 11: StMemDW dst: r9 src: r0 off: 0 imm: 0
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 12: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 13: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 15: MovReg dst: r2 src: r9
	 16: AddImm dst: r2 imm: 8
	 17: Call FnMapLookupElem
	 18: MovImm dst: r2 imm: 1
	 19: JEqImm dst: r0 off: -1 imm: 0 <ainit_2>
	 20: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 21: AddReg dst: r1 src: r2
	 22: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 23: Ja off: -1 <aend_3>
ainit_2:
	 24: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	 25: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 27: MovReg dst: r2 src: r9
	 28: AddImm dst: r2 imm: 8
	 29: MovReg dst: r3 src: r9
	 30: AddImm dst: r3 imm: 16
	 31: MovImm dst: r4 imm: 0
	 32: Call FnMapUpdateElem
aend_3:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 33: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 34: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 36: MovReg dst: r2 src: r9
	 37: AddImm dst: r2 imm: 8
	 38: Call FnMapLookupElem
	 39: JEqImm dst: r0 off: -1 imm: 0 <miss_5>
	 40: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	 41: Ja off: -1 <rend_6>
miss_5:
	 42: MovImm dst: r0 imm: 0
rend_6:
	 43: MovReg dst: r7 src: r0
	 44: MovImm dst: r0 imm: 3
	 45: MovReg dst: r1 src: r0
	 46: MovReg dst: r0 src: r7
	 47: JEqReg dst: r0 off: -1 src: r1 <cmp_7>
	 48: MovImm dst: r0 imm: 0
	 49: Ja off: -1 <cend_8>
cmp_7:
	 50: MovImm dst: r0 imm: 1
cend_8:
	 51: JEqImm dst: r0 off: -1 imm: 0 <else_4>
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 52: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 55: MovReg dst: r2 src: r9
	 56: AddImm dst: r2 imm: 16
	 57: MovImm dst: r3 imm: 8
	 58: MovImm dst: r4 imm: 0
	 59: Call FnRingbufOutput
	 60: JEqImm dst: r0 off: -1 imm: 0 <sent_9>
	 61: StMemW dst: rfp src: r0 off: -8 imm: 0
	 62: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 64: MovReg dst: r2 src: rfp
	 65: AddImm dst: r2 imm: -8
	 66: Call FnMapLookupElem
	 67: JEqImm dst: r0 off: -1 imm: 0 <sent_9>
	 68: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 69: AddImm dst: r1 imm: 1
	 70: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_9:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 71: StMemDW dst: r9 src: r0 off: 16 imm: 1
	 72: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 74: MovReg dst: r2 src: r9
	 75: AddImm dst: r2 imm: 16
	 76: MovImm dst: r3 imm: 8
	 77: MovImm dst: r4 imm: 0
	 78: Call FnRingbufOutput
	 79: JEqImm dst: r0 off: -1 imm: 0 <sent_10>
	 80: StMemW dst: rfp src: r0 off: -8 imm: 0
	 81: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 83: MovReg dst: r2 src: rfp
	 84: AddImm dst: r2 imm: -8
	 85: Call FnMapLookupElem
	 86: JEqImm dst: r0 off: -1 imm: 0 <sent_10>
	 87: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 88: AddImm dst: r1 imm: 1
	 89: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_10:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 90: StMemDW dst: r9 src: r0 off: 16 imm: 2
	 91: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 93: MovReg dst: r2 src: r9
	 94: AddImm dst: r2 imm: 16
	 95: MovImm dst: r3 imm: 8
	 96: MovImm dst: r4 imm: 0
	 97: Call FnRingbufOutput
	 98: JEqImm dst: r0 off: -1 imm: 0 <sent_11>
	 99: StMemW dst: rfp src: r0 off: -8 imm: 0
	100: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	102: MovReg dst: r2 src: rfp
	103: AddImm dst: r2 imm: -8
	104: Call FnMapLookupElem
	105: JEqImm dst: r0 off: -1 imm: 0 <sent_11>
	106: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	107: AddImm dst: r1 imm: 1
	108: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_11:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	109: StMemDW dst: r9 src: r0 off: 16 imm: 3
	110: LoadMapPtr dst: r1 fd: 0 <gt_events>
	112: MovReg dst: r2 src: r9
	113: AddImm dst: r2 imm: 16
	114: MovImm dst: r3 imm: 8
	115: MovImm dst: r4 imm: 0
	116: Call FnRingbufOutput
	117: JEqImm dst: r0 off: -1 imm: 0 <sent_12>
	118: StMemW dst: rfp src: r0 off: -8 imm: 0
	119: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	121: MovReg dst: r2 src: rfp
	122: AddImm dst: r2 imm: -8
	123: Call FnMapLookupElem
	124: JEqImm dst: r0 off: -1 imm: 0 <sent_12>
	125: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	126: AddImm dst: r1 imm: 1
	127: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_12:
	128: Ja off: -1 <exit_1>
else_4:
	129: Ja off: 0
exit_1:
	130: MovImm dst: r0 imm: 0
	131: Exit

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
	  9: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	 10: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	 11: StMemDW dst: r9 src: r0 off: 0 imm: 0
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 12: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 13: Call FnGetSmpProcessorId
	 14: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 15: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 17: MovReg dst: r2 src: r9
	 18: AddImm dst: r2 imm: 8
	 19: Call FnMapLookupElem
	 20: MovImm dst: r2 imm: 1
	 21: JEqImm dst: r0 off: -1 imm: 0 <ainit_14>
	 22: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 23: AddReg dst: r1 src: r2
	 24: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 25: Ja off: -1 <aend_15>
ainit_14:
	 26: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	 27: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 29: MovReg dst: r2 src: r9
	 30: AddImm dst: r2 imm: 8
	 31: MovReg dst: r3 src: r9
	 32: AddImm dst: r3 imm: 16
	 33: MovImm dst: r4 imm: 0
	 34: Call FnMapUpdateElem
aend_15:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 35: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 36: Call FnKtimeGetNs
	 37: LdImmDW dst: r1 imm: 0
	 39: SubReg dst: r0 src: r1
	 40: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 41: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 43: MovReg dst: r2 src: r9
	 44: AddImm dst: r2 imm: 8
	 45: MovReg dst: r3 src: r9
	 46: AddImm dst: r3 imm: 16
	 47: MovImm dst: r4 imm: 0
	 48: Call FnMapUpdateElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 49: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 50: Call FnGetPrandomU32
	 51: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 52: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 54: MovReg dst: r2 src: r9
	 55: AddImm dst: r2 imm: 8
	 56: MovReg dst: r3 src: r9
	 57: AddImm dst: r3 imm: 16
	 58: MovImm dst: r4 imm: 0
	 59: Call FnMapUpdateElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 60: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 61: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 62: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 63: Call FnGetCurrentUidGid
	 64: LShImm dst: r0 imm: 32
	 65: RShImm dst: r0 imm: 32
	 66: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 67: Call FnGetCurrentUidGid
	 68: RShImm dst: r0 imm: 32
	 69: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 70: Call FnGetCurrentPidTgid
	 71: LShImm dst: r0 imm: 32
	 72: RShImm dst: r0 imm: 32
	 73: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	 74: Call FnKtimeGetNs
	 75: StXMemDW dst: r9 src: r0 off: 32 imm: 0
	 76: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	 78: MovReg dst: r2 src: r9
	 79: AddImm dst: r2 imm: 8
	 80: MovReg dst: r3 src: r9
	 81: AddImm dst: r3 imm: 32
	 82: MovImm dst: r4 imm: 0
	 83: Call FnMapUpdateElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 84: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 85: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 86: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 87: Call FnGetCurrentUidGid
	 88: LShImm dst: r0 imm: 32
	 89: RShImm dst: r0 imm: 32
	 90: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 91: Call FnGetCurrentUidGid
	 92: RShImm dst: r0 imm: 32
	 93: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 94: Call FnGetCurrentPidTgid
	 95: LShImm dst: r0 imm: 32
	 96: RShImm dst: r0 imm: 32
	 97: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	 98: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	100: MovReg dst: r2 src: r9
	101: AddImm dst: r2 imm: 8
	102: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	103: StMemDW dst: r9 src: r0 off: 8 imm: 0
	104: Call FnGetSmpProcessorId
	105: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	106: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	108: MovReg dst: r2 src: r9
	109: AddImm dst: r2 imm: 8
	110: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	111: MovImm dst: r0 imm: 5
	112: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	113: StMemDW dst: r9 src: r0 off: 8 imm: 4
	114: LoadMapPtr dst: r1 fd: 0 <gt_events>
	116: MovReg dst: r2 src: r9
	117: AddImm dst: r2 imm: 8
	118: MovImm dst: r3 imm: 16
	119: MovImm dst: r4 imm: 0
	120: Call FnRingbufOutput
	121: JEqImm dst: r0 off: -1 imm: 0 <sent_16>
	122: StMemW dst: rfp src: r0 off: -8 imm: 0
	123: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -8
	127: Call FnMapLookupElem
	128: JEqImm dst: r0 off: -1 imm: 0 <sent_16>
	129: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	130: AddImm dst: r1 imm: 1
	131: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_16:
	132: Ja off: 0
exit_13:
	133: MovImm dst: r0 imm: 0
	134: Exit

