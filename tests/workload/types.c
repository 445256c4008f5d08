// types: a program whose function takes C structs, unions and arrays of
// every integer width, for the tests of C definitions, pointer
// arithmetic and DWARF (built with and without -g). `types N` calls
// types_take N times (default 2), with id 1..N.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct point {
	short x, y;
};

union num {
	int i;
	long l;
};

struct rec {
	int id;
	char name[12];
	int vals[3];
	struct point pos;
	unsigned flags : 3;
	unsigned mode : 5;
	unsigned char grid[2][3];
	const char *label;
	union num n;
	struct rec *next;
};

// Written at run time, so that their pages are present when the probe
// reads them (a string literal's page may never be).
static char label[8];
static int8_t a8[4];
static int16_t a16[4];
static int32_t a32[4];
static int64_t a64[4];

__attribute__((noinline)) void types_take(struct rec *r, int8_t *p8, int16_t *p16, int32_t *p32, int64_t *p64)
{
	__asm__ volatile("" : : "r"(r), "r"(p8), "r"(p16), "r"(p32), "r"(p64) : "memory");
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	static struct rec tail, r;
	strcpy(label, "tag");
	for (int i = 0; i < 4; i++) {
		int s = i % 2 ? 1 : -1;
		a8[i] = (int8_t)(s * (i + 1));
		a16[i] = (int16_t)(s * 100 * (i + 1));
		a32[i] = s * 100000 * (i + 1);
		a64[i] = (int64_t)s * 5000000000LL * (i + 1);
	}
	tail.id = 99;
	strcpy(tail.name, "tail");
	strcpy(r.name, "head");
	for (int i = 0; i < 3; i++)
		r.vals[i] = 10 * (i + 1);
	r.pos.x = -3;
	r.pos.y = 4;
	r.flags = 5;
	r.mode = 17;
	for (int i = 0; i < 6; i++)
		r.grid[i / 3][i % 3] = (unsigned char)(i + 1);
	r.label = label;
	r.n.l = 1234567890123L;
	r.next = &tail;
	for (int i = 1; i <= n; i++) {
		r.id = i;
		types_take(&r, a8, a16, a32, a64);
	}
	return 0;
}
