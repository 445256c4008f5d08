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
	 28: JEqImm dst: r0 off: -1 imm: 0 <aend_3>
	 29: StMemW dst: rfp src: r0 off: -8 imm: 3
	 30: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 32: MovReg dst: r2 src: rfp
	 33: AddImm dst: r2 imm: -8
	 34: Call FnMapLookupElem
	 35: JEqImm dst: r0 off: -1 imm: 0 <aend_3>
	 36: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 37: AddImm dst: r1 imm: 1
	 38: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_3:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 39: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 40: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 42: MovReg dst: r2 src: r9
	 43: Call FnMapLookupElem
	 44: JEqImm dst: r0 off: -1 imm: 0 <miss_6>
	 45: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	 46: Ja off: -1 <rend_7>
miss_6:
	 47: MovImm dst: r0 imm: 0
rend_7:
	 48: MovReg dst: r7 src: r0
	 49: MovImm dst: r0 imm: 3
	 50: MovReg dst: r1 src: r0
	 51: MovReg dst: r0 src: r7
	 52: JEqReg dst: r0 off: -1 src: r1 <cmp_8>
	 53: MovImm dst: r0 imm: 0
	 54: Ja off: -1 <cend_9>
cmp_8:
	 55: MovImm dst: r0 imm: 1
cend_9:
	 56: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 57: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 58: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 60: MovReg dst: r2 src: r9
	 61: AddImm dst: r2 imm: 8
	 62: MovImm dst: r3 imm: 8
	 63: MovImm dst: r4 imm: 0
	 64: Call FnRingbufOutput
	 65: JEqImm dst: r0 off: -1 imm: 0 <okh_10>
	 66: StMemW dst: rfp src: r0 off: -8 imm: 0
	 67: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 69: MovReg dst: r2 src: rfp
	 70: AddImm dst: r2 imm: -8
	 71: Call FnMapLookupElem
	 72: JEqImm dst: r0 off: -1 imm: 0 <okh_10>
	 73: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 74: AddImm dst: r1 imm: 1
	 75: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_10:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 76: StMemDW dst: r9 src: r0 off: 8 imm: 1
	 77: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 79: MovReg dst: r2 src: r9
	 80: AddImm dst: r2 imm: 8
	 81: MovImm dst: r3 imm: 8
	 82: MovImm dst: r4 imm: 0
	 83: Call FnRingbufOutput
	 84: JEqImm dst: r0 off: -1 imm: 0 <okh_11>
	 85: StMemW dst: rfp src: r0 off: -8 imm: 0
	 86: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 88: MovReg dst: r2 src: rfp
	 89: AddImm dst: r2 imm: -8
	 90: Call FnMapLookupElem
	 91: JEqImm dst: r0 off: -1 imm: 0 <okh_11>
	 92: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 93: AddImm dst: r1 imm: 1
	 94: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_11:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 95: StMemDW dst: r9 src: r0 off: 8 imm: 2
	 96: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 98: MovReg dst: r2 src: r9
	 99: AddImm dst: r2 imm: 8
	100: MovImm dst: r3 imm: 8
	101: MovImm dst: r4 imm: 0
	102: Call FnRingbufOutput
	103: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	104: StMemW dst: rfp src: r0 off: -8 imm: 0
	105: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	107: MovReg dst: r2 src: rfp
	108: AddImm dst: r2 imm: -8
	109: Call FnMapLookupElem
	110: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	111: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	112: AddImm dst: r1 imm: 1
	113: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_12:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	114: StMemDW dst: r9 src: r0 off: 8 imm: 3
	115: LoadMapPtr dst: r1 fd: 0 <gt_events>
	117: MovReg dst: r2 src: r9
	118: AddImm dst: r2 imm: 8
	119: MovImm dst: r3 imm: 8
	120: MovImm dst: r4 imm: 0
	121: Call FnRingbufOutput
	122: StMemW dst: rfp src: r0 off: -8 imm: 1
	123: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -8
	127: Call FnMapLookupElem
	128: JEqImm dst: r0 off: -1 imm: 0 <exitflag_13>
	129: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_13:
	130: Ja off: -1 <exit_1>
