/**
 * CamsClient behaviour through the shared pipeline: reads retried and re-signed, rotating credentials per attempt,
 * business errors thrown, the registration guard counting CAMS (de)registrations, absent operations, validation
 * before sending, client options.
 */
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CamsCore } from '../../src/cams/cams-core.js';
import { CamsClient } from '../../src/cams/client.js';
import { QpsLimiter } from '../../src/cams/limits/qps-limiter.js';
import { CamsPhoneNumberCore } from '../../src/cams/resources/phone-number-core.js';
import { isCamsError } from '../../src/cams/errors/index.js';
import {
  isOutcomeUnknownError,
  isRateLimitError,
  isRegistrationQuotaError,
  isRegistrationRateLimitError,
  isValidationError,
} from '../../src/errors/guards.js';
import { isUnsupportedOperationError } from '../../src/errors/unsupported-operation-error.js';
import { silentLogger } from '../helpers/client.js';
import { settleWithFakeClock } from '../helpers/clock.js';
import { verifyAcs3 } from './helpers/acs3-verifier.js';
import { AK_ID, AK_SECRET, CAMS_ENDPOINT, camsOk, DIGITS, makeCamsClient, SPACE, useCams } from './helpers/cams.js';

const reject = (promise: Promise<unknown>) => promise.then((value) => { throw new Error(`expected a rejection, got ${JSON.stringify(value)}`); }, (error: unknown) => error);

describe('retries and re-signing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries a read after transient gateway errors, signing every attempt anew (fresh nonce, date and signature)', async () => {
    let calls = 0;
    const sent = useCams(() => {
      calls += 1;
      return calls < 3 ? HttpResponse.json({ RequestId: 'R', Code: 'InternalError', Message: 'unknown error' }, { status: 500 }) : camsOk({ PhoneNumbers: [] });
    });
    const result = await settleWithFakeClock(makeCamsClient({ maxRetries: 2 }).waba().phoneNumbers.list());
    expect(result).toEqual([]);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.nonce)).size).toBe(3);
    expect(new Set(sent.map((s) => s.headers['authorization'])).size).toBe(3);
    // Each attempt's date is taken when it is signed (the verifier checked each against the clock).
    for (const request of sent) expect(request.headers['x-acs-date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('takes x-acs-date when each attempt is signed, not once per call', async () => {
    let answered = 0;
    const sent = useCams(() => (++answered === 1 ? new HttpResponse(null, { status: 503 }) : camsOk({ PhoneNumbers: [] })));
    const start = Date.parse('2026-11-20T08:30:00Z');
    vi.setSystemTime(start);
    // The provider runs right before each signature: move the clock a minute on every time it is asked.
    let asked = 0;
    const credentials = () => {
      vi.setSystemTime(start + 60_000 * asked++);
      return { accessKeyId: AK_ID, accessKeySecret: AK_SECRET };
    };
    const client = new CamsClient({ credentials, custSpaceId: SPACE, maxRetries: 1, registrationGuard: false, qpsLimit: false, logger: { debug() {}, info() {}, warn() {}, error() {} } });
    await settleWithFakeClock(client.waba().phoneNumbers.list());
    expect(sent.map((s) => s.headers['x-acs-date'])).toEqual(['2026-11-20T08:30:00Z', '2026-11-20T08:31:00Z']);
  });

  it('retries a read after HTTP 200 System.LimitControl (throttle) within the budget', async () => {
    let calls = 0;
    const sent = useCams(() => (++calls === 1 ? { RequestId: 'R', Code: 'System.LimitControl', Message: 'flow control', Success: false } : camsOk({ Data: { Id: '1' } })));
    await expect(settleWithFakeClock(makeCamsClient({ maxRetries: 1 }).waba().retrieve())).resolves.toEqual({ id: '1' });
    expect(sent).toHaveLength(2);
  });

  it('calls a rotating credentials provider before every attempt and signs with what it returns', async () => {
    const keys = [
      { accessKeyId: 'STS.first0001', accessKeySecret: 'firstSecretValue0001', securityToken: 'CAEStokenNumberOne0001' },
      { accessKeyId: 'STS.second002', accessKeySecret: 'secondSecretValue002', securityToken: 'CAEStokenNumberTwo0002' },
    ];
    let provided = 0;
    let answered = 0;
    const sent = useCams(
      () => (++answered === 1 ? new HttpResponse(null, { status: 503 }) : camsOk({ PhoneNumbers: [] })),
      { [keys[0]!.accessKeyId]: keys[0]!.accessKeySecret, [keys[1]!.accessKeyId]: keys[1]!.accessKeySecret },
      { securityTokens: (id) => keys.find((k) => k.accessKeyId === id)?.securityToken },
    );
    const client = new CamsClient({ credentials: () => keys[Math.min(provided++, 1)]!, custSpaceId: SPACE, maxRetries: 2, registrationGuard: false, qpsLimit: false, logger: { debug() {}, info() {}, warn() {}, error() {} } });
    await settleWithFakeClock(client.waba().phoneNumbers.list());
    expect(provided).toBe(2);
    // The 503 came from the stand-in after the signature check, so both attempts were verified.
    expect(sent.map((s) => [s.accessKeyId, s.securityToken])).toEqual([
      ['STS.first0001', 'CAEStokenNumberOne0001'],
      ['STS.second002', 'CAEStokenNumberTwo0002'],
    ]);
  });
});

