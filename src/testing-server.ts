// The `wabakit/testing/server` entry of the ESM build: the published `dist/testing-server.js` re-exports the
// unbundled modules below it, so a bundler keeps only the modules a handler imports (tsup.config.ts).
export * from './testing/server/index.js';
