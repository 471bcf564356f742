import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { isIdentityMismatchError, isPermissionError, isValidationError } from '../../../src/errors/guards.js';
import { IdentityCheck, identityCheckFor } from '../../../src/resources/identity-check/identity-check.js';
import { MemoryIdentityStore, type IdentityStore } from '../../../src/resources/identity-check/identity-store.js';
import { makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const PHONE = '106540352242922';
const CUSTOMER = '16505551234';
const HASH = 'DF2lS5v2W6x=';
const SETTINGS = `${GRAPH}/v23.0/${PHONE}/settings`;

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/webhooks/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

function statusPayload(status: Record<string, unknown>, phoneNumberId = PHONE): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: phoneNumberId }, statuses: [status] } }] }],
  };
}

function sent(hash: string, timestamp: string, waId = CUSTOMER): Record<string, unknown> {
  return { id: `wamid.${timestamp}`, status: 'sent', timestamp, recipient_id: waId, recipient_identity_key_hash: hash };
}

function mismatch(hash: string, timestamp: string, waId = CUSTOMER): Record<string, unknown> {
  return {
    id: `wamid.${timestamp}`,
    status: 'failed',
    timestamp,
    recipient_id: waId,
    recipient_identity_key_hash: hash,
    errors: [{ code: 137000, title: 'Identity key hash mismatch', message: `Identity key hash mismatch ${hash}`, error_data: { details: `stale ${hash}` } }],
  };
}

const check = (store: IdentityStore = new MemoryIdentityStore()) => new IdentityCheck(makeClient(), PHONE, store);

