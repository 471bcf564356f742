// Pinned runtimes of the cross-runtime smoke suite (issue #13). Bump a version here and in docs/serverless.md
// ("Tested runtimes") together. Every one installs from the npm registry into `.tools/runtimes-<name>-<version>`.

/** Node 22 and 24 on linux-x64: the same pins as scripts/node/ensure-node.sh (other platforms: newest of the major). */
export const NODE_VERSIONS = { 22: '22.23.3', 24: '24.21.0' };
export const BUN_VERSION = '1.4.5';
export const DENO_VERSION = '2.9.6';
/** miniflare pulls the matching `workerd` binary as a dependency (both from the npm registry). */
export const MINIFLARE_VERSION = '4.20260730.0';
export const EDGE_RUNTIME_VERSION = '4.0.1';
/** The Worker's `compatibility_date` (no compatibility flags: in particular no `nodejs_compat`). */
export const WORKERD_COMPAT_DATE = '2026-07-01';
