import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isMigrationError, isOutcomeUnknownError, isRateLimitError, isValidationError } from '../../../src/errors/guards.js';
import { parseCheckpoint, type FlowCheckpoint } from '../../../src/resources/migration/checkpoint.js';
import { checkpointOf } from '../../../src/resources/migration/flow-state-error.js';
import { makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';
import { fakeNumber, NODE, PHONE, WABA } from './helpers.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('client.migration.start', () => {
  it('adds with migrate_phone_number, requests the code and returns a code-requested checkpoint', async () => {
    const graph = fakeNumber({});
    const seen: FlowCheckpoint[] = [];
    const { checkpoint, done, skipped } = await makeClient().migration.start(
      { wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US', region: 'SG' },
      { onCheckpoint: (c) => void seen.push(c) },
    );
    expect(graph.posts).toEqual([
      { path: 'phone_numbers', body: { cc: '65', phone_number: '81234567', migrate_phone_number: true } },
      { path: 'request_code', body: { code_method: 'SMS', language: 'en_US' } },
    ]);
    expect({ done, skipped }).toEqual({ done: false, skipped: false });
    expect(checkpoint).toMatchObject({
      version: 1,
      kind: 'migration',
      wabaId: WABA,
      phoneNumberId: PHONE,
      cc: '65',
      phone_number: '81234567',
      step: 'code-requested',
      codeMethod: 'SMS',
      language: 'en_US',
      region: 'SG',
    });
    expect(checkpoint.updatedAt).toMatch(ISO);
    expect(seen.map((c) => c.step)).toEqual(['added', 'code-requested']);
    // Plain JSON that a later invocation can read back.
    expect(parseCheckpoint(JSON.stringify(checkpoint))).toEqual(checkpoint);
  });

  it('takes cc + phone_number and a display name too', async () => {
    const graph = fakeNumber({});
    await makeClient().migration.start({ wabaId: WABA, cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', codeMethod: 'VOICE', language: 'en' });
    expect(graph.posts[0]?.body).toEqual({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', migrate_phone_number: true });
    expect(graph.posts[1]?.body).toEqual({ code_method: 'VOICE', language: 'en' });
  });

  it('validates everything before the add: nothing is sent for a bad param', async () => {
    const counter = countRequests();
    const bad: unknown[] = [
      { wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en-US' },
      { wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'IVR', language: 'en' },
      { wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en', region: 'US' },
      { wabaId: 'abc', phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en' },
      { wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en', pin: '123456' },
      { wabaId: WABA, codeMethod: 'SMS', language: 'en' },
    ];
    for (const params of bad) {
      const error = await makeClient().migration.start(params as never).catch((e: unknown) => e);
      expect(isValidationError(error), JSON.stringify(params)).toBe(true);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('skips the code request when the number is already verified (a code is valid 14 days)', async () => {
    const graph = fakeNumber({ code_verification_status: 'VERIFIED' });
    const { checkpoint, skipped } = await makeClient().migration.start({ wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en' });
    expect(graph.posts.map((p) => p.path)).toEqual(['phone_numbers']);
    expect(checkpoint.step).toBe('verified');
    expect(skipped).toBe(true);
  });

  it('surfaces a 2388xxx add failure as MigrationError, with no checkpoint (nothing was added)', async () => {
    const counter = countRequests();
    server.use(http.post(`${GRAPH}/v23.0/${WABA}/phone_numbers`, () => graphError({ code: 2388012, details: 'Phone number already in your list' })));
    const error = await makeClient({ maxRetries: 2 }).migration.start({ wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en' }).catch((e: unknown) => e);
    counter.stop();
    expect(isMigrationError(error)).toBe(true);
    expect(checkpointOf(error)).toBeUndefined();
    expect(counter.total()).toBe(1);
  });

  it('keeps the added checkpoint when the code request fails, both on the error and through onCheckpoint', async () => {
    fakeNumber({});
    server.use(http.post(`${NODE}/request_code`, () => graphError({ code: 80008 })));
    const seen: FlowCheckpoint[] = [];
    const error = await makeClient({ maxRetries: 2 })
      .migration.start({ wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en' }, { onCheckpoint: (c) => void seen.push(c) })
      .catch((e: unknown) => e);
    expect(isRateLimitError(error)).toBe(true);
    expect(checkpointOf(error)).toMatchObject({ step: 'added', phoneNumberId: PHONE });
    expect(seen.map((c) => c.step)).toEqual(['added']);
  });

  it('sends the code request once even when its answer is lost', async () => {
    fakeNumber({});
    server.use(http.post(`${NODE}/request_code`, () => HttpResponse.error()));
    const counter = countRequests();
    const error = await makeClient({ maxRetries: 2 }).migration.start({ wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en' }).catch((e: unknown) => e);
    counter.stop();
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect(counter.requests.filter((r) => r.url.endsWith('/request_code'))).toHaveLength(1);
    expect(checkpointOf(error)?.step).toBe('added');
  });

  it('stops when onCheckpoint throws, before requesting the code', async () => {
    const graph = fakeNumber({});
    const boom = new Error('db down');
    const error = await makeClient()
      .migration.start({ wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en' }, { onCheckpoint: () => Promise.reject(boom) })
      .catch((e: unknown) => e);
    expect(error).toBe(boom);
    expect(checkpointOf(error)?.step).toBe('added');
    expect(graph.posts.map((p) => p.path)).toEqual(['phone_numbers']);
  });
});

describe('client.onboarding.start', () => {
  it('adds a new number with its display name and no migrate flag', async () => {
    const graph = fakeNumber({ display_phone_number: '+1 631-555-1234' });
    const { checkpoint } = await makeClient().onboarding.start({
      wabaId: WABA,
      phone: '+1 (631) 555-1234',
      verified_name: 'Lucky Shrub',
      codeMethod: 'SMS',
      language: 'en_US',
    });
    expect(graph.posts[0]?.body).toEqual({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' });
    expect(checkpoint).toMatchObject({ kind: 'onboarding', step: 'code-requested', cc: '1', phone_number: '6315551234' });
  });

  it('requires verified_name (nothing sent without it)', async () => {
    const counter = countRequests();
    const error = await makeClient()
      .onboarding.start({ wabaId: WABA, phone: '+1 (631) 555-1234', codeMethod: 'SMS', language: 'en_US' } as never)
      .catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect(counter.total()).toBe(0);
  });
});

describe('recover', () => {
  it('finds an added number by its digits across pages and returns an added checkpoint', async () => {
    server.use(
      http.get(`${GRAPH}/v23.0/${WABA}/phone_numbers`, ({ request }) => {
        const url = new URL(request.url);
        expect(url.searchParams.get('fields')).toBe('display_phone_number');
        return url.searchParams.get('after') === null
          ? HttpResponse.json({ data: [{ id: '1', display_phone_number: '+1 631-555-0000' }], paging: { cursors: { after: 'A' }, next: 'https://x' } })
          : HttpResponse.json({ data: [{ id: PHONE, display_phone_number: '+65 8123 4567' }] });
      }),
    );
    const found = await makeClient().migration.recover({ wabaId: WABA, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en' });
    expect(found).toMatchObject({ kind: 'migration', step: 'added', phoneNumberId: PHONE, cc: '65', phone_number: '81234567' });
  });

  it('returns undefined when the WABA does not have the number', async () => {
    server.use(http.get(`${GRAPH}/v23.0/${WABA}/phone_numbers`, () => HttpResponse.json({ data: [{ id: '1', display_phone_number: '+1 631-555-0000' }] })));
    await expect(makeClient().onboarding.recover({ wabaId: WABA, cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en' })).resolves.toBeUndefined();
  });
});
