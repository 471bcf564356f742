#!/usr/bin/env bash
# CI entry: the CAMS ACS3 signer against the contract vectors in Node 22/24, Bun, Deno and workerd (see the .mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/.tools/node-24.21.0/node_modules/node/bin:$PATH"
exec node scripts/cams/signing-runtimes.mjs "$@"
