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
	 33: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 34: StMemW dst: rfp src: r0 off: -8 imm: 3
	 35: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -8
	 39: Call FnMapLookupElem
	 40: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 41: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 42: AddImm dst: r1 imm: 1
	 43: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_4:
	 44: Ja off: 0
aend_3:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 45: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 48: MovReg dst: r2 src: r9
	 49: AddImm dst: r2 imm: 8
	 50: Call FnMapLookupElem
	 51: JEqImm dst: r0 off: -1 imm: 0 <miss_6>
	 52: LdXMemDW dst: r0 src: r0 off: 0 imm: 0
	 53: Ja off: -1 <rend_7>
miss_6:
	 54: MovImm dst: r0 imm: 0
rend_7:
	 55: MovReg dst: r7 src: r0
	 56: MovImm dst: r0 imm: 3
	 57: MovReg dst: r1 src: r0
	 58: MovReg dst: r0 src: r7
	 59: JEqReg dst: r0 off: -1 src: r1 <cmp_8>
	 60: MovImm dst: r0 imm: 0
	 61: Ja off: -1 <cend_9>
cmp_8:
	 62: MovImm dst: r0 imm: 1
cend_9:
	 63: JEqImm dst: r0 off: -1 imm: 0 <else_5>
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 64: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 65: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 67: MovReg dst: r2 src: r9
	 68: AddImm dst: r2 imm: 16
	 69: MovImm dst: r3 imm: 8
	 70: MovImm dst: r4 imm: 0
	 71: Call FnRingbufOutput
	 72: JEqImm dst: r0 off: -1 imm: 0 <okh_10>
	 73: StMemW dst: rfp src: r0 off: -8 imm: 0
	 74: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 76: MovReg dst: r2 src: rfp
	 77: AddImm dst: r2 imm: -8
	 78: Call FnMapLookupElem
	 79: JEqImm dst: r0 off: -1 imm: 0 <okh_10>
	 80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 81: AddImm dst: r1 imm: 1
	 82: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_10:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	 83: StMemDW dst: r9 src: r0 off: 16 imm: 1
	 84: LoadMapPtr dst: r1 fd: 0 <gt_events>
	 86: MovReg dst: r2 src: r9
	 87: AddImm dst: r2 imm: 16
	 88: MovImm dst: r3 imm: 8
	 89: MovImm dst: r4 imm: 0
	 90: Call FnRingbufOutput
	 91: JEqImm dst: r0 off: -1 imm: 0 <okh_11>
	 92: StMemW dst: rfp src: r0 off: -8 imm: 0
	 93: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -8
	 97: Call FnMapLookupElem
	 98: JEqImm dst: r0 off: -1 imm: 0 <okh_11>
	 99: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	100: AddImm dst: r1 imm: 1
	101: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_11:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	102: StMemDW dst: r9 src: r0 off: 16 imm: 2
	103: LoadMapPtr dst: r1 fd: 0 <gt_events>
	105: MovReg dst: r2 src: r9
	106: AddImm dst: r2 imm: 16
	107: MovImm dst: r3 imm: 8
	108: MovImm dst: r4 imm: 0
	109: Call FnRingbufOutput
	110: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	111: StMemW dst: rfp src: r0 off: -8 imm: 0
	112: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	114: MovReg dst: r2 src: rfp
	115: AddImm dst: r2 imm: -8
	116: Call FnMapLookupElem
	117: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	118: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	119: AddImm dst: r1 imm: 1
	120: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_12:
	   ; interval.bt:1: interval:ms:100 { @ticks = count(); if (@ticks == 3) { clear(@ticks); zero(@ticks); print(@ticks); exit(); } }
	121: StMemDW dst: r9 src: r0 off: 16 imm: 3
	122: LoadMapPtr dst: r1 fd: 0 <gt_events>
	124: MovReg dst: r2 src: r9
	125: AddImm dst: r2 imm: 16
	126: MovImm dst: r3 imm: 8
	127: MovImm dst: r4 imm: 0
	128: Call FnRingbufOutput
	129: StMemW dst: rfp src: r0 off: -8 imm: 1
	130: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	132: MovReg dst: r2 src: rfp
	133: AddImm dst: r2 imm: -8
	134: Call FnMapLookupElem
	135: JEqImm dst: r0 off: -1 imm: 0 <exitflag_13>
	136: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_13:
	137: Ja off: -1 <exit_1>
else_5:
	138: Ja off: 0
exit_1:
	139: MovImm dst: r0 imm: 0
	140: Exit

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
	 21: JEqImm dst: r0 off: -1 imm: 0 <ainit_15>
	 22: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 23: AddReg dst: r1 src: r2
	 24: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 25: Ja off: -1 <aend_16>
ainit_15:
	 26: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	 27: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 29: MovReg dst: r2 src: r9
	 30: AddImm dst: r2 imm: 8
	 31: MovReg dst: r3 src: r9
	 32: AddImm dst: r3 imm: 16
	 33: MovImm dst: r4 imm: 0
	 34: Call FnMapUpdateElem
	 35: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	 36: StMemW dst: rfp src: r0 off: -8 imm: 0
	 37: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 39: MovReg dst: r2 src: rfp
	 40: AddImm dst: r2 imm: -8
	 41: Call FnMapLookupElem
	 42: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	 43: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 44: AddImm dst: r1 imm: 1
	 45: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_17:
	 46: Ja off: 0
