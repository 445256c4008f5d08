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
	140: SDivImm dst: r0 imm: 5
	141: JSGTImm dst: r0 off: -1 imm: 0 <tpos_22>
	142: MovImm dst: r0 imm: 0
	143: Ja off: -1 <tok_23>
tpos_22:
	144: JLEImm dst: r0 off: -1 imm: 8388608 <tok_23>
	145: MovImm dst: r0 imm: 1
	146: JEqImm dst: r0 off: -1 imm: 0 <okh_24>
	147: StMemW dst: rfp src: r0 off: -8 imm: 2
	148: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -8
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <okh_24>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_24:
	157: MovImm dst: r0 imm: 8388608
tok_23:
	158: MovReg dst: r1 src: r0
	159: LdImmDW dst: r2 imm: -1 <gt_p0_loop_25>
	161: MovReg dst: r3 src: rfp
	162: AddImm dst: r3 imm: -24
	163: MovImm dst: r4 imm: 0
	164: Call FnLoop
	165: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	166: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; loops.bt:24: printf("%d %d %d\n", $n, $total, $j);
	167: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	168: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	169: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	170: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	171: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	172: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	173: StMemDW dst: r9 src: r0 off: 64 imm: 1
	174: LoadMapPtr dst: r1 fd: 0 <gt_events>
	176: MovReg dst: r2 src: r9
	177: AddImm dst: r2 imm: 64
	178: MovImm dst: r3 imm: 32
	179: MovImm dst: r4 imm: 0
	180: Call FnRingbufOutput
	181: JEqImm dst: r0 off: -1 imm: 0 <okh_48>
	182: StMemW dst: rfp src: r0 off: -8 imm: 0
	183: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	185: MovReg dst: r2 src: rfp
	186: AddImm dst: r2 imm: -8
	187: Call FnMapLookupElem
	188: JEqImm dst: r0 off: -1 imm: 0 <okh_48>
	189: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	190: AddImm dst: r1 imm: 1
	191: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_48:
	   ; loops.bt:25: exit();
	192: StMemDW dst: r9 src: r0 off: 64 imm: 2
	193: LoadMapPtr dst: r1 fd: 0 <gt_events>
	195: MovReg dst: r2 src: r9
	196: AddImm dst: r2 imm: 64
	197: MovImm dst: r3 imm: 8
	198: MovImm dst: r4 imm: 0
	199: Call FnRingbufOutput
	200: StMemW dst: rfp src: r0 off: -8 imm: 1
	201: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	203: MovReg dst: r2 src: rfp
	204: AddImm dst: r2 imm: -8
	205: Call FnMapLookupElem
	206: JEqImm dst: r0 off: -1 imm: 0 <exitflag_49>
	207: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_49:
	208: Ja off: -1 <exit_1>
exit_1:
	209: MovImm dst: r0 imm: 0
	210: Exit
