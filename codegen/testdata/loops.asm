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
	 19: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 20: MovImm dst: r0 imm: 1
	 21: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 22: MovImm dst: r0 imm: 10
	 23: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 24: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 26: MovReg dst: r2 src: r9
	 27: AddImm dst: r2 imm: 64
	 28: MovReg dst: r3 src: r9
	 29: AddImm dst: r3 imm: 72
	 30: MovImm dst: r4 imm: 0
	 31: Call FnMapUpdateElem
	 32: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 33: StMemW dst: rfp src: r0 off: -8 imm: 0
	 34: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 36: MovReg dst: r2 src: rfp
	 37: AddImm dst: r2 imm: -8
	 38: Call FnMapLookupElem
	 39: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 40: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 41: AddImm dst: r1 imm: 1
	 42: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_2:
	   ; loops.bt:3: @m[1] = 10; @m[2] = 20; @m[3] = 30;
	 43: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 44: MovImm dst: r0 imm: 2
	 45: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 46: MovImm dst: r0 imm: 20
	 47: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 50: MovReg dst: r2 src: r9
	 51: AddImm dst: r2 imm: 64
	 52: MovReg dst: r3 src: r9
	 53: AddImm dst: r3 imm: 72
	 54: MovImm dst: r4 imm: 0
	 55: Call FnMapUpdateElem
	 56: JEqImm dst: r0 off: -1 imm: 0 <okh_3>
	 57: StMemW dst: rfp src: r0 off: -8 imm: 0
	 58: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 60: MovReg dst: r2 src: rfp
	 61: AddImm dst: r2 imm: -8
	 62: Call FnMapLookupElem
	 63: JEqImm dst: r0 off: -1 imm: 0 <okh_3>
	 64: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 65: AddImm dst: r1 imm: 1
	 66: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_3:
	   ; loops.bt:3: @m[1] = 10; @m[2] = 20; @m[3] = 30;
	 67: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 68: MovImm dst: r0 imm: 3
	 69: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 70: MovImm dst: r0 imm: 30
	 71: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 72: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 74: MovReg dst: r2 src: r9
	 75: AddImm dst: r2 imm: 64
	 76: MovReg dst: r3 src: r9
	 77: AddImm dst: r3 imm: 72
	 78: MovImm dst: r4 imm: 0
	 79: Call FnMapUpdateElem
	 80: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 81: StMemW dst: rfp src: r0 off: -8 imm: 0
	 82: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 84: MovReg dst: r2 src: rfp
	 85: AddImm dst: r2 imm: -8
	 86: Call FnMapLookupElem
	 87: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 88: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 89: AddImm dst: r1 imm: 1
	 90: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_4:
	   ; loops.bt:4: $n = 0;
	 91: MovImm dst: r0 imm: 0
	 92: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:5: for ($kv : @m) {
	 93: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 95: LdImmDW dst: r2 imm: -1 <gt_p0_loop_5>
	 97: MovReg dst: r3 src: rfp
	 98: AddImm dst: r3 imm: -24
	 99: MovImm dst: r4 imm: 0
	100: Call FnForEachMapElem
	101: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	102: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:10: $i = 0;
	103: MovImm dst: r0 imm: 0
	104: StXMemDW dst: r9 src: r0 off: 32 imm: 0
	   ; loops.bt:11: $total = 0;
	105: MovImm dst: r0 imm: 0
	106: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:12: while ($i < 10) {
	107: MovImm dst: r0 imm: 10
	108: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	109: SubReg dst: r0 src: r1
	110: JSGTImm dst: r0 off: -1 imm: 0 <tpos_13>
	111: MovImm dst: r0 imm: 0
	112: Ja off: -1 <tok_14>
tpos_13:
	113: JLEImm dst: r0 off: -1 imm: 8388608 <tok_14>
	114: MovImm dst: r0 imm: 8388608
tok_14:
	115: MovReg dst: r1 src: r0
	116: LdImmDW dst: r2 imm: -1 <gt_p0_loop_15>
	118: MovReg dst: r3 src: rfp
	119: AddImm dst: r3 imm: -24
	120: MovImm dst: r4 imm: 0
	121: Call FnLoop
	122: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	123: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:16: $j = 20;
	124: MovImm dst: r0 imm: 20
	125: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	126: MovImm dst: r0 imm: 0
	127: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	128: SubReg dst: r1 src: r0
	129: MovReg dst: r0 src: r1
	130: AddImm dst: r0 imm: 4
	131: SDivImm dst: r0 imm: 5
	132: JSGTImm dst: r0 off: -1 imm: 0 <tpos_21>
	133: MovImm dst: r0 imm: 0
	134: Ja off: -1 <tok_22>
tpos_21:
	135: JLEImm dst: r0 off: -1 imm: 8388608 <tok_22>
	136: MovImm dst: r0 imm: 8388608
tok_22:
	137: MovReg dst: r1 src: r0
	138: LdImmDW dst: r2 imm: -1 <gt_p0_loop_23>
	140: MovReg dst: r3 src: rfp
	141: AddImm dst: r3 imm: -24
	142: MovImm dst: r4 imm: 0
	143: Call FnLoop
	144: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	145: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:24: printf("%d %d %d\n", $n, $total, $j);
	146: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	147: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	148: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	149: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	150: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	151: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	152: StMemDW dst: r9 src: r0 off: 64 imm: 1
	153: LoadMapPtr dst: r1 fd: 0 <gt_events>
	155: MovReg dst: r2 src: r9
	156: AddImm dst: r2 imm: 64
	157: MovImm dst: r3 imm: 32
	158: MovImm dst: r4 imm: 0
	159: Call FnRingbufOutput
	160: JEqImm dst: r0 off: -1 imm: 0 <okh_45>
	161: StMemW dst: rfp src: r0 off: -8 imm: 0
	162: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	164: MovReg dst: r2 src: rfp
	165: AddImm dst: r2 imm: -8
	166: Call FnMapLookupElem
	167: JEqImm dst: r0 off: -1 imm: 0 <okh_45>
	168: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	169: AddImm dst: r1 imm: 1
	170: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_45:
	   ; loops.bt:25: exit();
	171: StMemDW dst: r9 src: r0 off: 64 imm: 2
	172: LoadMapPtr dst: r1 fd: 0 <gt_events>
	174: MovReg dst: r2 src: r9
	175: AddImm dst: r2 imm: 64
	176: MovImm dst: r3 imm: 8
	177: MovImm dst: r4 imm: 0
	178: Call FnRingbufOutput
	179: StMemW dst: rfp src: r0 off: -8 imm: 1
	180: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	182: MovReg dst: r2 src: rfp
	183: AddImm dst: r2 imm: -8
	184: Call FnMapLookupElem
	185: JEqImm dst: r0 off: -1 imm: 0 <exitflag_46>
	186: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_46:
	187: Ja off: -1 <exit_1>
exit_1:
	188: MovImm dst: r0 imm: 0
	189: Exit
gt_p0_loop_5:
	   ; loops.bt:5: for ($kv : @m) {
	190: MovReg dst: r7 src: r2
	191: MovReg dst: r8 src: r3
	192: LdXMemDW dst: r9 src: r4 off: 0 imm: 0
	193: LdXMemDW dst: r6 src: r4 off: 8 imm: 0
	194: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	195: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	196: LdXMemDW dst: r1 src: r7 off: 0 imm: 0
	197: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	198: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	199: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	   ; loops.bt:6: $n += $kv.1;
	200: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	201: MovReg dst: r1 src: r0
	202: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	203: AddReg dst: r0 src: r1
	204: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	205: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	206: MovReg dst: r7 src: r0
	207: MovImm dst: r0 imm: 2
	208: MovReg dst: r1 src: r0
	209: MovReg dst: r0 src: r7
	210: JEqReg dst: r0 off: -1 src: r1 <cmp_10>
	211: MovImm dst: r0 imm: 0
	212: Ja off: -1 <cend_11>
cmp_10:
	213: MovImm dst: r0 imm: 1
cend_11:
	214: JEqImm dst: r0 off: -1 imm: 0 <else_9>
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	215: Ja off: -1 <next_6>
else_9:
	   ; loops.bt:8: printf("%d=%d\n", $kv.0, $kv.1);
	216: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	217: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	218: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	219: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	220: StMemDW dst: r9 src: r0 off: 64 imm: 0
	221: LoadMapPtr dst: r1 fd: 0 <gt_events>
	223: MovReg dst: r2 src: r9
	224: AddImm dst: r2 imm: 64
	225: MovImm dst: r3 imm: 24
	226: MovImm dst: r4 imm: 0
	227: Call FnRingbufOutput
	228: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	229: StMemW dst: rfp src: r0 off: -8 imm: 0
	230: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	232: MovReg dst: r2 src: rfp
	233: AddImm dst: r2 imm: -8
	234: Call FnMapLookupElem
	235: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	236: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	237: AddImm dst: r1 imm: 1
	238: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_12:
	239: Ja off: 0
next_6:
	240: MovImm dst: r0 imm: 0
	241: Exit
gt_p0_loop_15:
	   ; loops.bt:12: while ($i < 10) {
	242: MovReg dst: r0 src: r1
	243: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	244: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	245: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	246: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	247: MovReg dst: r1 src: r0
	248: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	249: MovReg dst: r7 src: r0
	250: MovImm dst: r0 imm: 10
	251: MovReg dst: r1 src: r0
	252: MovReg dst: r0 src: r7
	253: JSLTReg dst: r0 off: -1 src: r1 <cmp_19>
	254: MovImm dst: r0 imm: 0
	255: Ja off: -1 <cend_20>
cmp_19:
	256: MovImm dst: r0 imm: 1
cend_20:
	257: JEqImm dst: r0 off: -1 imm: 0 <stop_17>
	   ; loops.bt:13: $total += $i;
	258: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	259: MovReg dst: r1 src: r0
	260: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	261: AddReg dst: r0 src: r1
	262: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:14: $i++;
	263: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	264: MovReg dst: r1 src: r0
	265: AddImm dst: r1 imm: 1
	266: StXMemDW dst: r9 src: r1 off: 32 imm: 0
next_16:
	267: MovImm dst: r0 imm: 0
	268: Exit
stop_17:
	269: MovImm dst: r0 imm: 1
	270: Exit
gt_p0_loop_35:
	   ; loops.bt:18: for ($k : 0..$j) {
	271: MovReg dst: r0 src: r1
	272: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	273: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	274: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	275: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	276: MovReg dst: r1 src: r0
	277: LdXMemDW dst: r2 src: r9 off: 64 imm: 0
	278: AddReg dst: r1 src: r2
	279: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	   ; loops.bt:19: if ($k == 3) { break; }
	280: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	281: MovReg dst: r7 src: r0
	282: MovImm dst: r0 imm: 3
	283: MovReg dst: r1 src: r0
	284: MovReg dst: r0 src: r7
	285: JEqReg dst: r0 off: -1 src: r1 <cmp_40>
	286: MovImm dst: r0 imm: 0
	287: Ja off: -1 <cend_41>
cmp_40:
	288: MovImm dst: r0 imm: 1
cend_41:
	289: JEqImm dst: r0 off: -1 imm: 0 <else_39>
	   ; loops.bt:19: if ($k == 3) { break; }
	290: Ja off: -1 <stop_37>
else_39:
	   ; loops.bt:20: if ($j == 5) { return; }
	291: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	292: MovReg dst: r7 src: r0
	293: MovImm dst: r0 imm: 5
	294: MovReg dst: r1 src: r0
	295: MovReg dst: r0 src: r7
	296: JEqReg dst: r0 off: -1 src: r1 <cmp_43>
	297: MovImm dst: r0 imm: 0
	298: Ja off: -1 <cend_44>
cmp_43:
	299: MovImm dst: r0 imm: 1
cend_44:
	300: JEqImm dst: r0 off: -1 imm: 0 <else_42>
	   ; loops.bt:20: if ($j == 5) { return; }
	301: Ja off: -1 <ret_38>
else_42:
	302: Ja off: 0
next_36:
	303: MovImm dst: r0 imm: 0
	304: Exit
ret_38:
	305: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_37:
	306: MovImm dst: r0 imm: 1
	307: Exit
gt_p0_loop_23:
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	308: MovReg dst: r0 src: r1
	309: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	310: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	311: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	312: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	313: MovReg dst: r1 src: r0
	314: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	315: MovReg dst: r7 src: r0
	316: MovImm dst: r0 imm: 0
	317: MovReg dst: r1 src: r0
	318: MovReg dst: r0 src: r7
	319: JSGTReg dst: r0 off: -1 src: r1 <cmp_29>
	320: MovImm dst: r0 imm: 0
	321: Ja off: -1 <cend_30>
cmp_29:
	322: MovImm dst: r0 imm: 1
cend_30:
	323: JEqImm dst: r0 off: -1 imm: 0 <short_27>
	324: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	325: MovReg dst: r7 src: r0
	326: MovImm dst: r0 imm: 0
	327: MovReg dst: r1 src: r0
	328: MovReg dst: r0 src: r7
	329: JSGTReg dst: r0 off: -1 src: r1 <cmp_31>
	330: MovImm dst: r0 imm: 0
	331: Ja off: -1 <cend_32>
cmp_31:
	332: MovImm dst: r0 imm: 1
cend_32:
	333: JEqImm dst: r0 off: -1 imm: 0 <short_27>
	334: MovImm dst: r0 imm: 1
	335: Ja off: -1 <lend_28>
short_27:
	336: MovImm dst: r0 imm: 0
lend_28:
	337: JEqImm dst: r0 off: -1 imm: 0 <stop_25>
	   ; loops.bt:18: for ($k : 0..$j) {
	338: MovImm dst: r0 imm: 0
	339: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	340: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	341: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	342: SubReg dst: r0 src: r1
	343: JSGTImm dst: r0 off: -1 imm: 0 <tpos_33>
	344: MovImm dst: r0 imm: 0
	345: Ja off: -1 <tok_34>
tpos_33:
	346: JLEImm dst: r0 off: -1 imm: 8388608 <tok_34>
	347: MovImm dst: r0 imm: 8388608
tok_34:
	348: MovReg dst: r1 src: r0
	349: LdImmDW dst: r2 imm: -1 <gt_p0_loop_35>
	351: MovReg dst: r3 src: rfp
	352: AddImm dst: r3 imm: -24
	353: MovImm dst: r4 imm: 0
	354: Call FnLoop
	355: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	356: JNEImm dst: r1 off: -1 imm: 0 <ret_26>
	   ; loops.bt:22: $j -= 5;
	357: MovImm dst: r0 imm: 5
	358: MovReg dst: r1 src: r0
	359: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	360: SubReg dst: r0 src: r1
	361: StXMemDW dst: r9 src: r0 off: 48 imm: 0
next_24:
	362: MovImm dst: r0 imm: 0
	363: Exit
ret_26:
	364: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_25:
	365: MovImm dst: r0 imm: 1
	366: Exit