aend_16:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 47: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 48: Call FnKtimeGetNs
	 49: LdImmDW dst: r1 imm: 0
	 51: SubReg dst: r0 src: r1
	 52: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 55: MovReg dst: r2 src: r9
	 56: AddImm dst: r2 imm: 8
	 57: MovReg dst: r3 src: r9
	 58: AddImm dst: r3 imm: 16
	 59: MovImm dst: r4 imm: 0
	 60: Call FnMapUpdateElem
	 61: JEqImm dst: r0 off: -1 imm: 0 <okh_18>
	 62: StMemW dst: rfp src: r0 off: -8 imm: 1
	 63: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 65: MovReg dst: r2 src: rfp
	 66: AddImm dst: r2 imm: -8
	 67: Call FnMapLookupElem
	 68: JEqImm dst: r0 off: -1 imm: 0 <okh_18>
	 69: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 70: AddImm dst: r1 imm: 1
	 71: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_18:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 72: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 73: Call FnGetPrandomU32
	 74: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	 75: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 77: MovReg dst: r2 src: r9
	 78: AddImm dst: r2 imm: 8
	 79: MovReg dst: r3 src: r9
	 80: AddImm dst: r3 imm: 16
	 81: MovImm dst: r4 imm: 0
	 82: Call FnMapUpdateElem
	 83: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	 84: StMemW dst: rfp src: r0 off: -8 imm: 2
	 85: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 87: MovReg dst: r2 src: rfp
	 88: AddImm dst: r2 imm: -8
	 89: Call FnMapLookupElem
	 90: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	 91: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 92: AddImm dst: r1 imm: 1
	 93: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_19:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	 94: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 95: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 96: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 97: Call FnGetCurrentUidGid
	 98: LShImm dst: r0 imm: 32
	 99: RShImm dst: r0 imm: 32
	100: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	101: Call FnGetCurrentUidGid
	102: RShImm dst: r0 imm: 32
	103: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	104: Call FnGetCurrentPidTgid
	105: LShImm dst: r0 imm: 32
	106: RShImm dst: r0 imm: 32
	107: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	108: Call FnKtimeGetNs
	109: StXMemDW dst: r9 src: r0 off: 32 imm: 0
	110: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	112: MovReg dst: r2 src: r9
	113: AddImm dst: r2 imm: 8
	114: MovReg dst: r3 src: r9
	115: AddImm dst: r3 imm: 32
	116: MovImm dst: r4 imm: 0
	117: Call FnMapUpdateElem
	118: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	119: StMemW dst: rfp src: r0 off: -8 imm: 4
	120: LoadMapPtr dst: r1 fd: 0 <gt_full>
	122: MovReg dst: r2 src: rfp
	123: AddImm dst: r2 imm: -8
	124: Call FnMapLookupElem
	125: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	126: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	127: AddImm dst: r1 imm: 1
	128: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_20:
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	129: StMemDW dst: r9 src: r0 off: 8 imm: 0
	130: StMemDW dst: r9 src: r0 off: 16 imm: 0
	131: StMemDW dst: r9 src: r0 off: 24 imm: 0
	132: Call FnGetCurrentUidGid
	133: LShImm dst: r0 imm: 32
	134: RShImm dst: r0 imm: 32
	135: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	136: Call FnGetCurrentUidGid
	137: RShImm dst: r0 imm: 32
	138: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	139: Call FnGetCurrentPidTgid
	140: LShImm dst: r0 imm: 32
	141: RShImm dst: r0 imm: 32
	142: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	143: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	145: MovReg dst: r2 src: r9
	146: AddImm dst: r2 imm: 8
	147: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	148: StMemDW dst: r9 src: r0 off: 8 imm: 0
	149: Call FnGetSmpProcessorId
	150: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	151: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	153: MovReg dst: r2 src: r9
	154: AddImm dst: r2 imm: 8
	155: Call FnMapDeleteElem
	   ; interval.bt:2: profile:hz:99 { @cpu[cpu] = count(); @e = elapsed; @r = rand; @u[uid, gid, tid] = nsecs; delete(@u[uid, gid, tid]); delete(@cpu, cpu); print(5); }
	156: MovImm dst: r0 imm: 5
	157: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	158: StMemDW dst: r9 src: r0 off: 8 imm: 4
	159: LoadMapPtr dst: r1 fd: 0 <gt_events>
	161: MovReg dst: r2 src: r9
	162: AddImm dst: r2 imm: 8
	163: MovImm dst: r3 imm: 16
	164: MovImm dst: r4 imm: 0
	165: Call FnRingbufOutput
	166: JEqImm dst: r0 off: -1 imm: 0 <okh_21>
	167: StMemW dst: rfp src: r0 off: -8 imm: 0
	168: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	170: MovReg dst: r2 src: rfp
	171: AddImm dst: r2 imm: -8
	172: Call FnMapLookupElem
	173: JEqImm dst: r0 off: -1 imm: 0 <okh_21>
	174: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	175: AddImm dst: r1 imm: 1
	176: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_21:
	177: Ja off: 0
exit_14:
	178: MovImm dst: r0 imm: 0
	179: Exit