gt_p0_loop_5:
	   ; loops.bt:5: for ($kv : @m) {
	211: MovReg dst: r7 src: r2
	212: MovReg dst: r8 src: r3
	213: LdXMemDW dst: r9 src: r4 off: 0 imm: 0
	214: LdXMemDW dst: r6 src: r4 off: 8 imm: 0
	215: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	216: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	217: LdXMemDW dst: r1 src: r7 off: 0 imm: 0
	218: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	219: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	220: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	   ; loops.bt:6: $n += $kv.1;
	221: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	222: MovReg dst: r1 src: r0
	223: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	224: AddReg dst: r0 src: r1
	225: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	226: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	227: MovReg dst: r7 src: r0
	228: MovImm dst: r0 imm: 2
	229: MovReg dst: r1 src: r0
	230: MovReg dst: r0 src: r7
	231: JEqReg dst: r0 off: -1 src: r1 <cmp_10>
	232: MovImm dst: r0 imm: 0
	233: Ja off: -1 <cend_11>
cmp_10:
	234: MovImm dst: r0 imm: 1
cend_11:
	235: JEqImm dst: r0 off: -1 imm: 0 <else_9>
	   ; loops.bt:7: if ($kv.0 == 2) { continue; }
	236: Ja off: -1 <next_6>
else_9:
	   ; loops.bt:8: printf("%d=%d\n", $kv.0, $kv.1);
	237: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	238: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	239: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	240: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	241: StMemDW dst: r9 src: r0 off: 64 imm: 0
	242: LoadMapPtr dst: r1 fd: 0 <gt_events>
	244: MovReg dst: r2 src: r9
	245: AddImm dst: r2 imm: 64
	246: MovImm dst: r3 imm: 24
	247: MovImm dst: r4 imm: 0
	248: Call FnRingbufOutput
	249: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	250: StMemW dst: rfp src: r0 off: -8 imm: 0
	251: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	253: MovReg dst: r2 src: rfp
	254: AddImm dst: r2 imm: -8
	255: Call FnMapLookupElem
	256: JEqImm dst: r0 off: -1 imm: 0 <okh_12>
	257: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	258: AddImm dst: r1 imm: 1
	259: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_12:
	260: Ja off: 0
next_6:
	261: MovImm dst: r0 imm: 0
	262: Exit
gt_p0_loop_16:
	   ; loops.bt:12: while ($i < 10) {
	263: MovReg dst: r0 src: r1
	264: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	265: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	266: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	267: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	268: MovReg dst: r1 src: r0
	269: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	270: MovReg dst: r7 src: r0
	271: MovImm dst: r0 imm: 10
	272: MovReg dst: r1 src: r0
	273: MovReg dst: r0 src: r7
	274: JSLTReg dst: r0 off: -1 src: r1 <cmp_20>
	275: MovImm dst: r0 imm: 0
	276: Ja off: -1 <cend_21>
cmp_20:
	277: MovImm dst: r0 imm: 1
cend_21:
	278: JEqImm dst: r0 off: -1 imm: 0 <stop_18>
	   ; loops.bt:13: $total += $i;
	279: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	280: MovReg dst: r1 src: r0
	281: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	282: AddReg dst: r0 src: r1
	283: StXMemDW dst: r9 src: r0 off: 40 imm: 0
	   ; loops.bt:14: $i++;
	284: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	285: MovReg dst: r1 src: r0
	286: AddImm dst: r1 imm: 1
	287: StXMemDW dst: r9 src: r1 off: 32 imm: 0
next_17:
	288: MovImm dst: r0 imm: 0
	289: Exit
stop_18:
	290: MovImm dst: r0 imm: 1
	291: Exit
gt_p0_loop_38:
	   ; loops.bt:18: for ($k : 0..$j) {
	292: MovReg dst: r0 src: r1
	293: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	294: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	295: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	296: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	297: MovReg dst: r1 src: r0
	298: LdXMemDW dst: r2 src: r9 off: 64 imm: 0
	299: AddReg dst: r1 src: r2
	300: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	   ; loops.bt:19: if ($k == 3) { break; }
	301: LdXMemDW dst: r0 src: r9 off: 56 imm: 0
	302: MovReg dst: r7 src: r0
	303: MovImm dst: r0 imm: 3
	304: MovReg dst: r1 src: r0
	305: MovReg dst: r0 src: r7
	306: JEqReg dst: r0 off: -1 src: r1 <cmp_43>
	307: MovImm dst: r0 imm: 0
	308: Ja off: -1 <cend_44>
cmp_43:
	309: MovImm dst: r0 imm: 1
cend_44:
	310: JEqImm dst: r0 off: -1 imm: 0 <else_42>
	   ; loops.bt:19: if ($k == 3) { break; }
	311: Ja off: -1 <stop_40>
else_42:
	   ; loops.bt:20: if ($j == 5) { return; }
	312: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	313: MovReg dst: r7 src: r0
	314: MovImm dst: r0 imm: 5
	315: MovReg dst: r1 src: r0
	316: MovReg dst: r0 src: r7
	317: JEqReg dst: r0 off: -1 src: r1 <cmp_46>
	318: MovImm dst: r0 imm: 0
	319: Ja off: -1 <cend_47>
cmp_46:
	320: MovImm dst: r0 imm: 1
cend_47:
	321: JEqImm dst: r0 off: -1 imm: 0 <else_45>
	   ; loops.bt:20: if ($j == 5) { return; }
	322: Ja off: -1 <ret_41>
else_45:
	323: Ja off: 0
next_39:
	324: MovImm dst: r0 imm: 0
	325: Exit
ret_41:
	326: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_40:
	327: MovImm dst: r0 imm: 1
	328: Exit
gt_p0_loop_25:
	   ; loops.bt:17: while ($j > 0 && $total > 0) {
	329: MovReg dst: r0 src: r1
	330: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	331: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	332: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	333: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	334: MovReg dst: r1 src: r0
	335: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	336: MovReg dst: r7 src: r0
	337: MovImm dst: r0 imm: 0
	338: MovReg dst: r1 src: r0
	339: MovReg dst: r0 src: r7
	340: JSGTReg dst: r0 off: -1 src: r1 <cmp_31>
	341: MovImm dst: r0 imm: 0
	342: Ja off: -1 <cend_32>
cmp_31:
	343: MovImm dst: r0 imm: 1
cend_32:
	344: JEqImm dst: r0 off: -1 imm: 0 <short_29>
	345: LdXMemDW dst: r0 src: r9 off: 40 imm: 0
	346: MovReg dst: r7 src: r0
	347: MovImm dst: r0 imm: 0
	348: MovReg dst: r1 src: r0
	349: MovReg dst: r0 src: r7
	350: JSGTReg dst: r0 off: -1 src: r1 <cmp_33>
	351: MovImm dst: r0 imm: 0
	352: Ja off: -1 <cend_34>
cmp_33:
	353: MovImm dst: r0 imm: 1
cend_34:
	354: JEqImm dst: r0 off: -1 imm: 0 <short_29>
	355: MovImm dst: r0 imm: 1
	356: Ja off: -1 <lend_30>
short_29:
	357: MovImm dst: r0 imm: 0
lend_30:
	358: JEqImm dst: r0 off: -1 imm: 0 <stop_27>
	   ; loops.bt:18: for ($k : 0..$j) {
	359: MovImm dst: r0 imm: 0
	360: StXMemDW dst: r9 src: r0 off: 64 imm: 0
	361: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	362: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	363: SubReg dst: r0 src: r1
	364: JSGTImm dst: r0 off: -1 imm: 0 <tpos_35>
	365: MovImm dst: r0 imm: 0
	366: Ja off: -1 <tok_36>
tpos_35:
	367: JLEImm dst: r0 off: -1 imm: 8388608 <tok_36>
	368: MovImm dst: r0 imm: 1
	369: JEqImm dst: r0 off: -1 imm: 0 <okh_37>
	370: StMemW dst: rfp src: r0 off: -8 imm: 2
	371: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -8
	375: Call FnMapLookupElem
	376: JEqImm dst: r0 off: -1 imm: 0 <okh_37>
	377: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	378: AddImm dst: r1 imm: 1
	379: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_37:
	380: MovImm dst: r0 imm: 8388608
tok_36:
	381: MovReg dst: r1 src: r0
	382: LdImmDW dst: r2 imm: -1 <gt_p0_loop_38>
	384: MovReg dst: r3 src: rfp
	385: AddImm dst: r3 imm: -24
	386: MovImm dst: r4 imm: 0
	387: Call FnLoop
	388: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	389: JNEImm dst: r1 off: -1 imm: 0 <ret_28>
	   ; loops.bt:22: $j -= 5;
	390: MovImm dst: r0 imm: 5
	391: MovReg dst: r1 src: r0
	392: LdXMemDW dst: r0 src: r9 off: 48 imm: 0
	393: SubReg dst: r0 src: r1
	394: StXMemDW dst: r9 src: r0 off: 48 imm: 0
next_26:
	395: MovImm dst: r0 imm: 0
	396: Exit
ret_28:
	397: StMemDW dst: r9 src: r0 off: 0 imm: 1
stop_27:
	398: MovImm dst: r0 imm: 1
	399: Exit

