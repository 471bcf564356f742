/**
 * The core client (src/waba-core.ts) and the resource classes a handler constructs on it: the same pipeline as
 * `WabaClient` (validation, guards, redaction), `withOptions()` keeping the class and the shared guard, and the full
 * `PhoneNumber` creating each sub-resource once, on first use.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { WabaClient } from '../src/client.js';
import { isRegistrationQuotaError, isUsageCooldownError, isValidationError } from '../src/errors/guards.js';
import { UsageGuard } from '../src/limits/usage-guard.js';
import { MemoryIdentityStore } from '../src/resources/identity-check/identity-store.js';
import { PhoneNumber } from '../src/resources/phone-number/phone-number.js';
import { PhoneNumberCore } from '../src/resources/phone-number/phone-number-core.js';
import { Registration } from '../src/resources/registration/registration.js';
import { Settings } from '../src/resources/settings/settings.js';
import { Verification } from '../src/resources/verification/verification.js';
import { WabaCore } from '../src/waba-core.js';
import { silentLogger, TEST_TOKEN } from './helpers/client.js';
import { GRAPH } from './helpers/graph.js';
import { server } from './helpers/server.js';

const PHONE = '106540352242922';
const NODE = `${GRAPH}/v23.0/${PHONE}`;
const WABA = '102290129340398';
/** Graph's answer once the WABA's management budget is spent for 30 minutes (contract §6). */
const THROTTLED = { 'x-business-use-case-usage': JSON.stringify({ [WABA]: [{ type: 'whatsapp_business_management', call_count: 100, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: 30 }] }) };

const core = (overrides: Partial<ConstructorParameters<typeof WabaCore>[0]> = {}) =>
  new WabaCore({ accessToken: TEST_TOKEN, maxRetries: 0, usageGuard: false, logger: silentLogger, ...overrides });

