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
	111: MovImm dst: r0 imm: 8388608
tok_14:
	112: MovReg dst: r1 src: r0
	113: LdImmDW dst: r2 imm: -1 <gt_p0_loop_15>
	115: MovReg dst: r3 src: rfp
	116: AddImm dst: r3 imm: -24
	117: MovImm dst: r4 imm: 0
	118: Call FnLoop
	119: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	120: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:16: $j = 20;
	121: MovImm dst: r0 imm: 20
	122: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	123: MovImm dst: r0 imm: 0
	124: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	125: SubReg dst: r1 src: r0
	126: MovReg dst: r0 src: r1
	127: AddImm dst: r0 imm: 4
	128: SDivImm dst: r0 imm: 5
	129: JSGTImm dst: r0 off: -1 imm: 0 <tpos_21>
	130: MovImm dst: r0 imm: 0
	131: Ja off: -1 <tok_22>
tpos_21:
	132: JLEImm dst: r0 off: -1 imm: 8388608 <tok_22>
	133: MovImm dst: r0 imm: 8388608
tok_22:
	134: MovReg dst: r1 src: r0
	135: LdImmDW dst: r2 imm: -1 <gt_p0_loop_23>
	137: MovReg dst: r3 src: rfp
	138: AddImm dst: r3 imm: -24
	139: MovImm dst: r4 imm: 0
	140: Call FnLoop
	141: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	142: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:24: printf("%d %d %d\n", $n, $total, $j);
	143: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	144: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	145: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	146: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	147: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	148: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	149: StMemDW dst: r9 src: r0 off: 64 imm: 1
	150: LoadMapPtr dst: r1 fd: 0 <gt_events>
	152: MovReg dst: r2 src: r9
	153: AddImm dst: r2 imm: 64
	154: MovImm dst: r3 imm: 32
	155: MovImm dst: r4 imm: 0
	156: Call FnRingbufOutput
	157: JEqImm dst: r0 off: -1 imm: 0 <okh_45>
	158: StMemW dst: rfp src: r0 off: -8 imm: 0
	159: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	161: MovReg dst: r2 src: rfp
	162: AddImm dst: r2 imm: -8
	163: Call FnMapLookupElem
	164: JEqImm dst: r0 off: -1 imm: 0 <okh_45>
	165: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	166: AddImm dst: r1 imm: 1
	167: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_45:
	   ; loops.bt:25: exit();
	168: StMemDW dst: r9 src: r0 off: 64 imm: 2
	169: LoadMapPtr dst: r1 fd: 0 <gt_events>
	171: MovReg dst: r2 src: r9
	172: AddImm dst: r2 imm: 64
	173: MovImm dst: r3 imm: 8
	174: MovImm dst: r4 imm: 0
	175: Call FnRingbufOutput
	176: StMemW dst: rfp src: r0 off: -8 imm: 1
	177: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	179: MovReg dst: r2 src: rfp
	180: AddImm dst: r2 imm: -8
	181: Call FnMapLookupElem
	182: JEqImm dst: r0 off: -1 imm: 0 <exitflag_46>
	183: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_46:
	184: Ja off: -1 <exit_1>
exit_1:
	185: MovImm dst: r0 imm: 0
	186: Exit
