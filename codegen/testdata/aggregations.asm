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
	 42: JEqImm dst: r0 off: -1 imm: 0 <okh_6>
	 43: StMemW dst: rfp src: r0 off: -8 imm: 1
	 44: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 46: MovReg dst: r2 src: rfp
	 47: AddImm dst: r2 imm: -8
	 48: Call FnMapLookupElem
	 49: JEqImm dst: r0 off: -1 imm: 0 <okh_6>
	 50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 51: AddImm dst: r1 imm: 1
	 52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_6:
	 53: Ja off: 0
aend_5:
	   ; aggregations.bt:4: @n = count();
	 54: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 55: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 57: MovReg dst: r2 src: r9
	 58: Call FnMapLookupElem
	 59: MovImm dst: r2 imm: 1
	 60: JEqImm dst: r0 off: -1 imm: 0 <ainit_7>
	 61: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 62: AddReg dst: r1 src: r2
	 63: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 64: Ja off: -1 <aend_8>
ainit_7:
	 65: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 66: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 68: MovReg dst: r2 src: r9
	 69: MovReg dst: r3 src: r9
	 70: AddImm dst: r3 imm: 8
	 71: MovImm dst: r4 imm: 0
	 72: Call FnMapUpdateElem
	 73: JEqImm dst: r0 off: -1 imm: 0 <okh_9>
	 74: StMemW dst: rfp src: r0 off: -8 imm: 7
	 75: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -8
	 79: Call FnMapLookupElem
	 80: JEqImm dst: r0 off: -1 imm: 0 <okh_9>
	 81: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 82: AddImm dst: r1 imm: 1
	 83: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_9:
	 84: Ja off: 0
aend_8:
	   ; aggregations.bt:5: @lo = min(args->count);
	 85: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 86: MovReg dst: r7 src: r0
	 87: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 88: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	 90: MovReg dst: r2 src: r9
	 91: Call FnMapLookupElem
	 92: MovReg dst: r2 src: r7
	 93: JEqImm dst: r0 off: -1 imm: 0 <ainit_10>
	 94: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	 95: JEqImm dst: r1 off: -1 imm: 0 <mset_12>
	 96: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 97: JSLTReg dst: r2 off: -1 src: r1 <mset_12>
	 98: Ja off: -1 <aend_11>
mset_12:
	 99: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	100: StMemDW dst: r0 src: r0 off: 8 imm: 1
	101: Ja off: -1 <aend_11>
ainit_10:
	102: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	103: StMemDW dst: r9 src: r0 off: 16 imm: 1
	104: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	106: MovReg dst: r2 src: r9
	107: MovReg dst: r3 src: r9
	108: AddImm dst: r3 imm: 8
	109: MovImm dst: r4 imm: 0
	110: Call FnMapUpdateElem
	111: JEqImm dst: r0 off: -1 imm: 0 <okh_13>
	112: StMemW dst: rfp src: r0 off: -8 imm: 5
	113: LoadMapPtr dst: r1 fd: 0 <gt_full>
	115: MovReg dst: r2 src: rfp
	116: AddImm dst: r2 imm: -8
	117: Call FnMapLookupElem
	118: JEqImm dst: r0 off: -1 imm: 0 <okh_13>
	119: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	120: AddImm dst: r1 imm: 1
	121: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_13:
	122: Ja off: 0
aend_11:
	   ; aggregations.bt:6: @hi = max(args->count);
	123: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	124: MovReg dst: r7 src: r0
	125: StMemDW dst: r9 src: r0 off: 0 imm: 0
	126: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	128: MovReg dst: r2 src: r9
	129: Call FnMapLookupElem
	130: MovReg dst: r2 src: r7
	131: JEqImm dst: r0 off: -1 imm: 0 <ainit_14>
	132: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	133: JEqImm dst: r1 off: -1 imm: 0 <mset_16>
	134: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	135: JSGTReg dst: r2 off: -1 src: r1 <mset_16>
	136: Ja off: -1 <aend_15>
