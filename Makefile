# cloudvpn: every target runs `setup` first, so each works on a fresh machine.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: setup build pack demo test lint test-native test-wasm test-js test-types test-size golden bench clean fuzz test-fuzz

## Installs the toolchain (idempotent; ~5 min on a fresh machine, <2 s afterwards).
setup:
	@scripts/setup.sh

# Everything the package is built from: a build runs again only when one of these changed.
PKG_SOURCES := $(shell find src pkg-template -type f) Cargo.toml Cargo.lock README.md \
	scripts/build.sh scripts/snippets-to-cjs.mjs scripts/entry-exports.mjs

## Builds the npm package into pkg/ (again only when a source changed).
build: setup pkg/.built

pkg/.built: $(PKG_SOURCES) | setup
	@scripts/build.sh
	@touch $@

## Leaves the installable tarball in dist/.
pack: build dist/.packed

dist/.packed: pkg/.built
	@rm -rf dist && mkdir -p dist
	@cd pkg && npm pack --pack-destination ../dist --silent >/dev/null
	@touch $@
	@echo "pack: $$(ls dist/*.tgz)"

## Serves the demo page and the emulator on 127.0.0.1 and prints the URL.
demo: build
	@PORT="$(PORT)" node scripts/demo-server.mjs

## Every check: formatting, lints, native tests, 30 s of fuzzing, the packed tarball in Node and
## Chromium.
test: lint test-native test-fuzz pack test-size test-types test-wasm test-js
	@echo "make test: all passed"

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --features emulator,server,peer -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --features emulator -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --no-default-features -- -D warnings

test-native: setup
	cargo test --features emulator,server,peer

## wasm-bindgen-test in Node and in headless Chromium, against a loopback emulator server.
test-wasm: pack
	@scripts/test-wasm.sh

## The main wasm and its glue, gzipped, against the committed budget (size-budget.txt).
test-size: build
	@scripts/check-size.sh

## The public .d.ts against the reviewed golden file (tests/golden/cloudvpn.d.ts).
test-types: build
	@scripts/check-types.sh

## After a deliberate change of the public types: rewrite the golden file (review its diff).
golden: build
	@scripts/check-types.sh --update

## node:test suites on the installed tarball (ESM, CJS, types, Chromium, the demo page), on the
## machine's Node and again on the current LTS Node that setup installs beside it.
test-js: pack
	@echo "test-js: on Node $$(node --version)"
	node --test --test-concurrency=1 js-tests/
	@echo "test-js: on Node $$(PATH="$(CURDIR)/node_modules/.cloudvpn-node-lts/bin:$$PATH" node --version)"
	PATH="$(CURDIR)/node_modules/.cloudvpn-node-lts/bin:$$PATH" node --test --test-concurrency=1 js-tests/

clean:
	rm -rf pkg dist target/pkg-stage

## Benchmarks (never part of `make test`): each prints its ratio to a baseline from the same run.
bench: build
	node scripts/bench.mjs
	node scripts/bench-emulator.mjs
	node scripts/bench-client.mjs
	node scripts/bench-cold.mjs

## Coverage-guided fuzzing (libFuzzer on stable Rust; see scripts/fuzz.sh), never part of `make
## test`: every target, 10 minutes in all, or FUZZ_SECONDS. Fails on a panic, crash or hang.
fuzz:
	@scripts/fuzz.sh $(FUZZ_SECONDS)

## The same for 30 s in all, for `make test`.
test-fuzz:
	@scripts/fuzz.sh --short
