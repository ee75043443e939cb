# cloudvpn: every target runs `setup` first, so each works on a fresh machine.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: setup build pack demo test lint test-native test-wasm test-js bench clean

## Installs the toolchain (idempotent; ~5 min on a fresh machine, <2 s afterwards).
setup:
	@scripts/setup.sh

## Builds the npm package into pkg/.
build: setup
	@scripts/build.sh

## Leaves the installable tarball in dist/.
pack: build
	@rm -rf dist && mkdir -p dist
	@cd pkg && npm pack --pack-destination ../dist --silent >/dev/null
	@echo "pack: $$(ls dist/*.tgz)"

## Serves the demo page and the emulator on 127.0.0.1 and prints the URL.
demo: build
	node scripts/demo-server.mjs

## Every check: formatting, lints, native tests, the packed tarball in Node and Chromium.
test: lint test-native pack test-wasm test-js
	@echo "make test: all passed"

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --features emulator -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --features emulator -- -D warnings

test-native: setup
	cargo test --features emulator

## wasm-bindgen-test in Node and in headless Chromium, against a loopback emulator server.
test-wasm: pack
	@scripts/test-wasm.sh

## node:test suites on the installed tarball (ESM, CJS, types, Chromium, the demo page).
test-js: pack
	node --test --test-concurrency=1 js-tests/

clean:
	rm -rf pkg dist target/pkg-stage

## Benchmarks (never part of `make test`): each prints its ratio to a baseline from the same run.
bench: build
	node scripts/bench.mjs
	node scripts/bench-emulator.mjs
