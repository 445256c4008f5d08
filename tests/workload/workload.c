/*
 * workload: a small deterministic program for gtrace's end-to-end tests.
 *
 * The tests run it under `gtrace -c` and filter on `pid == cpid`, so every
 * figure a script computes is exact only if this program makes the traced
 * syscalls exactly as many times as its arguments say, and no other time.
 * It is therefore linked statically (no dynamic loader opening and reading
 * libraries), never uses stdio on a traced path, and opens its own helper
 * files (/dev/null, /dev/zero) with the legacy open(2) syscall rather than
 * openat(2), so that `sys_enter_openat` sees only the `open` step's paths.
 *
 * Usage: workload STEP [, STEP]...
 *
 *   write N SIZE      N write(2)s of SIZE bytes to /dev/null
 *   read N SIZE       N read(2)s of SIZE bytes from /dev/zero
 *   values V...       one write(2) to /dev/null of V bytes for each V, so that
 *                     a script sees exactly these values in args->count
 *   open PATH N       N openat(AT_FDCWD, PATH, O_RDONLY), each closed when it
 *                     succeeded (a missing PATH is fine: ENOENT)
 *   getpid N          N getpid(2)
 *   getppid N         N getppid(2)
 *   threads T N       T threads, each doing N getppid(2), all joined
 *   call N A B        N calls of workload_add(A + i, B), i = 0..N-1, for
 *                     uprobe tests (arg0, arg1, retval)
 *   callstr S N       N calls of workload_str(S), for str(arg0) in uprobes
 *   poke N, peek N    N writes, or reads, of workload_watched (watchpoints)
 *   bump N            N calls of workload_bump(0, p), each writing *p once,
 *                     p the same heap pointer in every bump step; the
 *                     caller writes *p once after each call too
 *                     (watchpoint:workload_bump+arg1)
 *   callmany A        one call of workload_many(A, A+1, ..., A+7): eight
 *                     arguments, the last two on the stack on x86-64
 *   sleep MS          sleep MS milliseconds
 *   connect ADDR PORT one TCP connect(2) to the numeric IPv4 or IPv6 ADDR
 *                     (refused or not, it does not matter), then close;
 *                     with a third word "port", first print the local port
 *                     the kernel chose to stderr ("local port N")
 *   create PATH       create the file PATH (openat with O_CREAT|O_EXCL),
 *                     then close it; it must not exist
 *   listen PORT BACKLOG
 *                     a TCP socket bound to 127.0.0.1:PORT listening with
 *                     BACKLOG, then closed
 *   serve PORT N      a TCP server on 127.0.0.1:PORT and N connections to
 *                     it, each accepted, sent one byte and closed
 *   exit CODE         exit at once with status CODE
 *
 * Steps are separated by a lone "," argument, e.g.
 *   workload write 3 10 , open /tmp/x 2 , exit 3
 * Bad usage prints to stderr and exits 64 (nothing traced depends on it).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int null_fd = -1;
static int zero_fd = -1;

static void die(const char *msg, const char *arg)
{
	/* Only on bad usage; a test never relies on these writes. */
	size_t n = strlen(msg);
	ssize_t r = write(2, "workload: ", 10);
	r = write(2, msg, n);
	if (arg) {
		r = write(2, ": ", 2);
		r = write(2, arg, strlen(arg));
	}
	r = write(2, "\n", 1);
	(void)r;
	_exit(64);
}

static long num(const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 0);
	if (errno || *s == '\0' || *end != '\0' || v < 0)
		die("not a non-negative number", s);
	return v;
}

/* open(2), not openat(2): helper files must not show in sys_enter_openat. */
static int open_legacy(const char *path, int flags)
{
	long fd = syscall(SYS_open, path, flags | O_CLOEXEC);
	if (fd < 0)
		die("cannot open", path);
	return (int)fd;
}

static char *buffer(size_t size)
{
	static char *buf;
	static size_t cap;
	if (size > cap) {
		free(buf);
		buf = calloc(1, size);
		if (!buf)
			die("out of memory", NULL);
		cap = size;
	}
	return buf;
}

static void do_write(long size)
{
	if (null_fd < 0)
		null_fd = open_legacy("/dev/null", O_WRONLY);
	char *buf = size ? buffer((size_t)size) : buffer(1);
	if (syscall(SYS_write, null_fd, buf, (size_t)size) != size)
		die("short write to /dev/null", NULL);
}

