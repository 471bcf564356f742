import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isInvalidRequestError,
  isMigrationError,
  isOutcomeUnknownError,
  isValidationError,
} from '../../../src/errors/guards.js';
import type { ValidationError } from '../../../src/errors/validation-error.js';
import { makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const WABA = '102290129340398';
const URL_ADD = `${GRAPH}/v23.0/${WABA}/phone_numbers`;
const NEW_ID = '106540352242922';

function captureBody(): { body: () => unknown } {
  let body: unknown;
  server.use(http.post(URL_ADD, async ({ request }) => ((body = await request.json()), HttpResponse.json({ id: NEW_ID }))));
  return { body: () => body };
}

describe('waba.phoneNumbers.add', () => {
  it('POSTs cc, phone_number and verified_name and returns the new id', async () => {
    const seen = captureBody();
    const result = await makeClient().waba(WABA).phoneNumbers.add({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' });
    expect(result).toEqual({ id: NEW_ID });
    expect(seen.body()).toEqual({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' });
  });

  it('sends every param when given', async () => {
    const seen = captureBody();
    await makeClient()
      .waba(WABA)
      .phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', migrate_phone_number: false, preverified_id: '1234567890123456' });
    expect(seen.body()).toEqual({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', migrate_phone_number: false, preverified_id: '1234567890123456' });
  });

  it('splits an international phone string into cc and the national number', async () => {
    const seen = captureBody();
    await makeClient().waba(WABA).phoneNumbers.add({ phone: '+65 8123 4567', verified_name: 'Lucky Shrub' });
    expect(seen.body()).toEqual({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub' });
  });

  it('lets a migration go without verified_name', async () => {
    const seen = captureBody();
    await makeClient().waba(WABA).phoneNumbers.add({ phone: '+1 (631) 555-1234', migrate_phone_number: true });
    expect(seen.body()).toEqual({ cc: '1', phone_number: '6315551234', migrate_phone_number: true });
  });

  it('rejects bad input before sending anything, without echoing the number', async () => {
    const counter = countRequests();
    const numbers = makeClient().waba(WABA).phoneNumbers;
    const bad: unknown[] = [
      { cc: '1', phone_number: '6315551234' }, // new number without a name
      { cc: '+1', phone_number: '6315551234', verified_name: 'Lucky Shrub' },
      { cc: '1', phone_number: '+16315551234', verified_name: 'Lucky Shrub' },
      { cc: '1', phone_number: '6315551234', verified_name: 'L' },
      { cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub', extra: true },
      { cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub', preverified_id: 'preverified_12345' },
      { phone: '0065 9123 7777', verified_name: 'Lucky Shrub' },
      { phone: '+65 9123 7777', cc: '65', verified_name: 'Lucky Shrub' },
      { phone: 6591237777, verified_name: 'Lucky Shrub' },
    ];
    for (const params of bad) {
      const error = await numbers.add(params as never).catch((e: unknown) => e);
      expect(isValidationError(error), JSON.stringify(params)).toBe(true);
      expect((error as Error).message).not.toMatch(/9123|7777|6315551234/);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('reports phone problems under the `phone` path', async () => {
    const error = (await makeClient()
      .waba(WABA)
      .phoneNumbers.add({ phone: '+999 1234', verified_name: 'Lucky Shrub' })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.issues[0]?.path).toEqual(['phone']);
    expect(error.subject).toBe('WabaPhoneNumbers.add params');
  });

  it('keeps every national number byte-exact (leading zeros included) — property', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[1-9][0-9]{0,2}$/), fc.stringMatching(/^[0-9]{4,14}$/), async (cc, national) => {
        const seen = captureBody();
        await makeClient().waba(WABA).phoneNumbers.add({ cc, phone_number: national, verified_name: 'Lucky Shrub' });
        expect(seen.body()).toMatchObject({ cc, phone_number: national });
      }),
      { numRuns: 50 },
    );
  });

  it('maps migration errors (2388xxx) to MigrationError with the reason in details', async () => {
    server.use(http.post(URL_ADD, () => graphError({ code: 2388103, details: 'The destination WABA is not subscribed to webhooks.' })));
    const error = await makeClient().waba(WABA).phoneNumbers.add({ phone: '+65 8123 4567', migrate_phone_number: true }).catch((e: unknown) => e);
    expect(isMigrationError(error)).toBe(true);
    expect((error as { details?: string }).details).toMatch(/webhooks/);
  });

  it('maps "(#100) Param migrate_phone_number must be false" to InvalidRequestError', async () => {
    server.use(http.post(URL_ADD, () => graphError({ code: 100, message: '(#100) Param migrate_phone_number must be false.' })));
    const error = await makeClient().waba(WABA).phoneNumbers.add({ cc: '1', phone_number: '6315551234', migrate_phone_number: true }).catch((e: unknown) => e);
    expect(isInvalidRequestError(error)).toBe(true);
  });

  it('is never retried: a lost answer is an OutcomeUnknownError with a hint to list the numbers', async () => {
    const counter = countRequests();
    server.use(http.post(URL_ADD, () => HttpResponse.error()));
    const error = await makeClient({ maxRetries: 3 }).waba(WABA).phoneNumbers.add({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' }).catch((e: unknown) => e);
    counter.stop();
    expect(counter.total()).toBe(1);
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint?: string }).reconcileHint).toMatch(/phoneNumbers\.list/);
  });
});
