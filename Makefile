# gtrace: build, test, install.
#
#   make build      static binary ./gtrace
#   make test       go vet + every test; as root, first installs what the
#                   tests need (make deps); CI runs it via .ci/run
#   make test-kernels
#                   the kernel matrix: the kprobe and fentry tests in
#                   Debian's 6.1 and 6.12 kernels under qemu (KERNELS=6.1
#                   for one kernel, RUN=TestKprobeArgs for one test); CI
#                   runs it after make test
#   make install    binary and man page under $(DESTDIR)$(PREFIX)
#   make fuzz       short fuzz runs (FUZZTIME=20s each)
#   make bench      benchmarks
#   make clean

GO       ?= go
PREFIX   ?= /usr/local
DESTDIR  ?=
BIN      := gtrace
FUZZTIME ?= 20s
# package:FuzzTarget pairs run by `make fuzz`.
FUZZ_TARGETS := ./lang:FuzzParse ./codegen:FuzzCompile

# Debian packages the tests use: bpftrace is the reference output, bpftool
# inspects loaded programs, gcc and libc6-dev (static libc) build the test
# workload, systemtap-sdt-dev provides <sys/sdt.h> for USDT test programs,
# groff-base renders the man page (tests/cli_test.go). The kernel matrix
# boots kernels with qemu-system-x86, unpacks their xz-compressed modules
# with xz-utils and formats its scratch disks with e2fsprogs.
DEB_DEPS := bpftrace bpftool gcc libc6-dev systemtap-sdt-dev groff-base qemu-system-x86 xz-utils e2fsprogs

# As root, `make test` makes sure those are installed first.
ifeq ($(shell id -u),0)
TEST_DEPS := deps
endif

.PHONY: all build test test-kernels deps install fuzz bench clean

all: build

build:
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN) ./cmd/gtrace

# Installs only what is missing, only as root, only through apt-get; never
# fails the build (a test that needs a missing tool skips or fails itself).
deps:
	@missing=""; \
	for p in $(DEB_DEPS); do \
		dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
		echo "deps: missing:$$missing (install them as root with apt-get)" >&2; exit 0; \
	fi; \
	echo "deps: installing$$missing"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get install -y -q $$missing >/dev/null 2>&1 || \
	{ apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $$missing >/dev/null; } || \
	echo "deps: could not install$$missing" >&2

# go test stays the last command so that its summary ends the output.
test: $(TEST_DEPS)
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 12m ./...

# Kernels are cached in $$GTRACE_KERNEL_CACHE (default /var/cache/gtrace-kernels).
test-kernels: $(TEST_DEPS)
	$(GO) run ./tests/kernels $(if $(KERNELS),-kernels $(KERNELS)) $(if $(RUN),-run '$(RUN)')

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/gtrace
	@if [ -f docs/gtrace.8 ]; then \
		echo install -d $(DESTDIR)$(PREFIX)/share/man/man8; \
		install -d $(DESTDIR)$(PREFIX)/share/man/man8; \
		echo install -m 0644 docs/gtrace.8 $(DESTDIR)$(PREFIX)/share/man/man8/gtrace.8; \
		install -m 0644 docs/gtrace.8 $(DESTDIR)$(PREFIX)/share/man/man8/gtrace.8; \
	fi

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "$(GO) test $$pkg -run '^$$' -fuzz '^$$fn$$' -fuzztime $(FUZZTIME)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME); \
	done

bench:
	$(GO) test -run '^$$' -bench . ./...

clean:
	rm -f $(BIN) *.test *.out *.prof