mset_16:
	137: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	138: StMemDW dst: r0 src: r0 off: 8 imm: 1
	139: Ja off: -1 <aend_15>
ainit_14:
	140: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	141: StMemDW dst: r9 src: r0 off: 16 imm: 1
	142: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	144: MovReg dst: r2 src: r9
	145: MovReg dst: r3 src: r9
	146: AddImm dst: r3 imm: 8
	147: MovImm dst: r4 imm: 0
	148: Call FnMapUpdateElem
	149: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	150: StMemW dst: rfp src: r0 off: -8 imm: 3
	151: LoadMapPtr dst: r1 fd: 0 <gt_full>
	153: MovReg dst: r2 src: rfp
	154: AddImm dst: r2 imm: -8
	155: Call FnMapLookupElem
	156: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	157: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	158: AddImm dst: r1 imm: 1
	159: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_17:
	160: Ja off: 0
aend_15:
	   ; aggregations.bt:7: @mean = avg(args->count);
	161: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	162: MovReg dst: r7 src: r0
	163: StMemDW dst: r9 src: r0 off: 0 imm: 0
	164: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	166: MovReg dst: r2 src: r9
	167: Call FnMapLookupElem
	168: MovReg dst: r2 src: r7
	169: JEqImm dst: r0 off: -1 imm: 0 <ainit_18>
	170: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	171: AddImm dst: r1 imm: 1
	172: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	173: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	174: AddReg dst: r1 src: r2
	175: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	176: Ja off: -1 <aend_19>
ainit_18:
	177: StMemDW dst: r9 src: r0 off: 8 imm: 1
	178: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	179: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	181: MovReg dst: r2 src: r9
	182: MovReg dst: r3 src: r9
	183: AddImm dst: r3 imm: 8
	184: MovImm dst: r4 imm: 0
	185: Call FnMapUpdateElem
	186: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	187: StMemW dst: rfp src: r0 off: -8 imm: 6
	188: LoadMapPtr dst: r1 fd: 0 <gt_full>
	190: MovReg dst: r2 src: rfp
	191: AddImm dst: r2 imm: -8
	192: Call FnMapLookupElem
	193: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	194: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	195: AddImm dst: r1 imm: 1
	196: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_20:
	197: Ja off: 0
aend_19:
	   ; aggregations.bt:8: @s = stats(args->count);
	198: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	199: MovReg dst: r7 src: r0
	200: StMemDW dst: r9 src: r0 off: 0 imm: 0
	201: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	203: MovReg dst: r2 src: r9
	204: Call FnMapLookupElem
	205: MovReg dst: r2 src: r7
	206: JEqImm dst: r0 off: -1 imm: 0 <ainit_21>
	207: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	208: AddImm dst: r1 imm: 1
	209: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	210: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	211: AddReg dst: r1 src: r2
	212: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	213: Ja off: -1 <aend_22>
ainit_21:
	214: StMemDW dst: r9 src: r0 off: 8 imm: 1
	215: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	216: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	218: MovReg dst: r2 src: r9
	219: MovReg dst: r3 src: r9
	220: AddImm dst: r3 imm: 8
	221: MovImm dst: r4 imm: 0
	222: Call FnMapUpdateElem
	223: JEqImm dst: r0 off: -1 imm: 0 <okh_23>
	224: StMemW dst: rfp src: r0 off: -8 imm: 8
	225: LoadMapPtr dst: r1 fd: 0 <gt_full>
	227: MovReg dst: r2 src: rfp
	228: AddImm dst: r2 imm: -8
	229: Call FnMapLookupElem
	230: JEqImm dst: r0 off: -1 imm: 0 <okh_23>
	231: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	232: AddImm dst: r1 imm: 1
	233: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_23:
	234: Ja off: 0
