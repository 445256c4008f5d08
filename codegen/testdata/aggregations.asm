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
	  9: Call FnGetCurrentPidTgid
	 10: RShImm dst: r0 imm: 32
	 11: MovReg dst: r7 src: r0
	 12: LdImmDW dst: r0 imm: 0
	 14: MovReg dst: r1 src: r0
	 15: MovReg dst: r0 src: r7
	 16: JEqReg dst: r0 off: -1 src: r1 <cmp_2>
	 17: MovImm dst: r0 imm: 0
	 18: Ja off: -1 <cend_3>
cmp_2:
	 19: MovImm dst: r0 imm: 1
cend_3:
	 20: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	   ; aggregations.bt:3: @bytes = sum(args->count);
	 21: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 22: MovReg dst: r7 src: r0
	 23: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 24: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 26: MovReg dst: r2 src: r9
	 27: Call FnMapLookupElem
	 28: MovReg dst: r2 src: r7
	 29: JEqImm dst: r0 off: -1 imm: 0 <ainit_4>
	 30: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 31: AddReg dst: r1 src: r2
	 32: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 33: Ja off: -1 <aend_5>
ainit_4:
	 34: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 35: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 37: MovReg dst: r2 src: r9
	 38: MovReg dst: r3 src: r9
	 39: AddImm dst: r3 imm: 8
	 40: MovImm dst: r4 imm: 0
	 41: Call FnMapUpdateElem
aend_5:
	   ; aggregations.bt:4: @n = count();
	 42: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 43: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 45: MovReg dst: r2 src: r9
	 46: Call FnMapLookupElem
	 47: MovImm dst: r2 imm: 1
	 48: JEqImm dst: r0 off: -1 imm: 0 <ainit_6>
	 49: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 50: AddReg dst: r1 src: r2
	 51: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 52: Ja off: -1 <aend_7>
ainit_6:
	 53: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 54: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 56: MovReg dst: r2 src: r9
	 57: MovReg dst: r3 src: r9
	 58: AddImm dst: r3 imm: 8
	 59: MovImm dst: r4 imm: 0
	 60: Call FnMapUpdateElem
aend_7:
	   ; aggregations.bt:5: @lo = min(args->count);
	 61: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 62: MovReg dst: r7 src: r0
	 63: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 64: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	 66: MovReg dst: r2 src: r9
	 67: Call FnMapLookupElem
	 68: MovReg dst: r2 src: r7
	 69: JEqImm dst: r0 off: -1 imm: 0 <ainit_8>
	 70: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	 71: JEqImm dst: r1 off: -1 imm: 0 <mset_10>
	 72: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 73: JSLTReg dst: r2 off: -1 src: r1 <mset_10>
	 74: Ja off: -1 <aend_9>
mset_10:
	 75: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 76: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 77: Ja off: -1 <aend_9>
ainit_8:
	 78: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 79: StMemDW dst: r9 src: r0 off: 16 imm: 1
	 80: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	 82: MovReg dst: r2 src: r9
	 83: MovReg dst: r3 src: r9
	 84: AddImm dst: r3 imm: 8
	 85: MovImm dst: r4 imm: 0
	 86: Call FnMapUpdateElem
aend_9:
	   ; aggregations.bt:6: @hi = max(args->count);
	 87: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 88: MovReg dst: r7 src: r0
	 89: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 90: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 92: MovReg dst: r2 src: r9
	 93: Call FnMapLookupElem
	 94: MovReg dst: r2 src: r7
	 95: JEqImm dst: r0 off: -1 imm: 0 <ainit_11>
	 96: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	 97: JEqImm dst: r1 off: -1 imm: 0 <mset_13>
	 98: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 99: JSGTReg dst: r2 off: -1 src: r1 <mset_13>
	100: Ja off: -1 <aend_12>
mset_13:
	101: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	102: StMemDW dst: r0 src: r0 off: 8 imm: 1
	103: Ja off: -1 <aend_12>
ainit_11:
	104: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	105: StMemDW dst: r9 src: r0 off: 16 imm: 1
	106: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	108: MovReg dst: r2 src: r9
	109: MovReg dst: r3 src: r9
	110: AddImm dst: r3 imm: 8
	111: MovImm dst: r4 imm: 0
	112: Call FnMapUpdateElem
