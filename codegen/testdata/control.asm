gt_p0: BEGIN
	   ; control.bt:1: BEGIN
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
	 19: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 20: StMemDW dst: r9 src: r0 off: 72 imm: 0
	 21: StMemDW dst: r9 src: r0 off: 80 imm: 0
	 22: StMemDW dst: r9 src: r0 off: 88 imm: 0
	 23: StMemDW dst: r9 src: r0 off: 96 imm: 0
	 24: StMemDW dst: r9 src: r0 off: 104 imm: 0
	   ; control.bt:3: $sum = 0;
	 25: MovImm dst: r0 imm: 0
	 26: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; control.bt:4: for ($i : 0..10) {
	 27: MovImm dst: r0 imm: 0
	 28: StXMemDW dst: r9 src: r0 off: 112 imm: 0
	 29: MovImm dst: r0 imm: 10
	 30: LdXMemDW dst: r1 src: r9 off: 112 imm: 0
	 31: SubReg dst: r0 src: r1
	 32: JSGTImm dst: r0 off: -1 imm: 0 <tpos_2>
	 33: MovImm dst: r0 imm: 0
	 34: Ja off: -1 <tok_3>
tpos_2:
	 35: JLEImm dst: r0 off: -1 imm: 8388608 <tok_3>
	 36: MovImm dst: r0 imm: 8388608
tok_3:
	 37: MovReg dst: r1 src: r0
	 38: LdImmDW dst: r2 imm: -1 <gt_p0_loop_4>
	 40: MovReg dst: r3 src: rfp
	 41: AddImm dst: r3 imm: -24
	 42: MovImm dst: r4 imm: 0
	 43: Call FnLoop
	 44: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 45: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; control.bt:9: $j = 0;
	 46: MovImm dst: r0 imm: 0
	 47: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	   ; control.bt:10: while ($j < 5) { $j++; }
	 48: MovImm dst: r0 imm: 5
	 49: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 50: SubReg dst: r0 src: r1
	 51: JSGTImm dst: r0 off: -1 imm: 0 <tpos_14>
	 52: MovImm dst: r0 imm: 0
	 53: Ja off: -1 <tok_15>
tpos_14:
	 54: JLEImm dst: r0 off: -1 imm: 8388608 <tok_15>
	 55: MovImm dst: r0 imm: 8388608
tok_15:
	 56: MovReg dst: r1 src: r0
	 57: LdImmDW dst: r2 imm: -1 <gt_p0_loop_16>
	 59: MovReg dst: r3 src: rfp
	 60: AddImm dst: r3 imm: -24
	 61: MovImm dst: r4 imm: 0
	 62: Call FnLoop
	 63: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 64: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 65: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 66: MovReg dst: r7 src: r0
	 67: MovImm dst: r0 imm: 2
	 68: MovReg dst: r1 src: r0
	 69: MovReg dst: r0 src: r7
	 70: MulReg dst: r0 src: r1
	 71: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 72: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 73: MovReg dst: r7 src: r0
	 74: MovImm dst: r0 imm: 2
	 75: MovReg dst: r1 src: r0
	 76: MovReg dst: r0 src: r7
	 77: MulReg dst: r0 src: r1
	 78: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 79: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 80: MovReg dst: r7 src: r0
	 81: MovImm dst: r0 imm: 2
	 82: MovReg dst: r1 src: r0
	 83: MovReg dst: r0 src: r7
	 84: MulReg dst: r0 src: r1
	 85: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; control.bt:12: $t = (1, "two", -3);
	 86: StMemDW dst: r9 src: r0 off: 112 imm: 0
	 87: StMemDW dst: r9 src: r0 off: 120 imm: 0
	 88: StMemDW dst: r9 src: r0 off: 128 imm: 0
	 89: StMemDW dst: r9 src: r0 off: 136 imm: 0
	 90: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 91: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 92: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 93: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 94: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 95: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 96: MovImm dst: r0 imm: 1
	 97: StXMemDW dst: r9 src: r0 off: 112 imm: 0
	 98: StMemDW dst: r9 src: r0 off: 120 imm: 7305076
	 99: StMemDW dst: r9 src: r0 off: 128 imm: 0
	100: StMemDW dst: r9 src: r0 off: 136 imm: 0
	101: StMemDW dst: r9 src: r0 off: 144 imm: 0
	102: StMemDW dst: r9 src: r0 off: 152 imm: 0
	103: StMemDW dst: r9 src: r0 off: 160 imm: 0
	104: StMemDW dst: r9 src: r0 off: 168 imm: 0
	105: StMemDW dst: r9 src: r0 off: 176 imm: 0
	106: MovImm dst: r0 imm: 3
	107: NegImm dst: r0 imm: 0
	108: StXMemDW dst: r9 src: r0 off: 184 imm: 0
	109: LdXMemDW dst: r1 src: r9 off: 112 imm: 0
	110: StXMemDW dst: r9 src: r1 off: 32 imm: 0
	111: LdXMemDW dst: r1 src: r9 off: 120 imm: 0
	112: StXMemDW dst: r9 src: r1 off: 40 imm: 0
	113: LdXMemDW dst: r1 src: r9 off: 128 imm: 0
	114: StXMemDW dst: r9 src: r1 off: 48 imm: 0
	115: LdXMemDW dst: r1 src: r9 off: 136 imm: 0
	116: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	117: LdXMemDW dst: r1 src: r9 off: 144 imm: 0
	118: StXMemDW dst: r9 src: r1 off: 64 imm: 0
	119: LdXMemDW dst: r1 src: r9 off: 152 imm: 0
	120: StXMemDW dst: r9 src: r1 off: 72 imm: 0
	121: LdXMemDW dst: r1 src: r9 off: 160 imm: 0
	122: StXMemDW dst: r9 src: r1 off: 80 imm: 0
	123: LdXMemDW dst: r1 src: r9 off: 168 imm: 0
	124: StXMemDW dst: r9 src: r1 off: 88 imm: 0
	125: LdXMemDW dst: r1 src: r9 off: 176 imm: 0
	126: StXMemDW dst: r9 src: r1 off: 96 imm: 0
	127: LdXMemDW dst: r1 src: r9 off: 184 imm: 0
	128: StXMemDW dst: r9 src: r1 off: 104 imm: 0
	   ; control.bt:13: printf("%d %d %s %d %d\n", $sum, $j, $t.1, $t.2, $t.0 ? 7 : 9);
	129: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	130: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	131: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	132: StXMemDW dst: r9 src: r0 off: 128 imm: 0
	133: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	134: StXMemDW dst: r9 src: r1 off: 136 imm: 0
	135: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	136: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	137: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	138: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	139: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	140: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	141: LdXMemDW dst: r1 src: r9 off: 72 imm: 0
	142: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	143: LdXMemDW dst: r1 src: r9 off: 80 imm: 0
	144: StXMemDW dst: r9 src: r1 off: 176 imm: 0
	145: LdXMemDW dst: r1 src: r9 off: 88 imm: 0
	146: StXMemDW dst: r9 src: r1 off: 184 imm: 0
	147: LdXMemDW dst: r1 src: r9 off: 96 imm: 0
	148: StXMemDW dst: r9 src: r1 off: 192 imm: 0
	149: LdXMemDW dst: r0 src: r9 off: 104 imm: 0
	150: StXMemDW dst: r9 src: r0 off: 200 imm: 0
	151: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	152: JEqImm dst: r0 off: -1 imm: 0 <telse_22>
	153: MovImm dst: r0 imm: 7
	154: Ja off: -1 <tend_23>
telse_22:
	155: MovImm dst: r0 imm: 9
tend_23:
	156: StXMemDW dst: r9 src: r0 off: 208 imm: 0
	157: StMemDW dst: r9 src: r0 off: 112 imm: 0
	158: LoadMapPtr dst: r1 fd: 0 <gt_events>
	160: MovReg dst: r2 src: r9
	161: AddImm dst: r2 imm: 112
	162: MovImm dst: r3 imm: 104
	163: MovImm dst: r4 imm: 0
	164: Call FnRingbufOutput
	165: JEqImm dst: r0 off: -1 imm: 0 <okh_24>
	166: StMemW dst: rfp src: r0 off: -8 imm: 0
	167: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	169: MovReg dst: r2 src: rfp
	170: AddImm dst: r2 imm: -8
	171: Call FnMapLookupElem
	172: JEqImm dst: r0 off: -1 imm: 0 <okh_24>
	173: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	174: AddImm dst: r1 imm: 1
	175: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_24:
	   ; control.bt:14: @x = -5 / 2;
	176: StMemDW dst: r9 src: r0 off: 112 imm: 0
	177: MovImm dst: r0 imm: 5
	178: NegImm dst: r0 imm: 0
	179: MovReg dst: r7 src: r0
	180: MovImm dst: r0 imm: 2
	181: MovReg dst: r1 src: r0
	182: MovReg dst: r0 src: r7
	183: SDivReg dst: r0 src: r1
	184: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	185: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	187: MovReg dst: r2 src: r9
	188: AddImm dst: r2 imm: 112
	189: MovReg dst: r3 src: r9
	190: AddImm dst: r3 imm: 120
	191: MovImm dst: r4 imm: 0
	192: Call FnMapUpdateElem
	193: JEqImm dst: r0 off: -1 imm: 0 <okh_25>
	194: StMemW dst: rfp src: r0 off: -8 imm: 0
	195: LoadMapPtr dst: r1 fd: 0 <gt_full>
	197: MovReg dst: r2 src: rfp
	198: AddImm dst: r2 imm: -8
	199: Call FnMapLookupElem
	200: JEqImm dst: r0 off: -1 imm: 0 <okh_25>
	201: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	202: AddImm dst: r1 imm: 1
	203: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_25:
	   ; control.bt:15: @y = (uint8)300 + (int16)-1;
	204: StMemDW dst: r9 src: r0 off: 112 imm: 0
	205: MovImm dst: r0 imm: 300
	206: AndImm dst: r0 imm: 255
	207: MovReg dst: r7 src: r0
	208: MovImm dst: r0 imm: 1
	209: NegImm dst: r0 imm: 0
	210: LShImm dst: r0 imm: 48
	211: ArShImm dst: r0 imm: 48
	212: MovReg dst: r1 src: r0
	213: MovReg dst: r0 src: r7
	214: AddReg dst: r0 src: r1
	215: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	216: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	218: MovReg dst: r2 src: r9
	219: AddImm dst: r2 imm: 112
	220: MovReg dst: r3 src: r9
	221: AddImm dst: r3 imm: 120
	222: MovImm dst: r4 imm: 0
	223: Call FnMapUpdateElem
	224: JEqImm dst: r0 off: -1 imm: 0 <okh_26>
	225: StMemW dst: rfp src: r0 off: -8 imm: 1
	226: LoadMapPtr dst: r1 fd: 0 <gt_full>
	228: MovReg dst: r2 src: rfp
	229: AddImm dst: r2 imm: -8
	230: Call FnMapLookupElem
	231: JEqImm dst: r0 off: -1 imm: 0 <okh_26>
	232: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	233: AddImm dst: r1 imm: 1
	234: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_26:
	   ; control.bt:16: @z = 1 << 40 >> 3;
	235: StMemDW dst: r9 src: r0 off: 112 imm: 0
	236: MovImm dst: r0 imm: 1
	237: MovReg dst: r7 src: r0
	238: MovImm dst: r0 imm: 40
	239: MovReg dst: r1 src: r0
	240: MovReg dst: r0 src: r7
	241: LShReg dst: r0 src: r1
	242: MovReg dst: r7 src: r0
	243: MovImm dst: r0 imm: 3
	244: MovReg dst: r1 src: r0
	245: MovReg dst: r0 src: r7
	246: ArShReg dst: r0 src: r1
	247: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	248: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	250: MovReg dst: r2 src: r9
	251: AddImm dst: r2 imm: 112
	252: MovReg dst: r3 src: r9
	253: AddImm dst: r3 imm: 120
	254: MovImm dst: r4 imm: 0
	255: Call FnMapUpdateElem
	256: JEqImm dst: r0 off: -1 imm: 0 <okh_27>
	257: StMemW dst: rfp src: r0 off: -8 imm: 2
	258: LoadMapPtr dst: r1 fd: 0 <gt_full>
	260: MovReg dst: r2 src: rfp
	261: AddImm dst: r2 imm: -8
	262: Call FnMapLookupElem
	263: JEqImm dst: r0 off: -1 imm: 0 <okh_27>
	264: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	265: AddImm dst: r1 imm: 1
	266: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_27:
	   ; control.bt:17: exit();
	267: StMemDW dst: r9 src: r0 off: 112 imm: 1
	268: LoadMapPtr dst: r1 fd: 0 <gt_events>
	270: MovReg dst: r2 src: r9
	271: AddImm dst: r2 imm: 112
	272: MovImm dst: r3 imm: 8
	273: MovImm dst: r4 imm: 0
	274: Call FnRingbufOutput
	275: StMemW dst: rfp src: r0 off: -8 imm: 1
	276: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	278: MovReg dst: r2 src: rfp
	279: AddImm dst: r2 imm: -8
	280: Call FnMapLookupElem
	281: JEqImm dst: r0 off: -1 imm: 0 <exitflag_28>
	282: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_28:
	283: Ja off: -1 <exit_1>
exit_1:
	284: MovImm dst: r0 imm: 0
	285: Exit
gt_p0_loop_4:
	   ; control.bt:4: for ($i : 0..10) {
	286: MovReg dst: r0 src: r1
	287: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	288: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	289: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	290: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	291: MovReg dst: r1 src: r0
	292: LdXMemDW dst: r2 src: r9 off: 112 imm: 0
	293: AddReg dst: r1 src: r2
	294: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	   ; control.bt:5: if ($i == 3) { continue; }
	295: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	296: MovReg dst: r7 src: r0
	297: MovImm dst: r0 imm: 3
	298: MovReg dst: r1 src: r0
	299: MovReg dst: r0 src: r7
	300: JEqReg dst: r0 off: -1 src: r1 <cmp_9>
	301: MovImm dst: r0 imm: 0
	302: Ja off: -1 <cend_10>
cmp_9:
	303: MovImm dst: r0 imm: 1
cend_10:
	304: JEqImm dst: r0 off: -1 imm: 0 <else_8>
	   ; control.bt:5: if ($i == 3) { continue; }
	305: Ja off: -1 <next_5>
else_8:
	   ; control.bt:6: if ($i == 8) { break; }
	306: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	307: MovReg dst: r7 src: r0
	308: MovImm dst: r0 imm: 8
	309: MovReg dst: r1 src: r0
	310: MovReg dst: r0 src: r7
	311: JEqReg dst: r0 off: -1 src: r1 <cmp_12>
	312: MovImm dst: r0 imm: 0
	313: Ja off: -1 <cend_13>
cmp_12:
	314: MovImm dst: r0 imm: 1
cend_13:
	315: JEqImm dst: r0 off: -1 imm: 0 <else_11>
	   ; control.bt:6: if ($i == 8) { break; }
	316: Ja off: -1 <stop_6>
else_11:
	   ; control.bt:7: $sum += $i;
	317: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	318: MovReg dst: r1 src: r0
	319: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	320: AddReg dst: r0 src: r1
	321: StXMemDW dst: r9 src: r0 off: 8 imm: 0
next_5:
	322: MovImm dst: r0 imm: 0
	323: Exit
stop_6:
	324: MovImm dst: r0 imm: 1
	325: Exit
gt_p0_loop_16:
	   ; control.bt:10: while ($j < 5) { $j++; }
	326: MovReg dst: r0 src: r1
	327: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	328: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	329: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	330: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	331: MovReg dst: r1 src: r0
	332: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	333: MovReg dst: r7 src: r0
	334: MovImm dst: r0 imm: 5
	335: MovReg dst: r1 src: r0
	336: MovReg dst: r0 src: r7
	337: JSLTReg dst: r0 off: -1 src: r1 <cmp_20>
	338: MovImm dst: r0 imm: 0
	339: Ja off: -1 <cend_21>
cmp_20:
	340: MovImm dst: r0 imm: 1
cend_21:
	341: JEqImm dst: r0 off: -1 imm: 0 <stop_18>
	   ; control.bt:10: while ($j < 5) { $j++; }
	342: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	343: MovReg dst: r1 src: r0
	344: AddImm dst: r1 imm: 1
	345: StXMemDW dst: r9 src: r1 off: 24 imm: 0
next_17:
	346: MovImm dst: r0 imm: 0
	347: Exit
stop_18:
	348: MovImm dst: r0 imm: 1
	349: Exit

gt_p1: END
	  ; control.bt:19: END { printf("%s %d %d\n", probe, $1, $#); }
	 0: MovReg dst: r6 src: r1
	 1: StMemW dst: rfp src: r0 off: -8 imm: 1
	 2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -8
	 6: Call FnMapLookupElem
	 7: JEqImm dst: r0 off: -1 imm: 0 <exit_29>
	 8: MovReg dst: r9 src: r0
	  ; control.bt:19: END { printf("%s %d %d\n", probe, $1, $#); }
	 9: StMemDW dst: r9 src: r0 off: 8 imm: 4476485
	10: StMemDW dst: r9 src: r0 off: 16 imm: 0
	11: StMemDW dst: r9 src: r0 off: 24 imm: 0
	12: StMemDW dst: r9 src: r0 off: 32 imm: 0
	13: StMemDW dst: r9 src: r0 off: 40 imm: 0
	14: StMemDW dst: r9 src: r0 off: 48 imm: 0
	15: StMemDW dst: r9 src: r0 off: 56 imm: 0
	16: StMemDW dst: r9 src: r0 off: 64 imm: 0
	17: MovImm dst: r0 imm: 42
	18: StXMemDW dst: r9 src: r0 off: 72 imm: 0
	19: MovImm dst: r0 imm: 2
	20: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	21: StMemDW dst: r9 src: r0 off: 0 imm: 2
	22: LoadMapPtr dst: r1 fd: 0 <gt_events>
	24: MovReg dst: r2 src: r9
	25: MovImm dst: r3 imm: 88
	26: MovImm dst: r4 imm: 0
	27: Call FnRingbufOutput
	28: JEqImm dst: r0 off: -1 imm: 0 <okh_30>
	29: StMemW dst: rfp src: r0 off: -8 imm: 0
	30: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	32: MovReg dst: r2 src: rfp
	33: AddImm dst: r2 imm: -8
	34: Call FnMapLookupElem
	35: JEqImm dst: r0 off: -1 imm: 0 <okh_30>
	36: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	37: AddImm dst: r1 imm: 1
	38: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_30:
	39: Ja off: 0
exit_29:
	40: MovImm dst: r0 imm: 0
	41: Exit

