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
	 36: MovImm dst: r0 imm: 1
	 37: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 38: StMemW dst: rfp src: r0 off: -8 imm: 2
	 39: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -8
	 43: Call FnMapLookupElem
	 44: JEqImm dst: r0 off: -1 imm: 0 <okh_4>
	 45: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 46: AddImm dst: r1 imm: 1
	 47: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_4:
	 48: MovImm dst: r0 imm: 8388608
tok_3:
	 49: MovReg dst: r1 src: r0
	 50: LdImmDW dst: r2 imm: -1 <gt_p0_loop_5>
	 52: MovReg dst: r3 src: rfp
	 53: AddImm dst: r3 imm: -24
	 54: MovImm dst: r4 imm: 0
	 55: Call FnLoop
	 56: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 57: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; control.bt:9: $j = 0;
	 58: MovImm dst: r0 imm: 0
	 59: StXMemDW dst: r9 src: r0 off: 24 imm: 0
	   ; control.bt:10: while ($j < 5) { $j++; }
	 60: MovImm dst: r0 imm: 5
	 61: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 62: SubReg dst: r0 src: r1
	 63: JSGTImm dst: r0 off: -1 imm: 0 <tpos_15>
	 64: MovImm dst: r0 imm: 0
	 65: Ja off: -1 <tok_16>
tpos_15:
	 66: JLEImm dst: r0 off: -1 imm: 8388608 <tok_16>
	 67: MovImm dst: r0 imm: 1
	 68: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	 69: StMemW dst: rfp src: r0 off: -8 imm: 2
	 70: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	 72: MovReg dst: r2 src: rfp
	 73: AddImm dst: r2 imm: -8
	 74: Call FnMapLookupElem
	 75: JEqImm dst: r0 off: -1 imm: 0 <okh_17>
	 76: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 77: AddImm dst: r1 imm: 1
	 78: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_17:
	 79: MovImm dst: r0 imm: 8388608
