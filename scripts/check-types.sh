#!/usr/bin/env bash
# The public TypeScript declarations of the package, kept as a golden file: `make test` fails when
# they change unseen. After a deliberate change, review the diff and run `make golden`.
# Usage: scripts/check-types.sh [--update]
set -euo pipefail
cd "$(dirname "$0")/.."
golden="tests/golden/cloudvpn.d.ts"
current=$(mktemp)
trap 'rm -f "$current"' EXIT
for f in index.d.ts node/cloudvpn.d.ts errors.d.ts schemas.d.ts validate.d.ts validate-node/cloudvpn.d.ts emulator.d.ts emulator-node/cloudvpn.d.ts; do
  printf '// ===== %s =====\n' "$f"
  cat "pkg/$f"
done > "$current"
if [ "${1:-}" = "--update" ]; then
  mkdir -p "$(dirname "$golden")"
  cp "$current" "$golden"
  echo "check-types: $golden updated"
  exit 0
fi
if ! diff -u "$golden" "$current"; then
  echo "check-types: the public declarations differ from $golden (above). If the change is meant, review it and run: make golden" >&2
  exit 1
fi
echo "check-types: the public declarations match $golden"
