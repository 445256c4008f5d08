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
	 47: JEqImm dst: r0 off: -1 imm: 0 <okh_6>
	 48: StMemW dst: rfp src: r0 off: -8 imm: 1
	 49: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 51: MovReg dst: r2 src: rfp
	 52: AddImm dst: r2 imm: -8
	 53: Call FnMapLookupElem
	 54: JEqImm dst: r0 off: -1 imm: 0 <okh_6>
	 55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 56: AddImm dst: r1 imm: 1
	 57: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_6:
	 58: Ja off: 0
aend_5:
	   ; aggregations.bt:4: @n = count();
	 59: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 60: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 62: MovReg dst: r2 src: r9
	 63: AddImm dst: r2 imm: 8
	 64: Call FnMapLookupElem
	 65: MovImm dst: r2 imm: 1
	 66: JEqImm dst: r0 off: -1 imm: 0 <ainit_7>
	 67: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 68: AddReg dst: r1 src: r2
	 69: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 70: Ja off: -1 <aend_8>
ainit_7:
	 71: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	 72: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 74: MovReg dst: r2 src: r9
	 75: AddImm dst: r2 imm: 8
	 76: MovReg dst: r3 src: r9
	 77: AddImm dst: r3 imm: 16
	 78: MovImm dst: r4 imm: 0
	 79: Call FnMapUpdateElem
	 80: JEqImm dst: r0 off: -1 imm: 0 <okh_9>
	 81: StMemW dst: rfp src: r0 off: -8 imm: 7
	 82: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 84: MovReg dst: r2 src: rfp
	 85: AddImm dst: r2 imm: -8
	 86: Call FnMapLookupElem
	 87: JEqImm dst: r0 off: -1 imm: 0 <okh_9>
	 88: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 89: AddImm dst: r1 imm: 1
	 90: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_9:
	 91: Ja off: 0
aend_8:
	   ; aggregations.bt:5: @lo = min(args->count);
	 92: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 93: MovReg dst: r7 src: r0
	 94: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 95: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	 97: MovReg dst: r2 src: r9
	 98: AddImm dst: r2 imm: 8
	 99: Call FnMapLookupElem
	100: MovReg dst: r2 src: r7
	101: JEqImm dst: r0 off: -1 imm: 0 <ainit_10>
	102: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	103: JEqImm dst: r1 off: -1 imm: 0 <mset_12>
	104: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	105: JSLTReg dst: r2 off: -1 src: r1 <mset_12>
	106: Ja off: -1 <aend_11>
mset_12:
	107: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	108: StMemDW dst: r0 src: r0 off: 8 imm: 1
	109: Ja off: -1 <aend_11>
ainit_10:
	110: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	111: StMemDW dst: r9 src: r0 off: 24 imm: 1
	112: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	114: MovReg dst: r2 src: r9
	115: AddImm dst: r2 imm: 8
	116: MovReg dst: r3 src: r9
	117: AddImm dst: r3 imm: 16
	118: MovImm dst: r4 imm: 0
	119: Call FnMapUpdateElem
	120: JEqImm dst: r0 off: -1 imm: 0 <okh_13>
	121: StMemW dst: rfp src: r0 off: -8 imm: 5
	122: LoadMapPtr dst: r1 fd: 0 <gt_full>
	124: MovReg dst: r2 src: rfp
	125: AddImm dst: r2 imm: -8
	126: Call FnMapLookupElem
	127: JEqImm dst: r0 off: -1 imm: 0 <okh_13>
	128: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	129: AddImm dst: r1 imm: 1
	130: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_13:
	131: Ja off: 0
aend_11:
	   ; aggregations.bt:6: @hi = max(args->count);
	132: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	133: MovReg dst: r7 src: r0
	134: StMemDW dst: r9 src: r0 off: 8 imm: 0
	135: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	137: MovReg dst: r2 src: r9
	138: AddImm dst: r2 imm: 8
	139: Call FnMapLookupElem
	140: MovReg dst: r2 src: r7
	141: JEqImm dst: r0 off: -1 imm: 0 <ainit_14>
	142: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	143: JEqImm dst: r1 off: -1 imm: 0 <mset_16>
	144: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	145: JSGTReg dst: r2 off: -1 src: r1 <mset_16>
	146: Ja off: -1 <aend_15>
mset_16:
	147: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	148: StMemDW dst: r0 src: r0 off: 8 imm: 1
	149: Ja off: -1 <aend_15>