aend_12:
	   ; aggregations.bt:7: @mean = avg(args->count);
	113: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	114: MovReg dst: r7 src: r0
	115: StMemDW dst: r9 src: r0 off: 0 imm: 0
	116: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	118: MovReg dst: r2 src: r9
	119: Call FnMapLookupElem
	120: MovReg dst: r2 src: r7
	121: JEqImm dst: r0 off: -1 imm: 0 <ainit_14>
	122: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	123: AddImm dst: r1 imm: 1
	124: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	125: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	126: AddReg dst: r1 src: r2
	127: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	128: Ja off: -1 <aend_15>
ainit_14:
	129: StMemDW dst: r9 src: r0 off: 8 imm: 1
	130: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	131: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	133: MovReg dst: r2 src: r9
	134: MovReg dst: r3 src: r9
	135: AddImm dst: r3 imm: 8
	136: MovImm dst: r4 imm: 0
	137: Call FnMapUpdateElem
aend_15:
	   ; aggregations.bt:8: @s = stats(args->count);
	138: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	139: MovReg dst: r7 src: r0
	140: StMemDW dst: r9 src: r0 off: 0 imm: 0
	141: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	143: MovReg dst: r2 src: r9
	144: Call FnMapLookupElem
	145: MovReg dst: r2 src: r7
	146: JEqImm dst: r0 off: -1 imm: 0 <ainit_16>
	147: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	148: AddImm dst: r1 imm: 1
	149: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	150: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	151: AddReg dst: r1 src: r2
	152: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	153: Ja off: -1 <aend_17>
ainit_16:
	154: StMemDW dst: r9 src: r0 off: 8 imm: 1
	155: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	156: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	158: MovReg dst: r2 src: r9
	159: MovReg dst: r3 src: r9
	160: AddImm dst: r3 imm: 8
	161: MovImm dst: r4 imm: 0
	162: Call FnMapUpdateElem
aend_17:
	   ; aggregations.bt:9: @h = hist(args->count);
	163: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	164: MovReg dst: r7 src: r0
	165: StMemDW dst: r9 src: r0 off: 0 imm: 0
	166: StMemDW dst: r9 src: r0 off: 8 imm: 0
	167: MovReg dst: r1 src: r7
	168: JSLTImm dst: r1 off: -1 imm: 0 <hneg_18>
	169: JEqImm dst: r1 off: -1 imm: 0 <hzero_19>
	170: MovImm dst: r0 imm: 2
	171: MovReg dst: r2 src: r1
	172: RShImm dst: r2 imm: 32
	173: JEqImm dst: r2 off: -1 imm: 0 <hskip_21>
	174: MovReg dst: r1 src: r2
	175: AddImm dst: r0 imm: 32
hskip_21:
	176: MovReg dst: r2 src: r1
	177: RShImm dst: r2 imm: 16
	178: JEqImm dst: r2 off: -1 imm: 0 <hskip_22>
	179: MovReg dst: r1 src: r2
	180: AddImm dst: r0 imm: 16
hskip_22:
	181: MovReg dst: r2 src: r1
	182: RShImm dst: r2 imm: 8
	183: JEqImm dst: r2 off: -1 imm: 0 <hskip_23>
	184: MovReg dst: r1 src: r2
	185: AddImm dst: r0 imm: 8
hskip_23:
	186: MovReg dst: r2 src: r1
	187: RShImm dst: r2 imm: 4
	188: JEqImm dst: r2 off: -1 imm: 0 <hskip_24>
	189: MovReg dst: r1 src: r2
	190: AddImm dst: r0 imm: 4
hskip_24:
	191: MovReg dst: r2 src: r1
	192: RShImm dst: r2 imm: 2
	193: JEqImm dst: r2 off: -1 imm: 0 <hskip_25>
	194: MovReg dst: r1 src: r2
	195: AddImm dst: r0 imm: 2
hskip_25:
	196: MovReg dst: r2 src: r1
	197: RShImm dst: r2 imm: 1
	198: JEqImm dst: r2 off: -1 imm: 0 <hskip_26>
	199: MovReg dst: r1 src: r2
	200: AddImm dst: r0 imm: 1
hskip_26:
	201: Ja off: -1 <hend_20>
hneg_18:
	202: MovImm dst: r0 imm: 0
	203: Ja off: -1 <hend_20>
hzero_19:
	204: MovImm dst: r0 imm: 1
hend_20:
	205: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	206: MovImm dst: r0 imm: 1
	207: MovReg dst: r7 src: r0
	208: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	210: MovReg dst: r2 src: r9
	211: Call FnMapLookupElem
	212: MovReg dst: r2 src: r7
	213: JEqImm dst: r0 off: -1 imm: 0 <ainit_27>
	214: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	215: AddReg dst: r1 src: r2
	216: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	217: Ja off: -1 <aend_28>
