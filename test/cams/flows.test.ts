/**
 * CAMS migration and onboarding flows: the same steps and resumable checkpoints as on Graph, mapped to CAMS's
 * actions (contract §4.2–§4.3); each step re-reads the number so nothing runs twice.
 */
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { CamsFlowCheckpoint } from '../../src/cams/flows/checkpoint.js';
import { isFlowStateError, checkpointOf } from '../../src/resources/migration/flow-state-error.js';
import { isUnsupportedOperationError } from '../../src/errors/unsupported-operation-error.js';
import { isValidationError } from '../../src/errors/guards.js';
import { CamsClient } from '../../src/cams/index.js';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from '../../src/testing/index.js';
import { settleWithFakeClock } from '../helpers/clock.js';
import { camsOk, DIGITS, makeCamsClient, useCams, type CamsSent } from './helpers/cams.js';

/** A stand-in that keeps one number's state and answers every action the flows use. */
function useNumber(initial: { status?: string; verification?: string; id?: string } = {}, fail: Partial<Record<string, () => Response>> = {}) {
  const state = { status: initial.status, verification: initial.verification ?? 'NOT_VERIFIED', id: initial.id };
  const sent = useCams((request: CamsSent) => {
    const failure = fail[request.action];
    if (failure) return failure();
    switch (request.action) {
      case 'GetPhoneNumberVerificationStatus':
        return camsOk({ Data: { CodeVerificationStatus: state.verification, PhoneNumber: DIGITS, ...(state.id ? { Id: state.id } : {}) } });
      case 'QueryChatappPhoneNumbers':
        return camsOk({ PhoneNumbers: state.status ? [{ PhoneNumber: DIGITS, Status: state.status }] : [] });
      case 'AddChatappPhoneNumber':
        state.status = 'PENDING';
        return camsOk();
      case 'CreateChatappMigrationInitiate':
        state.status = 'MIGRATING';
        state.id = '106540352242922';
        return camsOk({ Data: { Id: state.id, PhoneNumber: DIGITS, Status: 'MIGRATING' } });
      case 'ChatappVerifyAndRegister':
      case 'ChatappMigrationRegister':
        state.status = 'CONNECTED';
        state.verification = 'VERIFIED';
        return camsOk();
      case 'ChatappMigrationVerified':
        state.verification = 'VERIFIED';
        return camsOk({ Data: { Id: state.id, PhoneNumber: DIGITS } });
      default:
        return camsOk();
    }
  });
  const actions = () => sent.map((s) => s.action).filter((a) => a !== 'GetPhoneNumberVerificationStatus' && a !== 'QueryChatappPhoneNumbers');
  return { state, sent, actions };
}

