// cpp: a small C++ program for the tests of demangled names: three calls
// of a method in a namespace, then a pause of argv[1] ms (so that the
// process is still there when its addresses are symbolized).
#include <cstdlib>
#include <unistd.h>

namespace gt {
struct Counter {
	long n = 0;
	long bump(long by);
};

__attribute__((noinline)) long Counter::bump(long by)
{
	n += by;
	asm volatile("" ::: "memory");
	return n;
}
} // namespace gt

int main(int argc, char **argv)
{
	gt::Counter c;
	for (int i = 0; i < 3; i++)
		c.bump(2);
	if (argc > 1)
		usleep(1000 * atol(argv[1]));
	return c.n == 6 ? 0 : 1;
}
