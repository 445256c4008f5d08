# gtrace: build, test, install.
#
#   make build      static binary ./gtrace
#   make test       gofmt check, go vet, every test; as root, first installs what the
#                   tests need (make deps); CI runs it via .ci/run
#   make test-kernels
#                   the kernel matrix: the kprobe and fentry tests in
#                   Debian's 6.1 and 6.12 kernels under qemu (KERNELS=6.1
#                   for one kernel, RUN=TestKprobeArgs for one test); CI
#                   runs it after make test
#   make install    binary, man page and bash/zsh/fish completions under
#                   $(DESTDIR)$(PREFIX)
#   make release    static linux binaries for amd64 and arm64 with their
#                   SHA256SUMS in $(RELEASE_DIR) (VERSION=v1.2.3 names them)
#   make fuzz       short fuzz runs (FUZZTIME=20s each)
#   make fuzz-long  each fuzz target for 10 minutes (FUZZTIME=10m)
#   make bench      benchmarks
#   make clean

GO       ?= go
PREFIX   ?= /usr/local
DESTDIR  ?=
BIN      := gtrace
EXPORTER := gtrace-exporter
FUZZTIME ?= 20s
# The binary says which commit it was built from (gtrace -V) when built
# from a git checkout; -buildvcs=auto also builds where git is missing.
BUILDFLAGS := -trimpath -buildvcs=auto
# make release: where, for which architectures, and the version the
# binaries print (default: the newest v* tag, else the built-in one).
RELEASE_DIR ?= dist
RELEASE_ARCHES := amd64 arm64
VERSION ?= $(shell git describe --tags --match 'v*' 2>/dev/null)
# package:FuzzTarget pairs run by `make fuzz`.
FUZZ_TARGETS := ./lang:FuzzParse ./codegen:FuzzCompile ./internal/progen:FuzzVerify

# Debian packages the tests use: bpftrace is the reference output, bpftool
# inspects loaded programs, gcc and libc6-dev (static libc) build the test
# workload, systemtap-sdt-dev provides <sys/sdt.h> for USDT test programs,
# groff-base renders the man page (tests/cli_test.go). The kernel matrix
# boots kernels with qemu-system-x86, unpacks their xz-compressed modules
# with xz-utils and formats its scratch disks with e2fsprogs. zsh and fish
# check the shell completions (tests/release_test.go).
DEB_DEPS := bpftrace bpftool gcc g++ libc6-dev systemtap-sdt-dev groff-base qemu-system-x86 xz-utils e2fsprogs zsh fish prometheus chromium

# As root, `make test` makes sure those are installed first.
ifeq ($(shell id -u),0)
TEST_DEPS := deps
endif

.PHONY: all build test test-kernels deps install release fuzz fuzz-long bench clean

all: build

build:
	CGO_ENABLED=0 $(GO) build $(BUILDFLAGS) -o $(BIN) ./cmd/gtrace
	CGO_ENABLED=0 $(GO) build $(BUILDFLAGS) -o $(EXPORTER) ./cmd/gtrace-exporter

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
	@unformatted="$$(gofmt -l .)"; if [ -n "$$unformatted" ]; then echo "not gofmt'd:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 12m ./...

# Kernels are cached in $$GTRACE_KERNEL_CACHE (default /var/cache/gtrace-kernels).
test-kernels: $(TEST_DEPS)
	$(GO) run ./tests/kernels $(if $(KERNELS),-kernels $(KERNELS)) $(if $(RUN),-run '$(RUN)')

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man8 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/gtrace
	install -m 0755 $(EXPORTER) $(DESTDIR)$(PREFIX)/bin/gtrace-exporter
	install -m 0644 docs/gtrace.8 $(DESTDIR)$(PREFIX)/share/man/man8/gtrace.8
	install -m 0644 completions/gtrace.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/gtrace
	install -m 0644 completions/_gtrace $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_gtrace
	install -m 0644 completions/gtrace.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/gtrace.fish

# Static (CGO_ENABLED=0), stripped binaries gtrace-VERSION-linux-ARCH and
# SHA256SUMS, in the format `sha256sum -c` checks.
release:
	@set -e; v="$(VERSION)"; \
	ldflags="-s -w"; if [ -n "$$v" ]; then ldflags="$$ldflags -X main.version=$$v"; else v=dev; fi; \
	mkdir -p "$(RELEASE_DIR)"; cd "$(RELEASE_DIR)"; rm -f SHA256SUMS; \
	for arch in $(RELEASE_ARCHES); do \
		out="gtrace-$$v-linux-$$arch"; \
		echo "build $(RELEASE_DIR)/$$out"; \
		(cd "$(CURDIR)" && CGO_ENABLED=0 GOOS=linux GOARCH=$$arch $(GO) build $(BUILDFLAGS) -ldflags "$$ldflags" -o "$(abspath $(RELEASE_DIR))/$$out" ./cmd/gtrace); \
		sha256sum "$$out" >> SHA256SUMS; \
	done; \
	echo "$(RELEASE_DIR)/SHA256SUMS:"; cat SHA256SUMS

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "$(GO) test $$pkg -run '^$$' -fuzz '^$$fn$$' -fuzztime $(FUZZTIME)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME); \
	done

fuzz-long:
	$(MAKE) fuzz FUZZTIME=10m

bench:
	$(GO) test -run '^$$' -bench . ./...

clean:
	rm -f $(BIN) *.test *.out *.prof
