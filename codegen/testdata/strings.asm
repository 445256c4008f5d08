gt_p0: tracepoint:syscalls:sys_enter_openat
	   ; strings.bt:1: tracepoint:syscalls:sys_enter_openat
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 0
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	  8: MovReg dst: r9 src: r0
	  9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 10: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 11: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 12: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 13: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 14: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 15: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 16: StMemDW dst: r9 src: r0 off: 56 imm: 0
	   ; strings.bt:3: $s = str(args->filename);
	 17: LdXMemDW dst: r0 src: r6 off: 24 imm: 0
	 18: MovReg dst: r7 src: r0
	 19: MovImm dst: r2 imm: 64
	 20: MovReg dst: r3 src: r7
	 21: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 22: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 23: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 24: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 25: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 26: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 27: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 28: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 29: MovReg dst: r1 src: r9
	 30: Call FnProbeReadUserStr
	   ; strings.bt:4: if ($s == "/etc/passwd") {
	 31: LdImmDW dst: r1 imm: 8314049735936992559
	 33: StXMemDW dst: r9 src: r1 off: 64 imm: 0
	 34: StMemDW dst: r9 src: r0 off: 72 imm: 6584179
	 35: StMemDW dst: r9 src: r0 off: 80 imm: 0
	 36: StMemDW dst: r9 src: r0 off: 88 imm: 0
	 37: StMemDW dst: r9 src: r0 off: 96 imm: 0
	 38: StMemDW dst: r9 src: r0 off: 104 imm: 0
	 39: StMemDW dst: r9 src: r0 off: 112 imm: 0
	 40: StMemDW dst: r9 src: r0 off: 120 imm: 0
	 41: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 42: LdXMemDW dst: r2 src: r9 off: 64 imm: 0
	 43: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 44: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	 45: LdXMemDW dst: r2 src: r9 off: 72 imm: 0
	 46: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 47: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	 48: LdXMemDW dst: r2 src: r9 off: 80 imm: 0
	 49: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 50: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 51: LdXMemDW dst: r2 src: r9 off: 88 imm: 0
	 52: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 53: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	 54: LdXMemDW dst: r2 src: r9 off: 96 imm: 0
	 55: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 56: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	 57: LdXMemDW dst: r2 src: r9 off: 104 imm: 0
	 58: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 59: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 60: LdXMemDW dst: r2 src: r9 off: 112 imm: 0
	 61: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 62: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	 63: LdXMemDW dst: r2 src: r9 off: 120 imm: 0
	 64: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 65: MovImm dst: r0 imm: 1
	 66: Ja off: -1 <send_4>
sdiff_3:
	 67: MovImm dst: r0 imm: 0
send_4:
	 68: JEqImm dst: r0 off: -1 imm: 0 <else_2>
	   ; strings.bt:5: @hits[$s] = count();
	 69: StMemDW dst: r9 src: r0 off: 128 imm: 0
	 70: StMemDW dst: r9 src: r0 off: 136 imm: 0
	 71: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 72: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 73: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 74: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 75: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 76: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 77: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 78: StXMemDW dst: r9 src: r1 off: 128 imm: 0
	 79: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	 80: StXMemDW dst: r9 src: r1 off: 136 imm: 0
	 81: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	 82: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	 83: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 84: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	 85: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	 86: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	 87: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	 88: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	 89: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 90: StXMemDW dst: r9 src: r1 off: 176 imm: 0
	 91: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	 92: StXMemDW dst: r9 src: r1 off: 184 imm: 0
	 93: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 95: MovReg dst: r2 src: r9
	 96: AddImm dst: r2 imm: 128
	 97: Call FnMapLookupElem
	 98: MovImm dst: r2 imm: 1
	 99: JEqImm dst: r0 off: -1 imm: 0 <ainit_5>
	100: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	101: AddReg dst: r1 src: r2
	102: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	103: Ja off: -1 <aend_6>
ainit_5:
	104: StXMemDW dst: r9 src: r2 off: 192 imm: 0
	105: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	107: MovReg dst: r2 src: r9
	108: AddImm dst: r2 imm: 128
	109: MovReg dst: r3 src: r9
	110: AddImm dst: r3 imm: 192
	111: MovImm dst: r4 imm: 0
	112: Call FnMapUpdateElem
aend_6:
	113: Ja off: -1 <endif_7>
else_2:
	   ; strings.bt:6: } else if ($s != "") {
	114: StMemDW dst: r9 src: r0 off: 128 imm: 0
	115: StMemDW dst: r9 src: r0 off: 136 imm: 0
	116: StMemDW dst: r9 src: r0 off: 144 imm: 0
	117: StMemDW dst: r9 src: r0 off: 152 imm: 0
	118: StMemDW dst: r9 src: r0 off: 160 imm: 0
	119: StMemDW dst: r9 src: r0 off: 168 imm: 0
	120: StMemDW dst: r9 src: r0 off: 176 imm: 0
	121: StMemDW dst: r9 src: r0 off: 184 imm: 0
	122: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	123: LdXMemDW dst: r2 src: r9 off: 128 imm: 0
	124: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	125: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	126: LdXMemDW dst: r2 src: r9 off: 136 imm: 0
	127: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	128: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	129: LdXMemDW dst: r2 src: r9 off: 144 imm: 0
	130: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	131: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	132: LdXMemDW dst: r2 src: r9 off: 152 imm: 0
	133: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	134: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	135: LdXMemDW dst: r2 src: r9 off: 160 imm: 0
	136: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	137: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	138: LdXMemDW dst: r2 src: r9 off: 168 imm: 0
	139: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	140: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	141: LdXMemDW dst: r2 src: r9 off: 176 imm: 0
	142: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	143: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	144: LdXMemDW dst: r2 src: r9 off: 184 imm: 0
	145: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	146: MovImm dst: r0 imm: 0
	147: Ja off: -1 <send_10>
sdiff_9:
	148: MovImm dst: r0 imm: 1
send_10:
	149: JEqImm dst: r0 off: -1 imm: 0 <else_8>
	   ; strings.bt:7: @other++;
	150: MovImm dst: r0 imm: 1
	151: MovReg dst: r7 src: r0
	152: StMemDW dst: r9 src: r0 off: 192 imm: 0
	153: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	155: MovReg dst: r2 src: r9
	156: AddImm dst: r2 imm: 192
	157: Call FnMapLookupElem
	158: JEqImm dst: r0 off: -1 imm: 0 <miss_11>
	159: MovReg dst: r3 src: r0
	160: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	161: Ja off: -1 <store_12>
miss_11:
	162: MovImm dst: r3 imm: 0
	163: MovImm dst: r1 imm: 0
store_12:
	164: StXMemDW dst: r9 src: r1 off: 200 imm: 0
	165: MovReg dst: r2 src: r7
	166: AddReg dst: r1 src: r2
	167: JNEImm dst: r3 off: -1 imm: 0 <inplace_14>
	168: StXMemDW dst: r9 src: r1 off: 200 imm: 0
	169: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	171: MovReg dst: r2 src: r9
	172: AddImm dst: r2 imm: 192
	173: MovReg dst: r3 src: r9
	174: AddImm dst: r3 imm: 200
	175: MovImm dst: r4 imm: 0
	176: Call FnMapUpdateElem
	177: LdXMemDW dst: r0 src: r9 off: 200 imm: 0
	178: MovImm dst: r0 imm: 0
	179: Ja off: -1 <uend_13>
inplace_14:
	180: StXMemDW dst: r3 src: r1 off: 0 imm: 0
	181: LdXMemDW dst: r0 src: r9 off: 200 imm: 0
uend_13:
	182: Ja off: -1 <endif_15>
else_8:
	   ; strings.bt:9: return;
	183: Ja off: -1 <exit_1>
endif_15:
	184: Ja off: 0
endif_7:
	   ; strings.bt:11: @short[str(args->filename, 3)] = 1;
	185: StMemDW dst: r9 src: r0 off: 64 imm: 0
	186: StMemDW dst: r9 src: r0 off: 72 imm: 0
	187: StMemDW dst: r9 src: r0 off: 80 imm: 0
	188: StMemDW dst: r9 src: r0 off: 88 imm: 0
	189: StMemDW dst: r9 src: r0 off: 96 imm: 0
	190: StMemDW dst: r9 src: r0 off: 104 imm: 0
	191: StMemDW dst: r9 src: r0 off: 112 imm: 0
	192: StMemDW dst: r9 src: r0 off: 120 imm: 0
	193: LdXMemDW dst: r0 src: r6 off: 24 imm: 0
	194: MovReg dst: r7 src: r0
	195: MovImm dst: r0 imm: 3
	196: AddImm dst: r0 imm: 1
	197: JLEImm dst: r0 off: -1 imm: 64 <lenok_16>
	198: MovImm dst: r0 imm: 64
lenok_16:
	199: MovReg dst: r2 src: r0
	200: MovReg dst: r3 src: r7
	201: StMemDW dst: r9 src: r0 off: 64 imm: 0
	202: StMemDW dst: r9 src: r0 off: 72 imm: 0
	203: StMemDW dst: r9 src: r0 off: 80 imm: 0
	204: StMemDW dst: r9 src: r0 off: 88 imm: 0
	205: StMemDW dst: r9 src: r0 off: 96 imm: 0
	206: StMemDW dst: r9 src: r0 off: 104 imm: 0
	207: StMemDW dst: r9 src: r0 off: 112 imm: 0
	208: StMemDW dst: r9 src: r0 off: 120 imm: 0
	209: MovReg dst: r1 src: r9
	210: AddImm dst: r1 imm: 64
	211: Call FnProbeReadUserStr
	212: MovImm dst: r0 imm: 1
	213: StXMemDW dst: r9 src: r0 off: 128 imm: 0
	214: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	216: MovReg dst: r2 src: r9
	217: AddImm dst: r2 imm: 64
	218: MovReg dst: r3 src: r9
	219: AddImm dst: r3 imm: 128
	220: MovImm dst: r4 imm: 0
	221: Call FnMapUpdateElem
exit_1:
	222: MovImm dst: r0 imm: 0
	223: Exit