ainit_27:
	218: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	219: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	221: MovReg dst: r2 src: r9
	222: MovReg dst: r3 src: r9
	223: AddImm dst: r3 imm: 16
	224: MovImm dst: r4 imm: 0
	225: Call FnMapUpdateElem
aend_28:
	   ; aggregations.bt:10: @l = lhist(args->count, 0, 100, 10);
	226: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	227: MovReg dst: r7 src: r0
	228: StMemDW dst: r9 src: r0 off: 0 imm: 0
	229: StMemDW dst: r9 src: r0 off: 8 imm: 0
	230: MovReg dst: r1 src: r7
	231: MovImm dst: r2 imm: 0
	232: JSLTReg dst: r1 off: -1 src: r2 <lbelow_29>
	233: MovImm dst: r2 imm: 100
	234: JSGEReg dst: r1 off: -1 src: r2 <labove_30>
	235: MovReg dst: r0 src: r1
	236: MovImm dst: r2 imm: 0
	237: SubReg dst: r0 src: r2
	238: MovImm dst: r2 imm: 10
	239: DivReg dst: r0 src: r2
	240: AddImm dst: r0 imm: 1
	241: Ja off: -1 <lend_31>
lbelow_29:
	242: MovImm dst: r0 imm: 0
	243: Ja off: -1 <lend_31>
labove_30:
	244: MovImm dst: r0 imm: 11
lend_31:
	245: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	246: MovImm dst: r0 imm: 1
	247: MovReg dst: r7 src: r0
	248: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	250: MovReg dst: r2 src: r9
	251: Call FnMapLookupElem
	252: MovReg dst: r2 src: r7
	253: JEqImm dst: r0 off: -1 imm: 0 <ainit_32>
	254: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	255: AddReg dst: r1 src: r2
	256: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	257: Ja off: -1 <aend_33>
ainit_32:
	258: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	259: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	261: MovReg dst: r2 src: r9
	262: MovReg dst: r3 src: r9
	263: AddImm dst: r3 imm: 16
	264: MovImm dst: r4 imm: 0
	265: Call FnMapUpdateElem
aend_33:
	   ; aggregations.bt:11: @by[pid, comm] = count();
	266: StMemDW dst: r9 src: r0 off: 0 imm: 0
	267: StMemDW dst: r9 src: r0 off: 8 imm: 0
	268: StMemDW dst: r9 src: r0 off: 16 imm: 0
	269: StMemDW dst: r9 src: r0 off: 24 imm: 0
	270: StMemDW dst: r9 src: r0 off: 32 imm: 0
	271: StMemDW dst: r9 src: r0 off: 40 imm: 0
	272: StMemDW dst: r9 src: r0 off: 48 imm: 0
	273: StMemDW dst: r9 src: r0 off: 56 imm: 0
	274: StMemDW dst: r9 src: r0 off: 64 imm: 0
	275: Call FnGetCurrentPidTgid
	276: RShImm dst: r0 imm: 32
	277: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	278: StMemDW dst: r9 src: r0 off: 8 imm: 0
	279: StMemDW dst: r9 src: r0 off: 16 imm: 0
	280: StMemDW dst: r9 src: r0 off: 24 imm: 0
	281: StMemDW dst: r9 src: r0 off: 32 imm: 0
	282: StMemDW dst: r9 src: r0 off: 40 imm: 0
	283: StMemDW dst: r9 src: r0 off: 48 imm: 0
	284: StMemDW dst: r9 src: r0 off: 56 imm: 0
	285: StMemDW dst: r9 src: r0 off: 64 imm: 0
	286: MovReg dst: r1 src: r9
	287: AddImm dst: r1 imm: 8
	288: MovImm dst: r2 imm: 16
	289: Call FnGetCurrentComm
	290: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	292: MovReg dst: r2 src: r9
	293: Call FnMapLookupElem
	294: MovImm dst: r2 imm: 1
	295: JEqImm dst: r0 off: -1 imm: 0 <ainit_34>
	296: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	297: AddReg dst: r1 src: r2
	298: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	299: Ja off: -1 <aend_35>
ainit_34:
	300: StXMemDW dst: r9 src: r2 off: 72 imm: 0
	301: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	303: MovReg dst: r2 src: r9
	304: MovReg dst: r3 src: r9
	305: AddImm dst: r3 imm: 72
	306: MovImm dst: r4 imm: 0
	307: Call FnMapUpdateElem
aend_35:
	308: Ja off: 0
exit_1:
	309: MovImm dst: r0 imm: 0
	310: Exit

