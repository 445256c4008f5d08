gt_p0: tracepoint:syscalls:sys_enter_write
	   ; aggregations.bt:1: tracepoint:syscalls:sys_enter_write /pid == cpid/
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
	 12: Call FnGetCurrentPidTgid
	 13: RShImm dst: r0 imm: 32
	 14: MovReg dst: r7 src: r0
	 15: LdImmDW dst: r0 imm: 0
	 17: MovReg dst: r1 src: r0
	 18: MovReg dst: r0 src: r7
	 19: JEqReg dst: r0 off: -1 src: r1 <cmp_2>
	 20: MovImm dst: r0 imm: 0
	 21: Ja off: -1 <cend_3>
cmp_2:
	 22: MovImm dst: r0 imm: 1
cend_3:
	 23: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	   ; aggregations.bt:3: @bytes = sum(args->count);
	 24: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 25: MovReg dst: r7 src: r0
	 26: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 27: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 29: MovReg dst: r2 src: r9
	 30: AddImm dst: r2 imm: 8
	 31: Call FnMapLookupElem
	 32: MovReg dst: r2 src: r7
	 33: JEqImm dst: r0 off: -1 imm: 0 <ainit_4>
	 34: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 35: AddReg dst: r1 src: r2
	 36: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 37: Ja off: -1 <aend_5>
ainit_4:
	 38: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	 39: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 41: MovReg dst: r2 src: r9
	 42: AddImm dst: r2 imm: 8
	 43: MovReg dst: r3 src: r9
	 44: AddImm dst: r3 imm: 16
	 45: MovImm dst: r4 imm: 0
	 46: Call FnMapUpdateElem
aend_5:
	   ; aggregations.bt:4: @n = count();
	 47: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 50: MovReg dst: r2 src: r9
	 51: AddImm dst: r2 imm: 8
	 52: Call FnMapLookupElem
	 53: MovImm dst: r2 imm: 1
	 54: JEqImm dst: r0 off: -1 imm: 0 <ainit_6>
	 55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 56: AddReg dst: r1 src: r2
	 57: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 58: Ja off: -1 <aend_7>
ainit_6:
	 59: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	 60: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 62: MovReg dst: r2 src: r9
	 63: AddImm dst: r2 imm: 8
	 64: MovReg dst: r3 src: r9
	 65: AddImm dst: r3 imm: 16
	 66: MovImm dst: r4 imm: 0
	 67: Call FnMapUpdateElem
aend_7:
	   ; aggregations.bt:5: @lo = min(args->count);
	 68: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 69: MovReg dst: r7 src: r0
	 70: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 71: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	 73: MovReg dst: r2 src: r9
	 74: AddImm dst: r2 imm: 8
	 75: Call FnMapLookupElem
	 76: MovReg dst: r2 src: r7
	 77: JEqImm dst: r0 off: -1 imm: 0 <ainit_8>
	 78: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	 79: JEqImm dst: r1 off: -1 imm: 0 <mset_10>
	 80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 81: JSLTReg dst: r2 off: -1 src: r1 <mset_10>
	 82: Ja off: -1 <aend_9>
mset_10:
	 83: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 84: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 85: Ja off: -1 <aend_9>
ainit_8:
	 86: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	 87: StMemDW dst: r9 src: r0 off: 24 imm: 1
	 88: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	 90: MovReg dst: r2 src: r9
	 91: AddImm dst: r2 imm: 8
	 92: MovReg dst: r3 src: r9
	 93: AddImm dst: r3 imm: 16
	 94: MovImm dst: r4 imm: 0
	 95: Call FnMapUpdateElem
aend_9:
	   ; aggregations.bt:6: @hi = max(args->count);
	 96: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 97: MovReg dst: r7 src: r0
	 98: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 99: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	101: MovReg dst: r2 src: r9
	102: AddImm dst: r2 imm: 8
	103: Call FnMapLookupElem
	104: MovReg dst: r2 src: r7
	105: JEqImm dst: r0 off: -1 imm: 0 <ainit_11>
	106: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	107: JEqImm dst: r1 off: -1 imm: 0 <mset_13>
	108: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	109: JSGTReg dst: r2 off: -1 src: r1 <mset_13>
	110: Ja off: -1 <aend_12>
mset_13:
	111: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	112: StMemDW dst: r0 src: r0 off: 8 imm: 1
	113: Ja off: -1 <aend_12>
ainit_11:
	114: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	115: StMemDW dst: r9 src: r0 off: 24 imm: 1
	116: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	118: MovReg dst: r2 src: r9
	119: AddImm dst: r2 imm: 8
	120: MovReg dst: r3 src: r9
	121: AddImm dst: r3 imm: 16
	122: MovImm dst: r4 imm: 0
	123: Call FnMapUpdateElem