describe('WabaCore', () => {
  it('runs a verify code + register handler: both requests as WabaClient sends them, the PIN only in the body', async () => {
    const seen: { path: string; body: Record<string, unknown>; auth: string | null }[] = [];
    server.use(
      http.post(`${NODE}/verify_code`, async ({ request }) => {
        seen.push({ path: 'verify_code', body: (await request.json()) as Record<string, unknown>, auth: request.headers.get('authorization') });
        return HttpResponse.json({ success: true });
      }),
      http.post(`${NODE}/register`, async ({ request }) => {
        seen.push({ path: 'register', body: (await request.json()) as Record<string, unknown>, auth: request.headers.get('authorization') });
        return HttpResponse.json({ success: true });
      }),
    );
    const client = core();
    await new Verification(client, PHONE).verifyCode({ code: '123456' });
    await expect(new Registration(client, PHONE).register({ pin: '654321' })).resolves.toEqual({ success: true });
    expect(seen.map((s) => s.path)).toEqual(['verify_code', 'register']);
    expect(seen[1]!.body).toEqual({ messaging_product: 'whatsapp', pin: '654321' });
    expect(seen.every((s) => s.auth === `Bearer ${TEST_TOKEN}`)).toBe(true);
  });

  it('validates before sending: a malformed id or PIN is a ValidationError and nothing leaves', async () => {
    let sent = 0;
    server.use(http.all(`${GRAPH}/*`, () => { sent += 1; return HttpResponse.json({ success: true }); }));
    expect(() => new PhoneNumberCore(core(), '+65 8123 4567')).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    const error = await new Registration(core(), PHONE).register({ pin: '12ab' }).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(String((error as Error).message)).not.toContain('12ab');
    expect(sent).toBe(0);
  });

  it('types an error by code like WabaClient; only WabaClient has the titles for a body without a message', async () => {
    server.use(http.get(NODE, () => HttpResponse.json({ error: { code: 133010 } }, { status: 400 })));
    const fromCore = await new PhoneNumberCore(core(), PHONE).retrieve().catch((e: unknown) => e);
    const client = new WabaClient({ accessToken: TEST_TOKEN, maxRetries: 0, usageGuard: false, logger: silentLogger });
    const fromClient = await client.phoneNumber(PHONE).retrieve().catch((e: unknown) => e);
    expect(fromCore).toMatchObject({ name: 'NotRegisteredError', code: 133010, message: '(#133010) HTTP 400' });
    expect(fromClient).toMatchObject({ name: 'NotRegisteredError', code: 133010, message: '(#133010) Phone number Not Registered' });
    // withOptions() keeps them: the derived client is a WabaClient too.
    const derived = await client.withOptions({ timeout: 5_000 }).phoneNumber(PHONE).retrieve().catch((e: unknown) => e);
    expect(derived).toMatchObject({ message: '(#133010) Phone number Not Registered' });
  });

  it('requires a token, like WabaClient', () => {
    expect(() => new WabaCore({ accessToken: '' })).toThrow(expect.objectContaining({ name: 'ValidationError' }));
  });

  it('keeps its class through withOptions() and shares the registration guard with the derived client', async () => {
    let registers = 0;
    server.use(http.post(`${NODE}/register`, () => { registers += 1; return HttpResponse.json({ success: true }); }));
    const first = core({ registrationGuard: { limit: 1 } });
    const derived = first.withOptions({ timeout: 60_000 });
    expect(derived).toBeInstanceOf(WabaCore);
    expect(derived).not.toBeInstanceOf(WabaClient);
    await new Registration(first, PHONE).register({ pin: '654321' });
    const refused = await new Registration(derived, PHONE).register({ pin: '654321' }).catch((e: unknown) => e);
    expect(isRegistrationQuotaError(refused)).toBe(true);
    expect(registers).toBe(1);
  });

  it('builds no usage guard of its own: a call after a throttling answer is still sent', async () => {
    let sent = 0;
    server.use(http.get(NODE, () => { sent += 1; return HttpResponse.json({ id: PHONE }, { headers: THROTTLED }); }));
    const client = new WabaCore({ accessToken: TEST_TOKEN, maxRetries: 0, logger: silentLogger });
    await new PhoneNumberCore(client, PHONE).retrieve();
    await new PhoneNumberCore(client, PHONE).retrieve();
    expect(sent).toBe(2);
  });

  it('uses the UsageGuard it is given, shared with its derived clients: the second call is held, nothing sent', async () => {
    let sent = 0;
    server.use(http.get(NODE, () => { sent += 1; return HttpResponse.json({ id: PHONE }, { headers: THROTTLED }); }));
    const guard = new UsageGuard({ maxWaitMs: 0 });
    const client = new WabaCore({ accessToken: TEST_TOKEN, maxRetries: 0, logger: silentLogger, usageGuard: guard });
    await new PhoneNumberCore(client, PHONE).retrieve();
    const held = await new PhoneNumberCore(client.withOptions({ timeout: 5_000 }), PHONE).retrieve().catch((e: unknown) => e);
    expect(isUsageCooldownError(held)).toBe(true);
    expect(sent).toBe(1);
    expect(guard.status().cooldowns.map((c) => c.scopeKey)).toEqual([expect.stringContaining(WABA)]);
  });

  it('refuses usage-guard options it cannot build a guard from (JavaScript callers), naming the fix', () => {
    const options = { accessToken: TEST_TOKEN, usageGuard: { maxWaitMs: 1_000 } } as unknown as ConstructorParameters<typeof WabaCore>[0];
    expect(() => new WabaCore(options)).toThrow(expect.objectContaining({ name: 'ValidationError', message: expect.stringContaining('new UsageGuard(options)') }));
  });

  it('WabaClient builds its usage guard from options by default, and takes a shared UsageGuard too', async () => {
    let sent = 0;
    server.use(http.get(NODE, () => { sent += 1; return HttpResponse.json({ id: PHONE }, { headers: THROTTLED }); }));
    const byDefault = new WabaClient({ accessToken: TEST_TOKEN, maxRetries: 0, logger: silentLogger, usageGuard: { maxWaitMs: 0 } });
    await byDefault.phoneNumber(PHONE).retrieve();
    expect(isUsageCooldownError(await byDefault.phoneNumber(PHONE).retrieve().catch((e: unknown) => e))).toBe(true);
    const guard = new UsageGuard({ maxWaitMs: 0 });
    const one = new WabaClient({ accessToken: TEST_TOKEN, maxRetries: 0, logger: silentLogger, usageGuard: guard });
    const other = new WabaClient({ accessToken: 'another-token-of-the-app', maxRetries: 0, logger: silentLogger, usageGuard: guard });
    await one.phoneNumber(PHONE).retrieve();
    expect(isUsageCooldownError(await other.phoneNumber(PHONE).retrieve().catch((e: unknown) => e))).toBe(true);
    expect(sent).toBe(2);
  });

  it('creates the identity store on first use, one per client family; a configured store is used as it is', () => {
    const first = core();
    const derived = first.withOptions({ timeout: 5_000 });
    const created = new MemoryIdentityStore();
    expect(derived.sharedIdentityStore(() => created)).toBe(created);
    expect(first.sharedIdentityStore(() => new MemoryIdentityStore())).toBe(created);
    const configured = new MemoryIdentityStore();
    expect(core({ identityStore: configured }).sharedIdentityStore(() => created)).toBe(configured);
  });

  it('is the base of WabaClient: a WabaClient derives a WabaClient', () => {
    const client = new WabaClient({ accessToken: TEST_TOKEN, logger: silentLogger });
    expect(client).toBeInstanceOf(WabaCore);
    expect(client.withOptions({ timeout: 1_000 })).toBeInstanceOf(WabaClient);
  });
});

describe('PhoneNumber on top of PhoneNumberCore', () => {
  it('is a PhoneNumberCore with registration on top, and creates each sub-resource once, on first read', () => {
    const phone = new WabaClient({ accessToken: TEST_TOKEN, logger: silentLogger }).phoneNumber(PHONE);
    expect(phone).toBeInstanceOf(PhoneNumber);
    expect(phone).toBeInstanceOf(PhoneNumberCore);
    expect(phone.settings).toBeInstanceOf(Settings);
    expect(phone.settings).toBe(phone.settings);
    expect(phone.verification).toBe(phone.verification);
    expect(phone.identityCheck).toBe(phone.identityCheck);
    // Registering is Registration's on a core; the full number keeps the three methods.
    expect(typeof phone.register).toBe('function');
    expect('register' in new PhoneNumberCore(core(), PHONE)).toBe(false);
  });

  it('gives verifyAndRegister the same two requests from the core and from the full number', async () => {
    const paths: string[] = [];
    server.use(
      http.post(`${NODE}/verify_code`, () => { paths.push('verify_code'); return HttpResponse.json({ success: true }); }),
      http.post(`${NODE}/register`, () => { paths.push('register'); return HttpResponse.json({ success: true }); }),
    );
    await new Registration(core(), PHONE).verifyAndRegister({ code: '123456', pin: '654321' });
    await new WabaClient({ accessToken: TEST_TOKEN, maxRetries: 0, usageGuard: false, logger: silentLogger }).phoneNumber(PHONE).verifyAndRegister({ code: '123456', pin: '654321' });
    expect(paths).toEqual(['verify_code', 'register', 'verify_code', 'register']);
  });
});
