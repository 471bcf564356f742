// The `wabakit/testing` entry of the ESM build: the published `dist/testing.js` re-exports the
// unbundled modules below it, so a bundler keeps only the modules a handler imports (tsup.config.ts).
export * from './testing/index.js';