exit_1:
	131: MovImm dst: r0 imm: 0
	132: Exit

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
	 29: JEqImm dst: r0 off: -1 imm: 0 <aend_16>
	 30: StMemW dst: rfp src: r0 off: -8 imm: 0
	 31: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 33: MovReg dst: r2 src: rfp
	 34: AddImm dst: r2 imm: -8
	 35: Call FnMapLookupElem
	 36: JEqImm dst: r0 off: -1 imm: 0 <aend_16>
	 37: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 38: AddImm dst: r1 imm: 1
	 39: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_16:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 40: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 41: Call FnKtimeGetNs
	 42: LdImmDW dst: r1 imm: 0
	 44: SubReg dst: r0 src: r1
	 45: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 48: MovReg dst: r2 src: r9
	 49: MovReg dst: r3 src: r9
	 50: AddImm dst: r3 imm: 8
	 51: MovImm dst: r4 imm: 0
	 52: Call FnMapUpdateElem
	 53: JEqImm dst: r0 off: -1 imm: 0 <okh_18>
	 54: StMemW dst: rfp src: r0 off: -8 imm: 1
	 55: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 57: MovReg dst: r2 src: rfp
	 58: AddImm dst: r2 imm: -8
	 59: Call FnMapLookupElem
	 60: JEqImm dst: r0 off: -1 imm: 0 <okh_18>
	 61: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 62: AddImm dst: r1 imm: 1
	 63: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_18:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 64: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 65: Call FnGetPrandomU32
	 66: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 67: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 69: MovReg dst: r2 src: r9
	 70: MovReg dst: r3 src: r9
	 71: AddImm dst: r3 imm: 8
	 72: MovImm dst: r4 imm: 0
	 73: Call FnMapUpdateElem
	 74: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	 75: StMemW dst: rfp src: r0 off: -8 imm: 2
	 76: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 78: MovReg dst: r2 src: rfp
	 79: AddImm dst: r2 imm: -8
	 80: Call FnMapLookupElem
	 81: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	 82: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 83: AddImm dst: r1 imm: 1
	 84: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_19:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 85: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 86: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 87: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 88: Call FnGetCurrentUidGid
	 89: LShImm dst: r0 imm: 32
	 90: RShImm dst: r0 imm: 32
	 91: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	 92: Call FnGetCurrentUidGid
	 93: RShImm dst: r0 imm: 32
	 94: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 95: Call FnGetCurrentPidTgid
	 96: LShImm dst: r0 imm: 32
	 97: RShImm dst: r0 imm: 32
	 98: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 99: Call FnKtimeGetNs
	100: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	101: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	103: MovReg dst: r2 src: r9
	104: MovReg dst: r3 src: r9
	105: AddImm dst: r3 imm: 24
	106: MovImm dst: r4 imm: 0
	107: Call FnMapUpdateElem
	108: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	109: StMemW dst: rfp src: r0 off: -8 imm: 4
	110: LoadMapPtr dst: r1 fd: 0 <gt_full>
	112: MovReg dst: r2 src: rfp
	113: AddImm dst: r2 imm: -8
	114: Call FnMapLookupElem
	115: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	116: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	117: AddImm dst: r1 imm: 1
	118: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_20:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	119: StMemDW dst: r9 src: r0 off: 0 imm: 0
	120: StMemDW dst: r9 src: r0 off: 8 imm: 0
	121: StMemDW dst: r9 src: r0 off: 16 imm: 0
	122: Call FnGetCurrentUidGid
	123: LShImm dst: r0 imm: 32
	124: RShImm dst: r0 imm: 32
	125: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	126: Call FnGetCurrentUidGid
	127: RShImm dst: r0 imm: 32
	128: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	129: Call FnGetCurrentPidTgid
	130: LShImm dst: r0 imm: 32
	131: RShImm dst: r0 imm: 32
	132: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	133: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	135: MovReg dst: r2 src: r9
	136: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	137: StMemDW dst: r9 src: r0 off: 0 imm: 0
	138: Call FnGetSmpProcessorId
	139: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	140: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	142: MovReg dst: r2 src: r9
	143: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	144: MovImm dst: r0 imm: 5
	145: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	146: StMemDW dst: r9 src: r0 off: 0 imm: 4
	147: LoadMapPtr dst: r1 fd: 0 <gt_events>
	149: MovReg dst: r2 src: r9
	150: MovImm dst: r3 imm: 16
	151: MovImm dst: r4 imm: 0
	152: Call FnRingbufOutput
	153: JEqImm dst: r0 off: -1 imm: 0 <exit_14>
	154: StMemW dst: rfp src: r0 off: -8 imm: 0
	155: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	157: MovReg dst: r2 src: rfp
	158: AddImm dst: r2 imm: -8
	159: Call FnMapLookupElem
	160: JEqImm dst: r0 off: -1 imm: 0 <exit_14>
	161: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	162: AddImm dst: r1 imm: 1
	163: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_14:
	164: MovImm dst: r0 imm: 0
	165: Exit