static void do_read(long size)
{
	if (zero_fd < 0)
		zero_fd = open_legacy("/dev/zero", O_RDONLY);
	char *buf = size ? buffer((size_t)size) : buffer(1);
	if (syscall(SYS_read, zero_fd, buf, (size_t)size) != size)
		die("short read from /dev/zero", NULL);
}

/*
 * Uprobe targets: never inlined, and kept with their names in the symbol
 * table. The empty asm stops the compiler from assuming anything about them.
 */
__attribute__((noinline, used)) long workload_add(long a, long b)
{
	__asm__ volatile("" ::: "memory");
	return a + b;
}

__attribute__((noinline, used)) long workload_str(const char *s)
{
	__asm__ volatile("" ::: "memory");
	return (long)strlen(s);
}

/* A variable for watchpoints: poke writes it, peek reads it. */
__attribute__((used)) volatile long workload_watched;

/* Writes *p: watchpoint:workload_bump+arg1 watches it from the call on. */
__attribute__((noinline, used)) void workload_bump(long unused, volatile int *p)
{
	(void)unused;
	(*p)++;
}

/* Eight arguments: on x86-64 the last two are passed on the stack (sarg0,
 * sarg1 in a uprobe). */
__attribute__((noinline, used)) long workload_many(long a, long b, long c, long d, long e, long f, long g, long h)
{
	__asm__ volatile("" ::: "memory");
	return a + b + c + d + e + f + g + h;
}

static void *thread_main(void *arg)
{
	long n = *(long *)arg;
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	return NULL;
}

