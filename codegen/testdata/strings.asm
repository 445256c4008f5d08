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
	 69: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 70: StXMemDW dst: r9 src: r1 off: 128 imm: 0
	 71: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	 72: StXMemDW dst: r9 src: r1 off: 136 imm: 0
	 73: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	 74: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	 75: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	 76: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	 77: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	 78: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	 79: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	 80: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	 81: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	 82: StXMemDW dst: r9 src: r1 off: 176 imm: 0
	 83: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	 84: StXMemDW dst: r9 src: r1 off: 184 imm: 0
	 85: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 87: MovReg dst: r2 src: r9
	 88: AddImm dst: r2 imm: 128
	 89: Call FnMapLookupElem
	 90: MovImm dst: r2 imm: 1
	 91: JEqImm dst: r0 off: -1 imm: 0 <ainit_5>
	 92: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 93: AddReg dst: r1 src: r2
	 94: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 95: Ja off: -1 <aend_6>
ainit_5:
	 96: StXMemDW dst: r9 src: r2 off: 192 imm: 0
	 97: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 99: MovReg dst: r2 src: r9
	100: AddImm dst: r2 imm: 128
	101: MovReg dst: r3 src: r9
	102: AddImm dst: r3 imm: 192
	103: MovImm dst: r4 imm: 0
	104: Call FnMapUpdateElem
	105: JEqImm dst: r0 off: -1 imm: 0 <aend_6>
	106: StMemW dst: rfp src: r0 off: -8 imm: 0
	107: LoadMapPtr dst: r1 fd: 0 <gt_full>
	109: MovReg dst: r2 src: rfp
	110: AddImm dst: r2 imm: -8
	111: Call FnMapLookupElem
	112: JEqImm dst: r0 off: -1 imm: 0 <aend_6>
	113: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	114: AddImm dst: r1 imm: 1
	115: StXMemDW dst: r0 src: r1 off: 0 imm: 0
aend_6:
	116: Ja off: -1 <endif_8>
