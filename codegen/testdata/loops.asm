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
	   ; loops.bt:3: @m[1] = 10; @m[2] = 20; @m[3] = 30;
	 32: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 33: MovImm dst: r0 imm: 2
	 34: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 35: MovImm dst: r0 imm: 20
	 36: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 37: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 39: MovReg dst: r2 src: r9
	 40: AddImm dst: r2 imm: 64
	 41: MovReg dst: r3 src: r9
	 42: AddImm dst: r3 imm: 72
	 43: MovImm dst: r4 imm: 0
	 44: Call FnMapUpdateElem
	   ; loops.bt:3: @m[1] = 10; @m[2] = 20; @m[3] = 30;
	 45: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 46: MovImm dst: r0 imm: 3
	 47: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	 48: MovImm dst: r0 imm: 30
	 49: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	 50: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 52: MovReg dst: r2 src: r9
	 53: AddImm dst: r2 imm: 64
	 54: MovReg dst: r3 src: r9
	 55: AddImm dst: r3 imm: 72
	 56: MovImm dst: r4 imm: 0
	 57: Call FnMapUpdateElem
	   ; loops.bt:4: $n = 0;
	 58: MovImm dst: r0 imm: 0
	 59: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:5: for ($kv : @m) {
	 60: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 62: LdImmDW dst: r2 imm: -1 <gt_p0_loop_2>
	 64: MovReg dst: r3 src: rfp
	 65: AddImm dst: r3 imm: -24
	 66: MovImm dst: r4 imm: 0
	 67: Call FnForEachMapElem
	 68: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 69: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:10: $i = 0;
	 70: MovImm dst: r0 imm: 0
	 71: StXMemDW dst: r9 src: r0 off: 32 imm: 0
	   ; loops.bt:11: $total = 0;
	 72: MovImm dst: r0 imm: 0
	 73: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:12: while ($i < 10) {
	 74: MovImm dst: r0 imm: 10
	 75: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	 76: SubReg dst: r0 src: r1
	 77: JSGTImm dst: r0 off: -1 imm: 0 <tpos_10>
	 78: MovImm dst: r0 imm: 0
	 79: Ja off: -1 <tok_11>
tpos_10:
	 80: JLEImm dst: r0 off: -1 imm: 8388608 <tok_11>
	 81: MovImm dst: r0 imm: 8388608
tok_11:
	 82: MovReg dst: r1 src: r0
	 83: LdImmDW dst: r2 imm: -1 <gt_p0_loop_12>
	 85: MovReg dst: r3 src: rfp
	 86: AddImm dst: r3 imm: -24
	 87: MovImm dst: r4 imm: 0
	 88: Call FnLoop
	 89: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 90: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:16: $j = 20;
	 91: MovImm dst: r0 imm: 20
	 92: StXMemDW dst: r9 src: r0 off: 48 imm: 0
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	 93: MovImm dst: r0 imm: 0
	 94: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 95: SubReg dst: r1 src: r0
	 96: MovReg dst: r0 src: r1
	 97: AddImm dst: r0 imm: 4
	 98: SDivImm dst: r0 imm: 5
	 99: JSGTImm dst: r0 off: -1 imm: 0 <tpos_18>
	100: MovImm dst: r0 imm: 0
	101: Ja off: -1 <tok_19>
tpos_18:
	102: JLEImm dst: r0 off: -1 imm: 8388608 <tok_19>
	103: MovImm dst: r0 imm: 8388608
tok_19:
	104: MovReg dst: r1 src: r0
	105: LdImmDW dst: r2 imm: -1 <gt_p0_loop_20>
	107: MovReg dst: r3 src: rfp
	108: AddImm dst: r3 imm: -24
	109: MovImm dst: r4 imm: 0
	110: Call FnLoop
	111: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	112: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:24: printf("%d %d %d\n", $n, $total, $j);
	113: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	114: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	115: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	116: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	117: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	118: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	119: StMemDW dst: r9 src: r0 off: 64 imm: 1
	120: LoadMapPtr dst: r1 fd: 0 <gt_events>
	122: MovReg dst: r2 src: r9
	123: AddImm dst: r2 imm: 64
	124: MovImm dst: r3 imm: 32
	125: MovImm dst: r4 imm: 0
	126: Call FnRingbufOutput
	127: JEqImm dst: r0 off: -1 imm: 0 <sent_42>
	128: StMemW dst: rfp src: r0 off: -8 imm: 0
	129: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	131: MovReg dst: r2 src: rfp
	132: AddImm dst: r2 imm: -8
	133: Call FnMapLookupElem
	134: JEqImm dst: r0 off: -1 imm: 0 <sent_42>
	135: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	136: AddImm dst: r1 imm: 1
	137: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_42:
	   ; loops.bt:25: exit();
	138: StMemDW dst: r9 src: r0 off: 64 imm: 2
	139: LoadMapPtr dst: r1 fd: 0 <gt_events>
	141: MovReg dst: r2 src: r9
	142: AddImm dst: r2 imm: 64
	143: MovImm dst: r3 imm: 8
	144: MovImm dst: r4 imm: 0
	145: Call FnRingbufOutput
	146: JEqImm dst: r0 off: -1 imm: 0 <sent_43>
	147: StMemW dst: rfp src: r0 off: -8 imm: 0
	148: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -8
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <sent_43>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_43:
	157: Ja off: -1 <exit_1>
exit_1:
	158: MovImm dst: r0 imm: 0
	159: Exit
gt_p0_loop_2:
	   ; loops.bt:5: for ($kv : @m) {
	160: MovReg dst: r7 src: r2
	161: MovReg dst: r8 src: r3
	162: LdXMemDW dst: r9 src: r4 off: 0 imm: 0
	163: LdXMemDW dst: r6 src: r4 off: 8 imm: 0
	164: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	165: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	166: LdXMemDW dst: r1 src: r7 off: 0 imm: 0
	167: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	168: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	169: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	   ; loops.bt:6: $n += $kv.1;
	170: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	171: MovReg dst: r1 src: r0
	172: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	173: AddReg dst: r0 src: r1
	174: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	175: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	176: MovReg dst: r7 src: r0
	177: MovImm dst: r0 imm: 2
	178: MovReg dst: r1 src: r0
	179: MovReg dst: r0 src: r7
	180: JEqReg dst: r0 off: -1 src: r1 <cmp_7>
	181: MovImm dst: r0 imm: 0
	182: Ja off: -1 <cend_8>
cmp_7:
	183: MovImm dst: r0 imm: 1
cend_8:
	184: JEqImm dst: r0 off: -1 imm: 0 <else_6>
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	185: Ja off: -1 <next_3>
else_6:
	   ; loops.bt:8: printf("%d=%d\n", $kv.0, $kv.1);
	186: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	187: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	188: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	189: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	190: StMemDW dst: r9 src: r0 off: 64 imm: 0
	191: LoadMapPtr dst: r1 fd: 0 <gt_events>
	193: MovReg dst: r2 src: r9
	194: AddImm dst: r2 imm: 64
	195: MovImm dst: r3 imm: 24
	196: MovImm dst: r4 imm: 0
	197: Call FnRingbufOutput
	198: JEqImm dst: r0 off: -1 imm: 0 <sent_9>
	199: StMemW dst: rfp src: r0 off: -8 imm: 0
	200: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	202: MovReg dst: r2 src: rfp
	203: AddImm dst: r2 imm: -8
	204: Call FnMapLookupElem
	205: JEqImm dst: r0 off: -1 imm: 0 <sent_9>
	206: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	207: AddImm dst: r1 imm: 1
	208: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_9:
	209: Ja off: 0
next_3:
	210: MovImm dst: r0 imm: 0
	211: Exit
gt_p0_loop_12:
	   ; loops.bt:12: while ($i < 10) {
	212: MovReg dst: r0 src: r1
	213: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	214: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	215: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	216: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	217: MovReg dst: r1 src: r0
	218: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	219: MovReg dst: r7 src: r0
	220: MovImm dst: r0 imm: 10
	221: MovReg dst: r1 src: r0
	222: MovReg dst: r0 src: r7
	223: JSLTReg dst: r0 off: -1 src: r1 <cmp_16>
	224: MovImm dst: r0 imm: 0
	225: Ja off: -1 <cend_17>
cmp_16:
	226: MovImm dst: r0 imm: 1
cend_17:
	227: JEqImm dst: r0 off: -1 imm: 0 <stop_14>
	   ; loops.bt:13: $total += $i;
	228: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	229: MovReg dst: r1 src: r0
	230: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	231: AddReg dst: r0 src: r1
	232: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:14: $i++;
	233: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	234: MovReg dst: r1 src: r0
	235: AddImm dst: r1 imm: 1
	236: StXMemDW dst: r9 src: r1 off: 32 imm: 0
next_13:
	237: MovImm dst: r0 imm: 0
	238: Exit
stop_14:
	239: MovImm dst: r0 imm: 1
	240: Exit
gt_p0_loop_32:
	   ; loops.bt:18: for ($k : 0..$j) {
	241: MovReg dst: r0 src: r1
	242: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	243: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	244: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	245: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	246: MovReg dst: r1 src: r0
	247: LdXMemDW dst: r2 src: r9 off: 64 imm: 0
	248: AddReg dst: r1 src: r2
	249: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	   ; loops.bt:19: if ($k == 3) { break; }
	250: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	251: MovReg dst: r7 src: r0
	252: MovImm dst: r0 imm: 3
	253: MovReg dst: r1 src: r0
	254: MovReg dst: r0 src: r7
	255: JEqReg dst: r0 off: -1 src: r1 <cmp_37>
	256: MovImm dst: r0 imm: 0
	257: Ja off: -1 <cend_38>
cmp_37:
	258: MovImm dst: r0 imm: 1
cend_38:
	259: JEqImm dst: r0 off: -1 imm: 0 <else_36>
	   ; loops.bt:19: if ($k == 3) { break; }
	260: Ja off: -1 <stop_34>
else_36:
	   ; loops.bt:20: if ($j == 5) { return; }
	261: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	262: MovReg dst: r7 src: r0
	263: MovImm dst: r0 imm: 5
	264: MovReg dst: r1 src: r0
	265: MovReg dst: r0 src: r7
	266: JEqReg dst: r0 off: -1 src: r1 <cmp_40>
	267: MovImm dst: r0 imm: 0
	268: Ja off: -1 <cend_41>
cmp_40:
	269: MovImm dst: r0 imm: 1
cend_41:
	270: JEqImm dst: r0 off: -1 imm: 0 <else_39>
	   ; loops.bt:20: if ($j == 5) { return; }
	271: Ja off: -1 <ret_35>
else_39:
	272: Ja off: 0
next_33:
	273: MovImm dst: r0 imm: 0
	274: Exit
ret_35:
	275: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_34:
	276: MovImm dst: r0 imm: 1
	277: Exit
gt_p0_loop_20:
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	278: MovReg dst: r0 src: r1
	279: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	280: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	281: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	282: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	283: MovReg dst: r1 src: r0
	284: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	285: MovReg dst: r7 src: r0
	286: MovImm dst: r0 imm: 0
	287: MovReg dst: r1 src: r0
	288: MovReg dst: r0 src: r7
	289: JSGTReg dst: r0 off: -1 src: r1 <cmp_26>
	290: MovImm dst: r0 imm: 0
	291: Ja off: -1 <cend_27>
cmp_26:
	292: MovImm dst: r0 imm: 1
cend_27:
	293: JEqImm dst: r0 off: -1 imm: 0 <short_24>
	294: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	295: MovReg dst: r7 src: r0
	296: MovImm dst: r0 imm: 0
	297: MovReg dst: r1 src: r0
	298: MovReg dst: r0 src: r7
	299: JSGTReg dst: r0 off: -1 src: r1 <cmp_28>
	300: MovImm dst: r0 imm: 0
	301: Ja off: -1 <cend_29>
cmp_28:
	302: MovImm dst: r0 imm: 1
cend_29:
	303: JEqImm dst: r0 off: -1 imm: 0 <short_24>
	304: MovImm dst: r0 imm: 1
	305: Ja off: -1 <lend_25>
short_24:
	306: MovImm dst: r0 imm: 0
lend_25:
	307: JEqImm dst: r0 off: -1 imm: 0 <stop_22>
	   ; loops.bt:18: for ($k : 0..$j) {
	308: MovImm dst: r0 imm: 0
	309: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	310: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	311: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	312: SubReg dst: r0 src: r1
	313: JSGTImm dst: r0 off: -1 imm: 0 <tpos_30>
	314: MovImm dst: r0 imm: 0
	315: Ja off: -1 <tok_31>
tpos_30:
	316: JLEImm dst: r0 off: -1 imm: 8388608 <tok_31>
	317: MovImm dst: r0 imm: 8388608
tok_31:
	318: MovReg dst: r1 src: r0
	319: LdImmDW dst: r2 imm: -1 <gt_p0_loop_32>
	321: MovReg dst: r3 src: rfp
	322: AddImm dst: r3 imm: -24
	323: MovImm dst: r4 imm: 0
	324: Call FnLoop
	325: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	326: JNEImm dst: r1 off: -1 imm: 0 <ret_23>
	   ; loops.bt:22: $j -= 5;
	327: MovImm dst: r0 imm: 5
	328: MovReg dst: r1 src: r0
	329: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	330: SubReg dst: r0 src: r1
	331: StXMemDW dst: r9 src: r0 off: 48 imm: 0
next_21:
	332: MovImm dst: r0 imm: 0
	333: Exit
ret_23:
	334: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_22:
	335: MovImm dst: r0 imm: 1
	336: Exit

