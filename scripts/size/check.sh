#!/usr/bin/env bash
# CI size gate (issue #12): the bundle-size budgets of .size-limit.cjs, enforced by size-limit, then the same
# bundles with #12's per-handler target beside each limit. Run after `npm run build` (the bundles import dist/).
# Exits non-zero when a bundle is over its CI limit; a missed #12 target is printed, not failed.
#
#   bash scripts/size/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f dist/index.js ]; then
  echo "scripts/size/check.sh: dist/ is missing; run 'npm run build' first" >&2
  exit 1
fi
npm run --silent size
# Under Node >= 22, as every package script (scripts/node/run.sh).
sh scripts/node/run.sh node bench/size-check.mjs
