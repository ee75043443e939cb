#!/usr/bin/env bash
# Coverage-guided fuzzing of the code that reads untrusted input: the validators' JSON reader,
# every validator (with options read from JSON), the answer decoder, and the AK/SK signer with the
# date parsers. The targets are fuzz/fuzz_targets/*.rs; fuzz/src/lib.rs describes their inputs.
#
#   scripts/fuzz.sh [SECONDS]   fuzz every target, SECONDS in all (default 600); `make fuzz`
#   scripts/fuzz.sh --short     the same for 30 s in all; `make test-fuzz`
#   scripts/fuzz.sh --seed      rewrite the seed corpus fuzz/corpus/ from tests/fixtures/spec/
#
# Fails (non-zero exit) on any panic, abort, input slower than 2 s, or memory past 2 GB, and
# prints the file that reproduces it: `fuzz/target/<host>/release/<target> <file>` runs it again.
# Copy such a file into fuzz/regressions/<target>/ to keep it: every run replays those first.
#
# Why libFuzzer, on the stable toolchain, without cargo-fuzz: libfuzzer-sys builds libFuzzer's C++
# with the system's c++ (Debian's g++), and the coverage it feeds on is LLVM's SanitizerCoverage
# pass, which stable rustc runs when asked through -Cpasses and -Cllvm-args: the flags cargo-fuzz
# passes (with `--sanitizer none`, nothing else). Only the sanitizers (-Zsanitizer=address) need
# nightly, and they would add little: the crate has no `unsafe` code, so what fuzzing can find is
# a panic (overflow checks and debug assertions are on, fuzz/Cargo.toml), an abort, a hang or
# runaway memory, all of which libFuzzer catches by itself. Calling cargo directly needs no tool
# to install and no RUSTC_BOOTSTRAP. The first build takes about 75 s (libFuzzer's C++, then the
# crate), a build after a change to src/ about 15 s. Two targets run at a time, one a core; alone
# on a core they run about 90,000 (json), 40,000 (validators) and 10,000 (decode, signer) inputs
# a second.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds=600
case "${1:-}" in
  --short) seconds=30 ;;
  --seed) mode=seed ;;
  '') ;;
  *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS | --short | --seed]" >&2; exit 2 ;;
  *) seconds=$1 ;;
esac

targets=(json validators decode signer)
spec=tests/fixtures/spec

