gt_p0: BEGIN
	   ; progen.bt:7: BEGIN
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 0
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	  8: MovReg dst: r9 src: r0
	   ; progen.bt:9: @n = strncmp(comm, "a", 0);
	  9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 10: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 11: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 12: MovReg dst: r1 src: r9
	 13: AddImm dst: r1 imm: 16
	 14: MovImm dst: r2 imm: 16
	 15: Call FnGetCurrentComm
	 16: StMemDW dst: r9 src: r0 off: 32 imm: 97
	 17: StMemDW dst: r9 src: r0 off: 40 imm: 0
	 18: StMemDW dst: r9 src: r0 off: 48 imm: 0
	 19: StMemDW dst: r9 src: r0 off: 56 imm: 0
	 20: StMemDW dst: r9 src: r0 off: 64 imm: 0
	 21: StMemDW dst: r9 src: r0 off: 72 imm: 0
	 22: StMemDW dst: r9 src: r0 off: 80 imm: 0
	 23: StMemDW dst: r9 src: r0 off: 88 imm: 0
	 24: MovImm dst: r0 imm: 0
	 25: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 26: LoadMapPtr dst: r1 fd: 0 <gt_m3>
	 28: MovReg dst: r2 src: r9
	 29: MovReg dst: r3 src: r9
	 30: AddImm dst: r3 imm: 8
	 31: MovImm dst: r4 imm: 0
	 32: Call FnMapUpdateElem
	 33: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 34: StMemW dst: rfp src: r0 off: -8 imm: 3
	 35: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -8
	 39: Call FnMapLookupElem
	 40: JEqImm dst: r0 off: -1 imm: 0 <okh_2>
	 41: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 42: AddImm dst: r1 imm: 1
	 43: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_2:
	   ; progen.bt:10: @c = strcontains(comm, "0123456789abcdefghij");
	 44: StMemDW dst: r9 src: r0 off: 0 imm: 0
	 45: StMemDW dst: r9 src: r0 off: 16 imm: 0
	 46: StMemDW dst: r9 src: r0 off: 24 imm: 0
	 47: MovReg dst: r1 src: r9
	 48: AddImm dst: r1 imm: 16
	 49: MovImm dst: r2 imm: 16
	 50: Call FnGetCurrentComm
	 51: MovImm dst: r0 imm: 0
	 52: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <gt_m0>
	 55: MovReg dst: r2 src: r9
	 56: MovReg dst: r3 src: r9
	 57: AddImm dst: r3 imm: 8
	 58: MovImm dst: r4 imm: 0
	 59: Call FnMapUpdateElem
	 60: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	 61: StMemW dst: rfp src: r0 off: -8 imm: 0
	 62: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 64: MovReg dst: r2 src: rfp
	 65: AddImm dst: r2 imm: -8
	 66: Call FnMapLookupElem
	 67: JEqImm dst: r0 off: -1 imm: 0 <exit_1>
	 68: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 69: AddImm dst: r1 imm: 1
	 70: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_1:
	 71: MovImm dst: r0 imm: 0
	 72: Exit