ainit_14:
	150: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	151: StMemDW dst: r9 src: r0 off: 24 imm: 1
	152: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	154: MovReg dst: r2 src: r9
	155: AddImm dst: r2 imm: 8
	156: MovReg dst: r3 src: r9
	157: AddImm dst: r3 imm: 16
	158: MovImm dst: r4 imm: 0
	159: Call FnMapUpdateElem
	160: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	161: StMemW dst: rfp src: r0 off: -8 imm: 3
	162: LoadMapPtr dst: r1 fd: 0 <gt_full>
	164: MovReg dst: r2 src: rfp
	165: AddImm dst: r2 imm: -8
	166: Call FnMapLookupElem
	167: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	168: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	169: AddImm dst: r1 imm: 1
	170: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_17:
	171: Ja off: 0
aend_15:
	   ; aggregations.bt:7: @mean = avg(args->count);
	172: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	173: MovReg dst: r7 src: r0
	174: StMemDW dst: r9 src: r0 off: 8 imm: 0
	175: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	177: MovReg dst: r2 src: r9
	178: AddImm dst: r2 imm: 8
	179: Call FnMapLookupElem
	180: MovReg dst: r2 src: r7
	181: JEqImm dst: r0 off: -1 imm: 0 <ainit_18>
	182: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	183: AddImm dst: r1 imm: 1
	184: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	185: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	186: AddReg dst: r1 src: r2
	187: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	188: Ja off: -1 <aend_19>
ainit_18:
	189: StMemDW dst: r9 src: r0 off: 16 imm: 1
	190: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	191: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	193: MovReg dst: r2 src: r9
	194: AddImm dst: r2 imm: 8
	195: MovReg dst: r3 src: r9
	196: AddImm dst: r3 imm: 16
	197: MovImm dst: r4 imm: 0
	198: Call FnMapUpdateElem
	199: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	200: StMemW dst: rfp src: r0 off: -8 imm: 6
	201: LoadMapPtr dst: r1 fd: 0 <gt_full>
	203: MovReg dst: r2 src: rfp
	204: AddImm dst: r2 imm: -8
	205: Call FnMapLookupElem
	206: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	207: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	208: AddImm dst: r1 imm: 1
	209: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_20:
	210: Ja off: 0
aend_19:
	   ; aggregations.bt:8: @s = stats(args->count);
	211: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	212: MovReg dst: r7 src: r0
	213: StMemDW dst: r9 src: r0 off: 8 imm: 0
	214: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	216: MovReg dst: r2 src: r9
	217: AddImm dst: r2 imm: 8
	218: Call FnMapLookupElem
	219: MovReg dst: r2 src: r7
	220: JEqImm dst: r0 off: -1 imm: 0 <ainit_21>
	221: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	222: AddImm dst: r1 imm: 1
	223: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	224: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	225: AddReg dst: r1 src: r2
	226: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	227: Ja off: -1 <aend_22>
ainit_21:
	228: StMemDW dst: r9 src: r0 off: 16 imm: 1
	229: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	230: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	232: MovReg dst: r2 src: r9
	233: AddImm dst: r2 imm: 8
	234: MovReg dst: r3 src: r9
	235: AddImm dst: r3 imm: 16
	236: MovImm dst: r4 imm: 0
	237: Call FnMapUpdateElem
	238: JEqImm dst: r0 off: -1 imm: 0 <okh_23>
	239: StMemW dst: rfp src: r0 off: -8 imm: 8
	240: LoadMapPtr dst: r1 fd: 0 <gt_full>
	242: MovReg dst: r2 src: rfp
	243: AddImm dst: r2 imm: -8
	244: Call FnMapLookupElem
	245: JEqImm dst: r0 off: -1 imm: 0 <okh_23>
	246: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	247: AddImm dst: r1 imm: 1
	248: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_23:
	249: Ja off: 0
aend_22:
	   ; aggregations.bt:9: @h = hist(args->count);
	250: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	251: MovReg dst: r7 src: r0
	252: StMemDW dst: r9 src: r0 off: 8 imm: 0
	253: StMemDW dst: r9 src: r0 off: 16 imm: 0
	254: MovReg dst: r1 src: r7
	255: JSLTImm dst: r1 off: -1 imm: 0 <hneg_24>
	256: JEqImm dst: r1 off: -1 imm: 0 <hzero_25>
	257: MovImm dst: r0 imm: 2
	258: MovReg dst: r2 src: r1
	259: RShImm dst: r2 imm: 32
	260: JEqImm dst: r2 off: -1 imm: 0 <hskip_27>
	261: MovReg dst: r1 src: r2
	262: AddImm dst: r0 imm: 32