# The seed corpus: the spec's examples, in each target's input format (fuzz/src/lib.rs).
seed() {
  rm -rf fuzz/corpus && mkdir -p fuzz/corpus/{json,validators,decode,signer}
  local f name
  for f in "$spec"/*.json; do
    name=$(basename "$f" .json)
    cp "$f" "fuzz/corpus/json/$name"
  done
  # validators: the picking byte (fuzz/src/lib.rs VALIDATORS), an options line, the body.
  local -A pick=([create_vpn_connection]=a [update_vpn_connection]=b [batch_create_vpn_connections]=c
    [create_customer_gateway]=d [update_customer_gateway]=e [create_connection_monitor]=h)
  for f in "$spec"/*.request.json; do
    name=$(basename "$f" .request.json)
    { printf '%s\n' "${pick[${name%%.*}]}"; cat "$f"; } >"fuzz/corpus/validators/$name"
  done
  local gateway='{"context":{"gateway":{"attachment_type":"er","network_type":"public","ip_version":"ipv4","local_subnets":["192.168.0.0/24"]}}}'
  { printf 'a%s\n' "$gateway"; cat "$spec/create_vpn_connection.policy.request.json"; } \
    >fuzz/corpus/validators/create_vpn_connection.policy.er_gateway
  { printf 'b{"cloud":"otc","unknownEnums":"warning","context":{"connection":{"style":"policy"}}}\n'
    cat "$spec/update_vpn_connection.policy_rules.request.json"; } >fuzz/corpus/validators/update_vpn_connection.otc_policy
  printf 'f\n%s\n' '{"vpn_gateway":{"name":"vpngw-1","attachment_type":"vpc","vpc_id":"cb4a631d-d3a2-4e4b-a2b6-5b1d2f8a1e0b","local_subnets":["192.168.0.0/24"],"connect_subnet":"f5741286-7e5e-4b9d-9d3a-1bd5a1e9d2b7","bgp_asn":64512,"flavor":"Professional1","availability_zone_ids":["eu-de-01","eu-de-02"],"eip1":{"type":"5_bgp","bandwidth_size":100,"bandwidth_name":"bw-1"},"tags":[{"key":"env","value":"prod"}]}}' \
    >fuzz/corpus/validators/create_vpn_gateway
  printf 'g\n%s\n' '{"vpn_gateway":{"name":"vpngw-2","local_subnets":["192.168.0.0/24","192.168.1.0/24"]}}' \
    >fuzz/corpus/validators/update_vpn_gateway
  printf 'i\n%s\n' '{"tags":[{"key":"env","value":"prod"},{"key":"Tëam"}]}' >fuzz/corpus/validators/add_tags
  printf 'j\n%s\n' '{"tags":[{"key":"env"}]}' >fuzz/corpus/validators/remove_tags
  printf 'k\n%s\n' '{"without_any_tag":false,"tags":[{"key":"env","values":["prod","test"]}],"matches":[{"key":"resource_name","value":"vpn"}]}' \
    >fuzz/corpus/validators/filter_resources_by_tags
  printf 'l\n%s\n' '{"without_any_tag":"true","tags":[{"key":"env","values":[]}]}' >fuzz/corpus/validators/count_resources_by_tags
  # decode: a status line with the response type a call reads, headers, an empty line, the body.
  local status type
  for f in "$spec"/*.response_*.json "$spec"/*.error_*.json; do
    name=$(basename "$f" .json)
    status=${name##*_}
    case $name in
      delete_*) type="()" ;;
      batch_create_vpn_connections* | list_vpn_connections*) type=VpnConnectionList ;;
      show_vpn_connection_log*) type=VpnConnectionLog ;;
      *_vpn_connection.*) type=VpnConnectionResponse ;;
      list_connection_monitors*) type=ConnectionMonitorList ;;
      *_connection_monitor.*) type=ConnectionMonitorResponse ;;
      list_customer_gateways*) type=CustomerGatewayList ;;
      *_customer_gateway.*) type=CustomerGatewayResponse ;;
      list_vgw_availability_zones*) type=AvailabilityZonesResponse ;;
      show_quotas*) type=QuotasResponse ;;
      *) echo "fuzz: no response type for $name" >&2; exit 1 ;;
    esac
    { printf '%s %s\nX-Request-Id: 0f1e2d3c\n' "$status" "$type"
      [ "${name#*.error_}" = "$name" ] || printf 'Retry-After: 3\n'
      printf '\n'; cat "$f"; } >"fuzz/corpus/decode/$name"
  done
  printf '204 ()\n\n' >fuzz/corpus/decode/no_content
  printf '502 Value\nContent-Type: text/html\n\n<html><body>Bad Gateway</body></html>' >fuzz/corpus/decode/gateway_page
  printf '400 Value\n\n%s' '{"error":{"code":"APIGW.0301","message":"Incorrect IAM authentication information"},"request_id":"r1"}' \
    >fuzz/corpus/decode/nested_error
  # signer: `METHOD URL`, access key, secret key, security token, date, headers, empty line, body
  # (the published worked example, and a signed POST with a temporary credential).
  local v=$spec/aksk_signing.vpc_list.vector.json
  node -e '
    const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const headers = Object.entries(v.headers).map(([k, x]) => `${k}: ${x}\n`).join("");
    process.stdout.write(`${v.method} ${v.url}\n${v.ak}\n${v.sk}\n\n${v.headers["X-Sdk-Date"]}\n${headers}\n${v.body}`);
  ' "$v" >fuzz/corpus/signer/vpc_list_vector
  { printf 'POST https://vpn.eu-de.otc.t-systems.com:443/v5/0a1b2c3d/vpn-connection?limit=2&marker=a%%20b\n'
    printf 'AKIDEXAMPLE\nsecret/key+1\ntemporary-token\n20261204T101500Z\n'
    printf 'Content-Type: application/json\nX-Project-Id: 0a1b2c3d\n\n'
    cat "$spec/create_vpn_connection.static.request.json"; } >fuzz/corpus/signer/post_with_token
  echo "fuzz: seed corpus written to fuzz/corpus/ ($(find fuzz/corpus -type f | wc -l) files)"
}

if [ "${mode:-}" = seed ]; then
  seed
  exit 0
fi

# libfuzzer-sys compiles libFuzzer with the system's C++ compiler.
if ! command -v c++ >/dev/null; then
  echo "fuzz: apt-get install g++ (libFuzzer is C++)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get install -y -qq --no-install-recommends g++ >/dev/null 2>&1 || {
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq --no-install-recommends g++ >/dev/null
  }
fi

# The build: SanitizerCoverage as cargo-fuzz sets it up (8-bit counters, PC table, comparison
# tracing for libFuzzer's value profile and dictionary), with `--cfg fuzzing`. The explicit
# --target keeps these flags off build scripts and proc macros.
host=$(rustc -vV | sed -n 's/^host: //p')
export CARGO_TARGET_DIR=fuzz/target
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares"
start=$SECONDS
cargo build --quiet --release --manifest-path fuzz/Cargo.toml --target "$host" --bins
echo "fuzz: built in $((SECONDS - start)) s"
bin=fuzz/target/$host/release

# Two targets at a time, one a core, each for half of the time.
logs=fuzz/target/logs
rm -rf "$logs" && mkdir -p "$logs"
run() {
  local t=$1 time=$(( (seconds + 1) / 2 ))
  local corpus=fuzz/target/corpus/$t artifacts=fuzz/target/artifacts/$t/
  mkdir -p "$corpus" "$artifacts"
  local dirs=("$corpus" "fuzz/corpus/$t")
  [ -d "fuzz/regressions/$t" ] && dirs+=("fuzz/regressions/$t")
  # -timeout: an input slower than 2 s is a hang; -max_len fits the largest spec example (3.2 KB).
  "$bin/$t" -max_total_time="$time" -timeout=2 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts" "${dirs[@]}" >"$logs/$t.log" 2>&1 || return
  # The working corpus (kept between runs, replayed first) grows by thousands of inputs a run:
  # past 2,000 it is cut to one input per set of features it reaches (libFuzzer's -merge).
  [ "$(find "$corpus" -type f | wc -l)" -gt 2000 ] || return 0
  rm -rf "$corpus.merged" && mkdir "$corpus.merged"
  if "$bin/$t" -merge=1 -timeout=2 -max_len=4096 "$corpus.merged" "$corpus" >"$logs/$t.merge.log" 2>&1; then
    rm -rf "$corpus" && mv "$corpus.merged" "$corpus"
  fi
}

start=$SECONDS
pids=()
status=()
for pair in "json validators" "decode signer"; do
  read -r a b <<<"$pair"
  run "$a" & pids=($!)
  run "$b" & pids+=($!)
  for p in "${pids[@]}"; do
    if wait "$p"; then status+=(0); else status+=($?); fi
  done
done

total=0
failed=0
i=0
for t in "${targets[@]}"; do
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$logs/$t.log" | tail -1)
  runs=${runs:-0}
  total=$((total + runs))
  if [ "${status[$i]}" -eq 0 ]; then
    printf 'fuzz: %-10s %12s inputs, %7s/s, %5s in corpus\n' "$t" "$runs" "${rate:-?}" "$(find "fuzz/target/corpus/$t" -type f | wc -l)"
  else
    failed=1
    echo "fuzz: $t FAILED (exit ${status[$i]}); the end of its log ($logs/$t.log):" >&2
    grep -v '^ *[0-9]*: \|^ *at \|^#[0-9]' "$logs/$t.log" | tail -25 >&2
    sed -n "s|.*Test unit written to \(.*\)|fuzz: reproduce with: $bin/$t \1|p" "$logs/$t.log" >&2
  fi
  i=$((i + 1))
done
elapsed=$((SECONDS - start))
if [ "$failed" -ne 0 ]; then
  echo "fuzz: FAILED after $total inputs in $elapsed s" >&2
  exit 1
fi
echo "fuzz: passed: $total inputs in $elapsed s, no panic, hang or crash"