aend_12:
	   ; aggregations.bt:7: @mean = avg(args->count);
	124: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	125: MovReg dst: r7 src: r0
	126: StMemDW dst: r9 src: r0 off: 8 imm: 0
	127: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	129: MovReg dst: r2 src: r9
	130: AddImm dst: r2 imm: 8
	131: Call FnMapLookupElem
	132: MovReg dst: r2 src: r7
	133: JEqImm dst: r0 off: -1 imm: 0 <ainit_14>
	134: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	135: AddImm dst: r1 imm: 1
	136: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	137: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	138: AddReg dst: r1 src: r2
	139: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	140: Ja off: -1 <aend_15>
ainit_14:
	141: StMemDW dst: r9 src: r0 off: 16 imm: 1
	142: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	143: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	145: MovReg dst: r2 src: r9
	146: AddImm dst: r2 imm: 8
	147: MovReg dst: r3 src: r9
	148: AddImm dst: r3 imm: 16
	149: MovImm dst: r4 imm: 0
	150: Call FnMapUpdateElem
aend_15:
	   ; aggregations.bt:8: @s = stats(args->count);
	151: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	152: MovReg dst: r7 src: r0
	153: StMemDW dst: r9 src: r0 off: 8 imm: 0
	154: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	156: MovReg dst: r2 src: r9
	157: AddImm dst: r2 imm: 8
	158: Call FnMapLookupElem
	159: MovReg dst: r2 src: r7
	160: JEqImm dst: r0 off: -1 imm: 0 <ainit_16>
	161: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	162: AddImm dst: r1 imm: 1
	163: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	164: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	165: AddReg dst: r1 src: r2
	166: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	167: Ja off: -1 <aend_17>
ainit_16:
	168: StMemDW dst: r9 src: r0 off: 16 imm: 1
	169: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	170: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	172: MovReg dst: r2 src: r9
	173: AddImm dst: r2 imm: 8
	174: MovReg dst: r3 src: r9
	175: AddImm dst: r3 imm: 16
	176: MovImm dst: r4 imm: 0
	177: Call FnMapUpdateElem
aend_17:
	   ; aggregations.bt:9: @h = hist(args->count);
	178: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	179: MovReg dst: r7 src: r0
	180: StMemDW dst: r9 src: r0 off: 8 imm: 0
	181: StMemDW dst: r9 src: r0 off: 16 imm: 0
	182: MovReg dst: r1 src: r7
	183: JSLTImm dst: r1 off: -1 imm: 0 <hneg_18>
	184: JEqImm dst: r1 off: -1 imm: 0 <hzero_19>
	185: MovImm dst: r0 imm: 2
	186: MovReg dst: r2 src: r1
	187: RShImm dst: r2 imm: 32
	188: JEqImm dst: r2 off: -1 imm: 0 <hskip_21>
	189: MovReg dst: r1 src: r2
	190: AddImm dst: r0 imm: 32
hskip_21:
	191: MovReg dst: r2 src: r1
	192: RShImm dst: r2 imm: 16
	193: JEqImm dst: r2 off: -1 imm: 0 <hskip_22>
	194: MovReg dst: r1 src: r2
	195: AddImm dst: r0 imm: 16
hskip_22:
	196: MovReg dst: r2 src: r1
	197: RShImm dst: r2 imm: 8
	198: JEqImm dst: r2 off: -1 imm: 0 <hskip_23>
	199: MovReg dst: r1 src: r2
	200: AddImm dst: r0 imm: 8
hskip_23:
	201: MovReg dst: r2 src: r1
	202: RShImm dst: r2 imm: 4
	203: JEqImm dst: r2 off: -1 imm: 0 <hskip_24>
	204: MovReg dst: r1 src: r2
	205: AddImm dst: r0 imm: 4
hskip_24:
	206: MovReg dst: r2 src: r1
	207: RShImm dst: r2 imm: 2
	208: JEqImm dst: r2 off: -1 imm: 0 <hskip_25>
	209: MovReg dst: r1 src: r2
	210: AddImm dst: r0 imm: 2
hskip_25:
	211: MovReg dst: r2 src: r1
	212: RShImm dst: r2 imm: 1
	213: JEqImm dst: r2 off: -1 imm: 0 <hskip_26>
	214: MovReg dst: r1 src: r2
	215: AddImm dst: r0 imm: 1
hskip_26:
	216: Ja off: -1 <hend_20>
hneg_18:
	217: MovImm dst: r0 imm: 0
	218: Ja off: -1 <hend_20>
hzero_19:
	219: MovImm dst: r0 imm: 1
hend_20:
	220: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	221: MovImm dst: r0 imm: 1
	222: MovReg dst: r7 src: r0
	223: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	225: MovReg dst: r2 src: r9
	226: AddImm dst: r2 imm: 8
	227: Call FnMapLookupElem
	228: MovReg dst: r2 src: r7
	229: JEqImm dst: r0 off: -1 imm: 0 <ainit_27>
	230: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	231: AddReg dst: r1 src: r2
	232: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	233: Ja off: -1 <aend_28>
