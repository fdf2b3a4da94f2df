# chartc — build, test, install and run. `make deps` installs what the build needs from nothing:
# libyaml-dev and zlib1g-dev bring the static archives the release link takes too (libyaml.a,
# libz.a); libstdc++.a, libc.a and libgcc_eh.a come with libstdc++-N-dev, libc6-dev and
# libgcc-N-dev, which the Swift toolchain itself requires.
SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
CHARTC := .build/debug/chartc
RELEASE_CHARTC := .build/release/chartc
# `make render CHART=<name> ENV=<environment>` renders one entry of the chartc.yaml matrix.
CHART ?= elasticsearch
ENV ?= prod
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/chartc/Support/BuildInfo.swift)
DIST := chartc-$(VERSION)-$(shell uname -s | tr A-Z a-z)-$(shell uname -m)

.PHONY: all deps build release install uninstall dist test test-hooks render golden bench bench-validate fuzz schemas format clean

all: build

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists yaml-0.1 || ! pkg-config --exists zlib; then \
	  echo "installing libyaml-dev, zlib1g-dev and pkg-config" >&2; \
	  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libyaml-dev zlib1g-dev pkg-config >&2; \
	fi

build: deps
	$(SWIFT) build

# Release build: optimised, one fully static executable (the Swift standard library, Foundation,
# glibc, libstdc++, libyaml and zlib inside: it runs without a Swift toolchain or any shared
# library, and starts without the dynamic loader), the commit embedded (`chartc version`).
# scripts/build-release says why each flag.
release: deps
	SWIFT="$(SWIFT)" scripts/build-release

# `make install [PREFIX=/usr/local]`: the stripped release binary in PREFIX/bin, the schemas
# where it finds them (PREFIX/share/chartc/schemas) and bash, zsh and fish completions.
install: release
	scripts/install-chartc "$(RELEASE_CHARTC)" "$(DESTDIR)$(PREFIX)"

uninstall:
	rm -rf "$(DESTDIR)$(PREFIX)/bin/chartc" "$(DESTDIR)$(PREFIX)/share/chartc" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/chartc" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_chartc" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/chartc.fish"

# `make dist`: dist/chartc-<version>-<os>-<arch>.tar.gz with bin/chartc, the schemas, the
# completions and the licences of what is linked into it: chartc's dependencies, the Swift
# runtime, and (the binary is static) glibc, libstdc++, libyaml and zlib: the Debian copyright
# file of the package each archive comes from, and the GPL/LGPL texts those files refer to.
dist: release
	rm -rf "dist/$(DIST)" && mkdir -p dist
	scripts/install-chartc "$(RELEASE_CHARTC)" "dist/$(DIST)"
	mkdir -p "dist/$(DIST)/share/licenses/chartc"
	for dep in .build/checkouts/*/; do \
	  name=$$(basename "$$dep"); for f in "$$dep"LICENSE*; do [ -f "$$f" ] && cp "$$f" "dist/$(DIST)/share/licenses/chartc/$$name-$$(basename "$$f")"; done; \
	done; true
	swift_root=$$(dirname "$$(dirname "$$(command -v $(SWIFT))")"); \
	  [ -f "$$swift_root/share/swift/LICENSE.txt" ] && cp "$$swift_root/share/swift/LICENSE.txt" "dist/$(DIST)/share/licenses/chartc/swift-LICENSE.txt"; \
	  for lib in libc.a libstdc++.a libyaml.a libz.a; do \
	    pkg=$$(dpkg -S "$$(readlink -f "$$("$$swift_root/bin/clang" -print-file-name=$$lib)")" 2>/dev/null | cut -d: -f1); \
	    [ -n "$$pkg" ] && [ -f "/usr/share/doc/$$pkg/copyright" ] && cp -L "/usr/share/doc/$$pkg/copyright" "dist/$(DIST)/share/licenses/chartc/$$pkg-copyright"; \
	  done; \
	  for text in GPL-2 GPL-3 LGPL-2.1; do \
	    [ -f "/usr/share/common-licenses/$$text" ] && cp "/usr/share/common-licenses/$$text" "dist/$(DIST)/share/licenses/chartc/$$text"; \
	  done; true
	tar -C dist -czf "dist/$(DIST).tar.gz" "$(DIST)"
	@echo "dist/$(DIST).tar.gz"

test: deps
	$(SWIFT) build
	SWIFT="$(SWIFT)" scripts/fuzz-typecheck
	$(SWIFT) test
	scripts/test-hooks

# `make test-hooks`: the pre-commit hooks refuse a bad commit and accept a good one
# (installs pre-commit from PyPI in a scratch virtualenv; uses this checkout's HEAD).
# About 45 s, so `make test` runs it too.
test-hooks: build
	scripts/test-hooks

# Only the manifests go to stdout (the build log goes to stderr), so `make render > out.yaml` works.
render: deps
	@$(SWIFT) build --product chartc >&2
	@$(CHARTC) golden render --chart $(CHART) --env $(ENV)

golden: build
	$(CHARTC) golden update

# `make bench`: what a user pays, next to Helm, in one run (scripts/bench.py; docs/performance.md):
# per corpus and product chart the cold `chartc render` process (CPU), chartc's first and warm
# in-process renders and Helm's in-process `helm template`, as ratios; the 10,000-object synthetic
# chart; process start; `chartc validate` throughput and `render --validate` / `render`.
# BENCH_ROUNDS=N, BENCH_ITERATIONS=N and BENCH_ONLY=chart,chart narrow it.
bench: release
	@if [ ! -d ../shared/corpus ]; then echo "bench: skipped, ../shared is absent"; else scripts/bench.py; fi

# Validation throughput alone, next to kubernetes-validate (PyPI, installed in a venv under /tmp).
bench-validate: release
	@if [ ! -d ../shared/corpus ]; then echo "bench: skipped, ../shared is absent"; else \
	  scripts/bench.py --sections validate --kubernetes-validate; fi

# `make fuzz`: each libFuzzer target (Fuzz/) for FUZZ_SECONDS (default 60) under `nice -n 19`;
# prints executions and coverage per target and appends them to Fuzz/runs.tsv. FUZZ_TARGETS=...
# picks targets, FUZZ_SANITIZER=fuzzer,address runs an AddressSanitizer build (Fuzz/README.md).
fuzz: deps
	SWIFT="$(SWIFT)" scripts/fuzz

schemas:
	scripts/make-schemas

format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format Sources Tests Package.swift

clean:
	rm -rf .build dist