describe('CAMS onboarding', () => {
  it('start adds the number and requests the code, handing out added then code-requested checkpoints', async () => {
    const number = useNumber();
    const saved: CamsFlowCheckpoint[] = [];
    const { checkpoint, done } = await makeCamsClient().onboarding.start(
      { phone: '+65 8123 4567', verified_name: 'Lucky Shrub', codeMethod: 'SMS', language: 'en_US' },
      { onCheckpoint: (c) => void saved.push(c) },
    );
    expect(number.actions()).toEqual(['AddChatappPhoneNumber', 'GetChatappVerifyCode']);
    expect(saved.map((c) => c.step)).toEqual(['added', 'code-requested']);
    expect(checkpoint).toMatchObject({ provider: 'cams', kind: 'onboarding', cc: '65', phone_number: '81234567', step: 'code-requested' });
    expect(done).toBe(false);
  });

  it('resume(...).verifyAndRegister sends one ChatappVerifyAndRegister, then is done; the code is not in the checkpoint', async () => {
    const number = useNumber({ status: 'PENDING' });
    const client = makeCamsClient();
    const stored = JSON.stringify((await client.onboarding.start({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', codeMethod: 'VOICE', language: 'en_US' })).checkpoint);
    const result = await client.onboarding.resume(stored).verifyAndRegister({ code: '004821' });
    expect(number.actions()).toEqual(['AddChatappPhoneNumber', 'GetChatappVerifyCode', 'ChatappVerifyAndRegister']);
    expect(result).toMatchObject({ done: true, skipped: false, checkpoint: { step: 'registered' } });
    expect(JSON.stringify(result.checkpoint)).not.toContain('004821');
    expect(number.sent.find((s) => s.action === 'GetChatappVerifyCode')!.params['Method']).toBe('voice');
  });

  it('skips verify-and-register for a number that is already CONNECTED (an earlier answer was lost)', async () => {
    const number = useNumber({ status: 'CONNECTED', verification: 'VERIFIED' });
    const checkpoint = { version: 1, provider: 'cams', kind: 'onboarding', cc: '65', phone_number: '81234567', step: 'code-requested', codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z' };
    const result = await makeCamsClient().onboarding.resume(checkpoint).verifyAndRegister({ code: '004821' });
    expect(result).toMatchObject({ done: true, skipped: true });
    expect(number.actions()).toEqual([]);
  });

  it('verify() alone is not a CAMS onboarding step', async () => {
    useNumber();
    const checkpoint = { version: 1, provider: 'cams', kind: 'onboarding', cc: '65', phone_number: '81234567', step: 'code-requested', codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z' };
    await expect(makeCamsClient().onboarding.resume(checkpoint).verify({ code: '004821' })).rejects.toSatisfy(isUnsupportedOperationError);
  });

  it('a failed code request leaves the added checkpoint on the error', async () => {
    useNumber({}, { GetChatappVerifyCode: () => HttpResponse.json({ RequestId: 'R', Code: 'System.LimitControl', Message: 'flow control', Success: false }) });
    const error = await makeCamsClient()
      .onboarding.start({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', codeMethod: 'SMS', language: 'en_US' })
      .catch((e: unknown) => e);
    expect(checkpointOf<CamsFlowCheckpoint>(error)).toMatchObject({ provider: 'cams', step: 'added' });
  });
});

describe('CAMS migration', () => {
  it('start → CreateChatappMigrationInitiate (CountryCode, MobileNumber) → GetMigrationVerifyCode; the Meta id is kept', async () => {
    const number = useNumber();
    const { checkpoint } = await makeCamsClient().migration.start({ phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US' });
    expect(number.actions()).toEqual(['CreateChatappMigrationInitiate', 'GetMigrationVerifyCode']);
    const initiate = number.sent.find((s) => s.action === 'CreateChatappMigrationInitiate')!;
    expect(initiate.queryParams).toEqual({ CountryCode: '65', CustSpaceId: 'cams-test0001', MobileNumber: '81234567' });
    expect(number.sent.find((s) => s.action === 'GetMigrationVerifyCode')!.queryParams).toEqual({ CustSpaceId: 'cams-test0001', Locale: 'en_US', Method: 'sms', PhoneNumber: DIGITS });
    expect(checkpoint).toMatchObject({ kind: 'migration', phoneNumberId: '106540352242922', step: 'code-requested' });
  });

  it('verifyAndRegister → ChatappMigrationVerified (VerifyCode in the form body) → ChatappMigrationRegister', async () => {
    const number = useNumber();
    const client = makeCamsClient();
    const { checkpoint } = await client.migration.start({ cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US' });
    const result = await client.migration.resume(checkpoint).verifyAndRegister({ code: '004821' });
    expect(number.actions()).toEqual(['CreateChatappMigrationInitiate', 'GetMigrationVerifyCode', 'ChatappMigrationVerified', 'ChatappMigrationRegister']);
    const verified = number.sent.find((s) => s.action === 'ChatappMigrationVerified')!;
    expect(verified.bodyParams).toEqual({ VerifyCode: '004821' });
    expect(verified.url).not.toContain('004821');
    expect(result).toMatchObject({ done: true, checkpoint: { step: 'registered' } });
  });

  it('register is refused locally while the number is not verified', async () => {
    const number = useNumber({ status: 'MIGRATING', verification: 'NOT_VERIFIED' });
    const checkpoint = { version: 1, provider: 'cams', kind: 'migration', cc: '65', phone_number: '81234567', step: 'code-requested', codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z' };
    const error = await makeCamsClient().migration.resume(checkpoint).register().catch((e: unknown) => e);
    expect(isFlowStateError(error)).toBe(true);
    expect(number.actions()).toEqual([]);
  });

  it('rejects a Graph checkpoint, another kind, or a checkpoint with a code in it, before any request', () => {
    const client = makeCamsClient();
    const graph = { version: 1, kind: 'migration', wabaId: '102290129340398', phoneNumberId: '106540352242922', cc: '65', phone_number: '81234567', step: 'added', codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z' };
    const cams = { version: 1, provider: 'cams', kind: 'onboarding', cc: '65', phone_number: '81234567', step: 'added', codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z' };
    for (const input of [graph, cams, { ...cams, kind: 'migration', code: '004821' }, '{not json']) {
      expect(() => client.migration.resume(input)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    }
    expect(isValidationError((() => { try { client.onboarding.resume({ ...cams, provider: 'graph' }); } catch (e) { return e; } })())).toBe(true);
  });
});

describe('CAMS recover', () => {
  // recover() lists the channel, then phone.retrieve() reads the status and the list concurrently: either of those
  // two may leave first, so they are compared as a set.
  const retrieveReads = ['GetPhoneNumberVerificationStatus', 'QueryChatappPhoneNumbers'];
  const expectReads = (actions: readonly string[], lists = 1): void => {
    expect(actions.slice(0, lists)).toEqual(Array(lists).fill('QueryChatappPhoneNumbers'));
    expect(actions.slice(lists).sort()).toEqual(retrieveReads);
  };

  it('migration.recover finds a migrating number by its digits, with Meta\'s id and the named channel; only reads are sent', async () => {
    const number = useNumber({ status: 'MIGRATING', id: '106540352242922' });
    const checkpoint = await makeCamsClient().migration.recover({ phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US' }, { custSpaceId: 'cams-other0002' });
    expect(checkpoint).toMatchObject({ provider: 'cams', kind: 'migration', custSpaceId: 'cams-other0002', cc: '65', phone_number: '81234567', phoneNumberId: '106540352242922', step: 'added', codeMethod: 'SMS', language: 'en_US' });
    expectReads(number.sent.map((s) => s.action));
    expect(number.sent.every((s) => s.queryParams['CustSpaceId'] === 'cams-other0002')).toBe(true);
    // The result is a checkpoint like any other: it parses, and resuming it re-reads before requesting a code.
    const { checkpoint: next } = await makeCamsClient().migration.resume(JSON.stringify(checkpoint)).requestCode();
    expect(number.actions()).toEqual(['GetMigrationVerifyCode']);
    expect(next).toMatchObject({ step: 'code-requested', custSpaceId: 'cams-other0002' });
  });

  it('returns undefined when the channel does not have the number, after one list read', async () => {
    const number = useNumber();
    await expect(makeCamsClient().onboarding.recover({ cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US' })).resolves.toBeUndefined();
    expect(number.sent.map((s) => s.action)).toEqual(['QueryChatappPhoneNumbers']);
  });

  it('an onboarding recovered for a number that is already CONNECTED resumes as done, nothing sent', async () => {
    const number = useNumber({ status: 'CONNECTED', verification: 'VERIFIED' });
    const client = makeCamsClient();
    const checkpoint = await client.onboarding.recover({ cc: '65', phone_number: '81234567', codeMethod: 'VOICE', language: 'en_US' });
    expect(checkpoint).toMatchObject({ kind: 'onboarding', step: 'added', codeMethod: 'VOICE' });
    expect(checkpoint).not.toHaveProperty('phoneNumberId');
    expect(checkpoint).not.toHaveProperty('custSpaceId');
    await expect(client.onboarding.resume(checkpoint).verifyAndRegister({ code: '004821' })).resolves.toMatchObject({ done: true, skipped: true });
    expect(number.actions()).toEqual([]);
  });

  it('malformed params are a ValidationError before any request', async () => {
    const number = useNumber({ status: 'PENDING' });
    const client = makeCamsClient();
    for (const params of [
      { cc: '65', phone_number: '81234567', codeMethod: 'FAX', language: 'en_US' },
      { cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US', verified_name: 'Lucky Shrub' },
      { cc: '65', phone_number: 'not-digits', codeMethod: 'SMS', language: 'en_US' },
    ]) {
      const error = await client.migration.recover(params as never).catch((e: unknown) => e);
      expect(isValidationError(error)).toBe(true);
    }
    expect(number.sent).toEqual([]);
  });

  it('reads are retried: a transient list failure is read again', async () => {
    vi.useFakeTimers();
    try {
      let failures = 1;
      const sent = useCams((request) => {
        if (request.action === 'QueryChatappPhoneNumbers' && failures-- > 0) return HttpResponse.json({ RequestId: 'R', Code: 'ServiceUnavailable', Message: 'busy' }, { status: 503 });
        if (request.action === 'GetPhoneNumberVerificationStatus') return camsOk({ Data: { CodeVerificationStatus: 'NOT_VERIFIED', PhoneNumber: DIGITS, Id: '106540352242922' } });
        return camsOk({ PhoneNumbers: [{ PhoneNumber: DIGITS, Status: 'PENDING' }] });
      });
      const recovering = makeCamsClient({ maxRetries: 2 }).onboarding.recover({ cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US' });
      expect(await settleWithFakeClock(recovering)).toMatchObject({ step: 'added', phoneNumberId: '106540352242922' });
      // The failed list and its retry, then phone.retrieve()'s two reads.
      expectReads(sent.map((s) => s.action), 2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('CAMS recover against the CAMS simulator', () => {
  it('a migration whose checkpoint was lost is recovered and finished: the number is CONNECTED in the channel', async () => {
    const sim = createCamsSimulator({ clock: manualClock(Date.now()), seed: 1 });
    const demo = seedCamsDemo(sim);
    sim.seed.externalNumber({ cc: '65', national: '81234567', released: true });
    const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' });
    await client.migration.start({ cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US' }); // checkpoint lost
    const checkpoint = await client.migration.recover({ phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US' });
    const number = sim.state.phoneNumber(demo.channel.custSpaceId, DIGITS)!;
    expect(checkpoint).toMatchObject({ kind: 'migration', step: 'added', phoneNumberId: number.id });
    const { done } = await client.migration.resume(checkpoint).verifyAndRegister({ code: sim.inbox.latestCode(DIGITS)! });
    expect(done).toBe(true);
    expect(sim.state.phoneNumber(demo.channel.custSpaceId, DIGITS)?.Status).toBe('CONNECTED');
    await expect(client.onboarding.recover({ cc: '65', phone_number: '99999999', codeMethod: 'SMS', language: 'en_US' })).resolves.toBeUndefined();
  });
});
