#!/usr/bin/env bash
# Size budget: the main wasm plus its JS glue, each gzip -9 (as a server would send them), must not
# exceed the committed number in size-budget.txt. Raising that number is a reviewed change.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$(tr -dc '0-9' < size-budget.txt)
total=0
for f in pkg/web/cloudvpn_bg.wasm pkg/web/cloudvpn.js pkg/index.js; do
  n=$(gzip -9 -c "$f" | wc -c)
  total=$((total + n))
done
echo "check-size: main wasm + JS glue, gzip -9: $total bytes (budget $budget)"
if [ "$total" -gt "$budget" ]; then
  echo "check-size: over the budget in size-budget.txt by $((total - budget)) bytes" >&2
  exit 1
fi
