import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './helpers/server.js';

// msw fails the test on any request no handler answers: nothing in the suite reaches the network.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