hskip_27:
	263: MovReg dst: r2 src: r1
	264: RShImm dst: r2 imm: 16
	265: JEqImm dst: r2 off: -1 imm: 0 <hskip_28>
	266: MovReg dst: r1 src: r2
	267: AddImm dst: r0 imm: 16
hskip_28:
	268: MovReg dst: r2 src: r1
	269: RShImm dst: r2 imm: 8
	270: JEqImm dst: r2 off: -1 imm: 0 <hskip_29>
	271: MovReg dst: r1 src: r2
	272: AddImm dst: r0 imm: 8
hskip_29:
	273: MovReg dst: r2 src: r1
	274: RShImm dst: r2 imm: 4
	275: JEqImm dst: r2 off: -1 imm: 0 <hskip_30>
	276: MovReg dst: r1 src: r2
	277: AddImm dst: r0 imm: 4
hskip_30:
	278: MovReg dst: r2 src: r1
	279: RShImm dst: r2 imm: 2
	280: JEqImm dst: r2 off: -1 imm: 0 <hskip_31>
	281: MovReg dst: r1 src: r2
	282: AddImm dst: r0 imm: 2
hskip_31:
	283: MovReg dst: r2 src: r1
	284: RShImm dst: r2 imm: 1
	285: JEqImm dst: r2 off: -1 imm: 0 <hskip_32>
	286: MovReg dst: r1 src: r2
	287: AddImm dst: r0 imm: 1
hskip_32:
	288: Ja off: -1 <hend_26>
hneg_24:
	289: MovImm dst: r0 imm: 0
	290: Ja off: -1 <hend_26>
hzero_25:
	291: MovImm dst: r0 imm: 1
hend_26:
	292: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	293: MovImm dst: r0 imm: 1
	294: MovReg dst: r7 src: r0
	295: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	297: MovReg dst: r2 src: r9
	298: AddImm dst: r2 imm: 8
	299: Call FnMapLookupElem
	300: MovReg dst: r2 src: r7
	301: JEqImm dst: r0 off: -1 imm: 0 <ainit_33>
	302: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	303: AddReg dst: r1 src: r2
	304: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	305: Ja off: -1 <aend_34>
ainit_33:
	306: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	307: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	309: MovReg dst: r2 src: r9
	310: AddImm dst: r2 imm: 8
	311: MovReg dst: r3 src: r9
	312: AddImm dst: r3 imm: 24
	313: MovImm dst: r4 imm: 0
	314: Call FnMapUpdateElem
	315: JEqImm dst: r0 off: -1 imm: 0 <okh_35>
	316: StMemW dst: rfp src: r0 off: -8 imm: 2
	317: LoadMapPtr dst: r1 fd: 0 <gt_full>
	319: MovReg dst: r2 src: rfp
	320: AddImm dst: r2 imm: -8
	321: Call FnMapLookupElem
	322: JEqImm dst: r0 off: -1 imm: 0 <okh_35>
	323: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	324: AddImm dst: r1 imm: 1
	325: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_35:
	326: Ja off: 0
aend_34:
	   ; aggregations.bt:10: @l = lhist(args->count, 0, 100, 10);
	327: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	328: MovReg dst: r7 src: r0
	329: StMemDW dst: r9 src: r0 off: 8 imm: 0
	330: StMemDW dst: r9 src: r0 off: 16 imm: 0
	331: MovReg dst: r1 src: r7
	332: MovImm dst: r2 imm: 0
	333: JSLTReg dst: r1 off: -1 src: r2 <lbelow_36>
	334: MovImm dst: r2 imm: 100
	335: JSGEReg dst: r1 off: -1 src: r2 <labove_37>
	336: MovReg dst: r0 src: r1
	337: MovImm dst: r2 imm: 0
	338: SubReg dst: r0 src: r2
	339: MovImm dst: r2 imm: 10
	340: DivReg dst: r0 src: r2
	341: AddImm dst: r0 imm: 1
	342: Ja off: -1 <lend_38>
lbelow_36:
	343: MovImm dst: r0 imm: 0
	344: Ja off: -1 <lend_38>
labove_37:
	345: MovImm dst: r0 imm: 11