else_2:
	   ; strings.bt:6: } else if ($s != "") {
	117: StMemDW dst: r9 src: r0 off: 128 imm: 0
	118: StMemDW dst: r9 src: r0 off: 136 imm: 0
	119: StMemDW dst: r9 src: r0 off: 144 imm: 0
	120: StMemDW dst: r9 src: r0 off: 152 imm: 0
	121: StMemDW dst: r9 src: r0 off: 160 imm: 0
	122: StMemDW dst: r9 src: r0 off: 168 imm: 0
	123: StMemDW dst: r9 src: r0 off: 176 imm: 0
	124: StMemDW dst: r9 src: r0 off: 184 imm: 0
	125: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	126: LdXMemDW dst: r2 src: r9 off: 128 imm: 0
	127: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	128: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	129: LdXMemDW dst: r2 src: r9 off: 136 imm: 0
	130: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	131: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	132: LdXMemDW dst: r2 src: r9 off: 144 imm: 0
	133: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	134: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	135: LdXMemDW dst: r2 src: r9 off: 152 imm: 0
	136: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	137: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	138: LdXMemDW dst: r2 src: r9 off: 160 imm: 0
	139: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	140: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	141: LdXMemDW dst: r2 src: r9 off: 168 imm: 0
	142: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	143: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	144: LdXMemDW dst: r2 src: r9 off: 176 imm: 0
	145: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	146: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	147: LdXMemDW dst: r2 src: r9 off: 184 imm: 0
	148: JNEReg dst: r1 off: -1 src: r2 <sdiff_10>
	149: MovImm dst: r0 imm: 0
	150: Ja off: -1 <send_11>
sdiff_10:
	151: MovImm dst: r0 imm: 1
send_11:
	152: JEqImm dst: r0 off: -1 imm: 0 <else_9>
	   ; strings.bt:7: @other++;
	153: MovImm dst: r0 imm: 1
	154: MovReg dst: r7 src: r0
	155: StMemDW dst: r9 src: r0 off: 192 imm: 0
	156: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	158: MovReg dst: r2 src: r9
	159: AddImm dst: r2 imm: 192
	160: Call FnMapLookupElem
	161: JEqImm dst: r0 off: -1 imm: 0 <miss_12>
	162: MovReg dst: r3 src: r0
	163: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	164: Ja off: -1 <store_13>
miss_12:
	165: MovImm dst: r3 imm: 0
	166: MovImm dst: r1 imm: 0
store_13:
	167: StXMemDW dst: r9 src: r1 off: 200 imm: 0
	168: MovReg dst: r2 src: r7
	169: AddReg dst: r1 src: r2
	170: JNEImm dst: r3 off: -1 imm: 0 <inplace_15>
	171: StXMemDW dst: r9 src: r1 off: 200 imm: 0
	172: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	174: MovReg dst: r2 src: r9
	175: AddImm dst: r2 imm: 192
	176: MovReg dst: r3 src: r9
	177: AddImm dst: r3 imm: 200
	178: MovImm dst: r4 imm: 0
	179: Call FnMapUpdateElem
	180: JEqImm dst: r0 off: -1 imm: 0 <okh_16>
	181: StMemW dst: rfp src: r0 off: -8 imm: 1
	182: LoadMapPtr dst: r1 fd: 0 <gt_full>
	184: MovReg dst: r2 src: rfp
	185: AddImm dst: r2 imm: -8
	186: Call FnMapLookupElem
	187: JEqImm dst: r0 off: -1 imm: 0 <okh_16>
	188: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	189: AddImm dst: r1 imm: 1
	190: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_16:
	191: MovImm dst: r0 imm: 0
	192: Ja off: -1 <uend_14>
inplace_15:
	193: StXMemDW dst: r3 src: r1 off: 0 imm: 0
	194: LdXMemDW dst: r0 src: r9 off: 200 imm: 0
uend_14:
	195: Ja off: -1 <endif_8>
else_9:
	   ; strings.bt:9: return;
	196: Ja off: -1 <exit_1>
endif_8:
	   ; strings.bt:11: @short[str(args->filename, 3)] = 1;
	197: LdXMemDW dst: r0 src: r6 off: 24 imm: 0
	198: MovReg dst: r7 src: r0
	199: MovImm dst: r0 imm: 3
	200: AddImm dst: r0 imm: 1
	201: JLEImm dst: r0 off: -1 imm: 64 <lenok_18>
	202: MovImm dst: r0 imm: 64
lenok_18:
	203: MovReg dst: r2 src: r0
	204: MovReg dst: r3 src: r7
	205: StMemDW dst: r9 src: r0 off: 64 imm: 0
	206: StMemDW dst: r9 src: r0 off: 72 imm: 0
	207: StMemDW dst: r9 src: r0 off: 80 imm: 0
	208: StMemDW dst: r9 src: r0 off: 88 imm: 0
	209: StMemDW dst: r9 src: r0 off: 96 imm: 0
	210: StMemDW dst: r9 src: r0 off: 104 imm: 0
	211: StMemDW dst: r9 src: r0 off: 112 imm: 0
	212: StMemDW dst: r9 src: r0 off: 120 imm: 0
	213: MovReg dst: r1 src: r9
	214: AddImm dst: r1 imm: 64
	215: Call FnProbeReadUserStr
	216: MovImm dst: r0 imm: 1
	217: StXMemDW dst: r9 src: r0 off: 128 imm: 0
	218: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	220: MovReg dst: r2 src: r9
	221: AddImm dst: r2 imm: 64
	222: MovReg dst: r3 src: r9
	223: AddImm dst: r3 imm: 128
	224: MovImm dst: r4 imm: 0
	225: Call FnMapUpdateElem
	226: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	227: StMemW dst: rfp src: r0 off: -8 imm: 3
	228: LoadMapPtr dst: r1 fd: 0 <gt_full>
	230: MovReg dst: r2 src: rfp
	231: AddImm dst: r2 imm: -8
	232: Call FnMapLookupElem
	233: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	234: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	235: AddImm dst: r1 imm: 1
	236: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_1:
	237: MovImm dst: r0 imm: 0
	238: Exit

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
	  9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 10: StMemDW dst: r9 src: r0 off: 8 imm: 0
	   ; strings.bt:16: $c = comm;
	 11: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 12: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 13: MovReg dst: r1 src: r9
	 14: MovImm dst: r2 imm: 16
	 15: Call FnGetCurrentComm
	   ; strings.bt:17: if (strncmp($c, "bash", 4) == 0 || strcontains($c, "sh")) {
	 16: StMemDW dst: r9 src: r0 off: 16 imm: 1752392034
	 17: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 18: StMemDW dst: r9 src: r0 off: 32 imm: 0
	 19: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 20: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 21: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 22: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 23: StMemDW dst: r9 src: r0 off: 72 imm: 0
	 24: LdXMemB dst: r1 src: r9 off: 0 imm: 0
	 25: LdXMemB dst: r2 src: r9 off: 16 imm: 0
	 26: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	 27: LdXMemB dst: r1 src: r9 off: 1 imm: 0
	 28: LdXMemB dst: r2 src: r9 off: 17 imm: 0
	 29: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	 30: LdXMemB dst: r1 src: r9 off: 2 imm: 0
	 31: LdXMemB dst: r2 src: r9 off: 18 imm: 0
	 32: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	 33: LdXMemB dst: r1 src: r9 off: 3 imm: 0
	 34: LdXMemB dst: r2 src: r9 off: 19 imm: 0
	 35: JNEReg dst: r1 off: -1 src: r2 <ndiff_24>
	 36: MovImm dst: r0 imm: 0
	 37: Ja off: -1 <nend_25>
ndiff_24:
	 38: MovImm dst: r0 imm: 1
nend_25:
	 39: MovReg dst: r7 src: r0
	 40: MovImm dst: r0 imm: 0
	 41: MovReg dst: r1 src: r0
	 42: MovReg dst: r0 src: r7
	 43: JEqReg dst: r0 off: -1 src: r1 <cmp_26>
	 44: MovImm dst: r0 imm: 0
	 45: Ja off: -1 <cend_27>
cmp_26:
	 46: MovImm dst: r0 imm: 1
cend_27:
	 47: JNEImm dst: r0 off: -1 imm: 0 <short_22>
	 48: LdXMemB dst: r1 src: r9 off: 0 imm: 0
	 49: JNEImm dst: r1 off: -1 imm: 115 <cnext_30>
	 50: LdXMemB dst: r1 src: r9 off: 1 imm: 0
	 51: JNEImm dst: r1 off: -1 imm: 104 <cnext_30>
	 52: Ja off: -1 <found_28>
cnext_30:
	 53: LdXMemB dst: r1 src: r9 off: 0 imm: 0
	 54: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 55: LdXMemB dst: r1 src: r9 off: 1 imm: 0
	 56: JNEImm dst: r1 off: -1 imm: 115 <cnext_31>
	 57: LdXMemB dst: r1 src: r9 off: 2 imm: 0
	 58: JNEImm dst: r1 off: -1 imm: 104 <cnext_31>
	 59: Ja off: -1 <found_28>
cnext_31:
	 60: LdXMemB dst: r1 src: r9 off: 1 imm: 0
	 61: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 62: LdXMemB dst: r1 src: r9 off: 2 imm: 0
	 63: JNEImm dst: r1 off: -1 imm: 115 <cnext_32>
	 64: LdXMemB dst: r1 src: r9 off: 3 imm: 0
	 65: JNEImm dst: r1 off: -1 imm: 104 <cnext_32>
	 66: Ja off: -1 <found_28>
cnext_32:
	 67: LdXMemB dst: r1 src: r9 off: 2 imm: 0
	 68: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 69: LdXMemB dst: r1 src: r9 off: 3 imm: 0
	 70: JNEImm dst: r1 off: -1 imm: 115 <cnext_33>
	 71: LdXMemB dst: r1 src: r9 off: 4 imm: 0
	 72: JNEImm dst: r1 off: -1 imm: 104 <cnext_33>
	 73: Ja off: -1 <found_28>
cnext_33:
	 74: LdXMemB dst: r1 src: r9 off: 3 imm: 0
	 75: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 76: LdXMemB dst: r1 src: r9 off: 4 imm: 0
	 77: JNEImm dst: r1 off: -1 imm: 115 <cnext_34>
	 78: LdXMemB dst: r1 src: r9 off: 5 imm: 0
	 79: JNEImm dst: r1 off: -1 imm: 104 <cnext_34>
	 80: Ja off: -1 <found_28>
cnext_34:
	 81: LdXMemB dst: r1 src: r9 off: 4 imm: 0
	 82: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 83: LdXMemB dst: r1 src: r9 off: 5 imm: 0
	 84: JNEImm dst: r1 off: -1 imm: 115 <cnext_35>
	 85: LdXMemB dst: r1 src: r9 off: 6 imm: 0
	 86: JNEImm dst: r1 off: -1 imm: 104 <cnext_35>
	 87: Ja off: -1 <found_28>
cnext_35:
	 88: LdXMemB dst: r1 src: r9 off: 5 imm: 0
	 89: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 90: LdXMemB dst: r1 src: r9 off: 6 imm: 0
	 91: JNEImm dst: r1 off: -1 imm: 115 <cnext_36>
	 92: LdXMemB dst: r1 src: r9 off: 7 imm: 0
	 93: JNEImm dst: r1 off: -1 imm: 104 <cnext_36>
	 94: Ja off: -1 <found_28>
cnext_36:
	 95: LdXMemB dst: r1 src: r9 off: 6 imm: 0
	 96: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	 97: LdXMemB dst: r1 src: r9 off: 7 imm: 0
	 98: JNEImm dst: r1 off: -1 imm: 115 <cnext_37>
	 99: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	100: JNEImm dst: r1 off: -1 imm: 104 <cnext_37>
	101: Ja off: -1 <found_28>
cnext_37:
	102: LdXMemB dst: r1 src: r9 off: 7 imm: 0
	103: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	104: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	105: JNEImm dst: r1 off: -1 imm: 115 <cnext_38>
	106: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	107: JNEImm dst: r1 off: -1 imm: 104 <cnext_38>
	108: Ja off: -1 <found_28>
cnext_38:
	109: LdXMemB dst: r1 src: r9 off: 8 imm: 0
	110: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	111: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	112: JNEImm dst: r1 off: -1 imm: 115 <cnext_39>
	113: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	114: JNEImm dst: r1 off: -1 imm: 104 <cnext_39>
	115: Ja off: -1 <found_28>
cnext_39:
	116: LdXMemB dst: r1 src: r9 off: 9 imm: 0
	117: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	118: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	119: JNEImm dst: r1 off: -1 imm: 115 <cnext_40>
	120: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	121: JNEImm dst: r1 off: -1 imm: 104 <cnext_40>
	122: Ja off: -1 <found_28>
cnext_40:
	123: LdXMemB dst: r1 src: r9 off: 10 imm: 0
	124: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	125: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	126: JNEImm dst: r1 off: -1 imm: 115 <cnext_41>
	127: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	128: JNEImm dst: r1 off: -1 imm: 104 <cnext_41>
	129: Ja off: -1 <found_28>
cnext_41:
	130: LdXMemB dst: r1 src: r9 off: 11 imm: 0
	131: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	132: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	133: JNEImm dst: r1 off: -1 imm: 115 <cnext_42>
	134: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	135: JNEImm dst: r1 off: -1 imm: 104 <cnext_42>
	136: Ja off: -1 <found_28>
cnext_42:
	137: LdXMemB dst: r1 src: r9 off: 12 imm: 0
	138: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	139: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	140: JNEImm dst: r1 off: -1 imm: 115 <cnext_43>
	141: LdXMemB dst: r1 src: r9 off: 14 imm: 0
	142: JNEImm dst: r1 off: -1 imm: 104 <cnext_43>
	143: Ja off: -1 <found_28>
cnext_43:
	144: LdXMemB dst: r1 src: r9 off: 13 imm: 0
	145: JEqImm dst: r1 off: -1 imm: 0 <cend_29_no>
	146: Ja off: -1 <cend_29_no>
found_28:
	147: MovImm dst: r0 imm: 1
	148: Ja off: -1 <cend_29>
cend_29_no:
	149: MovImm dst: r0 imm: 0
cend_29:
	150: JNEImm dst: r0 off: -1 imm: 0 <short_22>
	151: MovImm dst: r0 imm: 0
	152: Ja off: -1 <lend_23>
short_22:
	153: MovImm dst: r0 imm: 1
lend_23:
	154: JEqImm dst: r0 off: -1 imm: 0 <exit_20>
	   ; strings.bt:18: @shells[$c] = count();
	155: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	156: StXMemDW dst: r9 src: r1 off: 80 imm: 0
	157: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	158: StXMemDW dst: r9 src: r1 off: 88 imm: 0
	159: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	161: MovReg dst: r2 src: r9
	162: AddImm dst: r2 imm: 80
	163: Call FnMapLookupElem
	164: MovImm dst: r2 imm: 1
	165: JEqImm dst: r0 off: -1 imm: 0 <ainit_44>
	166: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	167: AddReg dst: r1 src: r2
	168: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	169: Ja off: -1 <exit_20>
ainit_44:
	170: StXMemDW dst: r9 src: r2 off: 96 imm: 0
	171: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	173: MovReg dst: r2 src: r9
	174: AddImm dst: r2 imm: 80
	175: MovReg dst: r3 src: r9
	176: AddImm dst: r3 imm: 96
	177: MovImm dst: r4 imm: 0
	178: Call FnMapUpdateElem
	179: JEqImm dst: r0 off: -1 imm: 0 <exit_20>
	180: StMemW dst: rfp src: r0 off: -8 imm: 2
	181: LoadMapPtr dst: r1 fd: 0 <gt_full>
	183: MovReg dst: r2 src: rfp
	184: AddImm dst: r2 imm: -8
	185: Call FnMapLookupElem
	186: JEqImm dst: r0 off: -1 imm: 0 <exit_20>
	187: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	188: AddImm dst: r1 imm: 1
	189: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_20:
	190: MovImm dst: r0 imm: 0
	191: Exit

