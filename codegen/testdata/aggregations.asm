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
	 42: JEqImm dst: r0 off: -1 imm: 0 <aend_5>
	 43: StMemW dst: rfp src: r0 off: -8 imm: 1
	 44: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 46: MovReg dst: r2 src: rfp
	 47: AddImm dst: r2 imm: -8
	 48: Call FnMapLookupElem
	 49: JEqImm dst: r0 off: -1 imm: 0 <aend_5>
	 50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 51: AddImm dst: r1 imm: 1
	 52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_5:
	   ; aggregations.bt:4: @n = count();
	 53: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 54: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 56: MovReg dst: r2 src: r9
	 57: Call FnMapLookupElem
	 58: MovImm dst: r2 imm: 1
	 59: JEqImm dst: r0 off: -1 imm: 0 <ainit_7>
	 60: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 61: AddReg dst: r1 src: r2
	 62: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 63: Ja off: -1 <aend_8>
ainit_7:
	 64: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	 65: LoadMapPtr dst: r1 fd: 0 <gt_m7>
	 67: MovReg dst: r2 src: r9
	 68: MovReg dst: r3 src: r9
	 69: AddImm dst: r3 imm: 8
	 70: MovImm dst: r4 imm: 0
	 71: Call FnMapUpdateElem
	 72: JEqImm dst: r0 off: -1 imm: 0 <aend_8>
	 73: StMemW dst: rfp src: r0 off: -8 imm: 7
	 74: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 76: MovReg dst: r2 src: rfp
	 77: AddImm dst: r2 imm: -8
	 78: Call FnMapLookupElem
	 79: JEqImm dst: r0 off: -1 imm: 0 <aend_8>
	 80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 81: AddImm dst: r1 imm: 1
	 82: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_8:
	   ; aggregations.bt:5: @lo = min(args->count);
	 83: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	 84: MovReg dst: r7 src: r0
	 85: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 86: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	 88: MovReg dst: r2 src: r9
	 89: Call FnMapLookupElem
	 90: MovReg dst: r2 src: r7
	 91: JEqImm dst: r0 off: -1 imm: 0 <ainit_10>
	 92: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	 93: JEqImm dst: r1 off: -1 imm: 0 <mset_12>
	 94: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 95: JSLTReg dst: r2 off: -1 src: r1 <mset_12>
	 96: Ja off: -1 <aend_11>
mset_12:
	 97: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 98: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 99: Ja off: -1 <aend_11>
ainit_10:
	100: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	101: StMemDW dst: r9 src: r0 off: 16 imm: 1
	102: LoadMapPtr dst: r1 fd: 0 <gt_m5>
	104: MovReg dst: r2 src: r9
	105: MovReg dst: r3 src: r9
	106: AddImm dst: r3 imm: 8
	107: MovImm dst: r4 imm: 0
	108: Call FnMapUpdateElem
	109: JEqImm dst: r0 off: -1 imm: 0 <aend_11>
	110: StMemW dst: rfp src: r0 off: -8 imm: 5
	111: LoadMapPtr dst: r1 fd: 0 <gt_full>
	113: MovReg dst: r2 src: rfp
	114: AddImm dst: r2 imm: -8
	115: Call FnMapLookupElem
	116: JEqImm dst: r0 off: -1 imm: 0 <aend_11>
	117: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	118: AddImm dst: r1 imm: 1
	119: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_11:
	   ; aggregations.bt:6: @hi = max(args->count);
	120: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	121: MovReg dst: r7 src: r0
	122: StMemDW dst: r9 src: r0 off: 0 imm: 0
	123: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	125: MovReg dst: r2 src: r9
	126: Call FnMapLookupElem
	127: MovReg dst: r2 src: r7
	128: JEqImm dst: r0 off: -1 imm: 0 <ainit_14>
	129: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	130: JEqImm dst: r1 off: -1 imm: 0 <mset_16>
	131: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	132: JSGTReg dst: r2 off: -1 src: r1 <mset_16>
	133: Ja off: -1 <aend_15>
mset_16:
	134: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	135: StMemDW dst: r0 src: r0 off: 8 imm: 1
	136: Ja off: -1 <aend_15>
ainit_14:
	137: StXMemDW dst: r9 src: r2 off: 8 imm: 0
	138: StMemDW dst: r9 src: r0 off: 16 imm: 1
	139: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	141: MovReg dst: r2 src: r9
	142: MovReg dst: r3 src: r9
	143: AddImm dst: r3 imm: 8
	144: MovImm dst: r4 imm: 0
	145: Call FnMapUpdateElem
	146: JEqImm dst: r0 off: -1 imm: 0 <aend_15>
	147: StMemW dst: rfp src: r0 off: -8 imm: 3
	148: LoadMapPtr dst: r1 fd: 0 <gt_full>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -8
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <aend_15>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_15:
	   ; aggregations.bt:7: @mean = avg(args->count);
	157: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	158: MovReg dst: r7 src: r0
	159: StMemDW dst: r9 src: r0 off: 0 imm: 0
	160: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	162: MovReg dst: r2 src: r9
	163: Call FnMapLookupElem
	164: MovReg dst: r2 src: r7
	165: JEqImm dst: r0 off: -1 imm: 0 <ainit_18>
	166: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	167: AddImm dst: r1 imm: 1
	168: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	169: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	170: AddReg dst: r1 src: r2
	171: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	172: Ja off: -1 <aend_19>