tok_16:
	 80: MovReg dst: r1 src: r0
	 81: LdImmDW dst: r2 imm: -1 <gt_p0_loop_18>
	 83: MovReg dst: r3 src: rfp
	 84: AddImm dst: r3 imm: -24
	 85: MovImm dst: r4 imm: 0
	 86: Call FnLoop
	 87: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 88: JNEImm dst: r1 off: -1 imm: 0 <exit_1>
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 89: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 90: MovReg dst: r7 src: r0
	 91: MovImm dst: r0 imm: 2
	 92: MovReg dst: r1 src: r0
	 93: MovReg dst: r0 src: r7
	 94: MulReg dst: r0 src: r1
	 95: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 96: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	 97: MovReg dst: r7 src: r0
	 98: MovImm dst: r0 imm: 2
	 99: MovReg dst: r1 src: r0
	100: MovReg dst: r0 src: r7
	101: MulReg dst: r0 src: r1
	102: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	103: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	104: MovReg dst: r7 src: r0
	105: MovImm dst: r0 imm: 2
	106: MovReg dst: r1 src: r0
	107: MovReg dst: r0 src: r7
	108: MulReg dst: r0 src: r1
	109: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; control.bt:12: $t = (1, "two", -3);
	110: StMemDW dst: r9 src: r0 off: 112 imm: 0
	111: StMemDW dst: r9 src: r0 off: 120 imm: 0
	112: StMemDW dst: r9 src: r0 off: 128 imm: 0
	113: StMemDW dst: r9 src: r0 off: 136 imm: 0
	114: StMemDW dst: r9 src: r0 off: 144 imm: 0
	115: StMemDW dst: r9 src: r0 off: 152 imm: 0
	116: StMemDW dst: r9 src: r0 off: 160 imm: 0
	117: StMemDW dst: r9 src: r0 off: 168 imm: 0
	118: StMemDW dst: r9 src: r0 off: 176 imm: 0
	119: StMemDW dst: r9 src: r0 off: 184 imm: 0
	120: MovImm dst: r0 imm: 1
	121: StXMemDW dst: r9 src: r0 off: 112 imm: 0
	122: StMemDW dst: r9 src: r0 off: 120 imm: 7305076
	123: StMemDW dst: r9 src: r0 off: 128 imm: 0
	124: StMemDW dst: r9 src: r0 off: 136 imm: 0
	125: StMemDW dst: r9 src: r0 off: 144 imm: 0
	126: StMemDW dst: r9 src: r0 off: 152 imm: 0
	127: StMemDW dst: r9 src: r0 off: 160 imm: 0
	128: StMemDW dst: r9 src: r0 off: 168 imm: 0
	129: StMemDW dst: r9 src: r0 off: 176 imm: 0
	130: MovImm dst: r0 imm: 3
	131: NegImm dst: r0 imm: 0
	132: StXMemDW dst: r9 src: r0 off: 184 imm: 0
	133: LdXMemDW dst: r1 src: r9 off: 112 imm: 0
	134: StXMemDW dst: r9 src: r1 off: 32 imm: 0
	135: LdXMemDW dst: r1 src: r9 off: 120 imm: 0
	136: StXMemDW dst: r9 src: r1 off: 40 imm: 0
	137: LdXMemDW dst: r1 src: r9 off: 128 imm: 0
	138: StXMemDW dst: r9 src: r1 off: 48 imm: 0
	139: LdXMemDW dst: r1 src: r9 off: 136 imm: 0
	140: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	141: LdXMemDW dst: r1 src: r9 off: 144 imm: 0
	142: StXMemDW dst: r9 src: r1 off: 64 imm: 0
	143: LdXMemDW dst: r1 src: r9 off: 152 imm: 0
	144: StXMemDW dst: r9 src: r1 off: 72 imm: 0
	145: LdXMemDW dst: r1 src: r9 off: 160 imm: 0
	146: StXMemDW dst: r9 src: r1 off: 80 imm: 0
	147: LdXMemDW dst: r1 src: r9 off: 168 imm: 0
	148: StXMemDW dst: r9 src: r1 off: 88 imm: 0
	149: LdXMemDW dst: r1 src: r9 off: 176 imm: 0
	150: StXMemDW dst: r9 src: r1 off: 96 imm: 0
	151: LdXMemDW dst: r1 src: r9 off: 184 imm: 0
	152: StXMemDW dst: r9 src: r1 off: 104 imm: 0
	   ; control.bt:13: printf("%d %d %s %d %d\n", $sum, $j, $t.1, $t.2, $t.0 ? 7 : 9);
	153: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	154: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	155: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	156: StXMemDW dst: r9 src: r0 off: 128 imm: 0
	157: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	158: StXMemDW dst: r9 src: r1 off: 136 imm: 0
	159: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	160: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	161: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	162: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	163: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	164: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	165: LdXMemDW dst: r1 src: r9 off: 72 imm: 0
	166: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	167: LdXMemDW dst: r1 src: r9 off: 80 imm: 0
	168: StXMemDW dst: r9 src: r1 off: 176 imm: 0
	169: LdXMemDW dst: r1 src: r9 off: 88 imm: 0
	170: StXMemDW dst: r9 src: r1 off: 184 imm: 0
	171: LdXMemDW dst: r1 src: r9 off: 96 imm: 0
	172: StXMemDW dst: r9 src: r1 off: 192 imm: 0
	173: LdXMemDW dst: r0 src: r9 off: 104 imm: 0
	174: StXMemDW dst: r9 src: r0 off: 200 imm: 0
	175: LdXMemDW dst: r0 src: r9 off: 32 imm: 0
	176: JEqImm dst: r0 off: -1 imm: 0 <telse_24>
	177: MovImm dst: r0 imm: 7
	178: Ja off: -1 <tend_25>
telse_24:
	179: MovImm dst: r0 imm: 9
tend_25:
	180: StXMemDW dst: r9 src: r0 off: 208 imm: 0
	181: StMemDW dst: r9 src: r0 off: 112 imm: 0
	182: LoadMapPtr dst: r1 fd: 0 <gt_events>
	184: MovReg dst: r2 src: r9
	185: AddImm dst: r2 imm: 112
	186: MovImm dst: r3 imm: 104
	187: MovImm dst: r4 imm: 0
	188: Call FnRingbufOutput
	189: JEqImm dst: r0 off: -1 imm: 0 <okh_26>
	190: StMemW dst: rfp src: r0 off: -8 imm: 0
	191: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	193: MovReg dst: r2 src: rfp
	194: AddImm dst: r2 imm: -8
	195: Call FnMapLookupElem
	196: JEqImm dst: r0 off: -1 imm: 0 <okh_26>
	197: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	198: AddImm dst: r1 imm: 1
	199: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_26:
	   ; control.bt:14: @x = -5 / 2;
	200: StMemDW dst: r9 src: r0 off: 112 imm: 0
	201: MovImm dst: r0 imm: 5
	202: NegImm dst: r0 imm: 0
	203: MovReg dst: r7 src: r0
	204: MovImm dst: r0 imm: 2
	205: MovReg dst: r1 src: r0
	206: MovReg dst: r0 src: r7
	207: MovReg dst: r5 src: r0
	208: XorReg dst: r5 src: r1
	209: JSGEImm dst: r0 off: -1 imm: 0 <dpos_27>
	210: NegImm dst: r0 imm: 0
dpos_27:
	211: JSGEImm dst: r1 off: -1 imm: 0 <dpos_28>
	212: NegImm dst: r1 imm: 0
