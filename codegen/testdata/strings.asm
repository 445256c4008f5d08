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
	117: JEqImm dst: r0 off: -1 imm: 0 <okh_7>
	118: StMemW dst: rfp src: r0 off: -8 imm: 0
	119: LoadMapPtr dst: r1 fd: 0 <gt_full>
	121: MovReg dst: r2 src: rfp
	122: AddImm dst: r2 imm: -8
	123: Call FnMapLookupElem
	124: JEqImm dst: r0 off: -1 imm: 0 <okh_7>
	125: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	126: AddImm dst: r1 imm: 1
	127: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_7:
	128: Ja off: 0
aend_6:
	129: Ja off: -1 <endif_8>
else_2:
	   ; strings.bt:6: } else if ($s != "") {
	130: StMemDW dst: r9 src: r0 off: 136 imm: 0
	131: StMemDW dst: r9 src: r0 off: 144 imm: 0
	132: StMemDW dst: r9 src: r0 off: 152 imm: 0
	133: StMemDW dst: r9 src: r0 off: 160 imm: 0
	134: StMemDW dst: r9 src: r0 off: 168 imm: 0
	135: StMemDW dst: r9 src: r0 off: 176 imm: 0
	136: StMemDW dst: r9 src: r0 off: 184 imm: 0
	137: StMemDW dst: r9 src: r0 off: 192 imm: 0
	138: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	139: LdXMemDW dst: r2 src: r9 off: 136 imm: 0
	140: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	141: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	142: LdXMemDW dst: r2 src: r9 off: 144 imm: 0
	143: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	144: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	145: LdXMemDW dst: r2 src: r9 off: 152 imm: 0
	146: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	147: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	148: LdXMemDW dst: r2 src: r9 off: 160 imm: 0
	149: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	150: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	151: LdXMemDW dst: r2 src: r9 off: 168 imm: 0
	152: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	153: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	154: LdXMemDW dst: r2 src: r9 off: 176 imm: 0
	155: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	156: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	157: LdXMemDW dst: r2 src: r9 off: 184 imm: 0
	158: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	159: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	160: LdXMemDW dst: r2 src: r9 off: 192 imm: 0
	161: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	162: MovImm dst: r0 imm: 0
	163: Ja off: -1 <send_11>
sdiff_10:
	164: MovImm dst: r0 imm: 1
send_11:
	165: JEqImm dst: r0 off: -1 imm: 0 <else_9>
	   ; strings.bt:7: @other++;
	166: MovImm dst: r0 imm: 1
	167: MovReg dst: r7 src: r0
	168: StMemDW dst: r9 src: r0 off: 200 imm: 0
	169: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	171: MovReg dst: r2 src: r9
	172: AddImm dst: r2 imm: 200
	173: Call FnMapLookupElem
	174: JEqImm dst: r0 off: -1 imm: 0 <miss_12>
	175: MovReg dst: r3 src: r0
	176: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	177: Ja off: -1 <store_13>
miss_12:
	178: MovImm dst: r3 imm: 0
	179: MovImm dst: r1 imm: 0
store_13:
	180: StXMemDW dst: r9 src: r1 off: 208 imm: 0
	181: MovReg dst: r2 src: r7
	182: AddReg dst: r1 src: r2
	183: JNEImm dst: r3 off: -1 imm: 0 <inplace_15>
	184: StXMemDW dst: r9 src: r1 off: 208 imm: 0
	185: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	187: MovReg dst: r2 src: r9
	188: AddImm dst: r2 imm: 200
	189: MovReg dst: r3 src: r9
	190: AddImm dst: r3 imm: 208
	191: MovImm dst: r4 imm: 0
	192: Call FnMapUpdateElem
	193: JEqImm dst: r0 off: -1 imm: 0 <okh_16>
	194: StMemW dst: rfp src: r0 off: -8 imm: 1
	195: LoadMapPtr dst: r1 fd: 0 <gt_full>
	197: MovReg dst: r2 src: rfp
	198: AddImm dst: r2 imm: -8
	199: Call FnMapLookupElem
	200: JEqImm dst: r0 off: -1 imm: 0 <okh_16>
	201: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	202: AddImm dst: r1 imm: 1
	203: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_16:
	204: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
	205: MovImm dst: r0 imm: 0
	206: Ja off: -1 <uend_14>
inplace_15:
	207: StXMemDW dst: r3 src: r1 off: 0 imm: 0
	208: LdXMemDW dst: r0 src: r9 off: 208 imm: 0
uend_14:
	209: Ja off: -1 <endif_17>
else_9:
	   ; strings.bt:9: return;
	210: Ja off: -1 <exit_1>
endif_17:
	211: Ja off: 0
endif_8:
	   ; strings.bt:11: @short[str(args->filename, 3)] = 1;
	212: StMemDW dst: r9 src: r0 off: 72 imm: 0
	213: StMemDW dst: r9 src: r0 off: 80 imm: 0
	214: StMemDW dst: r9 src: r0 off: 88 imm: 0
	215: StMemDW dst: r9 src: r0 off: 96 imm: 0
	216: StMemDW dst: r9 src: r0 off: 104 imm: 0
	217: StMemDW dst: r9 src: r0 off: 112 imm: 0
	218: StMemDW dst: r9 src: r0 off: 120 imm: 0
	219: StMemDW dst: r9 src: r0 off: 128 imm: 0
	220: LdXMemDW dst: r0 src: r6 off: 24 imm: 0
	221: MovReg dst: r7 src: r0
	222: MovImm dst: r0 imm: 3
	223: AddImm dst: r0 imm: 1
	224: JLEImm dst: r0 off: -1 imm: 64 <lenok_18>
	225: MovImm dst: r0 imm: 64
lenok_18:
	226: MovReg dst: r2 src: r0
	227: MovReg dst: r3 src: r7
	228: StMemDW dst: r9 src: r0 off: 72 imm: 0
	229: StMemDW dst: r9 src: r0 off: 80 imm: 0
	230: StMemDW dst: r9 src: r0 off: 88 imm: 0
	231: StMemDW dst: r9 src: r0 off: 96 imm: 0
	232: StMemDW dst: r9 src: r0 off: 104 imm: 0
	233: StMemDW dst: r9 src: r0 off: 112 imm: 0
	234: StMemDW dst: r9 src: r0 off: 120 imm: 0
	235: StMemDW dst: r9 src: r0 off: 128 imm: 0
	236: MovReg dst: r1 src: r9
	237: AddImm dst: r1 imm: 72
	238: Call FnProbeReadUserStr
	239: MovImm dst: r0 imm: 1
	240: StXMemDW dst: r9 src: r0 off: 136 imm: 0
	241: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	243: MovReg dst: r2 src: r9
	244: AddImm dst: r2 imm: 72
	245: MovReg dst: r3 src: r9
	246: AddImm dst: r3 imm: 136
	247: MovImm dst: r4 imm: 0
	248: Call FnMapUpdateElem
	249: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	250: StMemW dst: rfp src: r0 off: -8 imm: 3
	251: LoadMapPtr dst: r1 fd: 0 <gt_full>
	253: MovReg dst: r2 src: rfp
	254: AddImm dst: r2 imm: -8
	255: Call FnMapLookupElem
	256: JEqImm dst: r0 off: -1 imm: 0 <okh_19>
	257: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	258: AddImm dst: r1 imm: 1
	259: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_19:
	260: Ja off: 0
exit_1:
	261: MovImm dst: r0 imm: 0
	262: Exit

gt_p1: tracepoint:syscalls:sys_enter_write
	    ; strings.bt:14: tracepoint:syscalls:sys_enter_write
	   0: MovReg dst: r6 src: r1
	   1: StMemW dst: rfp src: r0 off: -8 imm: 1
	   2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	   4: MovReg dst: r2 src: rfp
	   5: AddImm dst: r2 imm: -8
	   6: Call FnMapLookupElem
	   7: JEqImm dst: r0 off: -1 imm: 0 <exit_20>
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
	    ; strings.bt:16: $c = comm;
	  20: StMemDW dst: r9 src: r0 off: 8 imm: 0
	  21: StMemDW dst: r9 src: r0 off: 16 imm: 0
	  22: StMemDW dst: r9 src: r0 off: 24 imm: 0
	  23: StMemDW dst: r9 src: r0 off: 32 imm: 0
	  24: StMemDW dst: r9 src: r0 off: 40 imm: 0
	  25: StMemDW dst: r9 src: r0 off: 48 imm: 0
	  26: StMemDW dst: r9 src: r0 off: 56 imm: 0
	  27: StMemDW dst: r9 src: r0 off: 64 imm: 0
	  28: MovReg dst: r1 src: r9
	  29: AddImm dst: r1 imm: 8
	  30: MovImm dst: r2 imm: 16
	  31: Call FnGetCurrentComm
	    ; strings.bt:17: if (strncmp($c, "bash", 4) == 0 || strcontains($c, "sh")) {
	  32: StMemDW dst: r9 src: r0 off: 72 imm: 1752392034
	  33: StMemDW dst: r9 src: r0 off: 80 imm: 0
	  34: StMemDW dst: r9 src: r0 off: 88 imm: 0
	  35: StMemDW dst: r9 src: r0 off: 96 imm: 0
	  36: StMemDW dst: r9 src: r0 off: 104 imm: 0
	  37: StMemDW dst: r9 src: r0 off: 112 imm: 0
	  38: StMemDW dst: r9 src: r0 off: 120 imm: 0
	  39: StMemDW dst: r9 src: r0 off: 128 imm: 0
	  40: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	  41: LdXMemB dst: r2 src: r9 off: 72 imm: 0
	  42: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	  43: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	  44: LdXMemB dst: r2 src: r9 off: 73 imm: 0
	  45: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	  46: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	  47: LdXMemB dst: r2 src: r9 off: 74 imm: 0
	  48: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	  49: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	  50: LdXMemB dst: r2 src: r9 off: 75 imm: 0
	  51: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	  52: MovImm dst: r0 imm: 0
	  53: Ja off: -1 <nend_25>
ndiff_24:
	  54: MovImm dst: r0 imm: 1
nend_25:
	  55: MovReg dst: r7 src: r0
	  56: MovImm dst: r0 imm: 0
	  57: MovReg dst: r1 src: r0
	  58: MovReg dst: r0 src: r7
	  59: JEqReg dst: r0 off: -1 src: r1 <cmp_26>
	  60: MovImm dst: r0 imm: 0
	  61: Ja off: -1 <cend_27>
cmp_26:
	  62: MovImm dst: r0 imm: 1
cend_27:
	  63: JNEImm dst: r0 off: -1 imm: 0 <short_22>
	  64: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	  65: JNEImm dst: r1 off: -1 imm: 115 <cnext_30>
	  66: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	  67: JNEImm dst: r1 off: -1 imm: 104 <cnext_30>
	  68: Ja off: -1 <found_28>
cnext_30:
	  69: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	  70: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	  71: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	  72: JNEImm dst: r1 off: -1 imm: 115 <cnext_31>
	  73: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	  74: JNEImm dst: r1 off: -1 imm: 104 <cnext_31>
	  75: Ja off: -1 <found_28>
cnext_31:
	  76: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	  77: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	  78: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	  79: JNEImm dst: r1 off: -1 imm: 115 <cnext_32>
	  80: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	  81: JNEImm dst: r1 off: -1 imm: 104 <cnext_32>
	  82: Ja off: -1 <found_28>
cnext_32:
	  83: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	  84: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	  85: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	  86: JNEImm dst: r1 off: -1 imm: 115 <cnext_33>
	  87: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	  88: JNEImm dst: r1 off: -1 imm: 104 <cnext_33>
	  89: Ja off: -1 <found_28>
cnext_33:
	  90: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	  91: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	  92: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	  93: JNEImm dst: r1 off: -1 imm: 115 <cnext_34>
	  94: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	  95: JNEImm dst: r1 off: -1 imm: 104 <cnext_34>
	  96: Ja off: -1 <found_28>
cnext_34:
	  97: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	  98: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	  99: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	 100: JNEImm dst: r1 off: -1 imm: 115 <cnext_35>
	 101: LdXMemB dst: r1 src: r9 off: 14 imm: 0
	 102: JNEImm dst: r1 off: -1 imm: 104 <cnext_35>
	 103: Ja off: -1 <found_28>
cnext_35:
	 104: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	 105: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 106: LdXMemB dst: r1 src: r9 off: 14 imm: 0
	 107: JNEImm dst: r1 off: -1 imm: 115 <cnext_36>
	 108: LdXMemB dst: r1 src: r9 off: 15 imm: 0
	 109: JNEImm dst: r1 off: -1 imm: 104 <cnext_36>
	 110: Ja off: -1 <found_28>
cnext_36:
	 111: LdXMemB dst: r1 src: r9 off: 14 imm: 0
	 112: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 113: LdXMemB dst: r1 src: r9 off: 15 imm: 0
	 114: JNEImm dst: r1 off: -1 imm: 115 <cnext_37>
	 115: LdXMemB dst: r1 src: r9 off: 16 imm: 0
	 116: JNEImm dst: r1 off: -1 imm: 104 <cnext_37>
	 117: Ja off: -1 <found_28>
cnext_37:
	 118: LdXMemB dst: r1 src: r9 off: 15 imm: 0
	 119: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 120: LdXMemB dst: r1 src: r9 off: 16 imm: 0
	 121: JNEImm dst: r1 off: -1 imm: 115 <cnext_38>
	 122: LdXMemB dst: r1 src: r9 off: 17 imm: 0
	 123: JNEImm dst: r1 off: -1 imm: 104 <cnext_38>
	 124: Ja off: -1 <found_28>
cnext_38:
	 125: LdXMemB dst: r1 src: r9 off: 16 imm: 0
	 126: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 127: LdXMemB dst: r1 src: r9 off: 17 imm: 0
	 128: JNEImm dst: r1 off: -1 imm: 115 <cnext_39>
	 129: LdXMemB dst: r1 src: r9 off: 18 imm: 0
	 130: JNEImm dst: r1 off: -1 imm: 104 <cnext_39>
	 131: Ja off: -1 <found_28>
cnext_39:
	 132: LdXMemB dst: r1 src: r9 off: 17 imm: 0
	 133: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 134: LdXMemB dst: r1 src: r9 off: 18 imm: 0
	 135: JNEImm dst: r1 off: -1 imm: 115 <cnext_40>
	 136: LdXMemB dst: r1 src: r9 off: 19 imm: 0
	 137: JNEImm dst: r1 off: -1 imm: 104 <cnext_40>
	 138: Ja off: -1 <found_28>
cnext_40:
	 139: LdXMemB dst: r1 src: r9 off: 18 imm: 0
	 140: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 141: LdXMemB dst: r1 src: r9 off: 19 imm: 0
	 142: JNEImm dst: r1 off: -1 imm: 115 <cnext_41>
	 143: LdXMemB dst: r1 src: r9 off: 20 imm: 0
	 144: JNEImm dst: r1 off: -1 imm: 104 <cnext_41>
	 145: Ja off: -1 <found_28>
cnext_41:
	 146: LdXMemB dst: r1 src: r9 off: 19 imm: 0
	 147: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 148: LdXMemB dst: r1 src: r9 off: 20 imm: 0
	 149: JNEImm dst: r1 off: -1 imm: 115 <cnext_42>
	 150: LdXMemB dst: r1 src: r9 off: 21 imm: 0
	 151: JNEImm dst: r1 off: -1 imm: 104 <cnext_42>
	 152: Ja off: -1 <found_28>
cnext_42:
	 153: LdXMemB dst: r1 src: r9 off: 20 imm: 0
	 154: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 155: LdXMemB dst: r1 src: r9 off: 21 imm: 0
	 156: JNEImm dst: r1 off: -1 imm: 115 <cnext_43>
	 157: LdXMemB dst: r1 src: r9 off: 22 imm: 0
	 158: JNEImm dst: r1 off: -1 imm: 104 <cnext_43>
	 159: Ja off: -1 <found_28>
cnext_43:
	 160: LdXMemB dst: r1 src: r9 off: 21 imm: 0
	 161: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 162: LdXMemB dst: r1 src: r9 off: 22 imm: 0
	 163: JNEImm dst: r1 off: -1 imm: 115 <cnext_44>
	 164: LdXMemB dst: r1 src: r9 off: 23 imm: 0
	 165: JNEImm dst: r1 off: -1 imm: 104 <cnext_44>
	 166: Ja off: -1 <found_28>
cnext_44:
	 167: LdXMemB dst: r1 src: r9 off: 22 imm: 0
	 168: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 169: LdXMemB dst: r1 src: r9 off: 23 imm: 0
	 170: JNEImm dst: r1 off: -1 imm: 115 <cnext_45>
	 171: LdXMemB dst: r1 src: r9 off: 24 imm: 0
	 172: JNEImm dst: r1 off: -1 imm: 104 <cnext_45>
	 173: Ja off: -1 <found_28>
cnext_45:
	 174: LdXMemB dst: r1 src: r9 off: 23 imm: 0
	 175: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 176: LdXMemB dst: r1 src: r9 off: 24 imm: 0
	 177: JNEImm dst: r1 off: -1 imm: 115 <cnext_46>
	 178: LdXMemB dst: r1 src: r9 off: 25 imm: 0
	 179: JNEImm dst: r1 off: -1 imm: 104 <cnext_46>
	 180: Ja off: -1 <found_28>
cnext_46:
	 181: LdXMemB dst: r1 src: r9 off: 24 imm: 0
	 182: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 183: LdXMemB dst: r1 src: r9 off: 25 imm: 0
	 184: JNEImm dst: r1 off: -1 imm: 115 <cnext_47>
	 185: LdXMemB dst: r1 src: r9 off: 26 imm: 0
	 186: JNEImm dst: r1 off: -1 imm: 104 <cnext_47>
	 187: Ja off: -1 <found_28>
cnext_47:
	 188: LdXMemB dst: r1 src: r9 off: 25 imm: 0
	 189: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 190: LdXMemB dst: r1 src: r9 off: 26 imm: 0
	 191: JNEImm dst: r1 off: -1 imm: 115 <cnext_48>
	 192: LdXMemB dst: r1 src: r9 off: 27 imm: 0
	 193: JNEImm dst: r1 off: -1 imm: 104 <cnext_48>
	 194: Ja off: -1 <found_28>
cnext_48:
	 195: LdXMemB dst: r1 src: r9 off: 26 imm: 0
	 196: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 197: LdXMemB dst: r1 src: r9 off: 27 imm: 0
	 198: JNEImm dst: r1 off: -1 imm: 115 <cnext_49>
	 199: LdXMemB dst: r1 src: r9 off: 28 imm: 0
	 200: JNEImm dst: r1 off: -1 imm: 104 <cnext_49>
	 201: Ja off: -1 <found_28>
cnext_49:
	 202: LdXMemB dst: r1 src: r9 off: 27 imm: 0
	 203: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 204: LdXMemB dst: r1 src: r9 off: 28 imm: 0
	 205: JNEImm dst: r1 off: -1 imm: 115 <cnext_50>
	 206: LdXMemB dst: r1 src: r9 off: 29 imm: 0
	 207: JNEImm dst: r1 off: -1 imm: 104 <cnext_50>
	 208: Ja off: -1 <found_28>
cnext_50:
	 209: LdXMemB dst: r1 src: r9 off: 28 imm: 0
	 210: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 211: LdXMemB dst: r1 src: r9 off: 29 imm: 0
	 212: JNEImm dst: r1 off: -1 imm: 115 <cnext_51>
	 213: LdXMemB dst: r1 src: r9 off: 30 imm: 0
	 214: JNEImm dst: r1 off: -1 imm: 104 <cnext_51>
	 215: Ja off: -1 <found_28>
cnext_51:
	 216: LdXMemB dst: r1 src: r9 off: 29 imm: 0
	 217: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 218: LdXMemB dst: r1 src: r9 off: 30 imm: 0
	 219: JNEImm dst: r1 off: -1 imm: 115 <cnext_52>
	 220: LdXMemB dst: r1 src: r9 off: 31 imm: 0
	 221: JNEImm dst: r1 off: -1 imm: 104 <cnext_52>
	 222: Ja off: -1 <found_28>
cnext_52:
	 223: LdXMemB dst: r1 src: r9 off: 30 imm: 0
	 224: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 225: LdXMemB dst: r1 src: r9 off: 31 imm: 0
	 226: JNEImm dst: r1 off: -1 imm: 115 <cnext_53>
	 227: LdXMemB dst: r1 src: r9 off: 32 imm: 0
	 228: JNEImm dst: r1 off: -1 imm: 104 <cnext_53>
	 229: Ja off: -1 <found_28>
cnext_53:
	 230: LdXMemB dst: r1 src: r9 off: 31 imm: 0
	 231: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 232: LdXMemB dst: r1 src: r9 off: 32 imm: 0
	 233: JNEImm dst: r1 off: -1 imm: 115 <cnext_54>
	 234: LdXMemB dst: r1 src: r9 off: 33 imm: 0
	 235: JNEImm dst: r1 off: -1 imm: 104 <cnext_54>
	 236: Ja off: -1 <found_28>
cnext_54:
	 237: LdXMemB dst: r1 src: r9 off: 32 imm: 0
	 238: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 239: LdXMemB dst: r1 src: r9 off: 33 imm: 0
	 240: JNEImm dst: r1 off: -1 imm: 115 <cnext_55>
	 241: LdXMemB dst: r1 src: r9 off: 34 imm: 0
	 242: JNEImm dst: r1 off: -1 imm: 104 <cnext_55>
	 243: Ja off: -1 <found_28>
cnext_55:
	 244: LdXMemB dst: r1 src: r9 off: 33 imm: 0
	 245: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 246: LdXMemB dst: r1 src: r9 off: 34 imm: 0
	 247: JNEImm dst: r1 off: -1 imm: 115 <cnext_56>
	 248: LdXMemB dst: r1 src: r9 off: 35 imm: 0
	 249: JNEImm dst: r1 off: -1 imm: 104 <cnext_56>
	 250: Ja off: -1 <found_28>
cnext_56:
	 251: LdXMemB dst: r1 src: r9 off: 34 imm: 0
	 252: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 253: LdXMemB dst: r1 src: r9 off: 35 imm: 0
	 254: JNEImm dst: r1 off: -1 imm: 115 <cnext_57>
	 255: LdXMemB dst: r1 src: r9 off: 36 imm: 0
	 256: JNEImm dst: r1 off: -1 imm: 104 <cnext_57>
	 257: Ja off: -1 <found_28>
cnext_57:
	 258: LdXMemB dst: r1 src: r9 off: 35 imm: 0
	 259: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 260: LdXMemB dst: r1 src: r9 off: 36 imm: 0
	 261: JNEImm dst: r1 off: -1 imm: 115 <cnext_58>
	 262: LdXMemB dst: r1 src: r9 off: 37 imm: 0
	 263: JNEImm dst: r1 off: -1 imm: 104 <cnext_58>
	 264: Ja off: -1 <found_28>
cnext_58:
	 265: LdXMemB dst: r1 src: r9 off: 36 imm: 0
	 266: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 267: LdXMemB dst: r1 src: r9 off: 37 imm: 0
	 268: JNEImm dst: r1 off: -1 imm: 115 <cnext_59>
	 269: LdXMemB dst: r1 src: r9 off: 38 imm: 0
	 270: JNEImm dst: r1 off: -1 imm: 104 <cnext_59>
	 271: Ja off: -1 <found_28>
cnext_59:
	 272: LdXMemB dst: r1 src: r9 off: 37 imm: 0
	 273: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 274: LdXMemB dst: r1 src: r9 off: 38 imm: 0
	 275: JNEImm dst: r1 off: -1 imm: 115 <cnext_60>
	 276: LdXMemB dst: r1 src: r9 off: 39 imm: 0
	 277: JNEImm dst: r1 off: -1 imm: 104 <cnext_60>
	 278: Ja off: -1 <found_28>
cnext_60:
	 279: LdXMemB dst: r1 src: r9 off: 38 imm: 0
	 280: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 281: LdXMemB dst: r1 src: r9 off: 39 imm: 0
	 282: JNEImm dst: r1 off: -1 imm: 115 <cnext_61>
	 283: LdXMemB dst: r1 src: r9 off: 40 imm: 0
	 284: JNEImm dst: r1 off: -1 imm: 104 <cnext_61>
	 285: Ja off: -1 <found_28>
cnext_61:
	 286: LdXMemB dst: r1 src: r9 off: 39 imm: 0
	 287: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 288: LdXMemB dst: r1 src: r9 off: 40 imm: 0
	 289: JNEImm dst: r1 off: -1 imm: 115 <cnext_62>
	 290: LdXMemB dst: r1 src: r9 off: 41 imm: 0
	 291: JNEImm dst: r1 off: -1 imm: 104 <cnext_62>
	 292: Ja off: -1 <found_28>
cnext_62:
	 293: LdXMemB dst: r1 src: r9 off: 40 imm: 0
	 294: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 295: LdXMemB dst: r1 src: r9 off: 41 imm: 0
	 296: JNEImm dst: r1 off: -1 imm: 115 <cnext_63>
	 297: LdXMemB dst: r1 src: r9 off: 42 imm: 0
	 298: JNEImm dst: r1 off: -1 imm: 104 <cnext_63>
	 299: Ja off: -1 <found_28>
cnext_63:
	 300: LdXMemB dst: r1 src: r9 off: 41 imm: 0
	 301: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 302: LdXMemB dst: r1 src: r9 off: 42 imm: 0
	 303: JNEImm dst: r1 off: -1 imm: 115 <cnext_64>
	 304: LdXMemB dst: r1 src: r9 off: 43 imm: 0
	 305: JNEImm dst: r1 off: -1 imm: 104 <cnext_64>
	 306: Ja off: -1 <found_28>
cnext_64:
	 307: LdXMemB dst: r1 src: r9 off: 42 imm: 0
	 308: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 309: LdXMemB dst: r1 src: r9 off: 43 imm: 0
	 310: JNEImm dst: r1 off: -1 imm: 115 <cnext_65>
	 311: LdXMemB dst: r1 src: r9 off: 44 imm: 0
	 312: JNEImm dst: r1 off: -1 imm: 104 <cnext_65>
	 313: Ja off: -1 <found_28>
cnext_65:
	 314: LdXMemB dst: r1 src: r9 off: 43 imm: 0
	 315: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 316: LdXMemB dst: r1 src: r9 off: 44 imm: 0
	 317: JNEImm dst: r1 off: -1 imm: 115 <cnext_66>
	 318: LdXMemB dst: r1 src: r9 off: 45 imm: 0
	 319: JNEImm dst: r1 off: -1 imm: 104 <cnext_66>
	 320: Ja off: -1 <found_28>
cnext_66:
	 321: LdXMemB dst: r1 src: r9 off: 44 imm: 0
	 322: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 323: LdXMemB dst: r1 src: r9 off: 45 imm: 0
	 324: JNEImm dst: r1 off: -1 imm: 115 <cnext_67>
	 325: LdXMemB dst: r1 src: r9 off: 46 imm: 0
	 326: JNEImm dst: r1 off: -1 imm: 104 <cnext_67>
	 327: Ja off: -1 <found_28>
cnext_67:
	 328: LdXMemB dst: r1 src: r9 off: 45 imm: 0
	 329: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 330: LdXMemB dst: r1 src: r9 off: 46 imm: 0
	 331: JNEImm dst: r1 off: -1 imm: 115 <cnext_68>
	 332: LdXMemB dst: r1 src: r9 off: 47 imm: 0
	 333: JNEImm dst: r1 off: -1 imm: 104 <cnext_68>
	 334: Ja off: -1 <found_28>
cnext_68:
	 335: LdXMemB dst: r1 src: r9 off: 46 imm: 0
	 336: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 337: LdXMemB dst: r1 src: r9 off: 47 imm: 0
	 338: JNEImm dst: r1 off: -1 imm: 115 <cnext_69>
	 339: LdXMemB dst: r1 src: r9 off: 48 imm: 0
	 340: JNEImm dst: r1 off: -1 imm: 104 <cnext_69>
	 341: Ja off: -1 <found_28>
cnext_69:
	 342: LdXMemB dst: r1 src: r9 off: 47 imm: 0
	 343: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 344: LdXMemB dst: r1 src: r9 off: 48 imm: 0
	 345: JNEImm dst: r1 off: -1 imm: 115 <cnext_70>
	 346: LdXMemB dst: r1 src: r9 off: 49 imm: 0
	 347: JNEImm dst: r1 off: -1 imm: 104 <cnext_70>
	 348: Ja off: -1 <found_28>
cnext_70:
	 349: LdXMemB dst: r1 src: r9 off: 48 imm: 0
	 350: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 351: LdXMemB dst: r1 src: r9 off: 49 imm: 0
	 352: JNEImm dst: r1 off: -1 imm: 115 <cnext_71>
	 353: LdXMemB dst: r1 src: r9 off: 50 imm: 0
	 354: JNEImm dst: r1 off: -1 imm: 104 <cnext_71>
	 355: Ja off: -1 <found_28>
cnext_71:
	 356: LdXMemB dst: r1 src: r9 off: 49 imm: 0
	 357: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 358: LdXMemB dst: r1 src: r9 off: 50 imm: 0
	 359: JNEImm dst: r1 off: -1 imm: 115 <cnext_72>
	 360: LdXMemB dst: r1 src: r9 off: 51 imm: 0
	 361: JNEImm dst: r1 off: -1 imm: 104 <cnext_72>
	 362: Ja off: -1 <found_28>
cnext_72:
	 363: LdXMemB dst: r1 src: r9 off: 50 imm: 0
	 364: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 365: LdXMemB dst: r1 src: r9 off: 51 imm: 0
	 366: JNEImm dst: r1 off: -1 imm: 115 <cnext_73>
	 367: LdXMemB dst: r1 src: r9 off: 52 imm: 0
	 368: JNEImm dst: r1 off: -1 imm: 104 <cnext_73>
	 369: Ja off: -1 <found_28>
cnext_73:
	 370: LdXMemB dst: r1 src: r9 off: 51 imm: 0
	 371: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 372: LdXMemB dst: r1 src: r9 off: 52 imm: 0
	 373: JNEImm dst: r1 off: -1 imm: 115 <cnext_74>
	 374: LdXMemB dst: r1 src: r9 off: 53 imm: 0
	 375: JNEImm dst: r1 off: -1 imm: 104 <cnext_74>
	 376: Ja off: -1 <found_28>
cnext_74:
	 377: LdXMemB dst: r1 src: r9 off: 52 imm: 0
	 378: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 379: LdXMemB dst: r1 src: r9 off: 53 imm: 0
	 380: JNEImm dst: r1 off: -1 imm: 115 <cnext_75>
	 381: LdXMemB dst: r1 src: r9 off: 54 imm: 0
	 382: JNEImm dst: r1 off: -1 imm: 104 <cnext_75>
	 383: Ja off: -1 <found_28>
cnext_75:
	 384: LdXMemB dst: r1 src: r9 off: 53 imm: 0
	 385: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 386: LdXMemB dst: r1 src: r9 off: 54 imm: 0
	 387: JNEImm dst: r1 off: -1 imm: 115 <cnext_76>
	 388: LdXMemB dst: r1 src: r9 off: 55 imm: 0
	 389: JNEImm dst: r1 off: -1 imm: 104 <cnext_76>
	 390: Ja off: -1 <found_28>
cnext_76:
	 391: LdXMemB dst: r1 src: r9 off: 54 imm: 0
	 392: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 393: LdXMemB dst: r1 src: r9 off: 55 imm: 0
	 394: JNEImm dst: r1 off: -1 imm: 115 <cnext_77>
	 395: LdXMemB dst: r1 src: r9 off: 56 imm: 0
	 396: JNEImm dst: r1 off: -1 imm: 104 <cnext_77>
	 397: Ja off: -1 <found_28>
cnext_77:
	 398: LdXMemB dst: r1 src: r9 off: 55 imm: 0
	 399: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 400: LdXMemB dst: r1 src: r9 off: 56 imm: 0
	 401: JNEImm dst: r1 off: -1 imm: 115 <cnext_78>
	 402: LdXMemB dst: r1 src: r9 off: 57 imm: 0
	 403: JNEImm dst: r1 off: -1 imm: 104 <cnext_78>
	 404: Ja off: -1 <found_28>
cnext_78:
	 405: LdXMemB dst: r1 src: r9 off: 56 imm: 0
	 406: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 407: LdXMemB dst: r1 src: r9 off: 57 imm: 0
	 408: JNEImm dst: r1 off: -1 imm: 115 <cnext_79>
	 409: LdXMemB dst: r1 src: r9 off: 58 imm: 0
	 410: JNEImm dst: r1 off: -1 imm: 104 <cnext_79>
	 411: Ja off: -1 <found_28>
cnext_79:
	 412: LdXMemB dst: r1 src: r9 off: 57 imm: 0
	 413: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 414: LdXMemB dst: r1 src: r9 off: 58 imm: 0
	 415: JNEImm dst: r1 off: -1 imm: 115 <cnext_80>
	 416: LdXMemB dst: r1 src: r9 off: 59 imm: 0
	 417: JNEImm dst: r1 off: -1 imm: 104 <cnext_80>
	 418: Ja off: -1 <found_28>
cnext_80:
	 419: LdXMemB dst: r1 src: r9 off: 58 imm: 0
	 420: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 421: LdXMemB dst: r1 src: r9 off: 59 imm: 0
	 422: JNEImm dst: r1 off: -1 imm: 115 <cnext_81>
	 423: LdXMemB dst: r1 src: r9 off: 60 imm: 0
	 424: JNEImm dst: r1 off: -1 imm: 104 <cnext_81>
	 425: Ja off: -1 <found_28>
cnext_81:
	 426: LdXMemB dst: r1 src: r9 off: 59 imm: 0
	 427: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 428: LdXMemB dst: r1 src: r9 off: 60 imm: 0
	 429: JNEImm dst: r1 off: -1 imm: 115 <cnext_82>
	 430: LdXMemB dst: r1 src: r9 off: 61 imm: 0
	 431: JNEImm dst: r1 off: -1 imm: 104 <cnext_82>
	 432: Ja off: -1 <found_28>
cnext_82:
	 433: LdXMemB dst: r1 src: r9 off: 60 imm: 0
	 434: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 435: LdXMemB dst: r1 src: r9 off: 61 imm: 0
	 436: JNEImm dst: r1 off: -1 imm: 115 <cnext_83>
	 437: LdXMemB dst: r1 src: r9 off: 62 imm: 0
	 438: JNEImm dst: r1 off: -1 imm: 104 <cnext_83>
	 439: Ja off: -1 <found_28>
cnext_83:
	 440: LdXMemB dst: r1 src: r9 off: 61 imm: 0
	 441: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 442: LdXMemB dst: r1 src: r9 off: 62 imm: 0
	 443: JNEImm dst: r1 off: -1 imm: 115 <cnext_84>
	 444: LdXMemB dst: r1 src: r9 off: 63 imm: 0
	 445: JNEImm dst: r1 off: -1 imm: 104 <cnext_84>
	 446: Ja off: -1 <found_28>
cnext_84:
	 447: LdXMemB dst: r1 src: r9 off: 62 imm: 0
	 448: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 449: LdXMemB dst: r1 src: r9 off: 63 imm: 0
	 450: JNEImm dst: r1 off: -1 imm: 115 <cnext_85>
	 451: LdXMemB dst: r1 src: r9 off: 64 imm: 0
	 452: JNEImm dst: r1 off: -1 imm: 104 <cnext_85>
	 453: Ja off: -1 <found_28>
cnext_85:
	 454: LdXMemB dst: r1 src: r9 off: 63 imm: 0
	 455: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 456: LdXMemB dst: r1 src: r9 off: 64 imm: 0
	 457: JNEImm dst: r1 off: -1 imm: 115 <cnext_86>
	 458: LdXMemB dst: r1 src: r9 off: 65 imm: 0
	 459: JNEImm dst: r1 off: -1 imm: 104 <cnext_86>
	 460: Ja off: -1 <found_28>
cnext_86:
	 461: LdXMemB dst: r1 src: r9 off: 64 imm: 0
	 462: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 463: LdXMemB dst: r1 src: r9 off: 65 imm: 0
	 464: JNEImm dst: r1 off: -1 imm: 115 <cnext_87>
	 465: LdXMemB dst: r1 src: r9 off: 66 imm: 0
	 466: JNEImm dst: r1 off: -1 imm: 104 <cnext_87>
	 467: Ja off: -1 <found_28>
cnext_87:
	 468: LdXMemB dst: r1 src: r9 off: 65 imm: 0
	 469: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 470: LdXMemB dst: r1 src: r9 off: 66 imm: 0
	 471: JNEImm dst: r1 off: -1 imm: 115 <cnext_88>
	 472: LdXMemB dst: r1 src: r9 off: 67 imm: 0
	 473: JNEImm dst: r1 off: -1 imm: 104 <cnext_88>
	 474: Ja off: -1 <found_28>
cnext_88:
	 475: LdXMemB dst: r1 src: r9 off: 66 imm: 0
	 476: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 477: LdXMemB dst: r1 src: r9 off: 67 imm: 0
	 478: JNEImm dst: r1 off: -1 imm: 115 <cnext_89>
	 479: LdXMemB dst: r1 src: r9 off: 68 imm: 0
	 480: JNEImm dst: r1 off: -1 imm: 104 <cnext_89>
	 481: Ja off: -1 <found_28>
cnext_89:
	 482: LdXMemB dst: r1 src: r9 off: 67 imm: 0
	 483: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 484: LdXMemB dst: r1 src: r9 off: 68 imm: 0
	 485: JNEImm dst: r1 off: -1 imm: 115 <cnext_90>
	 486: LdXMemB dst: r1 src: r9 off: 69 imm: 0
	 487: JNEImm dst: r1 off: -1 imm: 104 <cnext_90>
	 488: Ja off: -1 <found_28>
cnext_90:
	 489: LdXMemB dst: r1 src: r9 off: 68 imm: 0
	 490: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 491: LdXMemB dst: r1 src: r9 off: 69 imm: 0
	 492: JNEImm dst: r1 off: -1 imm: 115 <cnext_91>
	 493: LdXMemB dst: r1 src: r9 off: 70 imm: 0
	 494: JNEImm dst: r1 off: -1 imm: 104 <cnext_91>
	 495: Ja off: -1 <found_28>
cnext_91:
	 496: LdXMemB dst: r1 src: r9 off: 69 imm: 0
	 497: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 498: Ja off: -1 <cend_29_no>
found_28:
	 499: MovImm dst: r0 imm: 1
	 500: Ja off: -1 <cend_29>
cend_29_no:
	 501: MovImm dst: r0 imm: 0
cend_29:
	 502: JNEImm dst: r0 off: -1 imm: 0 <short_22>
	 503: MovImm dst: r0 imm: 0
	 504: Ja off: -1 <lend_23>
short_22:
	 505: MovImm dst: r0 imm: 1
lend_23:
	 506: JEqImm dst: r0 off: -1 imm: 0 <else_21>
	    ; strings.bt:18: @shells[$c] = count();
	 507: StMemDW dst: r9 src: r0 off: 136 imm: 0
	 508: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 509: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 510: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 511: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 512: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 513: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 514: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 515: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	 516: StXMemDW dst: r9 src: r1 off: 136 imm: 0
	 517: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	 518: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	 519: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 520: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	 521: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	 522: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	 523: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	 524: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	 525: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 526: StXMemDW dst: r9 src: r1 off: 176 imm: 0
	 527: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	 528: StXMemDW dst: r9 src: r1 off: 184 imm: 0
	 529: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	 530: StXMemDW dst: r9 src: r1 off: 192 imm: 0
	 531: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 533: MovReg dst: r2 src: r9
	 534: AddImm dst: r2 imm: 136
	 535: Call FnMapLookupElem
	 536: MovImm dst: r2 imm: 1
	 537: JEqImm dst: r0 off: -1 imm: 0 <ainit_92>
	 538: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 539: AddReg dst: r1 src: r2
	 540: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 541: Ja off: -1 <aend_93>
ainit_92:
	 542: StXMemDW dst: r9 src: r2 off: 200 imm: 0
	 543: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 545: MovReg dst: r2 src: r9
	 546: AddImm dst: r2 imm: 136
	 547: MovReg dst: r3 src: r9
	 548: AddImm dst: r3 imm: 200
	 549: MovImm dst: r4 imm: 0
	 550: Call FnMapUpdateElem
	 551: JEqImm dst: r0 off: -1 imm: 0 <okh_94>
	 552: StMemW dst: rfp src: r0 off: -8 imm: 2
	 553: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 555: MovReg dst: r2 src: rfp
	 556: AddImm dst: r2 imm: -8
	 557: Call FnMapLookupElem
	 558: JEqImm dst: r0 off: -1 imm: 0 <okh_94>
	 559: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 560: AddImm dst: r1 imm: 1
	 561: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_94:
	 562: Ja off: 0
aend_93:
	 563: Ja off: 0
else_21:
	 564: Ja off: 0
exit_20:
	 565: MovImm dst: r0 imm: 0
	 566: Exit

