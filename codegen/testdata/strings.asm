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
	   ; strings.bt:3: $s = str(args->filename);
	 20: LdXMemDW dst: r0 src: r6 off: 24 imm: 0
	 21: MovReg dst: r7 src: r0
	 22: MovImm dst: r2 imm: 64
	 23: MovReg dst: r3 src: r7
	 24: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 25: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 26: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 27: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 28: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 29: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 30: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 31: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 32: MovReg dst: r1 src: r9
	 33: AddImm dst: r1 imm: 8
	 34: Call FnProbeReadUserStr
	   ; strings.bt:4: if ($s == "/etc/passwd") {
	 35: LdImmDW dst: r1 imm: 8314049735936992559
	 37: StXMemDW dst: r9 src: r1 off: 72 imm: 0
	 38: StMemDW dst: r9 src: r0 off: 80 imm: 6584179
	 39: StMemDW dst: r9 src: r0 off: 88 imm: 0
	 40: StMemDW dst: r9 src: r0 off: 96 imm: 0
	 41: StMemDW dst: r9 src: r0 off: 104 imm: 0
	 42: StMemDW dst: r9 src: r0 off: 112 imm: 0
	 43: StMemDW dst: r9 src: r0 off: 120 imm: 0
	 44: StMemDW dst: r9 src: r0 off: 128 imm: 0
	 45: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	 46: LdXMemDW dst: r2 src: r9 off: 72 imm: 0
	 47: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 48: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	 49: LdXMemDW dst: r2 src: r9 off: 80 imm: 0
	 50: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 51: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 52: LdXMemDW dst: r2 src: r9 off: 88 imm: 0
	 53: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 54: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	 55: LdXMemDW dst: r2 src: r9 off: 96 imm: 0
	 56: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 57: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	 58: LdXMemDW dst: r2 src: r9 off: 104 imm: 0
	 59: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 60: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 61: LdXMemDW dst: r2 src: r9 off: 112 imm: 0
	 62: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 63: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	 64: LdXMemDW dst: r2 src: r9 off: 120 imm: 0
	 65: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 66: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	 67: LdXMemDW dst: r2 src: r9 off: 128 imm: 0
	 68: JNEReg dst: r1 off: -1 src: r2 <sdiff_3>
	 69: MovImm dst: r0 imm: 1
	 70: Ja off: -1 <send_4>
sdiff_3:
	 71: MovImm dst: r0 imm: 0
send_4:
	 72: JEqImm dst: r0 off: -1 imm: 0 <else_2>
	   ; strings.bt:5: @hits[$s] = count();
	 73: StMemDW dst: r9 src: r0 off: 136 imm: 0
	 74: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 75: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 76: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 77: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 78: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 79: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 80: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 81: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	 82: StXMemDW dst: r9 src: r1 off: 136 imm: 0
	 83: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	 84: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	 85: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 86: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	 87: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	 88: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	 89: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	 90: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	 91: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 92: StXMemDW dst: r9 src: r1 off: 176 imm: 0
	 93: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	 94: StXMemDW dst: r9 src: r1 off: 184 imm: 0
	 95: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	 96: StXMemDW dst: r9 src: r1 off: 192 imm: 0
	 97: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 99: MovReg dst: r2 src: r9
	100: AddImm dst: r2 imm: 136
	101: Call FnMapLookupElem
	102: MovImm dst: r2 imm: 1
	103: JEqImm dst: r0 off: -1 imm: 0 <ainit_5>
	104: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	105: AddReg dst: r1 src: r2
	106: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	107: Ja off: -1 <aend_6>
ainit_5:
	108: StXMemDW dst: r9 src: r2 off: 200 imm: 0
	109: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	111: MovReg dst: r2 src: r9
	112: AddImm dst: r2 imm: 136
	113: MovReg dst: r3 src: r9
	114: AddImm dst: r3 imm: 200
	115: MovImm dst: r4 imm: 0
	116: Call FnMapUpdateElem
aend_6:
	117: Ja off: -1 <endif_7>
else_2:
	   ; strings.bt:6: } else if ($s != "") {
	118: StMemDW dst: r9 src: r0 off: 136 imm: 0
	119: StMemDW dst: r9 src: r0 off: 144 imm: 0
	120: StMemDW dst: r9 src: r0 off: 152 imm: 0
	121: StMemDW dst: r9 src: r0 off: 160 imm: 0
	122: StMemDW dst: r9 src: r0 off: 168 imm: 0
	123: StMemDW dst: r9 src: r0 off: 176 imm: 0
	124: StMemDW dst: r9 src: r0 off: 184 imm: 0
	125: StMemDW dst: r9 src: r0 off: 192 imm: 0
	126: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	127: LdXMemDW dst: r2 src: r9 off: 136 imm: 0
	128: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	129: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	130: LdXMemDW dst: r2 src: r9 off: 144 imm: 0
	131: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	132: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	133: LdXMemDW dst: r2 src: r9 off: 152 imm: 0
	134: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	135: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	136: LdXMemDW dst: r2 src: r9 off: 160 imm: 0
	137: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	138: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	139: LdXMemDW dst: r2 src: r9 off: 168 imm: 0
	140: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	141: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	142: LdXMemDW dst: r2 src: r9 off: 176 imm: 0
	143: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	144: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	145: LdXMemDW dst: r2 src: r9 off: 184 imm: 0
	146: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	147: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	148: LdXMemDW dst: r2 src: r9 off: 192 imm: 0
	149: JNEReg dst: r1 off: -1 src: r2 <sdiff_9>
	150: MovImm dst: r0 imm: 0
	151: Ja off: -1 <send_10>
sdiff_9:
	152: MovImm dst: r0 imm: 1
send_10:
	153: JEqImm dst: r0 off: -1 imm: 0 <else_8>
	   ; strings.bt:7: @other++;
	154: MovImm dst: r0 imm: 1
	155: MovReg dst: r7 src: r0
	156: StMemDW dst: r9 src: r0 off: 200 imm: 0
	157: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	159: MovReg dst: r2 src: r9
	160: AddImm dst: r2 imm: 200
	161: Call FnMapLookupElem
	162: JEqImm dst: r0 off: -1 imm: 0 <miss_11>
	163: MovReg dst: r3 src: r0
	164: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	165: Ja off: -1 <store_12>
miss_11:
	166: MovImm dst: r3 imm: 0
	167: MovImm dst: r1 imm: 0
store_12:
	168: StXMemDW dst: r9 src: r1 off: 208 imm: 0
	169: MovReg dst: r2 src: r7
	170: AddReg dst: r1 src: r2
	171: JNEImm dst: r3 off: -1 imm: 0 <inplace_14>
	172: StXMemDW dst: r9 src: r1 off: 208 imm: 0
	173: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	175: MovReg dst: r2 src: r9
	176: AddImm dst: r2 imm: 200
	177: MovReg dst: r3 src: r9
	178: AddImm dst: r3 imm: 208
	179: MovImm dst: r4 imm: 0
	180: Call FnMapUpdateElem
	181: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
	182: MovImm dst: r0 imm: 0
	183: Ja off: -1 <uend_13>
inplace_14:
	184: StXMemDW dst: r3 src: r1 off: 0 imm: 0
	185: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
uend_13:
	186: Ja off: -1 <endif_15>
else_8:
	   ; strings.bt:9: return;
	187: Ja off: -1 <exit_1>
endif_15:
	188: Ja off: 0
endif_7:
	   ; strings.bt:11: @short[str(args->filename, 3)] = 1;
	189: StMemDW dst: r9 src: r0 off: 72 imm: 0
	190: StMemDW dst: r9 src: r0 off: 80 imm: 0
	191: StMemDW dst: r9 src: r0 off: 88 imm: 0
	192: StMemDW dst: r9 src: r0 off: 96 imm: 0
	193: StMemDW dst: r9 src: r0 off: 104 imm: 0
	194: StMemDW dst: r9 src: r0 off: 112 imm: 0
	195: StMemDW dst: r9 src: r0 off: 120 imm: 0
	196: StMemDW dst: r9 src: r0 off: 128 imm: 0
	197: LdXMemDW dst: r0 src: r6 off: 24 imm: 0
	198: MovReg dst: r7 src: r0
	199: MovImm dst: r0 imm: 3
	200: AddImm dst: r0 imm: 1
	201: JLEImm dst: r0 off: -1 imm: 64 <lenok_16>
	202: MovImm dst: r0 imm: 64
lenok_16:
	203: MovReg dst: r2 src: r0
	204: MovReg dst: r3 src: r7
	205: StMemDW dst: r9 src: r0 off: 72 imm: 0
	206: StMemDW dst: r9 src: r0 off: 80 imm: 0
	207: StMemDW dst: r9 src: r0 off: 88 imm: 0
	208: StMemDW dst: r9 src: r0 off: 96 imm: 0
	209: StMemDW dst: r9 src: r0 off: 104 imm: 0
	210: StMemDW dst: r9 src: r0 off: 112 imm: 0
	211: StMemDW dst: r9 src: r0 off: 120 imm: 0
	212: StMemDW dst: r9 src: r0 off: 128 imm: 0
	213: MovReg dst: r1 src: r9
	214: AddImm dst: r1 imm: 72
	215: Call FnProbeReadUserStr
	216: MovImm dst: r0 imm: 1
	217: StXMemDW dst: r9 src: r0 off: 136 imm: 0
	218: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	220: MovReg dst: r2 src: r9
	221: AddImm dst: r2 imm: 72
	222: MovReg dst: r3 src: r9
	223: AddImm dst: r3 imm: 136
	224: MovImm dst: r4 imm: 0
	225: Call FnMapUpdateElem
exit_1:
	226: MovImm dst: r0 imm: 0
	227: Exit

