// Size bundle "everything exported except the testing entry": every public entry point (`wabakit`,
// `wabakit/phone`, `wabakit/webhooks`) with all of its exports kept, in one bundle. A new public entry point
// belongs here too (testing excepted: it is a dev-time entry).
export * as wabakit from '../../dist/index.js';
export * as phone from '../../dist/phone.js';
export * as webhooks from '../../dist/webhooks.js';