/* Runs one step from argv[0..argc) and returns how many arguments it used. */
static int step(int argc, char **argv)
{
	const char *cmd = argv[0];
#define NEED(k)                                                  \
	do {                                                     \
		if (argc < (k) + 1)                              \
			die("missing arguments for", cmd);       \
	} while (0)

	if (strcmp(cmd, "write") == 0 || strcmp(cmd, "read") == 0) {
		NEED(2);
		long n = num(argv[1]), size = num(argv[2]);
		for (long i = 0; i < n; i++) {
			if (cmd[0] == 'w')
				do_write(size);
			else
				do_read(size);
		}
		return 3;
	}
	if (strcmp(cmd, "values") == 0) {
		int i = 1;
		while (i < argc && strcmp(argv[i], ",") != 0)
			do_write(num(argv[i++]));
		return i;
	}
	if (strcmp(cmd, "open") == 0) {
		NEED(2);
		long n = num(argv[2]);
		for (long i = 0; i < n; i++) {
			long fd = syscall(SYS_openat, AT_FDCWD, argv[1], O_RDONLY);
			if (fd >= 0)
				syscall(SYS_close, fd);
		}
		return 3;
	}
	if (strcmp(cmd, "getpid") == 0 || strcmp(cmd, "getppid") == 0) {
		NEED(1);
		long n = num(argv[1]);
		long nr = strcmp(cmd, "getpid") == 0 ? SYS_getpid : SYS_getppid;
		for (long i = 0; i < n; i++)
			syscall(nr);
		return 2;
	}
	if (strcmp(cmd, "threads") == 0) {
		NEED(2);
		long t = num(argv[1]);
		long n = num(argv[2]);
		pthread_t *ids = calloc((size_t)t + 1, sizeof *ids);
		if (!ids)
			die("out of memory", NULL);
		for (long i = 0; i < t; i++)
			if (pthread_create(&ids[i], NULL, thread_main, &n) != 0)
				die("pthread_create failed", NULL);
		for (long i = 0; i < t; i++)
			pthread_join(ids[i], NULL);
		free(ids);
		return 3;
	}
	if (strcmp(cmd, "call") == 0) {
		NEED(3);
		long n = num(argv[1]), a = num(argv[2]), b = num(argv[3]);
		for (long i = 0; i < n; i++)
			workload_add(a + i, b);
		return 4;
	}
	if (strcmp(cmd, "poke") == 0 || strcmp(cmd, "peek") == 0) {
		NEED(1);
		long n = num(argv[1]), sum = 0;
		for (long i = 0; i < n; i++) {
			if (cmd[1] == 'o')
				workload_watched = i;
			else
				sum += workload_watched;
		}
		(void)sum;
		return 2;
	}
	if (strcmp(cmd, "bump") == 0) {
		NEED(1);
		long n = num(argv[1]);
		static volatile int *p;
		if (!p)
			p = calloc(1, sizeof(int));
		for (long i = 0; i < n; i++) {
			workload_bump(0, p);
			(*p)++;
		}
		return 2;
	}
	if (strcmp(cmd, "callmany") == 0) {
		NEED(1);
		long a = num(argv[1]);
		workload_many(a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7);
		return 2;
	}
	if (strcmp(cmd, "callstr") == 0) {
		NEED(2);
		long n = num(argv[2]);
		for (long i = 0; i < n; i++)
			workload_str(argv[1]);
		return 3;
	}
	if (strcmp(cmd, "sleep") == 0) {
		NEED(1);
		long ms = num(argv[1]);
		struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
		while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
			;
		return 2;
	}
	if (strcmp(cmd, "connect") == 0) {
		NEED(2);
		int showPort = argc > 3 && strcmp(argv[3], "port") == 0;
		struct sockaddr_in in4 = { .sin_family = AF_INET, .sin_port = htons((unsigned short)num(argv[2])) };
		struct sockaddr_in6 in6 = { .sin6_family = AF_INET6, .sin6_port = htons((unsigned short)num(argv[2])) };
		int fd;
		if (inet_pton(AF_INET, argv[1], &in4.sin_addr) == 1) {
			fd = socket(AF_INET, SOCK_STREAM, 0);
			connect(fd, (struct sockaddr *)&in4, sizeof in4);
			if (showPort) {
				socklen_t len = sizeof in4;
				getsockname(fd, (struct sockaddr *)&in4, &len);
				char line[32] = "local port ", *end = line + sizeof line - 1;
				char *p = end;
				*p = '\n';
				for (unsigned port = ntohs(in4.sin_port); port > 0 || p == end; port /= 10)
					*--p = (char)('0' + port % 10);
				memmove(line + 11, p, (size_t)(end - p) + 1);
				ssize_t r = write(2, line, 11 + (size_t)(end - p) + 1);
				(void)r;
			}
		} else if (inet_pton(AF_INET6, argv[1], &in6.sin6_addr) == 1) {
			fd = socket(AF_INET6, SOCK_STREAM, 0);
			connect(fd, (struct sockaddr *)&in6, sizeof in6);
		} else {
			die("not a numeric address", argv[1]);
			return 0;
		}
		close(fd);
		return showPort ? 4 : 3;
	}
	if (strcmp(cmd, "create") == 0) {
		NEED(1);
		long fd = syscall(SYS_openat, AT_FDCWD, argv[1], O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
		if (fd < 0)
			die("cannot create", argv[1]);
		syscall(SYS_close, fd);
		return 2;
	}
	if (strcmp(cmd, "listen") == 0) {
		NEED(2);
		struct sockaddr_in in4 = { .sin_family = AF_INET, .sin_port = htons((unsigned short)num(argv[1])),
					   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
		int one = 1;
		int fd = socket(AF_INET, SOCK_STREAM, 0);
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
		if (bind(fd, (struct sockaddr *)&in4, sizeof in4) != 0 || listen(fd, (int)num(argv[2])) != 0)
			die("cannot listen on port", argv[1]);
		close(fd);
		return 3;
	}
	if (strcmp(cmd, "serve") == 0) {
		NEED(2);
		struct sockaddr_in in4 = { .sin_family = AF_INET, .sin_port = htons((unsigned short)num(argv[1])),
					   .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
		long n = num(argv[2]);
		int one = 1;
		char c = 'x';
		int srv = socket(AF_INET, SOCK_STREAM, 0);
		setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
		if (bind(srv, (struct sockaddr *)&in4, sizeof in4) != 0 || listen(srv, 16) != 0)
			die("cannot listen on port", argv[1]);
		for (long i = 0; i < n; i++) {
			int cli = socket(AF_INET, SOCK_STREAM, 0);
			if (connect(cli, (struct sockaddr *)&in4, sizeof in4) != 0)
				die("cannot connect to port", argv[1]);
			int conn = accept(srv, NULL, NULL);
			if (conn < 0 || write(cli, &c, 1) != 1 || read(conn, &c, 1) != 1)
				die("no connection on port", argv[1]);
			close(cli);
			close(conn);
		}
		close(srv);
		return 3;
	}
	if (strcmp(cmd, "exit") == 0) {
		NEED(1);
		_exit((int)num(argv[1]));
	}
	die("unknown step", cmd);
	return 0;
#undef NEED
}

int main(int argc, char **argv)
{
	int i = 1;
	if (argc < 2)
		die("usage: workload STEP [, STEP]...", NULL);
	while (i < argc) {
		if (strcmp(argv[i], ",") == 0) {
			i++;
			continue;
		}
		i += step(argc - i, argv + i);
		if (i < argc && strcmp(argv[i], ",") != 0)
			die("expected \",\" before", argv[i]);
	}
	return 0;
}
