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
	 28: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 29: StMemW dst: rfp src: r0 off: -8 imm: 3
	 30: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 32: MovReg dst: r2 src: rfp
	 33: AddImm dst: r2 imm: -8
	 34: Call FnMapLookupElem
	 35: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 36: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 37: AddImm dst: r1 imm: 1
	 38: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_4:
	 39: Ja off: 0
aend_3:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 40: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 41: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 43: MovReg dst: r2 src: r9
	 44: Call FnMapLookupElem
	 45: JEqImm dst: r0 off: -1 imm: 0 <miss_6>
	 46: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	 47: Ja off: -1 <rend_7>
miss_6:
	 48: MovImm dst: r0 imm: 0
rend_7:
	 49: MovReg dst: r7 src: r0
	 50: MovImm dst: r0 imm: 3
	 51: MovReg dst: r1 src: r0
	 52: MovReg dst: r0 src: r7
	 53: JEqReg dst: r0 off: -1 src: r1 <cmp_8>
	 54: MovImm dst: r0 imm: 0
	 55: Ja off: -1 <cend_9>
cmp_8:
	 56: MovImm dst: r0 imm: 1
cend_9:
	 57: JEqImm dst: r0 off: -1 imm: 0 <else_5>
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 58: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 59: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 61: MovReg dst: r2 src: r9
	 62: AddImm dst: r2 imm: 8
	 63: MovImm dst: r3 imm: 8
	 64: MovImm dst: r4 imm: 0
	 65: Call FnRingbufOutput
	 66: JEqImm dst: r0 off: -1 imm: 0 <okh_10>
	 67: StMemW dst: rfp src: r0 off: -8 imm: 0
	 68: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 70: MovReg dst: r2 src: rfp
	 71: AddImm dst: r2 imm: -8
	 72: Call FnMapLookupElem
	 73: JEqImm dst: r0 off: -1 imm: 0 <okh_10>
	 74: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 75: AddImm dst: r1 imm: 1
	 76: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_10:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 77: StMemDW dst: r9 src: r0 off: 8 imm: 1
	 78: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 80: MovReg dst: r2 src: r9
	 81: AddImm dst: r2 imm: 8
	 82: MovImm dst: r3 imm: 8
	 83: MovImm dst: r4 imm: 0
	 84: Call FnRingbufOutput
	 85: JEqImm dst: r0 off: -1 imm: 0 <okh_11>
	 86: StMemW dst: rfp src: r0 off: -8 imm: 0
	 87: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 89: MovReg dst: r2 src: rfp
	 90: AddImm dst: r2 imm: -8
	 91: Call FnMapLookupElem
	 92: JEqImm dst: r0 off: -1 imm: 0 <okh_11>
	 93: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 94: AddImm dst: r1 imm: 1
	 95: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_11:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 96: StMemDW dst: r9 src: r0 off: 8 imm: 2
	 97: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 99: MovReg dst: r2 src: r9
	100: AddImm dst: r2 imm: 8
	101: MovImm dst: r3 imm: 8
	102: MovImm dst: r4 imm: 0
	103: Call FnRingbufOutput
	104: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	105: StMemW dst: rfp src: r0 off: -8 imm: 0
	106: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	108: MovReg dst: r2 src: rfp
	109: AddImm dst: r2 imm: -8
	110: Call FnMapLookupElem
	111: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	112: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	113: AddImm dst: r1 imm: 1
	114: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_12:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	115: StMemDW dst: r9 src: r0 off: 8 imm: 3
	116: LoadMapPtr dst: r1 fd: 0 <gt_events>
	118: MovReg dst: r2 src: r9
	119: AddImm dst: r2 imm: 8
	120: MovImm dst: r3 imm: 8
	121: MovImm dst: r4 imm: 0
	122: Call FnRingbufOutput
	123: StMemW dst: rfp src: r0 off: -8 imm: 1
	124: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	126: MovReg dst: r2 src: rfp
	127: AddImm dst: r2 imm: -8
	128: Call FnMapLookupElem
	129: JEqImm dst: r0 off: -1 imm: 0 <exitflag_13>
	130: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_13:
	131: Ja off: -1 <exit_1>
else_5:
	132: Ja off: 0
exit_1:
	133: MovImm dst: r0 imm: 0
	134: Exit

gt_p1: profile:hz:99
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 1
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_14>
	  8: MovReg dst: r9 src: r0
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	  9: Call FnGetSmpProcessorId
	 10: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	 11: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 13: MovReg dst: r2 src: r9
	 14: Call FnMapLookupElem
	 15: MovImm dst: r2 imm: 1
	 16: JEqImm dst: r0 off: -1 imm: 0 <ainit_15>
	 17: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 18: AddReg dst: r1 src: r2
	 19: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 20: Ja off: -1 <aend_16>