aend_22:
	   ; aggregations.bt:9: @h = hist(args->count);
	235: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	236: MovReg dst: r7 src: r0
	237: StMemDW dst: r9 src: r0 off: 0 imm: 0
	238: StMemDW dst: r9 src: r0 off: 8 imm: 0
	239: MovReg dst: r1 src: r7
	240: JSLTImm dst: r1 off: -1 imm: 0 <hneg_24>
	241: JEqImm dst: r1 off: -1 imm: 0 <hzero_25>
	242: MovImm dst: r0 imm: 2
	243: MovReg dst: r2 src: r1
	244: RShImm dst: r2 imm: 32
	245: JEqImm dst: r2 off: -1 imm: 0 <hskip_27>
	246: MovReg dst: r1 src: r2
	247: AddImm dst: r0 imm: 32
hskip_27:
	248: MovReg dst: r2 src: r1
	249: RShImm dst: r2 imm: 16
	250: JEqImm dst: r2 off: -1 imm: 0 <hskip_28>
	251: MovReg dst: r1 src: r2
	252: AddImm dst: r0 imm: 16
hskip_28:
	253: MovReg dst: r2 src: r1
	254: RShImm dst: r2 imm: 8
	255: JEqImm dst: r2 off: -1 imm: 0 <hskip_29>
	256: MovReg dst: r1 src: r2
	257: AddImm dst: r0 imm: 8
hskip_29:
	258: MovReg dst: r2 src: r1
	259: RShImm dst: r2 imm: 4
	260: JEqImm dst: r2 off: -1 imm: 0 <hskip_30>
	261: MovReg dst: r1 src: r2
	262: AddImm dst: r0 imm: 4
hskip_30:
	263: MovReg dst: r2 src: r1
	264: RShImm dst: r2 imm: 2
	265: JEqImm dst: r2 off: -1 imm: 0 <hskip_31>
	266: MovReg dst: r1 src: r2
	267: AddImm dst: r0 imm: 2
hskip_31:
	268: MovReg dst: r2 src: r1
	269: RShImm dst: r2 imm: 1
	270: JEqImm dst: r2 off: -1 imm: 0 <hskip_32>
	271: MovReg dst: r1 src: r2
	272: AddImm dst: r0 imm: 1
hskip_32:
	273: Ja off: -1 <hend_26>
hneg_24:
	274: MovImm dst: r0 imm: 0
	275: Ja off: -1 <hend_26>
hzero_25:
	276: MovImm dst: r0 imm: 1
hend_26:
	277: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	278: MovImm dst: r0 imm: 1
	279: MovReg dst: r7 src: r0
	280: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	282: MovReg dst: r2 src: r9
	283: Call FnMapLookupElem
	284: MovReg dst: r2 src: r7
	285: JEqImm dst: r0 off: -1 imm: 0 <ainit_33>
	286: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	287: AddReg dst: r1 src: r2
	288: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	289: Ja off: -1 <aend_34>
ainit_33:
	290: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	291: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	293: MovReg dst: r2 src: r9
	294: MovReg dst: r3 src: r9
	295: AddImm dst: r3 imm: 16
	296: MovImm dst: r4 imm: 0
	297: Call FnMapUpdateElem
	298: JEqImm dst: r0 off: -1 imm: 0 <okh_35>
	299: StMemW dst: rfp src: r0 off: -8 imm: 2
	300: LoadMapPtr dst: r1 fd: 0 <gt_full>
	302: MovReg dst: r2 src: rfp
	303: AddImm dst: r2 imm: -8
	304: Call FnMapLookupElem
	305: JEqImm dst: r0 off: -1 imm: 0 <okh_35>
	306: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	307: AddImm dst: r1 imm: 1
	308: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_35:
	309: Ja off: 0
