import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { isInvalidRequestError, isPermissionError, isValidationError } from '../../../src/errors/guards.js';
import { WABA_FIELDS, WabaInfo, WabaUpdateParams } from '../../../src/resources/waba/schemas.js';
import { makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const WABA = '102290129340398';
const NODE = `${GRAPH}/v23.0/${WABA}`;

describe('Waba.retrieve', () => {
  it('sends GET /{WABA_ID} without fields when none are asked for', async () => {
    let url: URL | undefined;
    server.use(http.get(NODE, ({ request }) => ((url = new URL(request.url)), HttpResponse.json({ id: WABA, name: 'Lucky Shrub' }))));
    const info = await makeClient().waba(WABA).retrieve();
    expect(url?.pathname).toBe(`/v23.0/${WABA}`);
    expect([...url!.searchParams.keys()]).toEqual([]);
    expect(info).toEqual({ id: WABA, name: 'Lucky Shrub' });
  });

  it('sends the selected fields comma-separated and narrows the type', async () => {
    let fields: string | null = null;
    server.use(
      http.get(NODE, ({ request }) => {
        fields = new URL(request.url).searchParams.get('fields');
        return HttpResponse.json({
          id: WABA,
          account_review_status: 'APPROVED',
          ownership_type: 'ON_BEHALF_OF',
          business_verification_status: 'pending_need_more_info',
          marketing_messages_onboarding_status: 'ONBOARDED',
        });
      }),
    );
    const info = await makeClient()
      .waba(WABA)
      .retrieve({ fields: ['account_review_status', 'ownership_type', 'business_verification_status', 'marketing_messages_onboarding_status'] });
    expect(fields).toBe('account_review_status,ownership_type,business_verification_status,marketing_messages_onboarding_status');
    expect(info.ownership_type).toBe('ON_BEHALF_OF');
    expectTypeOf(info).toHaveProperty('ownership_type');
    expectTypeOf(info).not.toHaveProperty('currency');
  });

  it('keeps enum values Meta adds later (open enums) and the spec’s wrong ownership values', () => {
    const parsed = WabaInfo.parse({ id: WABA, ownership_type: 'SELF_OWNED', account_review_status: 'SOMETHING_NEW', extra: 1 });
    expect(parsed.ownership_type).toBe('SELF_OWNED');
    expect(parsed.account_review_status).toBe('SOMETHING_NEW');
    expect((parsed as Record<string, unknown>)['extra']).toBe(1);
    expect(WabaInfo.safeParse({ id: WABA, ownership_type: 3 }).success).toBe(false);
  });

  it('rejects malformed or repeated field names without sending anything', async () => {
    const counter = countRequests();
    const waba = makeClient().waba(WABA);
    for (const fields of [['Name'], ['name', 'name'], [], ['name,id']]) {
      const error = await waba.retrieve({ fields: fields as never }).catch((e: unknown) => e);
      expect(isValidationError(error)).toBe(true);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('rejects a WABA id that is not numeric before anything is sent', () => {
    expect(() => makeClient().waba('../me')).toThrow(/WABA id/);
  });

  it('maps a Graph #100 to InvalidRequestError', async () => {
    server.use(http.get(NODE, () => graphError({ code: 100, message: '(#100) Tried accessing nonexisting field (foo)' })));
    const error = await makeClient().waba(WABA).retrieve({ fields: ['name'] }).catch((e: unknown) => e);
    expect(isInvalidRequestError(error)).toBe(true);
  });

  it('knows every WABA field the contract lists (§4.1)', () => {
    expect(new Set(WABA_FIELDS).size).toBe(WABA_FIELDS.length);
    expect(WABA_FIELDS).toContain('whatsapp_business_manager_messaging_limit');
    expect(WABA_FIELDS).toContain('template_auto_archival_enabled');
  });
});

describe('Waba.update', () => {
  it('POSTs one setting to /{WABA_ID}', async () => {
    let body: unknown;
    server.use(http.post(NODE, async ({ request }) => ((body = await request.json()), HttpResponse.json({ success: true }))));
    await expect(makeClient().waba(WABA).update({ is_enabled_for_insights: true })).resolves.toEqual({ success: true });
    expect(body).toEqual({ is_enabled_for_insights: true });
  });

  it('POSTs every setting at once', async () => {
    let body: unknown;
    server.use(http.post(NODE, async ({ request }) => ((body = await request.json()), HttpResponse.json({ success: true }))));
    await makeClient()
      .waba(WABA)
      .update({ is_enabled_for_insights: false, disable_marketing_messages_on_cloud_api: true, template_auto_archival_enabled: true });
    expect(body).toEqual({ is_enabled_for_insights: false, disable_marketing_messages_on_cloud_api: true, template_auto_archival_enabled: true });
  });

  it('rejects an empty update, unknown keys and non-booleans without sending', async () => {
    const counter = countRequests();
    const waba = makeClient().waba(WABA);
    for (const params of [{}, { name: 'x' }, { is_enabled_for_insights: 'true' }, { timezone_id: '1' }]) {
      const error = await waba.update(params as never).catch((e: unknown) => e);
      expect(isValidationError(error)).toBe(true);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('accepts exactly the objects with at least one boolean setting (property)', () => {
    const keys = ['is_enabled_for_insights', 'disable_marketing_messages_on_cloud_api', 'template_auto_archival_enabled'] as const;
    fc.assert(
      fc.property(fc.record(Object.fromEntries(keys.map((k) => [k, fc.boolean()])) as Record<(typeof keys)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] }), (params) => {
        expect(WabaUpdateParams.safeParse(params).success).toBe(Object.keys(params).length > 0);
      }),
    );
  });

  it('is retried as a safe operation after a transient failure', async () => {
    let calls = 0;
    server.use(
      http.post(NODE, () => {
        calls += 1;
        return calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ success: true });
      }),
    );
    vi.useFakeTimers();
    try {
      const result = makeClient({ maxRetries: 1 }).waba(WABA).update({ template_auto_archival_enabled: false });
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(result).resolves.toEqual({ success: true });
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('maps a permission error', async () => {
    server.use(http.post(NODE, () => graphError({ status: 403, code: 200 })));
    const error = await makeClient().waba(WABA).update({ is_enabled_for_insights: true }).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(true);
  });
});

describe('Waba.marketingMessagesOnboardingStatus', () => {
  it('reads the one field and returns the string', async () => {
    let fields: string | null = null;
    server.use(
      http.get(NODE, ({ request }) => {
        fields = new URL(request.url).searchParams.get('fields');
        return HttpResponse.json({ id: WABA, marketing_messages_onboarding_status: 'ELIGIBLE' });
      }),
    );
    await expect(makeClient().waba(WABA).marketingMessagesOnboardingStatus()).resolves.toBe('ELIGIBLE');
    expect(fields).toBe('marketing_messages_onboarding_status');
  });

  it('reduces the object form to its status, and gives undefined when absent', async () => {
    server.use(
      http.get(NODE, () => HttpResponse.json({ id: WABA, marketing_messages_onboarding_status: { status: 'TERM_OF_SERVICE_SIGNED', time: 1750000000 } }), { once: true }),
      http.get(NODE, () => HttpResponse.json({ id: WABA })),
    );
    const waba = makeClient().waba(WABA);
    await expect(waba.marketingMessagesOnboardingStatus()).resolves.toBe('TERM_OF_SERVICE_SIGNED');
    await expect(waba.marketingMessagesOnboardingStatus()).resolves.toBeUndefined();
  });
});
