import fc from 'fast-check';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { isOutcomeUnknownError, isPermissionError, isValidationError } from '../../../src/errors/guards.js';
import { WabaFilter } from '../../../src/resources/business/schemas.js';
import { makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const BUSINESS = '506914307656634';
const OWNED = `${GRAPH}/v23.0/${BUSINESS}/owned_whatsapp_business_accounts`;
const CLIENT = `${GRAPH}/v23.0/${BUSINESS}/client_whatsapp_business_accounts`;
const PREVERIFIED = `${GRAPH}/v23.0/${BUSINESS}/preverified_numbers`;
const ADD = `${GRAPH}/v23.0/${BUSINESS}/add_phone_numbers`;

function captureGet(url: string, body: JsonBodyType): { query: () => URLSearchParams | undefined } {
  let query: URLSearchParams | undefined;
  server.use(http.get(url, ({ request }) => ((query = new URL(request.url).searchParams), HttpResponse.json(body))));
  return { query: () => query };
}

describe('client.business(id)', () => {
  it('rejects a business id that is not numeric', () => {
    expect(() => makeClient().business('me')).toThrow(/business id/);
  });
});

describe.each([
  ['ownedWabas', OWNED],
  ['clientWabas', CLIENT],
] as const)('business.%s.list', (edge, url) => {
  it('GETs the edge with no params', async () => {
    const seen = captureGet(url, { data: [{ id: '104996122399160', name: 'Lucky Shrub' }] });
    const page = await makeClient().business(BUSINESS)[edge].list();
    expect([...seen.query()!.keys()]).toEqual([]);
    expect(page.data).toEqual([{ id: '104996122399160', name: 'Lucky Shrub' }]);
  });

  it('sends fields, JSON filtering and limit, and narrows the item type', async () => {
    const seen = captureGet(url, { data: [{ id: '1', name: 'A', marketing_messages_onboarding_status: 'ELIGIBLE' }] });
    const page = await makeClient()
      .business(BUSINESS)
      [edge].list({
        fields: ['name', 'marketing_messages_onboarding_status'],
        filtering: [{ field: 'marketing_messages_onboarding_status', operator: 'IN', value: ['ELIGIBLE'] }],
        limit: 50,
      });
    const query = seen.query()!;
    expect(query.get('fields')).toBe('name,marketing_messages_onboarding_status');
    expect(JSON.parse(query.get('filtering')!)).toEqual([{ field: 'marketing_messages_onboarding_status', operator: 'IN', value: ['ELIGIBLE'] }]);
    expect(query.get('limit')).toBe('50');
    expectTypeOf(page.data[0]!).toHaveProperty('marketing_messages_onboarding_status');
    expectTypeOf(page.data[0]!).not.toHaveProperty('currency');
  });

  it('walks every page with the after cursor', async () => {
    const afters: (string | null)[] = [];
    server.use(
      http.get(url, ({ request }) => {
        const after = new URL(request.url).searchParams.get('after');
        afters.push(after);
        return after === null
          ? HttpResponse.json({ data: [{ id: '1' }], paging: { cursors: { after: 'A1' }, next: 'https://graph.facebook.com/next' } })
          : HttpResponse.json({ data: [{ id: '2' }], paging: { cursors: { before: 'B2' } } });
      }),
    );
    const ids: string[] = [];
    for await (const waba of makeClient().business(BUSINESS)[edge].list({ limit: 1 })) ids.push(waba.id);
    expect(ids).toEqual(['1', '2']);
    expect(afters).toEqual([null, 'A1']);
  });

  it('rejects bad params without sending', async () => {
    const counter = countRequests();
    const list = makeClient().business(BUSINESS)[edge];
    const bad: unknown[] = [
      { limit: 0 },
      { limit: 101 },
      { filtering: [] },
      { filtering: [{ field: 'x', operator: 'LIKE', value: 'y' }] },
      { filtering: [{ field: 'Bad Field', operator: 'EQUAL', value: 'y' }] },
      { fields: ['Name'] },
      { find: 'x' },
    ];
    for (const params of bad) {
      const error = await list.list(params as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isValidationError(error), JSON.stringify(params)).toBe(true);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('maps a missing business_management permission', async () => {
    server.use(http.get(url, () => graphError({ status: 403, code: 200, message: '(#200) Requires business_management permission' })));
    const error = await makeClient().business(BUSINESS)[edge].list().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isPermissionError(error)).toBe(true);
  });
});

describe('WabaFilter', () => {
  it('keeps JSON booleans and numbers as they are (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.boolean(), fc.integer(), fc.string(), fc.array(fc.string(), { maxLength: 3 })), (value) => {
        const parsed = WabaFilter.parse({ field: 'is_official_business_account', operator: 'EQUAL', value });
        expect(parsed.value).toEqual(value);
      }),
    );
  });
});