gt_p0_loop_5:
	   ; loops.bt:5: for ($kv : @m) {
	187: MovReg dst: r7 src: r2
	188: MovReg dst: r8 src: r3
	189: LdXMemDW dst: r9 src: r4 off: 0 imm: 0
	190: LdXMemDW dst: r6 src: r4 off: 8 imm: 0
	191: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	192: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	193: LdXMemDW dst: r1 src: r7 off: 0 imm: 0
	194: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	195: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	196: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	   ; loops.bt:6: $n += $kv.1;
	197: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	198: MovReg dst: r1 src: r0
	199: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	200: AddReg dst: r0 src: r1
	201: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	202: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	203: MovReg dst: r7 src: r0
	204: MovImm dst: r0 imm: 2
	205: MovReg dst: r1 src: r0
	206: MovReg dst: r0 src: r7
	207: JEqReg dst: r0 off: -1 src: r1 <cmp_10>
	208: MovImm dst: r0 imm: 0
	209: Ja off: -1 <cend_11>
cmp_10:
	210: MovImm dst: r0 imm: 1
cend_11:
	211: JEqImm dst: r0 off: -1 imm: 0 <else_9>
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	212: Ja off: -1 <next_6>
else_9:
	   ; loops.bt:8: printf("%d=%d\n", $kv.0, $kv.1);
	213: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	214: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	215: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	216: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	217: StMemDW dst: r9 src: r0 off: 64 imm: 0
	218: LoadMapPtr dst: r1 fd: 0 <gt_events>
	220: MovReg dst: r2 src: r9
	221: AddImm dst: r2 imm: 64
	222: MovImm dst: r3 imm: 24
	223: MovImm dst: r4 imm: 0
	224: Call FnRingbufOutput
	225: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	226: StMemW dst: rfp src: r0 off: -8 imm: 0
	227: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	229: MovReg dst: r2 src: rfp
	230: AddImm dst: r2 imm: -8
	231: Call FnMapLookupElem
	232: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	233: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	234: AddImm dst: r1 imm: 1
	235: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_12:
	236: Ja off: 0
next_6:
	237: MovImm dst: r0 imm: 0
	238: Exit
gt_p0_loop_15:
	   ; loops.bt:12: while ($i < 10) {
	239: MovReg dst: r0 src: r1
	240: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	241: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	242: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	243: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	244: MovReg dst: r1 src: r0
	245: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	246: MovReg dst: r7 src: r0
	247: MovImm dst: r0 imm: 10
	248: MovReg dst: r1 src: r0
	249: MovReg dst: r0 src: r7
	250: JSLTReg dst: r0 off: -1 src: r1 <cmp_19>
	251: MovImm dst: r0 imm: 0
	252: Ja off: -1 <cend_20>
cmp_19:
	253: MovImm dst: r0 imm: 1
cend_20:
	254: JEqImm dst: r0 off: -1 imm: 0 <stop_17>
	   ; loops.bt:13: $total += $i;
	255: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	256: MovReg dst: r1 src: r0
	257: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	258: AddReg dst: r0 src: r1
	259: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:14: $i++;
	260: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	261: MovReg dst: r1 src: r0
	262: AddImm dst: r1 imm: 1
	263: StXMemDW dst: r9 src: r1 off: 32 imm: 0
next_16:
	264: MovImm dst: r0 imm: 0
	265: Exit
stop_17:
	266: MovImm dst: r0 imm: 1
	267: Exit
gt_p0_loop_35:
	   ; loops.bt:18: for ($k : 0..$j) {
	268: MovReg dst: r0 src: r1
	269: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	270: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	271: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	272: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	273: MovReg dst: r1 src: r0
	274: LdXMemDW dst: r2 src: r9 off: 64 imm: 0
	275: AddReg dst: r1 src: r2
	276: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	   ; loops.bt:19: if ($k == 3) { break; }
	277: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	278: MovReg dst: r7 src: r0
	279: MovImm dst: r0 imm: 3
	280: MovReg dst: r1 src: r0
	281: MovReg dst: r0 src: r7
	282: JEqReg dst: r0 off: -1 src: r1 <cmp_40>
	283: MovImm dst: r0 imm: 0
	284: Ja off: -1 <cend_41>
cmp_40:
	285: MovImm dst: r0 imm: 1
cend_41:
	286: JEqImm dst: r0 off: -1 imm: 0 <else_39>
	   ; loops.bt:19: if ($k == 3) { break; }
	287: Ja off: -1 <stop_37>
else_39:
	   ; loops.bt:20: if ($j == 5) { return; }
	288: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	289: MovReg dst: r7 src: r0
	290: MovImm dst: r0 imm: 5
	291: MovReg dst: r1 src: r0
	292: MovReg dst: r0 src: r7
	293: JEqReg dst: r0 off: -1 src: r1 <cmp_43>
	294: MovImm dst: r0 imm: 0
	295: Ja off: -1 <cend_44>
cmp_43:
	296: MovImm dst: r0 imm: 1
cend_44:
	297: JEqImm dst: r0 off: -1 imm: 0 <else_42>
	   ; loops.bt:20: if ($j == 5) { return; }
	298: Ja off: -1 <ret_38>
else_42:
	299: Ja off: 0
next_36:
	300: MovImm dst: r0 imm: 0
	301: Exit
ret_38:
	302: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_37:
	303: MovImm dst: r0 imm: 1
	304: Exit
gt_p0_loop_23:
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	305: MovReg dst: r0 src: r1
	306: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	307: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	308: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	309: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	310: MovReg dst: r1 src: r0
	311: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	312: MovReg dst: r7 src: r0
	313: MovImm dst: r0 imm: 0
	314: MovReg dst: r1 src: r0
	315: MovReg dst: r0 src: r7
	316: JSGTReg dst: r0 off: -1 src: r1 <cmp_29>
	317: MovImm dst: r0 imm: 0
	318: Ja off: -1 <cend_30>
cmp_29:
	319: MovImm dst: r0 imm: 1
cend_30:
	320: JEqImm dst: r0 off: -1 imm: 0 <short_27>
	321: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	322: MovReg dst: r7 src: r0
	323: MovImm dst: r0 imm: 0
	324: MovReg dst: r1 src: r0
	325: MovReg dst: r0 src: r7
	326: JSGTReg dst: r0 off: -1 src: r1 <cmp_31>
	327: MovImm dst: r0 imm: 0
	328: Ja off: -1 <cend_32>
cmp_31:
	329: MovImm dst: r0 imm: 1
cend_32:
	330: JEqImm dst: r0 off: -1 imm: 0 <short_27>
	331: MovImm dst: r0 imm: 1
	332: Ja off: -1 <lend_28>
short_27:
	333: MovImm dst: r0 imm: 0
lend_28:
	334: JEqImm dst: r0 off: -1 imm: 0 <stop_25>
	   ; loops.bt:18: for ($k : 0..$j) {
	335: MovImm dst: r0 imm: 0
	336: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	337: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	338: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	339: SubReg dst: r0 src: r1
	340: JSGTImm dst: r0 off: -1 imm: 0 <tpos_33>
	341: MovImm dst: r0 imm: 0
	342: Ja off: -1 <tok_34>
tpos_33:
	343: JLEImm dst: r0 off: -1 imm: 8388608 <tok_34>
	344: MovImm dst: r0 imm: 8388608
tok_34:
	345: MovReg dst: r1 src: r0
	346: LdImmDW dst: r2 imm: -1 <gt_p0_loop_35>
	348: MovReg dst: r3 src: rfp
	349: AddImm dst: r3 imm: -24
	350: MovImm dst: r4 imm: 0
	351: Call FnLoop
	352: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	353: JNEImm dst: r1 off: -1 imm: 0 <ret_26>
	   ; loops.bt:22: $j -= 5;
	354: MovImm dst: r0 imm: 5
	355: MovReg dst: r1 src: r0
	356: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	357: SubReg dst: r0 src: r1
	358: StXMemDW dst: r9 src: r0 off: 48 imm: 0
next_24:
	359: MovImm dst: r0 imm: 0
	360: Exit
ret_26:
	361: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_25:
	362: MovImm dst: r0 imm: 1
	363: Exit

