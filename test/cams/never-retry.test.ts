/**
 * Reliability G1 on CAMS: every CAMS action with side effects is sent exactly once per call, under the same fault
 * kinds as Graph (test/core/never-retry.test.ts) plus CAMS's own: gateway errors with `Code`, and business errors
 * that arrive as HTTP 200 with `Code !== 'OK'` (contract §3.1). Retries stay at generous settings, so a leak of
 * the safe-retry path into a `never` action would show.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOutcomeUnknownError, isWhatsAppError } from '../../src/errors/guards.js';
import { settleWithFakeClock } from '../helpers/clock.js';
import { CAMS_NEVER_OPERATIONS, TRANSPORT_FAULTS, type Fault } from '../helpers/never-operations.js';
import { server } from '../helpers/server.js';
import { CAMS_ENDPOINT, camsOk, makeCamsClient } from './helpers/cams.js';

const envelope = (Code: string, Message: string, extra: Record<string, unknown> = {}) => ({ RequestId: 'R-fault', Code, Message, ...extra });

const FAULTS: Fault[] = [
  ...TRANSPORT_FAULTS,
  // Gateway errors (§3.2): transient and throttled, with and without a retry hint.
  { name: 'gateway InternalError (500)', respond: () => HttpResponse.json(envelope('InternalError', 'The request processing has failed due to some unknown error.'), { status: 500 }) },
  { name: 'gateway ServiceUnavailable (503)', respond: () => HttpResponse.json(envelope('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'), { status: 503 }) },
  {
    name: 'gateway Throttling.User (400, x-acs-retry-after)',
    respond: () => HttpResponse.json(envelope('Throttling.User', 'Request was denied due to user flow control.'), { status: 400, headers: { 'x-acs-retry-after': '1' } }),
  },
  { name: 'gateway Throttling.Api (400)', respond: () => HttpResponse.json(envelope('Throttling.Api', 'Request was denied due to api flow control.'), { status: 400 }) },
  // Business errors as HTTP 200 (§3.1 (b)) and as 4xx/5xx ([D-ERRP]).
  { name: 'HTTP 200 System.LimitControl', respond: () => HttpResponse.json(envelope('System.LimitControl', 'The system is under flow control.', { Success: false })) },
  { name: 'HTTP 200 999999 (system exception, retry)', respond: () => HttpResponse.json(envelope('999999', 'system exception', { Success: false })) },
  { name: 'HTTP 200 InvalidParameter.PhoneNumberError', respond: () => HttpResponse.json(envelope('InvalidParameter.PhoneNumberError', 'phone number invalid', { Success: false })) },
  { name: 'HTTP 500 CHAT.APIError', respond: () => HttpResponse.json(envelope('CHAT.APIError', 'internal error'), { status: 500 }) },
  { name: 'HTTP 400 ERR-FB-001 with a Meta code', respond: () => HttpResponse.json(envelope('ERR-FB-001', '(#131000) Something went wrong'), { status: 400 }) },
];

const CONFIGURATIONS = [
  { maxRetries: 2, timeout: 5_000, registrationGuard: {}, qpsLimit: {} },
  { maxRetries: 0, timeout: 1_000, registrationGuard: false, qpsLimit: false },
  { maxRetries: 5, timeout: 30_000, registrationGuard: {}, qpsLimit: false },
  { maxRetries: 10, timeout: 2_000, deadline: 60_000, registrationGuard: false, qpsLimit: {} },
  { maxRetries: 3, timeout: 10_000, securityToken: 'CAESseedSecurityToken0123456789', registrationGuard: {}, qpsLimit: {} },
] as const;

describe('CAMS actions with side effects are sent exactly once', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('covers every side-effecting CAMS action under at least 17 fault kinds and 5 configurations', () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(17);
    expect(CAMS_NEVER_OPERATIONS.length * FAULTS.length * CONFIGURATIONS.length).toBeGreaterThanOrEqual(850);
  });

  for (const operation of CAMS_NEVER_OPERATIONS) {
    for (const fault of FAULTS) {
      it.each(CONFIGURATIONS.map((configuration, seed) => [seed, configuration] as const))(
        `${operation.name} (${operation.action}): ${fault.name} (configuration %i)`,
        async (_, configuration) => {
          const actions: string[] = [];
          server.use(
            http.post(`${CAMS_ENDPOINT}/*`, ({ request }) => {
              const action = request.headers.get('x-acs-action') ?? '';
              actions.push(action);
              if (action === operation.action) return fault.respond();
              // The flows' state reads (safe) are answered normally: only the side effect meets the fault.
              return HttpResponse.json(
                action === 'GetPhoneNumberVerificationStatus'
                  ? camsOk({ Data: { CodeVerificationStatus: operation.verification ?? 'NOT_VERIFIED', PhoneNumber: '6581234567' } })
                  : camsOk({ PhoneNumbers: [{ PhoneNumber: '6581234567', Status: 'PENDING' }] }),
              );
            }),
          );
          const client = makeCamsClient(configuration);
          const error = await settleWithFakeClock(
            operation.call(client).then(
              () => undefined,
              (e: unknown) => e,
            ),
          );
          expect(actions.filter((action) => action === operation.action)).toEqual([operation.action]);
          // Nothing but the side effect and the flows' safe state reads was sent.
          expect(actions.every((a) => a === operation.action || a === 'GetPhoneNumberVerificationStatus' || a === 'QueryChatappPhoneNumbers')).toBe(true);
          expect(isWhatsAppError(error)).toBe(true);
          expect(isOutcomeUnknownError(error)).toBe(fault.outcomeUnknown === true);
        },
      );
    }
  }
});
