// The bundles whose size matters (issue #12), shared by `.size-limit.cjs` (CI budgets), `npm run bench` and
// `scripts/size/analyze.mjs` (metafile breakdown), so the three always measure the same files.
//
// - Public entries: each `wabakit/*` subpath bundled alone, with every export kept (the worst case for a user
//   who imports the whole subpath). Optional ones (`wabakit/cams`, `wabakit/redis`) count only once
//   `dist/` has them.
// - Handlers: the smallest realistic serverless functions (bench/handlers/*.mjs). #12's target is ≤ 30 kB gzip
//   for each of them; the entries have no #12 target, only a regression guard.
'use strict';

const { existsSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '../..');

/** #12's per-handler target, in size-limit units (kB = 1000 B, gzip level 9). */
const HANDLER_TARGET = '30 kB';

const ENTRIES = [
  { id: 'entry-index', name: '`wabakit` (every export)', path: 'dist/index.js' },
  { id: 'entry-phone', name: '`wabakit/phone`', path: 'dist/phone.js' },
  { id: 'entry-webhooks', name: '`wabakit/webhooks`', path: 'dist/webhooks.js' },
  { id: 'entry-testing', name: '`wabakit/testing`', path: 'dist/testing.js' },
  { id: 'entry-testing-server', name: '`wabakit/testing/server`', path: 'dist/testing-server.js' },
  { id: 'entry-redis', name: '`wabakit/redis`', path: 'dist/redis.js', optional: true },
  { id: 'entry-cams', name: '`wabakit/cams`', path: 'dist/cams.js', optional: true },
];

const HANDLERS = [
  { id: 'handler-retrieve', name: 'handler: `retrieve()` (WabaCore + PhoneNumberCore)', path: 'bench/handlers/retrieve.mjs', target: HANDLER_TARGET },
  {
    id: 'handler-verify-register',
    name: 'handler: verify code + register (WabaCore + Verification + Registration)',
    path: 'bench/handlers/verify-register.mjs',
    target: HANDLER_TARGET,
  },
  { id: 'handler-webhooks', name: 'handler: webhooks (`createWebhookHandler`)', path: 'bench/handlers/webhooks.mjs', target: HANDLER_TARGET },
  {
    id: 'handler-cams',
    name: 'handler: CAMS request code + verify and register (CamsCore + CamsVerification + CamsRegistration)',
    path: 'bench/handlers/cams.mjs',
    target: HANDLER_TARGET,
    optional: true,
    needs: 'dist/cams.js',
  },
  // The same handlers on the default clients (every resource getter): no #12 target, a regression guard only.
  { id: 'handler-client-retrieve', name: 'handler: `retrieve()` on the default `WabaClient`', path: 'bench/handlers/client-retrieve.mjs' },
  { id: 'handler-client-verify-register', name: 'handler: verify code + register on the default `WabaClient`', path: 'bench/handlers/client-verify-register.mjs' },
  {
    id: 'handler-client-cams',
    name: 'handler: CAMS request code + verify and register on the default `CamsClient`',
    path: 'bench/handlers/client-cams.mjs',
    optional: true,
    needs: 'dist/cams.js',
  },
];

/** Entries and handlers that exist in this checkout (optional ones only once their `dist/` file is built). */
function sizedBundles() {
  // scripts/size/analyze.mjs can measure another build (WABAKIT_DIST): look for optional entries there.
  const dist = (file) => (process.env.WABAKIT_DIST ? file.replace(/^dist\//, `${process.env.WABAKIT_DIST}/`) : file);
  return [...ENTRIES, ...HANDLERS].filter((bundle) => {
    if (!bundle.optional) return true;
    return existsSync(join(ROOT, dist(bundle.needs ?? bundle.path))) && existsSync(join(ROOT, dist(bundle.path)));
  });
}

module.exports = { ENTRIES, HANDLERS, HANDLER_TARGET, sizedBundles };