ainit_27:
	234: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	235: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	237: MovReg dst: r2 src: r9
	238: AddImm dst: r2 imm: 8
	239: MovReg dst: r3 src: r9
	240: AddImm dst: r3 imm: 24
	241: MovImm dst: r4 imm: 0
	242: Call FnMapUpdateElem
aend_28:
	   ; aggregations.bt:10: @l = lhist(args->count, 0, 100, 10);
	243: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	244: MovReg dst: r7 src: r0
	245: StMemDW dst: r9 src: r0 off: 8 imm: 0
	246: StMemDW dst: r9 src: r0 off: 16 imm: 0
	247: MovReg dst: r1 src: r7
	248: MovImm dst: r2 imm: 0
	249: JSLTReg dst: r1 off: -1 src: r2 <lbelow_29>
	250: MovImm dst: r2 imm: 100
	251: JSGEReg dst: r1 off: -1 src: r2 <labove_30>
	252: MovReg dst: r0 src: r1
	253: MovImm dst: r2 imm: 0
	254: SubReg dst: r0 src: r2
	255: MovImm dst: r2 imm: 10
	256: DivReg dst: r0 src: r2
	257: AddImm dst: r0 imm: 1
	258: Ja off: -1 <lend_31>
lbelow_29:
	259: MovImm dst: r0 imm: 0
	260: Ja off: -1 <lend_31>
labove_30:
	261: MovImm dst: r0 imm: 11
lend_31:
	262: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	263: MovImm dst: r0 imm: 1
	264: MovReg dst: r7 src: r0
	265: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	267: MovReg dst: r2 src: r9
	268: AddImm dst: r2 imm: 8
	269: Call FnMapLookupElem
	270: MovReg dst: r2 src: r7
	271: JEqImm dst: r0 off: -1 imm: 0 <ainit_32>
	272: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	273: AddReg dst: r1 src: r2
	274: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	275: Ja off: -1 <aend_33>
ainit_32:
	276: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	277: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	279: MovReg dst: r2 src: r9
	280: AddImm dst: r2 imm: 8
	281: MovReg dst: r3 src: r9
	282: AddImm dst: r3 imm: 24
	283: MovImm dst: r4 imm: 0
	284: Call FnMapUpdateElem
aend_33:
	   ; aggregations.bt:11: @by[pid, comm] = count();
	285: StMemDW dst: r9 src: r0 off: 8 imm: 0
	286: StMemDW dst: r9 src: r0 off: 16 imm: 0
	287: StMemDW dst: r9 src: r0 off: 24 imm: 0
	288: StMemDW dst: r9 src: r0 off: 32 imm: 0
	289: StMemDW dst: r9 src: r0 off: 40 imm: 0
	290: StMemDW dst: r9 src: r0 off: 48 imm: 0
	291: StMemDW dst: r9 src: r0 off: 56 imm: 0
	292: StMemDW dst: r9 src: r0 off: 64 imm: 0
	293: StMemDW dst: r9 src: r0 off: 72 imm: 0
	294: Call FnGetCurrentPidTgid
	295: RShImm dst: r0 imm: 32
	296: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	297: StMemDW dst: r9 src: r0 off: 16 imm: 0
	298: StMemDW dst: r9 src: r0 off: 24 imm: 0
	299: StMemDW dst: r9 src: r0 off: 32 imm: 0
	300: StMemDW dst: r9 src: r0 off: 40 imm: 0
	301: StMemDW dst: r9 src: r0 off: 48 imm: 0
	302: StMemDW dst: r9 src: r0 off: 56 imm: 0
	303: StMemDW dst: r9 src: r0 off: 64 imm: 0
	304: StMemDW dst: r9 src: r0 off: 72 imm: 0
	305: MovReg dst: r1 src: r9
	306: AddImm dst: r1 imm: 16
	307: MovImm dst: r2 imm: 16
	308: Call FnGetCurrentComm
	309: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	311: MovReg dst: r2 src: r9
	312: AddImm dst: r2 imm: 8
	313: Call FnMapLookupElem
	314: MovImm dst: r2 imm: 1
	315: JEqImm dst: r0 off: -1 imm: 0 <ainit_34>
	316: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	317: AddReg dst: r1 src: r2
	318: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	319: Ja off: -1 <aend_35>
ainit_34:
	320: StXMemDW dst: r9 src: r2 off: 80 imm: 0
	321: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	323: MovReg dst: r2 src: r9
	324: AddImm dst: r2 imm: 8
	325: MovReg dst: r3 src: r9
	326: AddImm dst: r3 imm: 80
	327: MovImm dst: r4 imm: 0
	328: Call FnMapUpdateElem
aend_35:
	329: Ja off: 0
exit_1:
	330: MovImm dst: r0 imm: 0
	331: Exit

