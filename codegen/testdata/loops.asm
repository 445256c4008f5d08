gt_p0: BEGIN
	   ; loops.bt:1: BEGIN
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
	 12: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 13: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 14: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 15: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 16: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 17: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 18: StMemDW dst: r9 src: r0 off: 56 imm: 0
	   ; loops.bt:3: @m[1] = 10; @m[2] = 20; @m[3] = 30;
	 19: MovImm dst: r0 imm: 1
	 20: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 21: MovImm dst: r0 imm: 10
	 22: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 23: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 25: MovReg dst: r2 src: r9
	 26: AddImm dst: r2 imm: 64
	 27: MovReg dst: r3 src: r9
	 28: AddImm dst: r3 imm: 72
	 29: MovImm dst: r4 imm: 0
	 30: Call FnMapUpdateElem
	 31: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 32: StMemW dst: rfp src: r0 off: -8 imm: 0
	 33: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 35: MovReg dst: r2 src: rfp
	 36: AddImm dst: r2 imm: -8
	 37: Call FnMapLookupElem
	 38: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 39: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 40: AddImm dst: r1 imm: 1
	 41: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_2:
	   ; loops.bt:3: @m[1] = 10; @m[2] = 20; @m[3] = 30;
	 42: MovImm dst: r0 imm: 2
	 43: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 44: MovImm dst: r0 imm: 20
	 45: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 48: MovReg dst: r2 src: r9
	 49: AddImm dst: r2 imm: 64
	 50: MovReg dst: r3 src: r9
	 51: AddImm dst: r3 imm: 72
	 52: MovImm dst: r4 imm: 0
	 53: Call FnMapUpdateElem
	 54: JEqImm dst: r0 off: -1 imm: 0 <okh_3>
	 55: StMemW dst: rfp src: r0 off: -8 imm: 0
	 56: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -8
	 60: Call FnMapLookupElem
	 61: JEqImm dst: r0 off: -1 imm: 0 <okh_3>
	 62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 63: AddImm dst: r1 imm: 1
	 64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_3:
	   ; loops.bt:3: @m[1] = 10; @m[2] = 20; @m[3] = 30;
	 65: MovImm dst: r0 imm: 3
	 66: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 67: MovImm dst: r0 imm: 30
	 68: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 69: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 71: MovReg dst: r2 src: r9
	 72: AddImm dst: r2 imm: 64
	 73: MovReg dst: r3 src: r9
	 74: AddImm dst: r3 imm: 72
	 75: MovImm dst: r4 imm: 0
	 76: Call FnMapUpdateElem
	 77: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 78: StMemW dst: rfp src: r0 off: -8 imm: 0
	 79: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 81: MovReg dst: r2 src: rfp
	 82: AddImm dst: r2 imm: -8
	 83: Call FnMapLookupElem
	 84: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 85: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 86: AddImm dst: r1 imm: 1
	 87: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_4:
	   ; loops.bt:4: $n = 0;
	 88: MovImm dst: r0 imm: 0
	 89: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:5: for ($kv : @m) {
	 90: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 92: LdImmDW dst: r2 imm: -1 <gt_p0_loop_5>
	 94: MovReg dst: r3 src: rfp
	 95: AddImm dst: r3 imm: -24
	 96: MovImm dst: r4 imm: 0
	 97: Call FnForEachMapElem
	 98: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 99: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:10: $i = 0;
	100: MovImm dst: r0 imm: 0
	101: StXMemDW dst: r9 src: r0 off: 32 imm: 0
	   ; loops.bt:11: $total = 0;
	102: MovImm dst: r0 imm: 0
	103: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:12: while ($i < 10) {
	104: MovImm dst: r0 imm: 10
	105: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	106: SubReg dst: r0 src: r1
	107: JSGTImm dst: r0 off: -1 imm: 0 <tpos_13>
	108: MovImm dst: r0 imm: 0
	109: Ja off: -1 <tok_14>
tpos_13:
	110: JLEImm dst: r0 off: -1 imm: 8388608 <tok_14>
	111: MovImm dst: r0 imm: 1
	112: JEqImm dst: r0 off: -1 imm: 0 <okh_15>
	113: StMemW dst: rfp src: r0 off: -8 imm: 2
	114: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	116: MovReg dst: r2 src: rfp
	117: AddImm dst: r2 imm: -8
	118: Call FnMapLookupElem
	119: JEqImm dst: r0 off: -1 imm: 0 <okh_15>
	120: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	121: AddImm dst: r1 imm: 1
	122: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_15:
	123: MovImm dst: r0 imm: 8388608
tok_14:
	124: MovReg dst: r1 src: r0
	125: LdImmDW dst: r2 imm: -1 <gt_p0_loop_16>
	127: MovReg dst: r3 src: rfp
	128: AddImm dst: r3 imm: -24
	129: MovImm dst: r4 imm: 0
	130: Call FnLoop
	131: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	132: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:16: $j = 20;
	133: MovImm dst: r0 imm: 20
	134: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	135: MovImm dst: r0 imm: 0
	136: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	137: SubReg dst: r1 src: r0
	138: MovReg dst: r0 src: r1
	139: AddImm dst: r0 imm: 4
	140: JSLTImm dst: r0 off: -1 imm: 0 <dneg_22>
	141: DivImm dst: r0 imm: 5
	142: Ja off: -1 <dend_23>
dneg_22:
	143: NegImm dst: r0 imm: 0
	144: DivImm dst: r0 imm: 5
	145: NegImm dst: r0 imm: 0
dend_23:
	146: JSGTImm dst: r0 off: -1 imm: 0 <tpos_24>
	147: MovImm dst: r0 imm: 0
	148: Ja off: -1 <tok_25>
tpos_24:
	149: JLEImm dst: r0 off: -1 imm: 8388608 <tok_25>
	150: MovImm dst: r0 imm: 1
	151: JEqImm dst: r0 off: -1 imm: 0 <okh_26>
	152: StMemW dst: rfp src: r0 off: -8 imm: 2
	153: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	155: MovReg dst: r2 src: rfp
	156: AddImm dst: r2 imm: -8
	157: Call FnMapLookupElem
	158: JEqImm dst: r0 off: -1 imm: 0 <okh_26>
	159: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	160: AddImm dst: r1 imm: 1
	161: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_26:
	162: MovImm dst: r0 imm: 8388608
tok_25:
	163: MovReg dst: r1 src: r0
	164: LdImmDW dst: r2 imm: -1 <gt_p0_loop_27>
	166: MovReg dst: r3 src: rfp
	167: AddImm dst: r3 imm: -24
	168: MovImm dst: r4 imm: 0
	169: Call FnLoop
	170: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	171: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:24: printf("%d %d %d\n", $n, $total, $j);
	172: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	173: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	174: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	175: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	176: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	177: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	178: StMemDW dst: r9 src: r0 off: 64 imm: 1
	179: LoadMapPtr dst: r1 fd: 0 <gt_events>
	181: MovReg dst: r2 src: r9
	182: AddImm dst: r2 imm: 64
	183: MovImm dst: r3 imm: 32
	184: MovImm dst: r4 imm: 0
	185: Call FnRingbufOutput
	186: JEqImm dst: r0 off: -1 imm: 0 <okh_50>
	187: StMemW dst: rfp src: r0 off: -8 imm: 0
	188: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	190: MovReg dst: r2 src: rfp
	191: AddImm dst: r2 imm: -8
	192: Call FnMapLookupElem
	193: JEqImm dst: r0 off: -1 imm: 0 <okh_50>
	194: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	195: AddImm dst: r1 imm: 1
	196: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_50:
	   ; loops.bt:25: exit();
	197: StMemDW dst: r9 src: r0 off: 64 imm: 2
	198: LoadMapPtr dst: r1 fd: 0 <gt_events>
	200: MovReg dst: r2 src: r9
	201: AddImm dst: r2 imm: 64
	202: MovImm dst: r3 imm: 8
	203: MovImm dst: r4 imm: 0
	204: Call FnRingbufOutput
	205: StMemW dst: rfp src: r0 off: -8 imm: 1
	206: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	208: MovReg dst: r2 src: rfp
	209: AddImm dst: r2 imm: -8
	210: Call FnMapLookupElem
	211: JEqImm dst: r0 off: -1 imm: 0 <exitflag_51>
	212: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_51:
	213: Ja off: -1 <exit_1>
exit_1:
	214: MovImm dst: r0 imm: 0
	215: Exit
gt_p0_loop_5:
	   ; loops.bt:5: for ($kv : @m) {
	216: MovReg dst: r7 src: r2
	217: MovReg dst: r8 src: r3
	218: LdXMemDW dst: r9 src: r4 off: 0 imm: 0
	219: LdXMemDW dst: r6 src: r4 off: 8 imm: 0
	220: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	221: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	222: LdXMemDW dst: r1 src: r7 off: 0 imm: 0
	223: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	224: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	225: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	   ; loops.bt:6: $n += $kv.1;
	226: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	227: MovReg dst: r1 src: r0
	228: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	229: AddReg dst: r0 src: r1
	230: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	231: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	232: MovReg dst: r7 src: r0
	233: MovImm dst: r0 imm: 2
	234: MovReg dst: r1 src: r0
	235: MovReg dst: r0 src: r7
	236: JEqReg dst: r0 off: -1 src: r1 <cmp_10>
	237: MovImm dst: r0 imm: 0
	238: Ja off: -1 <cend_11>
cmp_10:
	239: MovImm dst: r0 imm: 1
cend_11:
	240: JEqImm dst: r0 off: -1 imm: 0 <else_9>
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	241: Ja off: -1 <next_6>
else_9:
	   ; loops.bt:8: printf("%d=%d\n", $kv.0, $kv.1);
	242: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	243: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	244: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	245: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	246: StMemDW dst: r9 src: r0 off: 64 imm: 0
	247: LoadMapPtr dst: r1 fd: 0 <gt_events>
	249: MovReg dst: r2 src: r9
	250: AddImm dst: r2 imm: 64
	251: MovImm dst: r3 imm: 24
	252: MovImm dst: r4 imm: 0
	253: Call FnRingbufOutput
	254: JEqImm dst: r0 off: -1 imm: 0 <next_6>
	255: StMemW dst: rfp src: r0 off: -8 imm: 0
	256: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	258: MovReg dst: r2 src: rfp
	259: AddImm dst: r2 imm: -8
	260: Call FnMapLookupElem
	261: JEqImm dst: r0 off: -1 imm: 0 <next_6>
	262: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	263: AddImm dst: r1 imm: 1
	264: StXMemDW dst: r0 src: r1 off: 0 imm: 0
next_6:
	265: MovImm dst: r0 imm: 0
	266: Exit
gt_p0_loop_16:
	   ; loops.bt:12: while ($i < 10) {
	267: MovReg dst: r0 src: r1
	268: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	269: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	270: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	271: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	272: MovReg dst: r1 src: r0
	273: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	274: MovReg dst: r7 src: r0
	275: MovImm dst: r0 imm: 10
	276: MovReg dst: r1 src: r0
	277: MovReg dst: r0 src: r7
	278: JSLTReg dst: r0 off: -1 src: r1 <cmp_20>
	279: MovImm dst: r0 imm: 0
	280: Ja off: -1 <cend_21>
cmp_20:
	281: MovImm dst: r0 imm: 1
cend_21:
	282: JEqImm dst: r0 off: -1 imm: 0 <stop_18>
	   ; loops.bt:13: $total += $i;
	283: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	284: MovReg dst: r1 src: r0
	285: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	286: AddReg dst: r0 src: r1
	287: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:14: $i++;
	288: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	289: MovReg dst: r1 src: r0
	290: AddImm dst: r1 imm: 1
	291: StXMemDW dst: r9 src: r1 off: 32 imm: 0
next_17:
	292: MovImm dst: r0 imm: 0
	293: Exit
stop_18:
	294: MovImm dst: r0 imm: 1
	295: Exit
gt_p0_loop_40:
	   ; loops.bt:18: for ($k : 0..$j) {
	296: MovReg dst: r0 src: r1
	297: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	298: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	299: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	300: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	301: MovReg dst: r1 src: r0
	302: LdXMemDW dst: r2 src: r9 off: 64 imm: 0
	303: AddReg dst: r1 src: r2
	304: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	   ; loops.bt:19: if ($k == 3) { break; }
	305: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	306: MovReg dst: r7 src: r0
	307: MovImm dst: r0 imm: 3
	308: MovReg dst: r1 src: r0
	309: MovReg dst: r0 src: r7
	310: JEqReg dst: r0 off: -1 src: r1 <cmp_45>
	311: MovImm dst: r0 imm: 0
	312: Ja off: -1 <cend_46>
cmp_45:
	313: MovImm dst: r0 imm: 1
cend_46:
	314: JEqImm dst: r0 off: -1 imm: 0 <else_44>
	   ; loops.bt:19: if ($k == 3) { break; }
	315: Ja off: -1 <stop_42>
else_44:
	   ; loops.bt:20: if ($j == 5) { return; }
	316: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	317: MovReg dst: r7 src: r0
	318: MovImm dst: r0 imm: 5
	319: MovReg dst: r1 src: r0
	320: MovReg dst: r0 src: r7
	321: JEqReg dst: r0 off: -1 src: r1 <cmp_48>
	322: MovImm dst: r0 imm: 0
	323: Ja off: -1 <cend_49>
cmp_48:
	324: MovImm dst: r0 imm: 1
cend_49:
	325: JEqImm dst: r0 off: -1 imm: 0 <next_41>
	   ; loops.bt:20: if ($j == 5) { return; }
	326: Ja off: -1 <ret_43>
next_41:
	327: MovImm dst: r0 imm: 0
	328: Exit
ret_43:
	329: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_42:
	330: MovImm dst: r0 imm: 1
	331: Exit
gt_p0_loop_27:
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	332: MovReg dst: r0 src: r1
	333: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	334: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	335: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	336: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	337: MovReg dst: r1 src: r0
	338: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	339: MovReg dst: r7 src: r0
	340: MovImm dst: r0 imm: 0
	341: MovReg dst: r1 src: r0
	342: MovReg dst: r0 src: r7
	343: JSGTReg dst: r0 off: -1 src: r1 <cmp_33>
	344: MovImm dst: r0 imm: 0
	345: Ja off: -1 <cend_34>
cmp_33:
	346: MovImm dst: r0 imm: 1
cend_34:
	347: JEqImm dst: r0 off: -1 imm: 0 <short_31>
	348: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	349: MovReg dst: r7 src: r0
	350: MovImm dst: r0 imm: 0
	351: MovReg dst: r1 src: r0
	352: MovReg dst: r0 src: r7
	353: JSGTReg dst: r0 off: -1 src: r1 <cmp_35>
	354: MovImm dst: r0 imm: 0
	355: Ja off: -1 <cend_36>
cmp_35:
	356: MovImm dst: r0 imm: 1
cend_36:
	357: JEqImm dst: r0 off: -1 imm: 0 <short_31>
	358: MovImm dst: r0 imm: 1
	359: Ja off: -1 <lend_32>
short_31:
	360: MovImm dst: r0 imm: 0
lend_32:
	361: JEqImm dst: r0 off: -1 imm: 0 <stop_29>
	   ; loops.bt:18: for ($k : 0..$j) {
	362: MovImm dst: r0 imm: 0
	363: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	364: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	365: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	366: SubReg dst: r0 src: r1
	367: JSGTImm dst: r0 off: -1 imm: 0 <tpos_37>
	368: MovImm dst: r0 imm: 0
	369: Ja off: -1 <tok_38>
tpos_37:
	370: JLEImm dst: r0 off: -1 imm: 8388608 <tok_38>
	371: MovImm dst: r0 imm: 1
	372: JEqImm dst: r0 off: -1 imm: 0 <okh_39>
	373: StMemW dst: rfp src: r0 off: -8 imm: 2
	374: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	376: MovReg dst: r2 src: rfp
	377: AddImm dst: r2 imm: -8
	378: Call FnMapLookupElem
	379: JEqImm dst: r0 off: -1 imm: 0 <okh_39>
	380: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	381: AddImm dst: r1 imm: 1
	382: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_39:
	383: MovImm dst: r0 imm: 8388608
tok_38:
	384: MovReg dst: r1 src: r0
	385: LdImmDW dst: r2 imm: -1 <gt_p0_loop_40>
	387: MovReg dst: r3 src: rfp
	388: AddImm dst: r3 imm: -24
	389: MovImm dst: r4 imm: 0
	390: Call FnLoop
	391: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	392: JNEImm dst: r1 off: -1 imm: 0 <ret_30>
	   ; loops.bt:22: $j -= 5;
	393: MovImm dst: r0 imm: 5
	394: MovReg dst: r1 src: r0
	395: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	396: SubReg dst: r0 src: r1
	397: StXMemDW dst: r9 src: r0 off: 48 imm: 0
next_28:
	398: MovImm dst: r0 imm: 0
	399: Exit
ret_30:
	400: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_29:
	401: MovImm dst: r0 imm: 1
	402: Exit

