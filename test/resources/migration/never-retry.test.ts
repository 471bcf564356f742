/**
 * Reliability G1 for the resumable flows: whatever goes wrong with a step's side effect, it is sent exactly once,
 * the flow does not move on, and the error leads back to the last checkpoint. (The shared table in
 * test/helpers/never-operations.ts covers single requests; each flow step also reads the number first.)
 */
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WabaClient } from '../../../src/client.js';
import { isOutcomeUnknownError, isWhatsAppError } from '../../../src/errors/guards.js';
import { checkpointOf } from '../../../src/resources/migration/flow-state-error.js';
import { makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';
import { checkpoint, NODE, PHONE, WABA } from './helpers.js';

type Fault = { name: string; respond: () => Promise<Response> | Response; outcomeUnknown?: boolean };

const FAULTS: Fault[] = [
  { name: 'network error', respond: () => HttpResponse.error(), outcomeUnknown: true },
  {
    name: 'hang until timeout',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    outcomeUnknown: true,
  },
  { name: 'HTTP 500', respond: () => new HttpResponse(null, { status: 500 }) },
  { name: 'HTTP 503 + Retry-After', respond: () => new HttpResponse('busy', { status: 503, headers: { 'retry-after': '1' } }) },
  { name: 'HTTP 429', respond: () => new HttpResponse('slow', { status: 429, headers: { 'retry-after': '1' } }) },
  { name: 'malformed 200', respond: () => new HttpResponse('{"success": tr', { status: 200 }) },
  { name: 'transient 133004', respond: () => graphError({ status: 503, code: 133004, isTransient: true }) },
  { name: 'throttle 80008', respond: () => graphError({ code: 80008, headers: { 'retry-after': '1' } }) },
];

interface Step {
  readonly name: string;
  readonly url: string;
  readonly state: Record<string, string>;
  readonly from: ReturnType<typeof checkpoint>;
  readonly run: (client: WabaClient) => Promise<unknown>;
}

const STEPS: Step[] = [
  {
    name: 'requestCode',
    url: `${NODE}/request_code`,
    state: { code_verification_status: 'NOT_VERIFIED' },
    from: checkpoint({ step: 'added' }),
    run: (c) => c.migration.resume(checkpoint({ step: 'added' })).requestCode(),
  },
  {
    name: 'verify',
    url: `${NODE}/verify_code`,
    state: { code_verification_status: 'NOT_VERIFIED' },
    from: checkpoint({ step: 'code-requested' }),
    run: (c) => c.migration.resume(checkpoint({ step: 'code-requested' })).verify({ code: '004821' }),
  },
  {
    name: 'register',
    url: `${NODE}/register`,
    state: { code_verification_status: 'VERIFIED' },
    from: checkpoint({ step: 'verified' }),
    run: (c) => c.migration.resume(checkpoint({ step: 'verified' })).register({ pin: '012345' }),
  },
  {
    name: 'start (add)',
    url: `${GRAPH}/v23.0/${WABA}/phone_numbers`,
    state: { code_verification_status: 'NOT_VERIFIED' },
    from: checkpoint(),
    run: (c) => c.onboarding.start({ wabaId: WABA, cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', codeMethod: 'SMS', language: 'en' }),
  },
];

describe('flow steps with side effects are sent exactly once', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  for (const step of STEPS) {
    for (const fault of FAULTS) {
      it(`${step.name}: ${fault.name}`, async () => {
        server.use(
          http.get(NODE, () => HttpResponse.json({ id: PHONE, status: 'PENDING', display_phone_number: '+65 8123 4567', ...step.state })),
          http.post(step.url, fault.respond),
        );
        const counter = countRequests();
        const client = makeClient({ maxRetries: 2, timeout: 5_000, registrationGuard: {}, usageGuard: {} });
        const outcome = step.run(client).then(
          () => undefined,
          (error: unknown) => error,
        );
        await vi.advanceTimersByTimeAsync(120_000);
        const error = await outcome;
        counter.stop();

        const posts = counter.requests.filter((r) => r.method === 'POST');
        expect(posts).toHaveLength(1);
        expect(new URL(posts[0]!.url).href).toBe(step.url);
        expect(isWhatsAppError(error)).toBe(true);
        expect(isOutcomeUnknownError(error)).toBe(fault.outcomeUnknown === true);
        if (step.name !== 'start (add)') expect(checkpointOf(error)?.step).toBe(step.from.step);
        else expect(checkpointOf(error)).toBeUndefined();
      });
    }
  }
});
