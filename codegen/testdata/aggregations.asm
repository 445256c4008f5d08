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
	240: MovReg dst: r0 src: r1
	241: MovReg dst: r7 src: r0
	242: JSLTImm dst: r1 off: -1 imm: 0 <hneg_24>
	243: JEqImm dst: r1 off: -1 imm: 0 <hzero_25>
	244: MovImm dst: r0 imm: 2
	245: MovReg dst: r2 src: r1
	246: RShImm dst: r2 imm: 32
	247: JEqImm dst: r2 off: -1 imm: 0 <hskip_27>
	248: MovReg dst: r1 src: r2
	249: AddImm dst: r0 imm: 32
hskip_27:
	250: MovReg dst: r2 src: r1
	251: RShImm dst: r2 imm: 16
	252: JEqImm dst: r2 off: -1 imm: 0 <hskip_28>
	253: MovReg dst: r1 src: r2
	254: AddImm dst: r0 imm: 16
hskip_28:
	255: MovReg dst: r2 src: r1
	256: RShImm dst: r2 imm: 8
	257: JEqImm dst: r2 off: -1 imm: 0 <hskip_29>
	258: MovReg dst: r1 src: r2
	259: AddImm dst: r0 imm: 8
hskip_29:
	260: MovReg dst: r2 src: r1
	261: RShImm dst: r2 imm: 4
	262: JEqImm dst: r2 off: -1 imm: 0 <hskip_30>
	263: MovReg dst: r1 src: r2
	264: AddImm dst: r0 imm: 4
hskip_30:
	265: MovReg dst: r2 src: r1
	266: RShImm dst: r2 imm: 2
	267: JEqImm dst: r2 off: -1 imm: 0 <hskip_31>
	268: MovReg dst: r1 src: r2
	269: AddImm dst: r0 imm: 2
hskip_31:
	270: MovReg dst: r2 src: r1
	271: RShImm dst: r2 imm: 1
	272: JEqImm dst: r2 off: -1 imm: 0 <hskip_32>
	273: MovReg dst: r1 src: r2
	274: AddImm dst: r0 imm: 1
hskip_32:
	275: Ja off: -1 <hend_26>
hneg_24:
	276: MovImm dst: r0 imm: 0
	277: Ja off: -1 <hend_26>
hzero_25:
	278: MovImm dst: r0 imm: 1
hend_26:
	279: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	280: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	282: MovReg dst: r2 src: r9
	283: Call FnMapLookupElem
	284: MovReg dst: r2 src: r7
	285: JEqImm dst: r0 off: -1 imm: 0 <ainit_33>
	286: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	287: AddImm dst: r1 imm: 1
	288: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	289: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	290: AddReg dst: r1 src: r2
	291: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	292: Ja off: -1 <aend_34>
ainit_33:
	293: StMemDW dst: r9 src: r0 off: 16 imm: 1
	294: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	295: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	297: MovReg dst: r2 src: r9
	298: MovReg dst: r3 src: r9
	299: AddImm dst: r3 imm: 16
	300: MovImm dst: r4 imm: 0
	301: Call FnMapUpdateElem
	302: JEqImm dst: r0 off: -1 imm: 0 <okh_35>
	303: StMemW dst: rfp src: r0 off: -8 imm: 2
	304: LoadMapPtr dst: r1 fd: 0 <gt_full>
	306: MovReg dst: r2 src: rfp
	307: AddImm dst: r2 imm: -8
	308: Call FnMapLookupElem
	309: JEqImm dst: r0 off: -1 imm: 0 <okh_35>
	310: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	311: AddImm dst: r1 imm: 1
	312: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_35:
	313: Ja off: 0