ainit_15:
	 21: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 22: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 24: MovReg dst: r2 src: r9
	 25: MovReg dst: r3 src: r9
	 26: AddImm dst: r3 imm: 8
	 27: MovImm dst: r4 imm: 0
	 28: Call FnMapUpdateElem
	 29: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	 30: StMemW dst: rfp src: r0 off: -8 imm: 0
	 31: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 33: MovReg dst: r2 src: rfp
	 34: AddImm dst: r2 imm: -8
	 35: Call FnMapLookupElem
	 36: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	 37: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 38: AddImm dst: r1 imm: 1
	 39: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_17:
	 40: Ja off: 0
aend_16:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 41: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 42: Call FnKtimeGetNs
	 43: LdImmDW dst: r1 imm: 0
	 45: SubReg dst: r0 src: r1
	 46: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 47: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 49: MovReg dst: r2 src: r9
	 50: MovReg dst: r3 src: r9
	 51: AddImm dst: r3 imm: 8
	 52: MovImm dst: r4 imm: 0
	 53: Call FnMapUpdateElem
	 54: JEqImm dst: r0 off: -1 imm: 0 <okh_18>
	 55: StMemW dst: rfp src: r0 off: -8 imm: 1
	 56: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -8
	 60: Call FnMapLookupElem
	 61: JEqImm dst: r0 off: -1 imm: 0 <okh_18>
	 62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 63: AddImm dst: r1 imm: 1
	 64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_18:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 65: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 66: Call FnGetPrandomU32
	 67: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 68: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 70: MovReg dst: r2 src: r9
	 71: MovReg dst: r3 src: r9
	 72: AddImm dst: r3 imm: 8
	 73: MovImm dst: r4 imm: 0
	 74: Call FnMapUpdateElem
	 75: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	 76: StMemW dst: rfp src: r0 off: -8 imm: 2
	 77: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 79: MovReg dst: r2 src: rfp
	 80: AddImm dst: r2 imm: -8
	 81: Call FnMapLookupElem
	 82: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	 83: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 84: AddImm dst: r1 imm: 1
	 85: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_19:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 86: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 87: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 88: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 89: Call FnGetCurrentUidGid
	 90: LShImm dst: r0 imm: 32
	 91: RShImm dst: r0 imm: 32
	 92: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	 93: Call FnGetCurrentUidGid
	 94: RShImm dst: r0 imm: 32
	 95: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 96: Call FnGetCurrentPidTgid
	 97: LShImm dst: r0 imm: 32
	 98: RShImm dst: r0 imm: 32
	 99: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	100: Call FnKtimeGetNs
	101: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	102: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	104: MovReg dst: r2 src: r9
	105: MovReg dst: r3 src: r9
	106: AddImm dst: r3 imm: 24
	107: MovImm dst: r4 imm: 0
	108: Call FnMapUpdateElem
	109: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	110: StMemW dst: rfp src: r0 off: -8 imm: 4
	111: LoadMapPtr dst: r1 fd: 0 <gt_full>
	113: MovReg dst: r2 src: rfp
	114: AddImm dst: r2 imm: -8
	115: Call FnMapLookupElem
	116: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	117: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	118: AddImm dst: r1 imm: 1
	119: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_20:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	120: StMemDW dst: r9 src: r0 off: 0 imm: 0
	121: StMemDW dst: r9 src: r0 off: 8 imm: 0
	122: StMemDW dst: r9 src: r0 off: 16 imm: 0
	123: Call FnGetCurrentUidGid
	124: LShImm dst: r0 imm: 32
	125: RShImm dst: r0 imm: 32
	126: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	127: Call FnGetCurrentUidGid
	128: RShImm dst: r0 imm: 32
	129: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	130: Call FnGetCurrentPidTgid
	131: LShImm dst: r0 imm: 32
	132: RShImm dst: r0 imm: 32
	133: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	134: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	136: MovReg dst: r2 src: r9
	137: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	138: StMemDW dst: r9 src: r0 off: 0 imm: 0
	139: Call FnGetSmpProcessorId
	140: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	141: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	143: MovReg dst: r2 src: r9
	144: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	145: MovImm dst: r0 imm: 5
	146: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	147: StMemDW dst: r9 src: r0 off: 0 imm: 4
	148: LoadMapPtr dst: r1 fd: 0 <gt_events>
	150: MovReg dst: r2 src: r9
	151: MovImm dst: r3 imm: 16
	152: MovImm dst: r4 imm: 0
	153: Call FnRingbufOutput
	154: JEqImm dst: r0 off: -1 imm: 0 <okh_21>
	155: StMemW dst: rfp src: r0 off: -8 imm: 0
	156: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	158: MovReg dst: r2 src: rfp
	159: AddImm dst: r2 imm: -8
	160: Call FnMapLookupElem
	161: JEqImm dst: r0 off: -1 imm: 0 <okh_21>
	162: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	163: AddImm dst: r1 imm: 1
	164: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_21:
	165: Ja off: 0
exit_14:
	166: MovImm dst: r0 imm: 0
	167: Exit