describe('IdentityCheck.enable / disable', () => {
  it.each([
    ['enable', true],
    ['disable', false],
  ] as const)('%s POSTs user_identity_change.enable_identity_key_check (not the spec’s `enabled`)', async (method, value) => {
    let body: unknown;
    server.use(http.post(SETTINGS, async ({ request }) => ((body = await request.json()), HttpResponse.json({ success: true }))));
    await expect(check()[method]()).resolves.toEqual({ success: true });
    expect(body).toEqual({ user_identity_change: { enable_identity_key_check: value } });
  });

  it('is retried as safe after a 503', async () => {
    let calls = 0;
    server.use(http.post(SETTINGS, () => (++calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ success: true }))));
    vi.useFakeTimers();
    try {
      const done = new IdentityCheck(makeClient({ maxRetries: 1 }), PHONE).enable();
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(done).resolves.toEqual({ success: true });
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('maps a Graph error', async () => {
    server.use(http.post(SETTINGS, () => graphError({ status: 403, code: 10 })));
    expect(isPermissionError(await check().enable().catch((e: unknown) => e))).toBe(true);
  });

  it('rejects a phone number id that is not numeric', () => {
    expect(() => new IdentityCheck(makeClient(), '+16505551234')).toThrow(/phone number id/);
  });
});

describe('IdentityCheck.captureFromWebhook', () => {
  it('stores the contact hash of an incoming message (Meta fixture)', async () => {
    const identity = check();
    await expect(identity.captureFromWebhook(fixture('messages.incoming-text-identity-hash'))).resolves.toBe(1);
    await expect(identity.hashFor(CUSTOMER)).resolves.toBe(HASH);
  });

  it('stores the recipient hash of a status (Meta fixture)', async () => {
    const identity = check();
    await identity.captureFromWebhook(fixture('messages.status-sent-with-identity-hash'));
    await expect(identity.hashFor(CUSTOMER)).resolves.toBe(HASH);
  });

  it('does not store the stale hash a 137000 status echoes back', async () => {
    const identity = check();
    await expect(identity.captureFromWebhook(fixture('messages.status-failed-identity-mismatch'))).resolves.toBe(0);
    await expect(identity.hashFor(CUSTOMER)).resolves.toBeUndefined();
  });

  it('keeps the newest hash when webhooks arrive out of order', async () => {
    const identity = check();
    await identity.captureFromWebhook(statusPayload(sent('NEWhash1234=', '1750000100')));
    await expect(identity.captureFromWebhook(statusPayload(sent('OLDhash1234=', '1750000050')))).resolves.toBe(0);
    await expect(identity.hashFor(CUSTOMER)).resolves.toBe('NEWhash1234=');
  });

  it('ignores other phone numbers and malformed payloads without throwing', async () => {
    const identity = check();
    await expect(identity.captureFromWebhook(statusPayload(sent(HASH, '1750000100'), '999'))).resolves.toBe(0);
    for (const junk of [null, 42, 'x', [], { entry: 'x' }, { entry: [{ changes: [null, { value: { contacts: [{ wa_id: 5, identity_key_hash: HASH }] } }] }] }]) {
      await expect(identity.captureFromWebhook(junk)).resolves.toBe(0);
    }
    await expect(identity.captureFromWebhook(statusPayload(sent('has spaces', '1750000100')))).resolves.toBe(0);
  });

  it('accepts a bare change value as well as the whole body', async () => {
    const identity = check();
    const body = fixture('messages.incoming-text-identity-hash') as { entry: { changes: { value: unknown }[] }[] };
    await expect(identity.captureFromWebhook(body.entry[0]!.changes[0]!.value)).resolves.toBe(1);
  });
});

describe('IdentityCheck mismatch handling (137000)', () => {
  it('turns the status error into IdentityMismatchError, untrusts the customer, and never puts the hash in the error', async () => {
    const identity = check();
    await identity.captureFromWebhook(statusPayload(sent(HASH, '1750000000')));
    const error = await identity.handleStatusError(mismatch(HASH, '1750000100'));
    expect(isIdentityMismatchError(error)).toBe(true);
    expect(error?.code).toBe(137000);
    expect(error?.source).toBe('webhook');
    for (const text of [error!.message, JSON.stringify(error), String(error!.stack), inspect(error)]) expect(text).not.toContain(HASH);
    await expect(identity.isTrusted(CUSTOMER)).resolves.toBe(false);
    await expect(identity.hashFor(CUSTOMER)).resolves.toBeUndefined();
  });

  it('returns undefined for statuses without 137000', async () => {
    const identity = check();
    await expect(identity.handleStatusError(sent(HASH, '1750000000'))).resolves.toBeUndefined();
    await expect(identity.handleStatusError({ ...mismatch(HASH, '1'), errors: [{ code: 131026 }] })).resolves.toBeUndefined();
    await expect(identity.handleStatusError(null)).resolves.toBeUndefined();
    await expect(identity.isTrusted(CUSTOMER)).resolves.toBe(true);
  });

  it('stays untrusted until confirmReverified; hashes seen before the mismatch stay stale, newer ones are used', async () => {
    const identity = check();
    await identity.handleStatusError(mismatch(HASH, '1750000100'));
    // A late `sent` status of an older message still carries the old hash: ignored.
    await expect(identity.captureFromWebhook(statusPayload(sent('OLDhash1234=', '1750000050')))).resolves.toBe(0);
    await expect(identity.hashFor(CUSTOMER)).resolves.toBeUndefined();
    await identity.confirmReverified(CUSTOMER);
    await expect(identity.isTrusted(CUSTOMER)).resolves.toBe(true);
    // Resend goes without a hash…
    await expect(identity.hashFor(CUSTOMER)).resolves.toBeUndefined();
    // …and its status brings the new one.
    await identity.captureFromWebhook(statusPayload(sent('NEWhash1234=', '1750000200')));
    await expect(identity.hashFor(CUSTOMER)).resolves.toBe('NEWhash1234=');
  });

  it('a new hash captured while untrusted is withheld until confirmed', async () => {
    const identity = check();
    await identity.handleStatusError(mismatch(HASH, '1750000100'));
    await identity.captureFromWebhook(statusPayload(sent('NEWhash1234=', '1750000200')));
    await expect(identity.hashFor(CUSTOMER)).resolves.toBeUndefined();
    await identity.confirmReverified(CUSTOMER);
    await expect(identity.hashFor(CUSTOMER)).resolves.toBe('NEWhash1234=');
  });

  it('processWebhook handles the Meta mismatch fixture in one call', async () => {
    const identity = check();
    const { captured, mismatches } = await identity.processWebhook(fixture('messages.status-failed-identity-mismatch'));
    expect(captured).toBe(0);
    expect(mismatches.map((m) => m.waId)).toEqual([CUSTOMER]);
    expect(isIdentityMismatchError(mismatches[0]?.error)).toBe(true);
    await expect(identity.isTrusted(CUSTOMER)).resolves.toBe(false);
  });

  it('rejects a wa_id that is not digits', async () => {
    const identity = check();
    for (const waId of ['+16505551234', '', 'abc']) {
      expect(isValidationError(await identity.hashFor(waId).catch((e: unknown) => e))).toBe(true);
      expect(isValidationError(await identity.confirmReverified(waId).catch((e: unknown) => e))).toBe(true);
    }
  });

  it('never sends anything on its own (no resend, no request) while handling webhooks', async () => {
    const counter = countRequests();
    const identity = check();
    await identity.processWebhook(fixture('messages.status-failed-identity-mismatch'));
    await identity.processWebhook(fixture('messages.incoming-text-identity-hash'));
    counter.stop();
    expect(counter.total()).toBe(0);
  });
});

describe('model: hashFor agrees with a reference over random event sequences (property)', () => {
  type Event = { kind: 'seen'; hash: string; at: number } | { kind: 'mismatch'; at: number } | { kind: 'confirm' };
  const event: fc.Arbitrary<Event> = fc.oneof(
    fc.record({ kind: fc.constant('seen' as const), hash: fc.stringMatching(/^[A-Za-z0-9]{4,12}=$/), at: fc.integer({ min: 1, max: 1000 }) }),
    fc.record({ kind: fc.constant('mismatch' as const), at: fc.integer({ min: 1, max: 1000 }) }),
    fc.constant({ kind: 'confirm' as const }),
  );

  it('never returns a hash while untrusted, nor one observed at or before the last mismatch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 20 }), async (events) => {
        const identity = check();
        let trusted = true;
        let lastMismatch = -Infinity;
        const seenAt = new Map<string, number>();
        for (const e of events) {
          if (e.kind === 'seen') {
            seenAt.set(e.hash, Math.max(seenAt.get(e.hash) ?? -Infinity, e.at));
            await identity.captureFromWebhook(statusPayload(sent(e.hash, String(e.at))));
          } else if (e.kind === 'mismatch') {
            trusted = false;
            lastMismatch = Math.max(lastMismatch, e.at);
            await identity.handleStatusError(mismatch('STALEhash12=', String(e.at)));
          } else {
            trusted = true;
            await identity.confirmReverified(CUSTOMER);
          }
          const hash = await identity.hashFor(CUSTOMER);
          if (!trusted) expect(hash).toBeUndefined();
          if (hash !== undefined) expect((seenAt.get(hash) ?? -Infinity) * 1).toBeGreaterThan(lastMismatch);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('one record per business number and customer', () => {
  const OTHER_PHONE = '106540352242923';

  it("keeps each number's hash for the same customer apart in one shared store", async () => {
    const client = makeClient();
    const first = identityCheckFor(client, PHONE);
    const second = identityCheckFor(client, OTHER_PHONE);
    await first.captureFromWebhook(statusPayload(sent('FIRSThash12=', '1750000100')));
    await second.captureFromWebhook(statusPayload(sent('SECONDhash1=', '1750000200'), OTHER_PHONE));
    await expect(first.hashFor(CUSTOMER)).resolves.toBe('FIRSThash12=');
    await expect(second.hashFor(CUSTOMER)).resolves.toBe('SECONDhash1=');
  });

  it("a 137000 on one number leaves the customer's record on the other number as it was", async () => {
    const client = makeClient();
    const first = identityCheckFor(client, PHONE);
    const second = identityCheckFor(client, OTHER_PHONE);
    await first.captureFromWebhook(statusPayload(sent(HASH, '1750000100')));
    await second.captureFromWebhook(statusPayload(sent(HASH, '1750000100'), OTHER_PHONE));
    const { mismatches } = await first.processWebhook(statusPayload(mismatch(HASH, '1750000300')));
    expect(mismatches).toHaveLength(1);
    await expect(first.isTrusted(CUSTOMER)).resolves.toBe(false);
    await expect(second.isTrusted(CUSTOMER)).resolves.toBe(true);
    await expect(second.hashFor(CUSTOMER)).resolves.toBe(HASH);
  });
});

describe('identityCheckFor', () => {
  it('shares one default store per client, so a fresh handle sees earlier captures', async () => {
    const client = makeClient();
    await identityCheckFor(client, PHONE).captureFromWebhook(fixture('messages.incoming-text-identity-hash'));
    await expect(identityCheckFor(client, PHONE).hashFor(CUSTOMER)).resolves.toBe(HASH);
    await expect(identityCheckFor(makeClient(), PHONE).hashFor(CUSTOMER)).resolves.toBeUndefined();
  });

  it('uses the store you pass', async () => {
    const store = new MemoryIdentityStore();
    const identity = identityCheckFor(makeClient(), PHONE, store);
    await identity.captureFromWebhook(fixture('messages.incoming-text-identity-hash'));
    await expect(store.get(PHONE, CUSTOMER)).resolves.toMatchObject({ hash: HASH, trusted: true });
    expect(inspect(store)).not.toContain(HASH);
  });
});
