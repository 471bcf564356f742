import { http, passthrough } from 'msw';
import { beforeEach } from 'vitest';
import { server } from '../../helpers/server.js';

/**
 * The suite's msw server fails on any unhandled request; the Upstash REST shim is a real loopback server the
 * tests mean to reach, so let its requests through (re-added before each test: `resetHandlers` drops them).
 */
export function allowLoopback(url: () => string | undefined): void {
  beforeEach(() => {
    const base = url();
    if (base !== undefined) server.use(http.all(`${base}/*`, () => passthrough()), http.all(base, () => passthrough()));
  });
}
