# chartc — build, test and run. `make deps` installs what the build needs from nothing.
SWIFT ?= swift
CHARTC := .build/debug/chartc
# `make render CHART=<name> ENV=<environment>` renders one entry of the chartc.yaml matrix.
CHART ?= elasticsearch
ENV ?= prod

.PHONY: all deps build release test test-hooks render golden bench bench-validate schemas format clean

all: build

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists yaml-0.1 || ! pkg-config --exists zlib; then \
	  echo "installing libyaml-dev, zlib1g-dev and pkg-config"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libyaml-dev zlib1g-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build
	$(SWIFT) test
	scripts/test-hooks

# `make test-hooks`: the pre-commit hooks refuse a bad commit and accept a good one
# (installs pre-commit from PyPI in a scratch virtualenv; uses this checkout's HEAD).
# About 45 s, so `make test` runs it too.
test-hooks: build
	scripts/test-hooks

render: build
	$(CHARTC) golden render --chart $(CHART) --env $(ENV)

golden: build
	$(CHARTC) golden update

# `make bench`: chartc (release build) against `helm-oracle bench` over the corpus and the
# product charts; BENCH_ITERATIONS=N and BENCH_ONLY=chart,chart narrow it.
bench: deps
	@if [ ! -d ../shared/corpus ]; then echo "bench: skipped, ../shared is absent"; else \
	  $(SWIFT) build -c release --product chartc && scripts/bench.py && scripts/bench-validate; fi

# Validation throughput on the visible corpus render, next to kubernetes-validate (PyPI).
bench-validate: build
	scripts/bench-validate

schemas:
	scripts/make-schemas

format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format Sources Tests Package.swift

clean:
	rm -rf .build