aend_34:
	   ; aggregations.bt:10: @l = lhist(args->count, 0, 100, 10);
	314: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	315: MovReg dst: r7 src: r0
	316: StMemDW dst: r9 src: r0 off: 0 imm: 0
	317: StMemDW dst: r9 src: r0 off: 8 imm: 0
	318: MovReg dst: r1 src: r7
	319: MovReg dst: r0 src: r1
	320: MovReg dst: r7 src: r0
	321: MovImm dst: r2 imm: 0
	322: JSLTReg dst: r1 off: -1 src: r2 <lbelow_36>
	323: MovImm dst: r2 imm: 100
	324: JSGEReg dst: r1 off: -1 src: r2 <labove_37>
	325: MovReg dst: r0 src: r1
	326: MovImm dst: r2 imm: 0
	327: SubReg dst: r0 src: r2
	328: MovImm dst: r2 imm: 10
	329: DivReg dst: r0 src: r2
	330: AddImm dst: r0 imm: 1
	331: Ja off: -1 <lend_38>
lbelow_36:
	332: MovImm dst: r0 imm: 0
	333: Ja off: -1 <lend_38>
labove_37:
	334: MovImm dst: r0 imm: 11
lend_38:
	335: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	336: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	338: MovReg dst: r2 src: r9
	339: Call FnMapLookupElem
	340: MovReg dst: r2 src: r7
	341: JEqImm dst: r0 off: -1 imm: 0 <ainit_39>
	342: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	343: AddImm dst: r1 imm: 1
	344: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	345: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	346: AddReg dst: r1 src: r2
	347: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	348: Ja off: -1 <aend_40>
ainit_39:
	349: StMemDW dst: r9 src: r0 off: 16 imm: 1
	350: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	351: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	353: MovReg dst: r2 src: r9
	354: MovReg dst: r3 src: r9
	355: AddImm dst: r3 imm: 16
	356: MovImm dst: r4 imm: 0
	357: Call FnMapUpdateElem
	358: JEqImm dst: r0 off: -1 imm: 0 <okh_41>
	359: StMemW dst: rfp src: r0 off: -8 imm: 4
	360: LoadMapPtr dst: r1 fd: 0 <gt_full>
	362: MovReg dst: r2 src: rfp
	363: AddImm dst: r2 imm: -8
	364: Call FnMapLookupElem
	365: JEqImm dst: r0 off: -1 imm: 0 <okh_41>
	366: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	367: AddImm dst: r1 imm: 1
	368: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_41:
	369: Ja off: 0
aend_40:
	   ; aggregations.bt:11: @by[pid, comm] = count();
	370: StMemDW dst: r9 src: r0 off: 0 imm: 0
	371: StMemDW dst: r9 src: r0 off: 8 imm: 0
	372: StMemDW dst: r9 src: r0 off: 16 imm: 0
	373: Call FnGetCurrentPidTgid
	374: RShImm dst: r0 imm: 32
	375: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	376: StMemDW dst: r9 src: r0 off: 8 imm: 0
	377: StMemDW dst: r9 src: r0 off: 16 imm: 0
	378: MovReg dst: r1 src: r9
	379: AddImm dst: r1 imm: 8
	380: MovImm dst: r2 imm: 16
	381: Call FnGetCurrentComm
	382: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	384: MovReg dst: r2 src: r9
	385: Call FnMapLookupElem
	386: MovImm dst: r2 imm: 1
	387: JEqImm dst: r0 off: -1 imm: 0 <ainit_42>
	388: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	389: AddReg dst: r1 src: r2
	390: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	391: Ja off: -1 <aend_43>
ainit_42:
	392: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	393: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	395: MovReg dst: r2 src: r9
	396: MovReg dst: r3 src: r9
	397: AddImm dst: r3 imm: 24
	398: MovImm dst: r4 imm: 0
	399: Call FnMapUpdateElem
	400: JEqImm dst: r0 off: -1 imm: 0 <okh_44>
	401: StMemW dst: rfp src: r0 off: -8 imm: 0
	402: LoadMapPtr dst: r1 fd: 0 <gt_full>
	404: MovReg dst: r2 src: rfp
	405: AddImm dst: r2 imm: -8
	406: Call FnMapLookupElem
	407: JEqImm dst: r0 off: -1 imm: 0 <okh_44>
	408: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	409: AddImm dst: r1 imm: 1
	410: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_44:
	411: Ja off: 0
aend_43:
	412: Ja off: 0
exit_1:
	413: MovImm dst: r0 imm: 0
	414: Exit