ainit_18:
	173: StMemDW dst: r9 src: r0 off: 8 imm: 1
	174: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	175: LoadMapPtr dst: r1 fd: 0 <gt_m6>
	177: MovReg dst: r2 src: r9
	178: MovReg dst: r3 src: r9
	179: AddImm dst: r3 imm: 8
	180: MovImm dst: r4 imm: 0
	181: Call FnMapUpdateElem
	182: JEqImm dst: r0 off: -1 imm: 0 <aend_19>
	183: StMemW dst: rfp src: r0 off: -8 imm: 6
	184: LoadMapPtr dst: r1 fd: 0 <gt_full>
	186: MovReg dst: r2 src: rfp
	187: AddImm dst: r2 imm: -8
	188: Call FnMapLookupElem
	189: JEqImm dst: r0 off: -1 imm: 0 <aend_19>
	190: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	191: AddImm dst: r1 imm: 1
	192: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_19:
	   ; aggregations.bt:8: @s = stats(args->count);
	193: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	194: MovReg dst: r7 src: r0
	195: StMemDW dst: r9 src: r0 off: 0 imm: 0
	196: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	198: MovReg dst: r2 src: r9
	199: Call FnMapLookupElem
	200: MovReg dst: r2 src: r7
	201: JEqImm dst: r0 off: -1 imm: 0 <ainit_21>
	202: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	203: AddImm dst: r1 imm: 1
	204: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	205: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	206: AddReg dst: r1 src: r2
	207: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	208: Ja off: -1 <aend_22>
ainit_21:
	209: StMemDW dst: r9 src: r0 off: 8 imm: 1
	210: StXMemDW dst: r9 src: r2 off: 16 imm: 0
	211: LoadMapPtr dst: r1 fd: 0 <gt_m8>
	213: MovReg dst: r2 src: r9
	214: MovReg dst: r3 src: r9
	215: AddImm dst: r3 imm: 8
	216: MovImm dst: r4 imm: 0
	217: Call FnMapUpdateElem
	218: JEqImm dst: r0 off: -1 imm: 0 <aend_22>
	219: StMemW dst: rfp src: r0 off: -8 imm: 8
	220: LoadMapPtr dst: r1 fd: 0 <gt_full>
	222: MovReg dst: r2 src: rfp
	223: AddImm dst: r2 imm: -8
	224: Call FnMapLookupElem
	225: JEqImm dst: r0 off: -1 imm: 0 <aend_22>
	226: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	227: AddImm dst: r1 imm: 1
	228: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_22:
	   ; aggregations.bt:9: @h = hist(args->count);
	229: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	230: MovReg dst: r7 src: r0
	231: StMemDW dst: r9 src: r0 off: 0 imm: 0
	232: StMemDW dst: r9 src: r0 off: 8 imm: 0
	233: MovReg dst: r1 src: r7
	234: MovReg dst: r0 src: r1
	235: MovReg dst: r7 src: r0
	236: JSLTImm dst: r1 off: -1 imm: 0 <hneg_24>
	237: JEqImm dst: r1 off: -1 imm: 0 <hzero_25>
	238: MovImm dst: r0 imm: 2
	239: MovReg dst: r2 src: r1
	240: RShImm dst: r2 imm: 32
	241: JEqImm dst: r2 off: -1 imm: 0 <hskip_27>
	242: MovReg dst: r1 src: r2
	243: AddImm dst: r0 imm: 32
hskip_27:
	244: MovReg dst: r2 src: r1
	245: RShImm dst: r2 imm: 16
	246: JEqImm dst: r2 off: -1 imm: 0 <hskip_28>
	247: MovReg dst: r1 src: r2
	248: AddImm dst: r0 imm: 16
hskip_28:
	249: MovReg dst: r2 src: r1
	250: RShImm dst: r2 imm: 8
	251: JEqImm dst: r2 off: -1 imm: 0 <hskip_29>
	252: MovReg dst: r1 src: r2
	253: AddImm dst: r0 imm: 8
hskip_29:
	254: MovReg dst: r2 src: r1
	255: RShImm dst: r2 imm: 4
	256: JEqImm dst: r2 off: -1 imm: 0 <hskip_30>
	257: MovReg dst: r1 src: r2
	258: AddImm dst: r0 imm: 4
hskip_30:
	259: MovReg dst: r2 src: r1
	260: RShImm dst: r2 imm: 2
	261: JEqImm dst: r2 off: -1 imm: 0 <hskip_31>
	262: MovReg dst: r1 src: r2
	263: AddImm dst: r0 imm: 2
hskip_31:
	264: MovReg dst: r2 src: r1
	265: RShImm dst: r2 imm: 1
	266: JEqImm dst: r2 off: -1 imm: 0 <hskip_32>
	267: MovReg dst: r1 src: r2
	268: AddImm dst: r0 imm: 1