aend_34:
	   ; aggregations.bt:10: @l = lhist(args->count, 0, 100, 10);
	310: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	311: MovReg dst: r7 src: r0
	312: StMemDW dst: r9 src: r0 off: 0 imm: 0
	313: StMemDW dst: r9 src: r0 off: 8 imm: 0
	314: MovReg dst: r1 src: r7
	315: MovImm dst: r2 imm: 0
	316: JSLTReg dst: r1 off: -1 src: r2 <lbelow_36>
	317: MovImm dst: r2 imm: 100
	318: JSGEReg dst: r1 off: -1 src: r2 <labove_37>
	319: MovReg dst: r0 src: r1
	320: MovImm dst: r2 imm: 0
	321: SubReg dst: r0 src: r2
	322: MovImm dst: r2 imm: 10
	323: DivReg dst: r0 src: r2
	324: AddImm dst: r0 imm: 1
	325: Ja off: -1 <lend_38>
lbelow_36:
	326: MovImm dst: r0 imm: 0
	327: Ja off: -1 <lend_38>
labove_37:
	328: MovImm dst: r0 imm: 11
lend_38:
	329: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	330: MovImm dst: r0 imm: 1
	331: MovReg dst: r7 src: r0
	332: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	334: MovReg dst: r2 src: r9
	335: Call FnMapLookupElem
	336: MovReg dst: r2 src: r7
	337: JEqImm dst: r0 off: -1 imm: 0 <ainit_39>
	338: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	339: AddReg dst: r1 src: r2
	340: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	341: Ja off: -1 <aend_40>
ainit_39:
	342: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	343: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	345: MovReg dst: r2 src: r9
	346: MovReg dst: r3 src: r9
	347: AddImm dst: r3 imm: 16
	348: MovImm dst: r4 imm: 0
	349: Call FnMapUpdateElem
	350: JEqImm dst: r0 off: -1 imm: 0 <okh_41>
	351: StMemW dst: rfp src: r0 off: -8 imm: 4
	352: LoadMapPtr dst: r1 fd: 0 <gt_full>
	354: MovReg dst: r2 src: rfp
	355: AddImm dst: r2 imm: -8
	356: Call FnMapLookupElem
	357: JEqImm dst: r0 off: -1 imm: 0 <okh_41>
	358: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	359: AddImm dst: r1 imm: 1
	360: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_41:
	361: Ja off: 0
aend_40:
	   ; aggregations.bt:11: @by[pid, comm] = count();
	362: StMemDW dst: r9 src: r0 off: 0 imm: 0
	363: StMemDW dst: r9 src: r0 off: 8 imm: 0
	364: StMemDW dst: r9 src: r0 off: 16 imm: 0
	365: Call FnGetCurrentPidTgid
	366: RShImm dst: r0 imm: 32
	367: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	368: StMemDW dst: r9 src: r0 off: 8 imm: 0
	369: StMemDW dst: r9 src: r0 off: 16 imm: 0
	370: MovReg dst: r1 src: r9
	371: AddImm dst: r1 imm: 8
	372: MovImm dst: r2 imm: 16
	373: Call FnGetCurrentComm
	374: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	376: MovReg dst: r2 src: r9
	377: Call FnMapLookupElem
	378: MovImm dst: r2 imm: 1
	379: JEqImm dst: r0 off: -1 imm: 0 <ainit_42>
	380: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	381: AddReg dst: r1 src: r2
	382: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	383: Ja off: -1 <aend_43>
ainit_42:
	384: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	385: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	387: MovReg dst: r2 src: r9
	388: MovReg dst: r3 src: r9
	389: AddImm dst: r3 imm: 24
	390: MovImm dst: r4 imm: 0
	391: Call FnMapUpdateElem
	392: JEqImm dst: r0 off: -1 imm: 0 <okh_44>
	393: StMemW dst: rfp src: r0 off: -8 imm: 0
	394: LoadMapPtr dst: r1 fd: 0 <gt_full>
	396: MovReg dst: r2 src: rfp
	397: AddImm dst: r2 imm: -8
	398: Call FnMapLookupElem
	399: JEqImm dst: r0 off: -1 imm: 0 <okh_44>
	400: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	401: AddImm dst: r1 imm: 1
	402: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_44:
	403: Ja off: 0
aend_43:
	404: Ja off: 0
exit_1:
	405: MovImm dst: r0 imm: 0
	406: Exit

