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
	  9: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 12: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 13: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 14: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 15: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 16: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 17: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 18: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 19: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 20: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 21: StMemDW dst: r9 src: r0 off: 72 imm: 0
	   ; control.bt:3: $sum = 0;
	 22: MovImm dst: r0 imm: 0
	 23: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   ; control.bt:4: for ($i : 0..10) {
	 24: MovImm dst: r0 imm: 0
	 25: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	 26: MovImm dst: r0 imm: 10
	 27: StXMemDW dst: rfp src: r0 off: -40 imm: 0
for_2:
	 28: LdXMemDW dst: r1 src: rfp off: -24 imm: 0
	 29: LdXMemDW dst: r2 src: rfp off: -40 imm: 0
	 30: JSGEReg dst: r1 off: -1 src: r2 <fend_4>
	   ; control.bt:5: if ($i == 3) { continue; }
	 31: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	 32: MovReg dst: r7 src: r0
	 33: MovImm dst: r0 imm: 3
	 34: MovReg dst: r1 src: r0
	 35: MovReg dst: r0 src: r7
	 36: JEqReg dst: r0 off: -1 src: r1 <cmp_6>
	 37: MovImm dst: r0 imm: 0
	 38: Ja off: -1 <cend_7>
cmp_6:
	 39: MovImm dst: r0 imm: 1
cend_7:
	 40: JEqImm dst: r0 off: -1 imm: 0 <else_5>
	   ; control.bt:5: if ($i == 3) { continue; }
	 41: Ja off: -1 <fnext_3>
else_5:
	   ; control.bt:6: if ($i == 8) { break; }
	 42: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	 43: MovReg dst: r7 src: r0
	 44: MovImm dst: r0 imm: 8
	 45: MovReg dst: r1 src: r0
	 46: MovReg dst: r0 src: r7
	 47: JEqReg dst: r0 off: -1 src: r1 <cmp_9>
	 48: MovImm dst: r0 imm: 0
	 49: Ja off: -1 <cend_10>
cmp_9:
	 50: MovImm dst: r0 imm: 1
cend_10:
	 51: JEqImm dst: r0 off: -1 imm: 0 <else_8>
	   ; control.bt:6: if ($i == 8) { break; }
	 52: Ja off: -1 <fend_4>
else_8:
	   ; control.bt:7: $sum += $i;
	 53: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	 54: MovReg dst: r1 src: r0
	 55: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	 56: AddReg dst: r0 src: r1
	 57: StXMemDW dst: rfp src: r0 off: -16 imm: 0
fnext_3:
	 58: LdXMemDW dst: r1 src: rfp off: -24 imm: 0
	 59: AddImm dst: r1 imm: 1
	 60: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 61: Ja off: -1 <for_2>
fend_4:
	   ; control.bt:9: $j = 0;
	 62: MovImm dst: r0 imm: 0
	 63: StXMemDW dst: rfp src: r0 off: -32 imm: 0
while_11:
	   ; control.bt:10: while ($j < 5) { $j++; }
	 64: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 65: MovReg dst: r7 src: r0
	 66: MovImm dst: r0 imm: 5
	 67: MovReg dst: r1 src: r0
	 68: MovReg dst: r0 src: r7
	 69: JSLTReg dst: r0 off: -1 src: r1 <cmp_13>
	 70: MovImm dst: r0 imm: 0
	 71: Ja off: -1 <cend_14>
cmp_13:
	 72: MovImm dst: r0 imm: 1
cend_14:
	 73: JEqImm dst: r0 off: -1 imm: 0 <wend_12>
	   ; control.bt:10: while ($j < 5) { $j++; }
	 74: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 75: MovReg dst: r1 src: r0
	 76: AddImm dst: r1 imm: 1
	 77: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 78: Ja off: -1 <while_11>
wend_12:
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 79: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	 80: MovReg dst: r7 src: r0
	 81: MovImm dst: r0 imm: 2
	 82: MovReg dst: r1 src: r0
	 83: MovReg dst: r0 src: r7
	 84: MulReg dst: r0 src: r1
	 85: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 86: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	 87: MovReg dst: r7 src: r0
	 88: MovImm dst: r0 imm: 2
	 89: MovReg dst: r1 src: r0
	 90: MovReg dst: r0 src: r7
	 91: MulReg dst: r0 src: r1
	 92: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   ; control.bt:11: unroll(3) { $sum = $sum * 2; }
	 93: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	 94: MovReg dst: r7 src: r0
	 95: MovImm dst: r0 imm: 2
	 96: MovReg dst: r1 src: r0
	 97: MovReg dst: r0 src: r7
	 98: MulReg dst: r0 src: r1
	 99: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	   ; control.bt:12: $t = (1, "two", -3);
	100: StMemDW dst: r9 src: r0 off: 80 imm: 0
	101: StMemDW dst: r9 src: r0 off: 88 imm: 0
	102: StMemDW dst: r9 src: r0 off: 96 imm: 0
	103: StMemDW dst: r9 src: r0 off: 104 imm: 0
	104: StMemDW dst: r9 src: r0 off: 112 imm: 0
	105: StMemDW dst: r9 src: r0 off: 120 imm: 0
	106: StMemDW dst: r9 src: r0 off: 128 imm: 0
	107: StMemDW dst: r9 src: r0 off: 136 imm: 0
	108: StMemDW dst: r9 src: r0 off: 144 imm: 0
	109: StMemDW dst: r9 src: r0 off: 152 imm: 0
	110: MovImm dst: r0 imm: 1
	111: StXMemDW dst: r9 src: r0 off: 80 imm: 0
	112: StMemDW dst: r9 src: r0 off: 88 imm: 7305076
	113: StMemDW dst: r9 src: r0 off: 96 imm: 0
	114: StMemDW dst: r9 src: r0 off: 104 imm: 0
	115: StMemDW dst: r9 src: r0 off: 112 imm: 0
	116: StMemDW dst: r9 src: r0 off: 120 imm: 0
	117: StMemDW dst: r9 src: r0 off: 128 imm: 0
	118: StMemDW dst: r9 src: r0 off: 136 imm: 0
	119: StMemDW dst: r9 src: r0 off: 144 imm: 0
	120: MovImm dst: r0 imm: 3
	121: NegImm dst: r0 imm: 0
	122: StXMemDW dst: r9 src: r0 off: 152 imm: 0
	123: LdXMemDW dst: r1 src: r9 off: 80 imm: 0
	124: StXMemDW dst: r9 src: r1 off: 0 imm: 0
	125: LdXMemDW dst: r1 src: r9 off: 88 imm: 0
	126: StXMemDW dst: r9 src: r1 off: 8 imm: 0
	127: LdXMemDW dst: r1 src: r9 off: 96 imm: 0
	128: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	129: LdXMemDW dst: r1 src: r9 off: 104 imm: 0
	130: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	131: LdXMemDW dst: r1 src: r9 off: 112 imm: 0
	132: StXMemDW dst: r9 src: r1 off: 32 imm: 0
	133: LdXMemDW dst: r1 src: r9 off: 120 imm: 0
	134: StXMemDW dst: r9 src: r1 off: 40 imm: 0
	135: LdXMemDW dst: r1 src: r9 off: 128 imm: 0
	136: StXMemDW dst: r9 src: r1 off: 48 imm: 0
	137: LdXMemDW dst: r1 src: r9 off: 136 imm: 0
	138: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	139: LdXMemDW dst: r1 src: r9 off: 144 imm: 0
	140: StXMemDW dst: r9 src: r1 off: 64 imm: 0
	141: LdXMemDW dst: r1 src: r9 off: 152 imm: 0
	142: StXMemDW dst: r9 src: r1 off: 72 imm: 0
	   ; control.bt:13: printf("%d %d %s %d %d\n", $sum, $j, $t.1, $t.2, $t.0 ? 7 : 9);
	143: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	144: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	145: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	146: StXMemDW dst: r9 src: r0 off: 96 imm: 0
	147: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	148: StXMemDW dst: r9 src: r1 off: 104 imm: 0
	149: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	150: StXMemDW dst: r9 src: r1 off: 112 imm: 0
	151: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	152: StXMemDW dst: r9 src: r1 off: 120 imm: 0
	153: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	154: StXMemDW dst: r9 src: r1 off: 128 imm: 0
	155: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	156: StXMemDW dst: r9 src: r1 off: 136 imm: 0
	157: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	158: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	159: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	160: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	161: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	162: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	163: LdXMemDW dst: r0 src: r9 off: 72 imm: 0
	164: StXMemDW dst: r9 src: r0 off: 168 imm: 0
	165: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	166: JEqImm dst: r0 off: -1 imm: 0 <telse_15>
	167: MovImm dst: r0 imm: 7
	168: Ja off: -1 <tend_16>
telse_15:
	169: MovImm dst: r0 imm: 9
tend_16:
	170: StXMemDW dst: r9 src: r0 off: 176 imm: 0
	171: StMemDW dst: r9 src: r0 off: 80 imm: 0
	172: LoadMapPtr dst: r1 fd: 0 <gt_events>
	174: MovReg dst: r2 src: r9
	175: AddImm dst: r2 imm: 80
	176: MovImm dst: r3 imm: 104
	177: MovImm dst: r4 imm: 0
	178: Call FnRingbufOutput
	179: JEqImm dst: r0 off: -1 imm: 0 <sent_17>
	180: StMemW dst: rfp src: r0 off: -8 imm: 0
	181: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	183: MovReg dst: r2 src: rfp
	184: AddImm dst: r2 imm: -8
	185: Call FnMapLookupElem
	186: JEqImm dst: r0 off: -1 imm: 0 <sent_17>
	187: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	188: AddImm dst: r1 imm: 1
	189: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_17:
	   ; control.bt:14: @x = -5 / 2;
	190: StMemDW dst: r9 src: r0 off: 80 imm: 0
	191: MovImm dst: r0 imm: 5
	192: NegImm dst: r0 imm: 0
	193: MovReg dst: r7 src: r0
	194: MovImm dst: r0 imm: 2
	195: MovReg dst: r1 src: r0
	196: MovReg dst: r0 src: r7
	197: SDivReg dst: r0 src: r1
	198: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	199: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	201: MovReg dst: r2 src: r9
	202: AddImm dst: r2 imm: 80
	203: MovReg dst: r3 src: r9
	204: AddImm dst: r3 imm: 88
	205: MovImm dst: r4 imm: 0
	206: Call FnMapUpdateElem
	   ; control.bt:15: @y = (uint8)300 + (int16)-1;
	207: StMemDW dst: r9 src: r0 off: 80 imm: 0
	208: MovImm dst: r0 imm: 300
	209: AndImm dst: r0 imm: 255
	210: MovReg dst: r7 src: r0
	211: MovImm dst: r0 imm: 1
	212: NegImm dst: r0 imm: 0
	213: LShImm dst: r0 imm: 48
	214: ArShImm dst: r0 imm: 48
	215: MovReg dst: r1 src: r0
	216: MovReg dst: r0 src: r7
	217: AddReg dst: r0 src: r1
	218: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	219: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	221: MovReg dst: r2 src: r9
	222: AddImm dst: r2 imm: 80
	223: MovReg dst: r3 src: r9
	224: AddImm dst: r3 imm: 88
	225: MovImm dst: r4 imm: 0
	226: Call FnMapUpdateElem
	   ; control.bt:16: @z = 1 << 40 >> 3;
	227: StMemDW dst: r9 src: r0 off: 80 imm: 0
	228: MovImm dst: r0 imm: 1
	229: MovReg dst: r7 src: r0
	230: MovImm dst: r0 imm: 40
	231: MovReg dst: r1 src: r0
	232: MovReg dst: r0 src: r7
	233: LShReg dst: r0 src: r1
	234: MovReg dst: r7 src: r0
	235: MovImm dst: r0 imm: 3
	236: MovReg dst: r1 src: r0
	237: MovReg dst: r0 src: r7
	238: ArShReg dst: r0 src: r1
	239: StXMemDW dst: r9 src: r0 off: 88 imm: 0
	240: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	242: MovReg dst: r2 src: r9
	243: AddImm dst: r2 imm: 80
	244: MovReg dst: r3 src: r9
	245: AddImm dst: r3 imm: 88
	246: MovImm dst: r4 imm: 0
	247: Call FnMapUpdateElem
	   ; control.bt:17: exit();
	248: StMemDW dst: r9 src: r0 off: 80 imm: 1
	249: LoadMapPtr dst: r1 fd: 0 <gt_events>
	251: MovReg dst: r2 src: r9
	252: AddImm dst: r2 imm: 80
	253: MovImm dst: r3 imm: 8
	254: MovImm dst: r4 imm: 0
	255: Call FnRingbufOutput
	256: JEqImm dst: r0 off: -1 imm: 0 <sent_18>
	257: StMemW dst: rfp src: r0 off: -8 imm: 0
	258: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	260: MovReg dst: r2 src: rfp
	261: AddImm dst: r2 imm: -8
	262: Call FnMapLookupElem
	263: JEqImm dst: r0 off: -1 imm: 0 <sent_18>
	264: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	265: AddImm dst: r1 imm: 1
	266: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_18:
	267: Ja off: -1 <exit_1>
exit_1:
	268: MovImm dst: r0 imm: 0
	269: Exit

gt_p1: END
	  ; control.bt:19: END { printf("%s %d %d\n", probe, $1, $#); }
	 0: MovReg dst: r6 src: r1
	 1: StMemW dst: rfp src: r0 off: -8 imm: 1
	 2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -8
	 6: Call FnMapLookupElem
	 7: JEqImm dst: r0 off: -1 imm: 0 <exit_19>
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
	28: JEqImm dst: r0 off: -1 imm: 0 <sent_20>
	29: StMemW dst: rfp src: r0 off: -8 imm: 0
	30: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	32: MovReg dst: r2 src: rfp
	33: AddImm dst: r2 imm: -8
	34: Call FnMapLookupElem
	35: JEqImm dst: r0 off: -1 imm: 0 <sent_20>
	36: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	37: AddImm dst: r1 imm: 1
	38: StXMemDW dst: r0 src: r1 off: 0 imm: 0
sent_20:
	39: Ja off: 0
exit_19:
	40: MovImm dst: r0 imm: 0
	41: Exit