describe('business.preverifiedNumbers.list', () => {
  it('GETs the edge with the status and number filters', async () => {
    const seen = captureGet(PREVERIFIED, {
      data: [{ id: '1234567890123456', phone_number: '+16315551234', code_verification_status: 'VERIFIED', verification_expiry_time: '2026-12-01T00:00:00+0000' }],
    });
    const page = await makeClient()
      .business(BUSINESS)
      .preverifiedNumbers.list({ code_verification_status: 'VERIFIED', phone_number: '+16315551234', fields: ['phone_number', 'verification_expiry_time'] });
    const query = seen.query()!;
    expect(Object.fromEntries(query)).toEqual({ code_verification_status: 'VERIFIED', phone_number: '+16315551234', fields: 'phone_number,verification_expiry_time' });
    expect(page.data[0]?.phone_number).toBe('+16315551234');
    expectTypeOf(page.data[0]!).not.toHaveProperty('code_verification_status');
  });

  it('GETs with no params', async () => {
    const seen = captureGet(PREVERIFIED, { data: [] });
    await makeClient().business(BUSINESS).preverifiedNumbers.list();
    expect([...seen.query()!.keys()]).toEqual([]);
  });

  it('rejects an unknown status or a formatted number without sending', async () => {
    const counter = countRequests();
    const list = makeClient().business(BUSINESS).preverifiedNumbers;
    for (const params of [{ code_verification_status: 'UNVERIFIED' }, { phone_number: '+1 631 555 1234' }, { phone_number: '0123' }]) {
      const error = await list.list(params as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isValidationError(error)).toBe(true);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });
});

describe('business.preverifiedNumbers.add', () => {
  it('POSTs the number and returns the pre-verified id', async () => {
    let body: unknown;
    server.use(http.post(ADD, async ({ request }) => ((body = await request.json()), HttpResponse.json({ id: '1234567890123456' }))));
    await expect(makeClient().business(BUSINESS).preverifiedNumbers.add({ phone_number: '+16315551234' })).resolves.toEqual({ id: '1234567890123456' });
    expect(body).toEqual({ phone_number: '+16315551234' });
  });

  it('rejects a malformed number without sending', async () => {
    const counter = countRequests();
    const error = await makeClient().business(BUSINESS).preverifiedNumbers.add({ phone_number: 'call me' }).catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect(counter.total()).toBe(0);
  });

  it('is never retried (a lost answer is OutcomeUnknownError)', async () => {
    const counter = countRequests();
    server.use(http.post(ADD, () => HttpResponse.error()));
    const error = await makeClient({ maxRetries: 3 }).business(BUSINESS).preverifiedNumbers.add({ phone_number: '+16315551234' }).catch((e: unknown) => e);
    counter.stop();
    expect(counter.total()).toBe(1);
    expect(isOutcomeUnknownError(error)).toBe(true);
  });

  it('maps a Graph error', async () => {
    server.use(http.post(ADD, () => graphError({ status: 403, code: 10 })));
    expect(isPermissionError(await makeClient().business(BUSINESS).preverifiedNumbers.add({ phone_number: '+16315551234' }).catch((e: unknown) => e))).toBe(true);
  });
});
