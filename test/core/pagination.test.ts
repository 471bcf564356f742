import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeClient } from '../helpers/client.js';
import { countRequests, GRAPH } from '../helpers/graph.js';
import { server } from '../helpers/server.js';

const WABA = '102290129340398';
const LIST = `${GRAPH}/v23.0/${WABA}/phone_numbers`;

/** A paged fake of `/phone_numbers` with `total` numbers and `size` per page; cursors are offsets. */
function pagedNumbers(total: number, size: number) {
  const queries: URLSearchParams[] = [];
  const handler = http.get(LIST, ({ request }) => {
    const query = new URL(request.url).searchParams;
    queries.push(query);
    const start = Number(query.get('after') ?? 0);
    const data = Array.from({ length: Math.min(size, total - start) }, (_, i) => ({ id: String(900_000 + start + i), status: 'CONNECTED' }));
    const end = start + data.length;
    return HttpResponse.json({
      data,
      paging: { cursors: { before: String(start), after: String(end) }, ...(end < total ? { next: `${LIST}?after=${end}` } : {}) },
      ...(query.get('summary') ? { summary: { total_count: total } } : {}),
    });
  });
  return { handler, queries };
}

describe('phoneNumbers.list pagination', () => {
  it('await gives the first page only', async () => {
    const fake = pagedNumbers(7, 3);
    server.use(fake.handler);
    const page = await makeClient().waba(WABA).phoneNumbers.list({ fields: ['status'], limit: 3, summary: 'total_count' });
    expect(page.data.map((n) => n.id)).toEqual(['900000', '900001', '900002']);
    expect(page.summary?.total_count).toBe(7);
    expect(page.hasNextPage()).toBe(true);
    expect(fake.queries).toHaveLength(1);
    expect(fake.queries[0]!.get('fields')).toBe('status');
    expect(fake.queries[0]!.get('limit')).toBe('3');
  });

  it('for await walks every item lazily, keeping params and following the after cursor', async () => {
    const fake = pagedNumbers(7, 3);
    server.use(fake.handler);
    const ids: string[] = [];
    for await (const number of makeClient().waba(WABA).phoneNumbers.list({ limit: 3, sort: 'last_onboarded_time_ascending' })) {
      ids.push(number.id);
      if (ids.length === 2) expect(fake.queries).toHaveLength(1); // the next page is not fetched early
    }
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect(fake.queries.map((q) => q.get('after'))).toEqual([null, '3', '6']);
    expect(fake.queries.every((q) => q.get('sort') === 'last_onboarded_time_ascending' && q.get('limit') === '3')).toBe(true);
  });

  it('awaiting the same list twice sends one request', async () => {
    const fake = pagedNumbers(2, 5);
    server.use(fake.handler);
    const list = makeClient().waba(WABA).phoneNumbers.list();
    await list;
    await list;
    expect(fake.queries).toHaveLength(1);
  });

  it('nextPage() refuses past the last page', async () => {
    server.use(pagedNumbers(2, 5).handler);
    const page = await makeClient().waba(WABA).phoneNumbers.list();
    expect(page.hasNextPage()).toBe(false);
    await expect(page.nextPage()).rejects.toThrow(/no next page/);
  });

  it('sends filtering as JSON with booleans kept as booleans', async () => {
    const fake = pagedNumbers(1, 5);
    server.use(fake.handler);
    await makeClient()
      .waba(WABA)
      .phoneNumbers.list({ filtering: [{ field: 'is_official_business_account', operator: 'EQUAL', value: false }] });
    expect(JSON.parse(fake.queries[0]!.get('filtering')!)).toEqual([{ field: 'is_official_business_account', operator: 'EQUAL', value: false }]);
  });

  it.each([
    ['the spec-only sort form', { sort: 'last_onboarded_time.desc' }],
    ['a limit over 100', { limit: 101 }],
    ['a rejected field', { fields: ['unified_cert_status'] }],
  ])('rejects %s before sending', async (_, params) => {
    const counter = countRequests();
    await expect(makeClient().waba(WABA).phoneNumbers.list(params as never)).rejects.toMatchObject({ name: 'ValidationError' });
    counter.stop();
    expect(counter.total()).toBe(0);
  });
});
