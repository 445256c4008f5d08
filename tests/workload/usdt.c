/*
 * usdt: a program with USDT probes for gtrace's end-to-end tests, built
 * with systemtap-sdt-dev's <sys/sdt.h>.
 *
 * Usage: usdt N [MS]   (MS: wait that many milliseconds first, for -p)
 *
 * Fires gtrace_test:args N times, with arguments i (int, in a register or
 * on the stack as the compiler likes), -i (long), the constant 42, and a
 * string; then gtrace_test:guarded N times, but only while its semaphore is
 * set (that is, while a tracer is attached), then gtrace_test:operands N
 * times with a global (1234, 1235, ...) and an element of a table (10,
 * 20, 30, 40, 10, ...), which the compiler passes as a %rip-relative and an
 * indexed operand at -O1, and finally writes how many times the guarded
 * probe was enabled to stdout.
 */
#define _SDT_HAS_SEMAPHORES 1
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/sdt.h>

/* Every probe has a semaphore once _SDT_HAS_SEMAPHORES is set; only the
 * guarded probe's is checked. */
unsigned short gtrace_test_args_semaphore __attribute__((unused, section(".probes")));
unsigned short gtrace_test_guarded_semaphore __attribute__((unused, section(".probes")));
unsigned short gtrace_test_operands_semaphore __attribute__((unused, section(".probes")));

long counter_global = 1234;
int table[4] = {10, 20, 30, 40};

static volatile long sink;

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1;
	if (argc > 2) {
		long ms = atol(argv[2]);
		struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
		nanosleep(&ts, NULL);
	}
	/* On the stack: a probe cannot read a page not yet faulted in, as
	 * .rodata's may be. */
	char msg[] = "usdt-string";
	int enabled = 0;
	for (int i = 0; i < n; i++) {
		long neg = -(long)i;
		DTRACE_PROBE4(gtrace_test, args, i, neg, 42, msg);
		sink += i;
	}
	for (int i = 0; i < n; i++) {
		if (gtrace_test_guarded_semaphore) {
			enabled++;
			DTRACE_PROBE1(gtrace_test, guarded, i * 10);
		}
	}
	for (int i = 0; i < n; i++) {
		DTRACE_PROBE2(gtrace_test, operands, counter_global, table[i & 3]);
		counter_global++;
	}
	printf("enabled %d\n", enabled);
	return 0;
}
