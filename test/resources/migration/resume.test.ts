import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isInvalidRequestError, isOutcomeUnknownError, isValidationError } from '../../../src/errors/guards.js';
import { checkpointOf, isFlowStateError, type FlowStateError } from '../../../src/resources/migration/flow-state-error.js';
import { captureLogger, makeClient } from '../../helpers/client.js';
import { countRequests, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';
import { checkpoint, fakeNumber, NODE } from './helpers.js';

const CODE = '004821';
const PIN = '013579';

describe('flow.verify', () => {
  it('re-reads the number, then submits the code and moves to verified', async () => {
    const graph = fakeNumber({});
    const flow = makeClient().migration.resume(checkpoint());
    const { checkpoint: next, done, skipped } = await flow.verify({ code: CODE });
    expect(graph.reads()).toBe(1);
    expect(graph.posts).toEqual([{ path: 'verify_code', body: { code: CODE } }]);
    expect({ step: next.step, done, skipped }).toEqual({ step: 'verified', done: false, skipped: false });
    expect(flow.checkpoint).toBe(next);
    expect(JSON.stringify(next)).not.toContain(CODE);
  });

  it('skips verify_code when the number is already VERIFIED (e.g. the earlier answer was lost)', async () => {
    const graph = fakeNumber({ code_verification_status: 'VERIFIED' });
    const { checkpoint: next, skipped } = await makeClient().migration.resume(checkpoint()).verify({ code: CODE });
    expect(graph.posts).toEqual([]);
    expect(next.step).toBe('verified');
    expect(skipped).toBe(true);
  });

  it('rejects a malformed code before any request, without echoing it', async () => {
    const counter = countRequests();
    for (const code of ['12345', '1234567', '１２３４５６', 123456, ' 123456']) {
      const error = await makeClient().migration.resume(checkpoint()).verify({ code } as never).catch((e: unknown) => e);
      expect(isValidationError(error)).toBe(true);
      expect((error as Error).message).not.toContain('12345');
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('a wrong code keeps the checkpoint where it was, reachable from the error', async () => {
    fakeNumber({});
    server.use(http.post(`${NODE}/verify_code`, () => graphError({ code: 100, message: '(#100) Invalid verification code' })));
    const flow = makeClient().migration.resume(checkpoint());
    const error = await flow.verify({ code: CODE }).catch((e: unknown) => e);
    expect(isInvalidRequestError(error)).toBe(true);
    expect(checkpointOf(error)?.step).toBe('code-requested');
    expect(flow.checkpoint.step).toBe('code-requested');
  });

  it('a lost verify answer is not retried, and resuming later skips the step that went through', async () => {
    const graph = fakeNumber({});
    server.use(http.post(`${NODE}/verify_code`, () => ((graph.state.code_verification_status = 'VERIFIED'), HttpResponse.error()), { once: true }));
    const client = makeClient({ maxRetries: 2 });
    const stored = JSON.stringify(checkpoint());
    const counter = countRequests();
    const lost = await client.migration.resume(stored).verify({ code: CODE }).catch((e: unknown) => e);
    expect(isOutcomeUnknownError(lost)).toBe(true);
    // A later invocation resumes from the same stored checkpoint.
    const { checkpoint: next, skipped } = await client.migration.resume(stored).verify({ code: CODE });
    counter.stop();
    expect(skipped).toBe(true);
    expect(next.step).toBe('verified');
    expect(counter.requests.filter((r) => r.url.endsWith('/verify_code'))).toHaveLength(1);
  });
});

describe('flow.register', () => {
  it('registers with the PIN and the checkpoint region, and is done', async () => {
    const graph = fakeNumber({ code_verification_status: 'VERIFIED' });
    const { checkpoint: next, done } = await makeClient().migration.resume(checkpoint({ step: 'verified', region: 'SG' })).register({ pin: PIN });
    expect(graph.posts).toEqual([{ path: 'register', body: { messaging_product: 'whatsapp', pin: PIN, data_localization_region: 'SG' } }]);
    expect({ step: next.step, done }).toEqual({ step: 'registered', done: true });
    expect(JSON.stringify(next)).not.toContain(PIN);
  });

  it('lets data_localization_region override the checkpoint and records it', async () => {
    const graph = fakeNumber({ code_verification_status: 'VERIFIED' });
    const { checkpoint: next } = await makeClient().migration.resume(checkpoint({ step: 'verified' })).register({ pin: PIN, data_localization_region: 'DE' });
    expect(graph.posts[0]?.body).toEqual({ messaging_product: 'whatsapp', pin: PIN, data_localization_region: 'DE' });
    expect(next.region).toBe('DE');
  });

  it('skips register for an onboarded number that is already CONNECTED', async () => {
    const graph = fakeNumber({ status: 'CONNECTED', code_verification_status: 'VERIFIED' });
    const result = await makeClient().onboarding.resume(checkpoint({ kind: 'onboarding', step: 'verified' })).register({ pin: PIN });
    expect(graph.posts).toEqual([]);
    expect(result).toMatchObject({ done: true, skipped: true, checkpoint: { step: 'registered' } });
  });

  it('still registers a migrating number that shows CONNECTED (the source WABA serves it until then)', async () => {
    const graph = fakeNumber({ status: 'CONNECTED', code_verification_status: 'VERIFIED' });
    const result = await makeClient().migration.resume(checkpoint({ step: 'verified' })).register({ pin: PIN });
    expect(graph.posts.map((p) => p.path)).toEqual(['register']);
    expect(result.done).toBe(true);
  });

  it.each(['NOT_VERIFIED', 'EXPIRED'])('refuses locally when the number is %s (no register attempt spent)', async (status) => {
    const graph = fakeNumber({ code_verification_status: status });
    const error = (await makeClient().migration.resume(checkpoint({ step: 'code-requested' })).register({ pin: PIN }).catch((e: unknown) => e)) as FlowStateError;
    expect(isFlowStateError(error)).toBe(true);
    expect(error.reason).toBe('not-verified');
    expect(error.checkpoint.step).toBe('code-requested');
    expect(graph.posts).toEqual([]);
    expect(error.message).not.toContain(PIN);
  });

  it('rejects a malformed PIN before any request', async () => {
    const counter = countRequests();
    const error = await makeClient().migration.resume(checkpoint()).register({ pin: '12345' }).catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect(counter.total()).toBe(0);
  });

  it('never logs the PIN or the code', async () => {
    fakeNumber({});
    const logger = captureLogger();
    const client = makeClient({ logger, logLevel: 'debug' });
    await client.onboarding.resume(checkpoint({ kind: 'onboarding' })).verify({ code: CODE });
    await client.onboarding.resume(checkpoint({ kind: 'onboarding', step: 'verified' })).register({ pin: PIN });
    const text = logger.lines.join('\n');
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(text).not.toContain(CODE);
    expect(text).not.toContain(PIN);
  });
});

describe('flow.requestCode', () => {
  it('requests a new code with an override method, stored in the next checkpoint', async () => {
    const graph = fakeNumber({});
    const { checkpoint: next } = await makeClient().migration.resume(checkpoint({ step: 'added' })).requestCode({ codeMethod: 'VOICE' });
    expect(graph.posts).toEqual([{ path: 'request_code', body: { code_method: 'VOICE', language: 'en_US' } }]);
    expect(next).toMatchObject({ step: 'code-requested', codeMethod: 'VOICE', language: 'en_US' });
  });

  it('is skipped for a verified number', async () => {
    const graph = fakeNumber({ code_verification_status: 'VERIFIED' });
    const result = await makeClient().migration.resume(checkpoint({ step: 'added' })).requestCode();
    expect(graph.posts).toEqual([]);
    expect(result).toMatchObject({ skipped: true, checkpoint: { step: 'verified' } });
  });

  it('rejects an unknown override', async () => {
    const error = await makeClient().migration.resume(checkpoint()).requestCode({ codeMethod: 'IVR' } as never).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
  });
});

describe('state check', () => {
  it('refuses to act when the id belongs to another number (edited checkpoint)', async () => {
    const graph = fakeNumber({ display_phone_number: '+1 631-555-0000' });
    const error = (await makeClient().migration.resume(checkpoint()).verify({ code: CODE }).catch((e: unknown) => e)) as FlowStateError;
    expect(isFlowStateError(error)).toBe(true);
    expect(error.reason).toBe('number-mismatch');
    expect(graph.posts).toEqual([]);
  });

  it('hands each new checkpoint to onCheckpoint', async () => {
    fakeNumber({});
    const steps: string[] = [];
    const flow = makeClient().migration.resume(checkpoint(), { onCheckpoint: (c) => void steps.push(c.step) });
    await flow.verify({ code: CODE });
    await flow.register({ pin: PIN });
    expect(steps).toEqual(['verified', 'registered']);
  });

  it('walks the whole onboarding across three "invocations" with only stored JSON in between', async () => {
    const graph = fakeNumber({ display_phone_number: '+1 631-555-1234' });
    let stored = '';
    const first = await makeClient().onboarding.start({ wabaId: '102290129340398', phone: '+1 631 555 1234', verified_name: 'Lucky Shrub', codeMethod: 'SMS', language: 'en_US' });
    stored = JSON.stringify(first.checkpoint);
    stored = JSON.stringify((await makeClient().onboarding.resume(stored).verify({ code: CODE })).checkpoint);
    const last = await makeClient().onboarding.resume(stored).register({ pin: PIN });
    expect(last.done).toBe(true);
    expect(graph.posts.map((p) => p.path)).toEqual(['phone_numbers', 'request_code', 'verify_code', 'register']);
  });
});
