#!/bin/sh
# Runs a command under a Node.js the toolchain supports (vitest 5, ky 2, msw 3 and tsup 9 need >= 22), so the README's
# `npm run demo` and `npm test` work as written on a machine whose Node is older. package.json scripts start with it:
#
#   "test": "sh scripts/node/run.sh vitest run"
#
# - npm already runs on Node >= 22: the command is exec'd as is (no extra Node process, nothing changes).
# - Older Node: Node 24 from the npm registry (scripts/node/ensure-node.sh, into .tools/) goes first on PATH for the
#   command and everything it starts, and one line on stderr says so.
# - WABAKIT_NODE=22 (or 24) asks for that major whatever the system has: CI runs the suite on both this way.
set -eu

# Already stepped in higher up (an `npm run` inside a script): that Node is first on PATH, keep it.
if [ -n "${WABAKIT_NODE_STEPPED:-}" ] && { [ -z "${WABAKIT_NODE:-}" ] || [ "$WABAKIT_NODE" = "$WABAKIT_NODE_STEPPED" ]; }; then
  exec "$@"
fi

# npm puts "node/v20.20.2" in its user agent: reading it costs nothing, unlike spawning `node --version`.
# Parameter expansion, not sed: the path taken on a supported Node forks nothing but the command itself.
agent=${npm_config_user_agent:-}
running=${agent#*node/v}
running=${running%%.*}
case $running in
  '' | *[!0-9]*) running=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0) ;;
esac
want=${WABAKIT_NODE:-}
if [ -z "$want" ] && [ "$running" -lt 22 ]; then want=24; fi
if [ -n "$want" ] && [ "$want" != "$running" ]; then
  bin=$("$(dirname "$0")/ensure-node.sh" "$want")
  PATH="$bin:$PATH"
  WABAKIT_NODE_STEPPED=$want
  export PATH WABAKIT_NODE_STEPPED
  echo "wabakit: npm runs on Node $running; running \`${npm_lifecycle_event:-$1}\` under Node $("$bin/node" --version) from .tools/ (npm registry)" >&2
fi
exec "$@"