dpos_28:
	213: DivReg dst: r0 src: r1
	214: JSGEImm dst: r5 off: -1 imm: 0 <ddone_29>
	215: NegImm dst: r0 imm: 0
ddone_29:
	216: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	217: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	219: MovReg dst: r2 src: r9
	220: AddImm dst: r2 imm: 112
	221: MovReg dst: r3 src: r9
	222: AddImm dst: r3 imm: 120
	223: MovImm dst: r4 imm: 0
	224: Call FnMapUpdateElem
	225: JEqImm dst: r0 off: -1 imm: 0 <okh_30>
	226: StMemW dst: rfp src: r0 off: -8 imm: 0
	227: LoadMapPtr dst: r1 fd: 0 <gt_full>
	229: MovReg dst: r2 src: rfp
	230: AddImm dst: r2 imm: -8
	231: Call FnMapLookupElem
	232: JEqImm dst: r0 off: -1 imm: 0 <okh_30>
	233: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	234: AddImm dst: r1 imm: 1
	235: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_30:
	   ; control.bt:15: @y = (uint8)300 + (int16)-1;
	236: StMemDW dst: r9 src: r0 off: 112 imm: 0
	237: MovImm dst: r0 imm: 300
	238: AndImm dst: r0 imm: 255
	239: MovReg dst: r7 src: r0
	240: MovImm dst: r0 imm: 1
	241: NegImm dst: r0 imm: 0
	242: LShImm dst: r0 imm: 48
	243: ArShImm dst: r0 imm: 48
	244: MovReg dst: r1 src: r0
	245: MovReg dst: r0 src: r7
	246: AddReg dst: r0 src: r1
	247: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	248: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	250: MovReg dst: r2 src: r9
	251: AddImm dst: r2 imm: 112
	252: MovReg dst: r3 src: r9
	253: AddImm dst: r3 imm: 120
	254: MovImm dst: r4 imm: 0
	255: Call FnMapUpdateElem
	256: JEqImm dst: r0 off: -1 imm: 0 <okh_31>
	257: StMemW dst: rfp src: r0 off: -8 imm: 1
	258: LoadMapPtr dst: r1 fd: 0 <gt_full>
	260: MovReg dst: r2 src: rfp
	261: AddImm dst: r2 imm: -8
	262: Call FnMapLookupElem
	263: JEqImm dst: r0 off: -1 imm: 0 <okh_31>
	264: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	265: AddImm dst: r1 imm: 1
	266: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_31:
	   ; control.bt:16: @z = 1 << 40 >> 3;
	267: StMemDW dst: r9 src: r0 off: 112 imm: 0
	268: MovImm dst: r0 imm: 1
	269: MovReg dst: r7 src: r0
	270: MovImm dst: r0 imm: 40
	271: MovReg dst: r1 src: r0
	272: MovReg dst: r0 src: r7
	273: LShReg dst: r0 src: r1
	274: MovReg dst: r7 src: r0
	275: MovImm dst: r0 imm: 3
	276: MovReg dst: r1 src: r0
	277: MovReg dst: r0 src: r7
	278: ArShReg dst: r0 src: r1
	279: StXMemDW dst: r9 src: r0 off: 120 imm: 0
	280: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	282: MovReg dst: r2 src: r9
	283: AddImm dst: r2 imm: 112
	284: MovReg dst: r3 src: r9
	285: AddImm dst: r3 imm: 120
	286: MovImm dst: r4 imm: 0
	287: Call FnMapUpdateElem
	288: JEqImm dst: r0 off: -1 imm: 0 <okh_32>
	289: StMemW dst: rfp src: r0 off: -8 imm: 2
	290: LoadMapPtr dst: r1 fd: 0 <gt_full>
	292: MovReg dst: r2 src: rfp
	293: AddImm dst: r2 imm: -8
	294: Call FnMapLookupElem
	295: JEqImm dst: r0 off: -1 imm: 0 <okh_32>
	296: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	297: AddImm dst: r1 imm: 1
	298: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_32:
	   ; control.bt:17: exit();
	299: StMemDW dst: r9 src: r0 off: 112 imm: 1
	300: LoadMapPtr dst: r1 fd: 0 <gt_events>
	302: MovReg dst: r2 src: r9
	303: AddImm dst: r2 imm: 112
	304: MovImm dst: r3 imm: 8
	305: MovImm dst: r4 imm: 0
	306: Call FnRingbufOutput
	307: StMemW dst: rfp src: r0 off: -8 imm: 1
	308: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	310: MovReg dst: r2 src: rfp
	311: AddImm dst: r2 imm: -8
	312: Call FnMapLookupElem
	313: JEqImm dst: r0 off: -1 imm: 0 <exitflag_33>
	314: StMemDW dst: r0 src: r0 off: 0 imm: 1
