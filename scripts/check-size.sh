#!/usr/bin/env bash
# Size budgets: each entry's wasm plus its JS glue, each file gzip -9 (as a server would send
# them), must not exceed its committed number in size-budget.txt ("<entry> <bytes>" per line).
# Raising a number is a reviewed change.
set -euo pipefail
cd "$(dirname "$0")/.."

files_of() { # the browser files an entry loads
  case $1 in
    main) echo pkg/web/cloudvpn_bg.wasm pkg/web/cloudvpn.js pkg/index.js ;;
    validate) echo pkg/validate-web/cloudvpn_bg.wasm pkg/validate-web/cloudvpn.js pkg/validate.js ;;
    *) echo "check-size: unknown entry '$1' in size-budget.txt" >&2; exit 1 ;;
  esac
}

status=0
while read -r entry budget _; do
  [[ -z "$entry" || "$entry" == \#* ]] && continue
  total=0
  for f in $(files_of "$entry"); do
    total=$((total + $(gzip -9 -c "$f" | wc -c)))
  done
  echo "check-size: $entry wasm + JS glue, gzip -9: $total bytes (budget $budget)"
  if [ "$total" -gt "$budget" ]; then
    echo "check-size: $entry is over its budget in size-budget.txt by $((total - budget)) bytes" >&2
    status=1
  fi
done < size-budget.txt
exit $status