hskip_32:
	269: Ja off: -1 <hend_26>
hneg_24:
	270: MovImm dst: r0 imm: 0
	271: Ja off: -1 <hend_26>
hzero_25:
	272: MovImm dst: r0 imm: 1
hend_26:
	273: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	274: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	276: MovReg dst: r2 src: r9
	277: Call FnMapLookupElem
	278: MovReg dst: r2 src: r7
	279: JEqImm dst: r0 off: -1 imm: 0 <ainit_33>
	280: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	281: AddImm dst: r1 imm: 1
	282: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	283: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	284: AddReg dst: r1 src: r2
	285: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	286: Ja off: -1 <aend_34>
ainit_33:
	287: StMemDW dst: r9 src: r0 off: 16 imm: 1
	288: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	289: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	291: MovReg dst: r2 src: r9
	292: MovReg dst: r3 src: r9
	293: AddImm dst: r3 imm: 16
	294: MovImm dst: r4 imm: 0
	295: Call FnMapUpdateElem
	296: JEqImm dst: r0 off: -1 imm: 0 <aend_34>
	297: StMemW dst: rfp src: r0 off: -8 imm: 2
	298: LoadMapPtr dst: r1 fd: 0 <gt_full>
	300: MovReg dst: r2 src: rfp
	301: AddImm dst: r2 imm: -8
	302: Call FnMapLookupElem
	303: JEqImm dst: r0 off: -1 imm: 0 <aend_34>
	304: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	305: AddImm dst: r1 imm: 1
	306: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_34:
	   ; aggregations.bt:10: @l = lhist(args->count, 0, 100, 10);
	307: LdXMemDW dst: r0 src: r6 off: 32 imm: 0
	308: MovReg dst: r7 src: r0
	309: StMemDW dst: r9 src: r0 off: 0 imm: 0
	310: StMemDW dst: r9 src: r0 off: 8 imm: 0
	311: MovReg dst: r1 src: r7
	312: MovReg dst: r0 src: r1
	313: MovReg dst: r7 src: r0
	314: MovImm dst: r2 imm: 0
	315: JSLTReg dst: r1 off: -1 src: r2 <lbelow_36>
	316: MovImm dst: r2 imm: 100
	317: JSGEReg dst: r1 off: -1 src: r2 <labove_37>
	318: MovReg dst: r0 src: r1
	319: MovImm dst: r2 imm: 0
	320: SubReg dst: r0 src: r2
	321: MovImm dst: r2 imm: 10
	322: DivReg dst: r0 src: r2
	323: AddImm dst: r0 imm: 1
	324: Ja off: -1 <lend_38>
lbelow_36:
	325: MovImm dst: r0 imm: 0
	326: Ja off: -1 <lend_38>
labove_37:
	327: MovImm dst: r0 imm: 11
lend_38:
	328: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	329: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	331: MovReg dst: r2 src: r9
	332: Call FnMapLookupElem
	333: MovReg dst: r2 src: r7
	334: JEqImm dst: r0 off: -1 imm: 0 <ainit_39>
	335: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	336: AddImm dst: r1 imm: 1
	337: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	338: LdXMemDW dst: r1 src: r0 off: 8 imm: 0
	339: AddReg dst: r1 src: r2
	340: StXMemDW dst: r0 src: r1 off: 8 imm: 0
	341: Ja off: -1 <aend_40>
ainit_39:
	342: StMemDW dst: r9 src: r0 off: 16 imm: 1
	343: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	344: LoadMapPtr dst: r1 fd: 0 <gt_m4>
	346: MovReg dst: r2 src: r9
	347: MovReg dst: r3 src: r9
	348: AddImm dst: r3 imm: 16
	349: MovImm dst: r4 imm: 0
	350: Call FnMapUpdateElem
	351: JEqImm dst: r0 off: -1 imm: 0 <aend_40>
	352: StMemW dst: rfp src: r0 off: -8 imm: 4
	353: LoadMapPtr dst: r1 fd: 0 <gt_full>
	355: MovReg dst: r2 src: rfp
	356: AddImm dst: r2 imm: -8
	357: Call FnMapLookupElem
	358: JEqImm dst: r0 off: -1 imm: 0 <aend_40>
	359: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	360: AddImm dst: r1 imm: 1
	361: StXMemDW dst: r0 src: r1 off: 0 imm: 0
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
	383: Ja off: -1 <exit_1>
ainit_42:
	384: StXMemDW dst: r9 src: r2 off: 24 imm: 0
	385: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	387: MovReg dst: r2 src: r9
	388: MovReg dst: r3 src: r9
	389: AddImm dst: r3 imm: 24
	390: MovImm dst: r4 imm: 0
	391: Call FnMapUpdateElem
	392: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	393: StMemW dst: rfp src: r0 off: -8 imm: 0
	394: LoadMapPtr dst: r1 fd: 0 <gt_full>
	396: MovReg dst: r2 src: rfp
	397: AddImm dst: r2 imm: -8
	398: Call FnMapLookupElem
	399: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	400: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	401: AddImm dst: r1 imm: 1
	402: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_1:
	403: MovImm dst: r0 imm: 0
	404: Exit