describe('errors', () => {
  it('names CAMS, not Graph, when a CAMS answer does not match its schema', async () => {
    useCams(() => camsOk({ Data: { Id: 42 } }));
    const error = await reject(makeCamsClient().waba().retrieve());
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ direction: 'response' });
    expect((error as Error).message).toBe('Unexpected Waba.retrieve response (QueryChatappBindWaba) from CAMS: Id: must be a string');
    expect((error as Error).message).not.toContain('Graph');
  });

  it('throws a business error that arrives as HTTP 200 with Code ≠ OK, with the CAMS fields', async () => {
    useCams(() => ({ RequestId: 'REQ-1', Code: 'InvalidParameter.PhoneNumberError', Message: 'phone number invalid', Success: false }));
    const error = await reject(makeCamsClient().phoneNumber(DIGITS).register());
    expect(isCamsError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'cams', cams: { code: 'InvalidParameter.PhoneNumberError', requestId: 'REQ-1' }, attempts: 1 });
  });

  it('maps a Meta 133016 in a CAMS message to RegistrationRateLimitError and locks the action in the guard', async () => {
    const sent = useCams(() => HttpResponse.json({ RequestId: 'R', Code: 'ERR-FB-001', Message: '(#133016) Account register deregister rate limit exceeded' }, { status: 400 }));
    const client = makeCamsClient({ registrationGuard: {} });
    expect(isRegistrationRateLimitError(await reject(client.phoneNumber(DIGITS).register()))).toBe(true);
    // Locked locally: the next register is refused without a request.
    const second = await reject(client.phoneNumber(DIGITS).register());
    expect(isRegistrationQuotaError(second)).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('classifies Throttling.User as a rate-limit error', async () => {
    useCams(() => HttpResponse.json({ RequestId: 'R', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' }, { status: 400 }));
    expect(isRateLimitError(await reject(makeCamsClient().phoneNumber(DIGITS).deregister()))).toBe(true);
  });

  it('a lost answer of a side effect is OutcomeUnknownError with a reconcile hint naming the status read', async () => {
    useCams(() => HttpResponse.error());
    const error = await reject(makeCamsClient().phoneNumber(DIGITS).verifyAndRegister({ code: '004821' }));
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/GetPhoneNumberVerificationStatus/);
  });
});

describe('registration guard', () => {
  it('counts register and verify-and-register together (register) and refuses the 11th in 72 h, nothing sent', async () => {
    const sent = useCams();
    const client = makeCamsClient({ registrationGuard: {} });
    for (let i = 0; i < 5; i++) await client.phoneNumber(DIGITS).register();
    for (let i = 0; i < 5; i++) await client.phoneNumber(`+${DIGITS}`).verifyAndRegister({ code: '004821' });
    const refused = await reject(client.phoneNumber(DIGITS).register());
    expect(isRegistrationQuotaError(refused)).toBe(true);
    expect(refused).toMatchObject({ phoneNumberId: `cams:${DIGITS}`, action: 'register' });
    expect(sent).toHaveLength(10);
    // Deregistrations have their own count.
    await client.phoneNumber(DIGITS).deregister();
    expect(sent).toHaveLength(11);
  });

  it('is shared with clients derived by withOptions()', async () => {
    useCams();
    const client = makeCamsClient({ registrationGuard: { limit: 1 } });
    await client.phoneNumber(DIGITS).deregister();
    expect(isRegistrationQuotaError(await reject(client.withOptions({ timeout: 60_000 }).phoneNumber(DIGITS).deregister()))).toBe(true);
  });
});

describe('what CAMS lacks and what is checked before sending', () => {
  it.each([
    ['setPin', (c: CamsClient) => (c.phoneNumber(DIGITS) as unknown as { setPin(p: unknown): Promise<unknown> }).setPin({ pin: '012345' })],
    ['requestDisplayNameChange', (c: CamsClient) => (c.phoneNumber(DIGITS) as unknown as { requestDisplayNameChange(p: unknown): Promise<unknown> }).requestDisplayNameChange({ new_display_name: 'X Y' })],
    ['verification.verifyCode', (c: CamsClient) => (c.phoneNumber(DIGITS).verification as unknown as { verifyCode(p: unknown): Promise<unknown> }).verifyCode({ code: '004821' })],
    ['blockedUsers', async (c: CamsClient) => (c.phoneNumber(DIGITS) as unknown as { blockedUsers: { block(u: string[]): Promise<unknown> } }).blockedUsers.block(['+6590000000'])],
    ['settings', async (c: CamsClient) => (c.phoneNumber(DIGITS) as unknown as { settings: { setLocalStorage(r: unknown): Promise<unknown> } }).settings.setLocalStorage({})],
    ['waba.update', (c: CamsClient) => (c.waba() as unknown as { update(p: unknown): Promise<unknown> }).update({})],
  ])('%s throws UnsupportedOperationError from plain JavaScript, nothing sent', async (_, call) => {
    const sent = useCams();
    const error = await reject(Promise.resolve().then(() => call(makeCamsClient())));
    expect(isUnsupportedOperationError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'cams' });
    expect(sent).toHaveLength(0);
  });

  it.each([
    ['register with a PIN', (c: CamsClient) => c.phoneNumber(DIGITS).register({ pin: '012345' } as never)],
    ['register with a region', (c: CamsClient) => c.phoneNumber(DIGITS).register({ data_localization_region: 'SG' } as never)],
    ['verifyAndRegister with a PIN', (c: CamsClient) => c.phoneNumber(DIGITS).verifyAndRegister({ code: '004821', pin: '012345' } as never)],
    ['a five-digit code', (c: CamsClient) => c.phoneNumber(DIGITS).verifyAndRegister({ code: '04821' })],
    ['a code method CAMS does not know', (c: CamsClient) => c.phoneNumber(DIGITS).verification.requestCode({ code_method: 'IVR' as never, language: 'en_US' })],
    ['a malformed language', (c: CamsClient) => c.phoneNumber(DIGITS).verification.requestCode({ code_method: 'SMS', language: 'english!' })],
    ['a cc with a plus', (c: CamsClient) => c.waba().phoneNumbers.add({ cc: '+65', phone_number: '81234567', verified_name: 'Lucky Shrub' })],
    ['a display name of one character', (c: CamsClient) => c.waba().phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'L' })],
    ['a migrate flag (Graph only)', (c: CamsClient) => c.waba().phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', migrate_phone_number: true } as never)],
    ['a phone number of letters', async (c: CamsClient) => c.phoneNumber('+65 CALL NOW').register()],
    ['a channel id with a slash', (c: CamsClient) => c.phoneNumber(DIGITS).register({}, { custSpaceId: 'cams/../x' })],
  ])('%s is a ValidationError, nothing sent', async (_, call) => {
    const sent = useCams();
    const error = await reject(Promise.resolve().then(() => call(makeCamsClient())));
    expect(isValidationError(error)).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it('the PIN is refused with a message saying CAMS manages it, without echoing it', async () => {
    useCams();
    const error = await reject(makeCamsClient().phoneNumber(DIGITS).register({ pin: '987654' } as never));
    expect(JSON.stringify(error)).toMatch(/CAMS manages the two-step PIN/);
    expect(JSON.stringify(error)).not.toContain('987654');
  });
});

describe('client options', () => {
  it.each([
    ['no credentials', {}],
    ['an empty secret', { accessKeyId: AK_ID, accessKeySecret: '' }],
    ['a non-function credentials', { credentials: 'x' }],
    ['an endpoint with a path', { accessKeyId: AK_ID, accessKeySecret: AK_SECRET, endpoint: 'https://cams.example.com/api' }],
    ['an endpoint that is not a URL', { accessKeyId: AK_ID, accessKeySecret: AK_SECRET, endpoint: 'cams' }],
    ['maxRetries 11', { accessKeyId: AK_ID, accessKeySecret: AK_SECRET, maxRetries: 11 }],
  ])('rejects %s', (_, options) => {
    expect(() => new CamsClient(options as never)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
  });

  it('defaults to the Singapore endpoint and signs an overridden host with its port', async () => {
    const sent = useCams();
    await makeCamsClient().phoneNumber(DIGITS).deregister();
    expect(new URL(sent[0]!.url).origin).toBe(CAMS_ENDPOINT);

    const seen: string[] = [];
    const local = makeCamsClient({
      endpoint: 'http://127.0.0.1:8765',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(request.headers.get('host') ?? '', request.url);
        return Response.json(camsOk());
      },
    });
    await local.phoneNumber(DIGITS).deregister();
    expect(seen).toEqual(['127.0.0.1:8765', 'http://127.0.0.1:8765/?CustSpaceId=cams-test0001&PhoneNumber=6581234567']);
  });
});

// Captured before any test fakes timers: real macrotasks let WebCrypto (signing) finish between steps.
const realSetTimeout = globalThis.setTimeout;

describe('QPS limiter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /**
   * Real 1 ms ticks until `expected` requests arrived (the signer's WebCrypto runs outside fake time; at most 10 s),
   * then 50 more, so a request the limiter should have held back would still show up in the count.
   */
  const countAt = async (expected: number, sentCount: () => number) => {
    const tick = () => new Promise<void>((resolve) => realSetTimeout(resolve, 1));
    for (let i = 0; i < 10_000 && sentCount() < expected; i++) await tick();
    for (let i = 0; i < 50; i++) await tick();
    return sentCount();
  };

  /** Requests sent by each whole second of fake time, for a burst of `count` calls. */
  const burst = async (client: CamsClient | CamsCore, count: number, expected: readonly number[], sentCount: () => number) => {
    const settled = Promise.all(Array.from({ length: count }, () => new CamsPhoneNumberCore(client, DIGITS).healthStatus()));
    const counts: number[] = [];
    for (const target of expected) {
      counts.push(await countAt(target, sentCount));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    await settleWithFakeClock(settled);
    return counts;
  };

  // These tests hand the client a fetch of their own instead of msw: requests released by a fake-clock timer would
  // otherwise be sent after msw's interception window in this runner. Each request is still verified.
  const directFetch = (sent: string[]) => async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const verdict = await verifyAcs3(request, (id) => (id === AK_ID ? AK_SECRET : undefined));
    if (!verdict.ok) return Response.json({ Code: verdict.code }, { status: verdict.status });
    sent.push(verdict.action);
    return Response.json(camsOk({ Data: {} }));
  };

  it('keeps GetWhatsappHealthStatus under its documented 5 per second', async () => {
    const sent: string[] = [];
    expect(await burst(makeCamsClient({ qpsLimit: {}, fetch: directFetch(sent) }), 12, [5, 10, 12], () => sent.length)).toEqual([5, 10, 12]);
  });

  it('takes per-action overrides', async () => {
    const sent: string[] = [];
    const client = makeCamsClient({ qpsLimit: { perAction: { GetWhatsappHealthStatus: 2 } }, fetch: directFetch(sent) });
    expect(await burst(client, 5, [2, 4, 5], () => sent.length)).toEqual([2, 4, 5]);
  });

  it('can be turned off', async () => {
    const sent: string[] = [];
    expect(await burst(makeCamsClient({ qpsLimit: false, fetch: directFetch(sent) }), 12, [12], () => sent.length)).toEqual([12]);
  });

  const coreOptions = { accessKeyId: AK_ID, accessKeySecret: AK_SECRET, custSpaceId: SPACE, maxRetries: 0, logger: silentLogger } as const;

  it('is not built by CamsCore: a burst goes out at once', async () => {
    const sent: string[] = [];
    expect(await burst(new CamsCore({ ...coreOptions, fetch: directFetch(sent) }), 12, [12], () => sent.length)).toEqual([12]);
  });

  it('is the QpsLimiter CamsCore is given, shared with the clients derived from it', async () => {
    const sent: string[] = [];
    const core = new CamsCore({ ...coreOptions, fetch: directFetch(sent), qpsLimit: new QpsLimiter() });
    const derived = core.withOptions({ timeout: 10_000 });
    const settled = Promise.all([core, derived, core, derived, core, derived, core].map((c) => new CamsPhoneNumberCore(c, DIGITS).healthStatus()));
    const first = await countAt(5, () => sent.length);
    await vi.advanceTimersByTimeAsync(1_000);
    const second = await countAt(7, () => sent.length);
    await settleWithFakeClock(settled);
    expect([first, second]).toEqual([5, 7]);
  });

  it('refuses QPS options on CamsCore (JavaScript callers), naming the fix', () => {
    const options = { ...coreOptions, qpsLimit: { defaultQps: 5 } } as unknown as ConstructorParameters<typeof CamsCore>[0];
    expect(() => new CamsCore(options)).toThrow(expect.objectContaining({ name: 'ValidationError', message: expect.stringContaining('new QpsLimiter(options)') }));
  });

});