gt_p1: interval:s:1
	   ; progen.bt:15: interval:s:1
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 1
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_6>
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
	 25: StMemDW dst: r9 src: r0 off: 112 imm: 0
	 26: StMemDW dst: r9 src: r0 off: 120 imm: 0
	 27: StMemDW dst: r9 src: r0 off: 128 imm: 0
	 28: StMemDW dst: r9 src: r0 off: 136 imm: 0
	   ; progen.bt:17: @m[1, comm] = comm;
	 29: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 30: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 31: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 32: MovImm dst: r0 imm: 1
	 33: StXMemDW dst: r9 src: r0 off: 144 imm: 0
	 34: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 35: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 36: MovReg dst: r1 src: r9
	 37: AddImm dst: r1 imm: 152
	 38: MovImm dst: r2 imm: 16
	 39: Call FnGetCurrentComm
	 40: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 41: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 42: MovReg dst: r1 src: r9
	 43: AddImm dst: r1 imm: 168
	 44: MovImm dst: r2 imm: 16
	 45: Call FnGetCurrentComm
	 46: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 48: MovReg dst: r2 src: r9
	 49: AddImm dst: r2 imm: 144
	 50: MovReg dst: r3 src: r9
	 51: AddImm dst: r3 imm: 168
	 52: MovImm dst: r4 imm: 0
	 53: Call FnMapUpdateElem
	 54: JEqImm dst: r0 off: -1 imm: 0 <okh_7>
	 55: StMemW dst: rfp src: r0 off: -8 imm: 2
	 56: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -8
	 60: Call FnMapLookupElem
	 61: JEqImm dst: r0 off: -1 imm: 0 <okh_7>
	 62: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 63: AddImm dst: r1 imm: 1
	 64: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_7:
	   ; progen.bt:18: for ($kv : @m) {
	 65: LoadMapPtr dst: r1 fd: 0 <gt_m2>
	 67: LdImmDW dst: r2 imm: -1 <gt_p1_loop_8>
	 69: MovReg dst: r3 src: rfp
	 70: AddImm dst: r3 imm: -24
	 71: MovImm dst: r4 imm: 0
	 72: Call FnForEachMapElem
	 73: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	 74: JNEImm dst: r1 off: -1 imm: 0 <exit_6>
	   ; progen.bt:21: $kv = ((2, "a string longer than comm"), "another long string");
	 75: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 76: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 77: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 78: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 79: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 80: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 81: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 82: StMemDW dst: r9 src: r0 off: 200 imm: 0
	 83: StMemDW dst: r9 src: r0 off: 208 imm: 0
	 84: StMemDW dst: r9 src: r0 off: 216 imm: 0
	 85: StMemDW dst: r9 src: r0 off: 224 imm: 0
	 86: StMemDW dst: r9 src: r0 off: 232 imm: 0
	 87: StMemDW dst: r9 src: r0 off: 240 imm: 0
	 88: StMemDW dst: r9 src: r0 off: 248 imm: 0
	 89: StMemDW dst: r9 src: r0 off: 256 imm: 0
	 90: StMemDW dst: r9 src: r0 off: 264 imm: 0
	 91: StMemDW dst: r9 src: r0 off: 272 imm: 0
	 92: StMemDW dst: r9 src: r0 off: 144 imm: 0
	 93: StMemDW dst: r9 src: r0 off: 152 imm: 0
	 94: StMemDW dst: r9 src: r0 off: 160 imm: 0
	 95: StMemDW dst: r9 src: r0 off: 168 imm: 0
	 96: StMemDW dst: r9 src: r0 off: 176 imm: 0
	 97: StMemDW dst: r9 src: r0 off: 184 imm: 0
	 98: StMemDW dst: r9 src: r0 off: 192 imm: 0
	 99: StMemDW dst: r9 src: r0 off: 200 imm: 0
	100: StMemDW dst: r9 src: r0 off: 208 imm: 0
	101: MovImm dst: r0 imm: 2
	102: StXMemDW dst: r9 src: r0 off: 144 imm: 0
	103: LdImmDW dst: r1 imm: 7453010373645639777
	105: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	106: LdImmDW dst: r1 imm: 2338042651467541536
	108: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	109: LdImmDW dst: r1 imm: 7885630463491008628
	111: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	112: StMemDW dst: r9 src: r0 off: 176 imm: 109
	113: StMemDW dst: r9 src: r0 off: 184 imm: 0
	114: StMemDW dst: r9 src: r0 off: 192 imm: 0
	115: StMemDW dst: r9 src: r0 off: 200 imm: 0
	116: StMemDW dst: r9 src: r0 off: 208 imm: 0
	117: LdImmDW dst: r1 imm: 2338042655863172705
	119: StXMemDW dst: r9 src: r1 off: 216 imm: 0
	120: LdImmDW dst: r1 imm: 8247343400633659244
	122: StXMemDW dst: r9 src: r1 off: 224 imm: 0
	123: StMemDW dst: r9 src: r0 off: 232 imm: 6778473
	124: StMemDW dst: r9 src: r0 off: 240 imm: 0
	125: StMemDW dst: r9 src: r0 off: 248 imm: 0
	126: StMemDW dst: r9 src: r0 off: 256 imm: 0
	127: StMemDW dst: r9 src: r0 off: 264 imm: 0
	128: StMemDW dst: r9 src: r0 off: 272 imm: 0
	129: LdXMemDW dst: r1 src: r9 off: 144 imm: 0
	130: StXMemDW dst: r9 src: r1 off: 8 imm: 0
	131: LdXMemDW dst: r1 src: r9 off: 152 imm: 0
	132: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	133: LdXMemDW dst: r1 src: r9 off: 160 imm: 0
	134: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	135: LdXMemDW dst: r1 src: r9 off: 168 imm: 0
	136: StXMemDW dst: r9 src: r1 off: 32 imm: 0
	137: LdXMemDW dst: r1 src: r9 off: 176 imm: 0
	138: StXMemDW dst: r9 src: r1 off: 40 imm: 0
	139: LdXMemDW dst: r1 src: r9 off: 184 imm: 0
	140: StXMemDW dst: r9 src: r1 off: 48 imm: 0
	141: LdXMemDW dst: r1 src: r9 off: 192 imm: 0
	142: StXMemDW dst: r9 src: r1 off: 56 imm: 0
	143: LdXMemDW dst: r1 src: r9 off: 200 imm: 0
	144: StXMemDW dst: r9 src: r1 off: 64 imm: 0
	145: LdXMemDW dst: r1 src: r9 off: 208 imm: 0
	146: StXMemDW dst: r9 src: r1 off: 72 imm: 0
	147: LdXMemDW dst: r1 src: r9 off: 216 imm: 0
	148: StXMemDW dst: r9 src: r1 off: 80 imm: 0
	149: LdXMemDW dst: r1 src: r9 off: 224 imm: 0
	150: StXMemDW dst: r9 src: r1 off: 88 imm: 0
	151: LdXMemDW dst: r1 src: r9 off: 232 imm: 0
	152: StXMemDW dst: r9 src: r1 off: 96 imm: 0
	153: LdXMemDW dst: r1 src: r9 off: 240 imm: 0
	154: StXMemDW dst: r9 src: r1 off: 104 imm: 0
	155: LdXMemDW dst: r1 src: r9 off: 248 imm: 0
	156: StXMemDW dst: r9 src: r1 off: 112 imm: 0
	157: LdXMemDW dst: r1 src: r9 off: 256 imm: 0
	158: StXMemDW dst: r9 src: r1 off: 120 imm: 0
	159: LdXMemDW dst: r1 src: r9 off: 264 imm: 0
	160: StXMemDW dst: r9 src: r1 off: 128 imm: 0
	161: LdXMemDW dst: r1 src: r9 off: 272 imm: 0
	162: StXMemDW dst: r9 src: r1 off: 136 imm: 0
exit_6:
	163: MovImm dst: r0 imm: 0
	164: Exit
gt_p1_loop_8:
	   ; progen.bt:18: for ($kv : @m) {
	165: MovReg dst: r7 src: r2
	166: MovReg dst: r8 src: r3
	167: LdXMemDW dst: r9 src: r4 off: 0 imm: 0
	168: LdXMemDW dst: r6 src: r4 off: 8 imm: 0
	169: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	170: StXMemDW dst: rfp src: r9 off: -24 imm: 0
	171: LdXMemDW dst: r1 src: r7 off: 0 imm: 0
	172: StXMemDW dst: r9 src: r1 off: 144 imm: 0
	173: LdXMemDW dst: r1 src: r7 off: 8 imm: 0
	174: StXMemDW dst: r9 src: r1 off: 152 imm: 0
	175: LdXMemDW dst: r1 src: r7 off: 16 imm: 0
	176: StXMemDW dst: r9 src: r1 off: 160 imm: 0
	177: StMemDW dst: r9 src: r0 off: 8 imm: 0
	178: StMemDW dst: r9 src: r0 off: 16 imm: 0
	179: StMemDW dst: r9 src: r0 off: 24 imm: 0
	180: StMemDW dst: r9 src: r0 off: 32 imm: 0
	181: StMemDW dst: r9 src: r0 off: 40 imm: 0
	182: StMemDW dst: r9 src: r0 off: 48 imm: 0
	183: StMemDW dst: r9 src: r0 off: 56 imm: 0
	184: StMemDW dst: r9 src: r0 off: 64 imm: 0
	185: StMemDW dst: r9 src: r0 off: 72 imm: 0
	186: LdXMemDW dst: r1 src: r9 off: 144 imm: 0
	187: StXMemDW dst: r9 src: r1 off: 8 imm: 0
	188: LdXMemDW dst: r1 src: r9 off: 152 imm: 0
	189: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	190: LdXMemDW dst: r1 src: r9 off: 160 imm: 0
	191: StXMemDW dst: r9 src: r1 off: 24 imm: 0
	192: StMemDW dst: r9 src: r0 off: 32 imm: 0
	193: StMemDW dst: r9 src: r0 off: 40 imm: 0
	194: StMemDW dst: r9 src: r0 off: 48 imm: 0
	195: StMemDW dst: r9 src: r0 off: 56 imm: 0
	196: StMemDW dst: r9 src: r0 off: 64 imm: 0
	197: StMemDW dst: r9 src: r0 off: 72 imm: 0
	198: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	199: StXMemDW dst: r9 src: r1 off: 168 imm: 0
	200: LdXMemDW dst: r1 src: r8 off: 8 imm: 0
	201: StXMemDW dst: r9 src: r1 off: 176 imm: 0
	202: LdXMemDW dst: r1 src: r9 off: 168 imm: 0
	203: StXMemDW dst: r9 src: r1 off: 80 imm: 0
	204: LdXMemDW dst: r1 src: r9 off: 176 imm: 0
	205: StXMemDW dst: r9 src: r1 off: 88 imm: 0
	206: StMemDW dst: r9 src: r0 off: 96 imm: 0
	207: StMemDW dst: r9 src: r0 off: 104 imm: 0
	208: StMemDW dst: r9 src: r0 off: 112 imm: 0
	209: StMemDW dst: r9 src: r0 off: 120 imm: 0
	210: StMemDW dst: r9 src: r0 off: 128 imm: 0
	211: StMemDW dst: r9 src: r0 off: 136 imm: 0
	   ; progen.bt:19: printf("%d %s %s\n", $kv.0.0, $kv.0.1, $kv.1);
	212: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	213: StXMemDW dst: r9 src: r1 off: 328 imm: 0
	214: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	215: StXMemDW dst: r9 src: r1 off: 336 imm: 0
	216: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	217: StXMemDW dst: r9 src: r1 off: 344 imm: 0
	218: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	219: StXMemDW dst: r9 src: r1 off: 352 imm: 0
	220: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	221: StXMemDW dst: r9 src: r1 off: 360 imm: 0
	222: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	223: StXMemDW dst: r9 src: r1 off: 368 imm: 0
	224: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	225: StXMemDW dst: r9 src: r1 off: 376 imm: 0
	226: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	227: StXMemDW dst: r9 src: r1 off: 384 imm: 0
	228: LdXMemDW dst: r1 src: r9 off: 72 imm: 0
	229: StXMemDW dst: r9 src: r1 off: 392 imm: 0
	230: LdXMemDW dst: r0 src: r9 off: 328 imm: 0
	231: StXMemDW dst: r9 src: r0 off: 192 imm: 0
	232: LdXMemDW dst: r1 src: r9 off: 8 imm: 0
	233: StXMemDW dst: r9 src: r1 off: 400 imm: 0
	234: LdXMemDW dst: r1 src: r9 off: 16 imm: 0
	235: StXMemDW dst: r9 src: r1 off: 408 imm: 0
	236: LdXMemDW dst: r1 src: r9 off: 24 imm: 0
	237: StXMemDW dst: r9 src: r1 off: 416 imm: 0
	238: LdXMemDW dst: r1 src: r9 off: 32 imm: 0
	239: StXMemDW dst: r9 src: r1 off: 424 imm: 0
	240: LdXMemDW dst: r1 src: r9 off: 40 imm: 0
	241: StXMemDW dst: r9 src: r1 off: 432 imm: 0
	242: LdXMemDW dst: r1 src: r9 off: 48 imm: 0
	243: StXMemDW dst: r9 src: r1 off: 440 imm: 0
	244: LdXMemDW dst: r1 src: r9 off: 56 imm: 0
	245: StXMemDW dst: r9 src: r1 off: 448 imm: 0
	246: LdXMemDW dst: r1 src: r9 off: 64 imm: 0
	247: StXMemDW dst: r9 src: r1 off: 456 imm: 0
	248: LdXMemDW dst: r1 src: r9 off: 72 imm: 0
	249: StXMemDW dst: r9 src: r1 off: 464 imm: 0
	250: LdXMemDW dst: r1 src: r9 off: 408 imm: 0
	251: StXMemDW dst: r9 src: r1 off: 200 imm: 0
	252: LdXMemDW dst: r1 src: r9 off: 416 imm: 0
	253: StXMemDW dst: r9 src: r1 off: 208 imm: 0
	254: LdXMemDW dst: r1 src: r9 off: 424 imm: 0
	255: StXMemDW dst: r9 src: r1 off: 216 imm: 0
	256: LdXMemDW dst: r1 src: r9 off: 432 imm: 0
	257: StXMemDW dst: r9 src: r1 off: 224 imm: 0
	258: LdXMemDW dst: r1 src: r9 off: 440 imm: 0
	259: StXMemDW dst: r9 src: r1 off: 232 imm: 0
	260: LdXMemDW dst: r1 src: r9 off: 448 imm: 0
	261: StXMemDW dst: r9 src: r1 off: 240 imm: 0
	262: LdXMemDW dst: r1 src: r9 off: 456 imm: 0
	263: StXMemDW dst: r9 src: r1 off: 248 imm: 0
	264: LdXMemDW dst: r1 src: r9 off: 464 imm: 0
	265: StXMemDW dst: r9 src: r1 off: 256 imm: 0
	266: LdXMemDW dst: r1 src: r9 off: 80 imm: 0
	267: StXMemDW dst: r9 src: r1 off: 264 imm: 0
	268: LdXMemDW dst: r1 src: r9 off: 88 imm: 0
	269: StXMemDW dst: r9 src: r1 off: 272 imm: 0
	270: LdXMemDW dst: r1 src: r9 off: 96 imm: 0
	271: StXMemDW dst: r9 src: r1 off: 280 imm: 0
	272: LdXMemDW dst: r1 src: r9 off: 104 imm: 0
	273: StXMemDW dst: r9 src: r1 off: 288 imm: 0
	274: LdXMemDW dst: r1 src: r9 off: 112 imm: 0
	275: StXMemDW dst: r9 src: r1 off: 296 imm: 0
	276: LdXMemDW dst: r1 src: r9 off: 120 imm: 0
	277: StXMemDW dst: r9 src: r1 off: 304 imm: 0
	278: LdXMemDW dst: r1 src: r9 off: 128 imm: 0
	279: StXMemDW dst: r9 src: r1 off: 312 imm: 0
	280: LdXMemDW dst: r1 src: r9 off: 136 imm: 0
	281: StXMemDW dst: r9 src: r1 off: 320 imm: 0
	282: StMemDW dst: r9 src: r0 off: 184 imm: 0
	283: LoadMapPtr dst: r1 fd: 0 <gt_events>
	285: MovReg dst: r2 src: r9
	286: AddImm dst: r2 imm: 184
	287: MovImm dst: r3 imm: 144
	288: MovImm dst: r4 imm: 0
	289: Call FnRingbufOutput
	290: JEqImm dst: r0 off: -1 imm: 0 <next_9>
	291: StMemW dst: rfp src: r0 off: -8 imm: 0
	292: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	294: MovReg dst: r2 src: rfp
	295: AddImm dst: r2 imm: -8
	296: Call FnMapLookupElem
	297: JEqImm dst: r0 off: -1 imm: 0 <next_9>
	298: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	299: AddImm dst: r1 imm: 1
	300: StXMemDW dst: r0 src: r1 off: 0 imm: 0
next_9:
	301: MovImm dst: r0 imm: 0
	302: Exit

gt_p2: END
	  ; progen.bt:27: END { clear(@i); }
	 0: MovReg dst: r6 src: r1
	 1: StMemW dst: rfp src: r0 off: -8 imm: 2
	 2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -8
	 6: Call FnMapLookupElem
	 7: JEqImm dst: r0 off: -1 imm: 0 <exit_13>
	 8: MovReg dst: r9 src: r0
	  ; progen.bt:27: END { clear(@i); }
	 9: StMemDW dst: r9 src: r0 off: 0 imm: 1
	10: LoadMapPtr dst: r1 fd: 0 <gt_events>
	12: MovReg dst: r2 src: r9
	13: MovImm dst: r3 imm: 8
	14: MovImm dst: r4 imm: 0
	15: Call FnRingbufOutput
	16: JEqImm dst: r0 off: -1 imm: 0 <exit_13>
	17: StMemW dst: rfp src: r0 off: -8 imm: 0
	18: LoadMapPtr dst: r1 fd: 0 <gt_lost>
	20: MovReg dst: r2 src: rfp
	21: AddImm dst: r2 imm: -8
	22: Call FnMapLookupElem
	23: JEqImm dst: r0 off: -1 imm: 0 <exit_13>
	24: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	25: AddImm dst: r1 imm: 1
	26: StXMemDW dst: r0 src: r1 off: 0 imm: 0
exit_13:
	27: MovImm dst: r0 imm: 0
	28: Exit

gt_p3: tracepoint:syscalls:sys_enter_openat
	   ; progen.bt:28: tracepoint:syscalls:sys_enter_openat
	  0: MovReg dst: r6 src: r1
	  1: StMemW dst: rfp src: r0 off: -8 imm: 3
	  2: LoadMapPtr dst: r1 fd: 0 <gt_scratch>
	  4: MovReg dst: r2 src: rfp
	  5: AddImm dst: r2 imm: -8
	  6: Call FnMapLookupElem
	  7: JEqImm dst: r0 off: -1 imm: 0 <exit_15>
	  8: MovReg dst: r9 src: r0
	  9: StMemDW dst: r9 src: r0 off: 0 imm: 0
	   ; progen.bt:30: $x = 0;
	 10: MovImm dst: r0 imm: 0
	 11: StXMemDW dst: r9 src: r0 off: 0 imm: 0
	   ; progen.bt:31: $x = 1 + @i[$x]++;
	 12: MovImm dst: r0 imm: 1
	 13: MovReg dst: r7 src: r0
	 14: MovImm dst: r0 imm: 1
	 15: MovReg dst: r8 src: r0
	 16: LdXMemDW dst: r0 src: r9 off: 0 imm: 0
	 17: StXMemDW dst: r9 src: r0 off: 8 imm: 0
	 18: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 20: MovReg dst: r2 src: r9
	 21: AddImm dst: r2 imm: 8
	 22: Call FnMapLookupElem
	 23: JEqImm dst: r0 off: -1 imm: 0 <miss_16>
	 24: MovReg dst: r3 src: r0
	 25: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 26: Ja off: -1 <store_17>
miss_16:
	 27: MovImm dst: r3 imm: 0
	 28: MovImm dst: r1 imm: 0
store_17:
	 29: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	 30: MovReg dst: r2 src: r8
	 31: AddReg dst: r1 src: r2
	 32: JNEImm dst: r3 off: -1 imm: 0 <inplace_19>
	 33: StXMemDW dst: r9 src: r1 off: 16 imm: 0
	 34: LoadMapPtr dst: r1 fd: 0 <gt_m1>
	 36: MovReg dst: r2 src: r9
	 37: AddImm dst: r2 imm: 8
	 38: MovReg dst: r3 src: r9
	 39: AddImm dst: r3 imm: 16
	 40: MovImm dst: r4 imm: 0
	 41: Call FnMapUpdateElem
	 42: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	 43: StMemW dst: rfp src: r0 off: -8 imm: 1
	 44: LoadMapPtr dst: r1 fd: 0 <gt_full>
	 46: MovReg dst: r2 src: rfp
	 47: AddImm dst: r2 imm: -8
	 48: Call FnMapLookupElem
	 49: JEqImm dst: r0 off: -1 imm: 0 <okh_20>
	 50: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 51: AddImm dst: r1 imm: 1
	 52: StXMemDW dst: r0 src: r1 off: 0 imm: 0
okh_20:
	 53: MovImm dst: r0 imm: 0
	 54: Ja off: -1 <uend_18>
inplace_19:
	 55: StXMemDW dst: r3 src: r1 off: 0 imm: 0
	 56: LdXMemDW dst: r0 src: r9 off: 16 imm: 0
uend_18:
	 57: MovReg dst: r1 src: r0
	 58: MovReg dst: r0 src: r7
	 59: AddReg dst: r0 src: r1
	 60: StXMemDW dst: r9 src: r0 off: 0 imm: 0
exit_15:
	 61: MovImm dst: r0 imm: 0
	 62: Exit