lend_38:
	346: StXMemDW dst: r9 src: r0 off: 16 imm: 0
	347: MovImm dst: r0 imm: 1
	348: MovReg dst: r7 src: r0
	349: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	351: MovReg dst: r2 src: r9
	352: AddImm dst: r2 imm: 8
	353: Call FnMapLookupElem
	354: MovReg dst: r2 src: r7
	355: JEqImm dst: r0 off: -1 imm: 0 <ainit_39>
	356: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	357: AddReg dst: r1 src: r2
	358: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	359: Ja off: -1 <aend_40>
ainit_39:
	360: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	361: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	363: MovReg dst: r2 src: r9
	364: AddImm dst: r2 imm: 8
	365: MovReg dst: r3 src: r9
	366: AddImm dst: r3 imm: 24
	367: MovImm dst: r4 imm: 0
	368: Call FnMapUpdateElem
	369: JEqImm dst: r0 off: -1 imm: 0 <okh_41>
	370: StMemW dst: rfp src: r0 off: -8 imm: 4
	371: LoadMapPtr dst: r1 fd: 0 <gt_full>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -8
	375: Call FnMapLookupElem
	376: JEqImm dst: r0 off: -1 imm: 0 <okh_41>
	377: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	378: AddImm dst: r1 imm: 1
	379: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_41:
	380: Ja off: 0
aend_40:
	   ; aggregations.bt:11: @by[pid, comm] = count();
	381: StMemDW dst: r9 src: r0 off: 8 imm: 0
	382: StMemDW dst: r9 src: r0 off: 16 imm: 0
	383: StMemDW dst: r9 src: r0 off: 24 imm: 0
	384: StMemDW dst: r9 src: r0 off: 32 imm: 0
	385: StMemDW dst: r9 src: r0 off: 40 imm: 0
	386: StMemDW dst: r9 src: r0 off: 48 imm: 0
	387: StMemDW dst: r9 src: r0 off: 56 imm: 0
	388: StMemDW dst: r9 src: r0 off: 64 imm: 0
	389: StMemDW dst: r9 src: r0 off: 72 imm: 0
	390: Call FnGetCurrentPidTgid
	391: RShImm dst: r0 imm: 32
	392: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	393: StMemDW dst: r9 src: r0 off: 16 imm: 0
	394: StMemDW dst: r9 src: r0 off: 24 imm: 0
	395: StMemDW dst: r9 src: r0 off: 32 imm: 0
	396: StMemDW dst: r9 src: r0 off: 40 imm: 0
	397: StMemDW dst: r9 src: r0 off: 48 imm: 0
	398: StMemDW dst: r9 src: r0 off: 56 imm: 0
	399: StMemDW dst: r9 src: r0 off: 64 imm: 0
	400: StMemDW dst: r9 src: r0 off: 72 imm: 0
	401: MovReg dst: r1 src: r9
	402: AddImm dst: r1 imm: 16
	403: MovImm dst: r2 imm: 16
	404: Call FnGetCurrentComm
	405: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	407: MovReg dst: r2 src: r9
	408: AddImm dst: r2 imm: 8
	409: Call FnMapLookupElem
	410: MovImm dst: r2 imm: 1
	411: JEqImm dst: r0 off: -1 imm: 0 <ainit_42>
	412: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	413: AddReg dst: r1 src: r2
	414: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	415: Ja off: -1 <aend_43>
ainit_42:
	416: StXMemDW dst: r9 src: r2 off: 80 imm: 0
	417: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	419: MovReg dst: r2 src: r9
	420: AddImm dst: r2 imm: 8
	421: MovReg dst: r3 src: r9
	422: AddImm dst: r3 imm: 80
	423: MovImm dst: r4 imm: 0
	424: Call FnMapUpdateElem
	425: JEqImm dst: r0 off: -1 imm: 0 <okh_44>
	426: StMemW dst: rfp src: r0 off: -8 imm: 0
	427: LoadMapPtr dst: r1 fd: 0 <gt_full>
	429: MovReg dst: r2 src: rfp
	430: AddImm dst: r2 imm: -8
	431: Call FnMapLookupElem
	432: JEqImm dst: r0 off: -1 imm: 0 <okh_44>
	433: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	434: AddImm dst: r1 imm: 1
	435: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_44:
	436: Ja off: 0
aend_43:
	437: Ja off: 0
exit_1:
	438: MovImm dst: r0 imm: 0
	439: Exit

