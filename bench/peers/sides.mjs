// The five sides of the side-by-side bench (issue #12), each doing the same two jobs against the loopback Graph
// stand-in: read one phone number (`call`) and walk every number of the WABA (`walk`). Lives in bench/peers/ so
// that bare imports (`ky`, the peer SDKs) resolve to bench/peers/node_modules — pinned in bench/peers/package.json,
// installed by bench/lib/peers.mjs, never dependencies of wabakit.
//
// - raw:          `fetch` + `JSON.parse`, the least any caller can do (the baseline of every ratio);
// - ky:           bare ky 2 with `retry: 0` (the floor of any ky-based SDK, and #12's warm baseline);
// - great-detail: @great-detail/whatsapp (ky, no validation), `phoneNumbers.getPhoneNumber(...).json()`;
// - kapso:        @kapso/whatsapp-cloud-api (fetch, zod on input), `client.request('GET', …)`;
// - wabakit:      the default `WabaClient` as Node loads it (guards on, response validation on) for the warm calls and
//                 the walk; its cold-start handler is the serverless way, `WabaCore` + `PhoneNumberCore`
//                 (bench/bundles/cold-sdk.mjs).

import { readFileSync } from 'node:fs';

export const SIDES = ['raw', 'ky', 'great-detail', 'kapso', 'wabakit'];
export const LABELS = {
  raw: 'raw `fetch`',
  ky: 'bare ky (`retry: 0`)',
  'great-detail': '@great-detail/whatsapp',
  kapso: '@kapso/whatsapp-cloud-api',
  wabakit: '**wabakit**',
};

const TOKEN = 'EAAbenchmarktoken';
// bench/run.mjs snapshots dist/ (BENCH_DIST) so that a rebuild by someone else mid-run cannot change or delete it.
const DIST = process.env.BENCH_DIST ? new URL(`file://${process.env.BENCH_DIST}/`) : new URL('../../dist/', import.meta.url);
// The file Node itself loads for `import 'wabakit'`: the `default` under `import` in package.json's exports
// (dist/node/, bundled), not the `module` one that bundlers take (one file per module).
const NODE_ENTRY = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).exports['.'].import.default;
const wabakit = () => import(new URL(NODE_ENTRY.replace(/^\.\/dist\//, ''), DIST).href);
const VERSION = 'v23.0';

// @great-detail/whatsapp 9.2.0 joins `baseUrl + '/' + graphVersion` without a trailing slash, and ky 2 resolves
// paths against it as a URL, so `v23.0` would be dropped from every path; the trailing slash keeps it.
const greatDetailClient = (Client, baseUrl) =>
  new Client({ baseUrl, graphVersion: `${VERSION}/`, request: { headers: { Authorization: `Bearer ${TOKEN}` } } });

/** `() => Promise<node>` that reads phone number `id` with `fields` through `side`. */
export async function makeCall(side, baseUrl, id, fields) {
  const joined = fields.join(',');
  switch (side) {
    case 'raw': {
      const url = `${baseUrl}/${VERSION}/${id}?fields=${encodeURIComponent(joined)}`;
      const headers = { authorization: `Bearer ${TOKEN}` };
      return async () => JSON.parse(await (await fetch(url, { headers })).text());
    }
    case 'ky': {
      const { default: ky } = await import('ky');
      const api = ky.create({ baseUrl: `${baseUrl}/${VERSION}/`, retry: 0, headers: { authorization: `Bearer ${TOKEN}` } });
      return () => api.get(id, { searchParams: { fields: joined } }).json();
    }
    case 'great-detail': {
      const { default: Client } = await import('@great-detail/whatsapp');
      const client = greatDetailClient(Client, baseUrl);
      return () => client.phoneNumbers.getPhoneNumber({ phoneNumberID: id, fields }).json();
    }
    case 'kapso': {
      const { WhatsAppClient } = await import('@kapso/whatsapp-cloud-api');
      const client = new WhatsAppClient({ accessToken: TOKEN, baseUrl, graphVersion: VERSION });
      return () => client.request('GET', id, { query: { fields: joined }, responseType: 'json' });
    }
    case 'wabakit': {
      const { WabaClient } = await wabakit();
      const phone = new WabaClient({ accessToken: TOKEN, baseUrl }).phoneNumber(id);
      return () => phone.retrieve({ fields });
    }
    default:
      throw new Error(`unknown side ${side}`);
  }
}

/** A page-by-page cursor loop over `GET /{waba}/phone_numbers` for the sides that have no paginator. */
async function* cursorLoop(getPage) {
  let after;
  for (;;) {
    const page = await getPage(after);
    yield* page.data;
    if (!page.paging?.next) return;
    after = page.paging.cursors.after;
  }
}

/** `() => AsyncIterable<item>` over every number of WABA `wabaId`, `pageSize` per page, through `side`. */
export async function makeWalk(side, baseUrl, wabaId, pageSize) {
  const limit = String(pageSize);
  switch (side) {
    case 'raw':
      return () =>
        cursorLoop(async (after) => {
          const url = new URL(`${baseUrl}/${VERSION}/${wabaId}/phone_numbers`);
          url.searchParams.set('limit', limit);
          if (after !== undefined) url.searchParams.set('after', after);
          return JSON.parse(await (await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).text());
        });
    case 'ky': {
      const { default: ky } = await import('ky');
      const api = ky.create({ baseUrl: `${baseUrl}/${VERSION}/`, retry: 0, headers: { authorization: `Bearer ${TOKEN}` } });
      return () => cursorLoop((after) => api.get(`${wabaId}/phone_numbers`, { searchParams: after === undefined ? { limit } : { limit, after } }).json());
    }
    case 'great-detail': {
      const { default: Client } = await import('@great-detail/whatsapp');
      const client = greatDetailClient(Client, baseUrl);
      return () =>
        cursorLoop((after) =>
          client.phoneNumbers
            .listPhoneNumbers({ businessAccountID: wabaId, request: { searchParams: after === undefined ? { limit } : { limit, after } } })
            .json(),
        );
    }
    case 'kapso': {
      const { WhatsAppClient } = await import('@kapso/whatsapp-cloud-api');
      const client = new WhatsAppClient({ accessToken: TOKEN, baseUrl, graphVersion: VERSION });
      return () =>
        cursorLoop((after) =>
          client.request('GET', `${wabaId}/phone_numbers`, { query: after === undefined ? { limit } : { limit, after }, responseType: 'json' }),
        );
    }
    case 'wabakit': {
      const { WabaClient } = await wabakit();
      const client = new WabaClient({ accessToken: TOKEN, baseUrl });
      return () => client.waba(wabaId).phoneNumbers.list({ limit: pageSize });
    }
    default:
      throw new Error(`unknown side ${side}`);
  }
}