exitflag_33:
	315: Ja off: -1 <exit_1>
exit_1:
	316: MovImm dst: r0 imm: 0
	317: Exit
gt_p0_loop_5:
	   ; control.bt:4: for ($i : 0..10) {
	318: MovReg dst: r0 src: r1
	319: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	320: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	321: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	322: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	323: MovReg dst: r1 src: r0
	324: LdXMemDW dst: r2 src: r9 off: 112 imm: 0
	325: AddReg dst: r1 src: r2
	326: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	   ; control.bt:5: if ($i == 3) { continue; }
	327: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	328: MovReg dst: r7 src: r0
	329: MovImm dst: r0 imm: 3
	330: MovReg dst: r1 src: r0
	331: MovReg dst: r0 src: r7
	332: JEqReg dst: r0 off: -1 src: r1 <cmp_10>
	333: MovImm dst: r0 imm: 0
	334: Ja off: -1 <cend_11>
cmp_10:
	335: MovImm dst: r0 imm: 1
cend_11:
	336: JEqImm dst: r0 off: -1 imm: 0 <else_9>
	   ; control.bt:5: if ($i == 3) { continue; }
	337: Ja off: -1 <next_6>
else_9:
	   ; control.bt:6: if ($i == 8) { break; }
	338: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	339: MovReg dst: r7 src: r0
	340: MovImm dst: r0 imm: 8
	341: MovReg dst: r1 src: r0
	342: MovReg dst: r0 src: r7
	343: JEqReg dst: r0 off: -1 src: r1 <cmp_13>
	344: MovImm dst: r0 imm: 0
	345: Ja off: -1 <cend_14>
cmp_13:
	346: MovImm dst: r0 imm: 1
cend_14:
	347: JEqImm dst: r0 off: -1 imm: 0 <else_12>
	   ; control.bt:6: if ($i == 8) { break; }
	348: Ja off: -1 <stop_7>
else_12:
	   ; control.bt:7: $sum += $i;
	349: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
	350: MovReg dst: r1 src: r0
	351: LdXMemDW dst: r0 src: r9 off: 8 imm: 0
	352: AddReg dst: r0 src: r1
	353: StXMemDW dst: r9 src: r0 off: 8 imm: 0
next_6:
	354: MovImm dst: r0 imm: 0
	355: Exit
stop_7:
	356: MovImm dst: r0 imm: 1
	357: Exit
gt_p0_loop_18:
	   ; control.bt:10: while ($j < 5) { $j++; }
	358: MovReg dst: r0 src: r1
	359: LdXMemDW dst: r9 src: r2 off: 0 imm: 0
	360: LdXMemDW dst: r6 src: r2 off: 8 imm: 0
	361: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	362: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	363: MovReg dst: r1 src: r0
	364: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	365: MovReg dst: r7 src: r0
	366: MovImm dst: r0 imm: 5
	367: MovReg dst: r1 src: r0
	368: MovReg dst: r0 src: r7
	369: JSLTReg dst: r0 off: -1 src: r1 <cmp_22>
	370: MovImm dst: r0 imm: 0
	371: Ja off: -1 <cend_23>
cmp_22:
	372: MovImm dst: r0 imm: 1
cend_23:
	373: JEqImm dst: r0 off: -1 imm: 0 <stop_20>
	   ; control.bt:10: while ($j < 5) { $j++; }
	374: LdXMemDW dst: r0 src: r9 off: 24 imm: 0
	375: MovReg dst: r1 src: r0
	376: AddImm dst: r1 imm: 1
	377: StXMemDW dst: r9 src: r1 off: 24 imm: 0
next_19:
	378: MovImm dst: r0 imm: 0
	379: Exit
stop_20:
	380: MovImm dst: r0 imm: 1
	381: Exit

gt_p1: END
	  ; control.bt:19: END { printf("%s %d %d\n", probe, $1, $#); }
	 0: MovReg dst: r6 src: r1
	 1: StMemW dst: rfp src: r0 off: -8 imm: 1
	 2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -8
	 6: Call FnMapLookupElem
	 7: JEqImm dst: r0 off: -1 imm: 0 <exit_34>
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
	28: JEqImm dst: r0 off: -1 imm: 0 <exit_34>
	29: StMemW dst: rfp src: r0 off: -8 imm: 0
	30: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	32: MovReg dst: r2 src: rfp
	33: AddImm dst: r2 imm: -8
	34: Call FnMapLookupElem
	35: JEqImm dst: r0 off: -1 imm: 0 <exit_34>
	36: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	37: AddImm dst: r1 imm: 1
	38: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_34:
	39: MovImm dst: r0 imm: 0
	40: Exit

