import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlockUsersError } from '../../../src/errors/api-error.js';
import { isBlockUsersError, isInvalidRequestError, isRateLimitError } from '../../../src/errors/guards.js';
import { graphFixture } from '../../fixtures/graph.js';
import { makeClient } from '../../helpers/client.js';
import { graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const BLOCK = `${NODE}/block_users`;
const blocked = () => makeClient().phoneNumber(PHONE).blockedUsers;
const USER = '+16505551234';

const failedUser = (input: string, code: number | string, details: string) => ({
  input,
  ...(code === 131021 ? {} : { wa_id: input.replace('+', '') }),
  errors: [{ message: 'Failed', code, error_data: { details } }],
});

describe('blockedUsers.block', () => {
  it('POSTs messaging_product and block_users [{user}] and returns added_users with an empty failed_users', async () => {
    const fake = capture('post', BLOCK, { messaging_product: 'whatsapp', block_users: { added_users: [{ input: USER, wa_id: '16505551234' }] } });
    await expect(blocked().block([USER])).resolves.toEqual({ added_users: [{ input: USER, wa_id: '16505551234' }], failed_users: [] });
    expect(fake.one().body).toEqual({ messaging_product: 'whatsapp', block_users: [{ user: USER }] });
  });

  it('sends 1,000 users in one call, in order', async () => {
    const users = Array.from({ length: 1_000 }, (_, i) => `+1650555${String(i).padStart(4, '0')}`);
    const fake = capture('post', BLOCK, { block_users: { added_users: [] } });
    await blocked().block(users);
    expect((fake.one().body as { block_users: { user: string }[] }).block_users.map((u) => u.user)).toEqual(users);
  });

  it('returns per-user failures instead of swallowing them', async () => {
    const failed = [failedUser('+16505550000', 131047, 'User has not messaged in the last 24 hours')];
    capture('post', BLOCK, { block_users: { added_users: [{ input: USER, wa_id: '16505551234' }], failed_users: failed } });
    const result = await blocked().block([USER, '+16505550000']);
    expect(result.failed_users).toEqual(failed);
    expect(result.added_users).toHaveLength(1);
  });

  it('throwOnPartialFailure throws BlockUsersError with typed per-user errors and no phone number in the message', async () => {
    const failed = [
      failedUser('+16505550000', 131047, 'User has not messaged in the last 24 hours'),
      failedUser('+16505550001', '131047', 'User has not messaged in the last 24 hours'),
      failedUser('+16315551234', 131021, 'Cannot block self'),
    ];
    capture('post', BLOCK, { block_users: { added_users: [{ input: USER, wa_id: '16505551234' }], failed_users: failed } });
    const error = (await rejectionOf(
      blocked().block([USER, '+16505550000', '+16505550001', '+16315551234'], { throwOnPartialFailure: true }),
    )) as BlockUsersError;
    expect(isBlockUsersError(error)).toBe(true);
    expect(error.code).toBe(139100);
    expect(error.message).toBe('(#139100) 3 of 4 users could not be blocked (131047 ×2, 131021); see error.failedUsers');
    expect(error.message).not.toMatch(/650555|631555/);
    expect(error.failedUsers.map((f) => [f.input, f.wa_id, f.errors.map((e) => e.code)])).toEqual([
      ['+16505550000', '16505550000', [131047]],
      ['+16505550001', '16505550001', [131047]],
      ['+16315551234', undefined, [131021]],
    ]);
    expect(error.failedUsers[0]!.errors[0]!.details).toBe('User has not messaged in the last 24 hours');
    expect(error.failedUsers[0]!.errors[0]!.source).toBe('response');
    expect(isInvalidRequestError(error.failedUsers[2]!.errors[0])).toBe(true); // 131021: fix the request
  });

  it('throwOnPartialFailure resolves when nobody failed', async () => {
    capture('post', BLOCK, { block_users: { added_users: [{ input: USER, wa_id: '16505551234' }], failed_users: [] } });
    await expect(blocked().block([USER], { throwOnPartialFailure: true })).resolves.toMatchObject({ failed_users: [] });
  });

  it('surfaces Meta’s mixed-result answer (HTTP 400, #139100) as BlockUsersError', async () => {
    capture('post', BLOCK, () =>
      HttpResponse.json(
        {
          messaging_product: 'whatsapp',
          block_users: { added_users: [], failed_users: [failedUser('+16505550000', 131047, 'Re-engagement required')] },
          error: { message: '(#139100) Failed to block/unblock users', type: 'OAuthException', code: 139100, error_data: { details: 'Failed to block some users' }, fbtrace_id: 'A' },
        },
        { status: 400 },
      ),
    );
    const error = await rejectionOf(blocked().block([USER, '+16505550000']));
    expect(isBlockUsersError(error)).toBe(true);
    expect((error as BlockUsersError).code).toBe(139100);
  });

  it('carries failedUsers from the HTTP 400 mixed-result answer (list beside error 139100)', async () => {
    capture('post', BLOCK, () =>
      HttpResponse.json(
        {
          block_users: { failed_users: [failedUser('+16505550000', 131047, 'Re-engagement required')] },
          error: { message: '(#139100) Failed to block/unblock users', type: 'OAuthException', code: 139100 },
        },
        { status: 400 },
      ),
    );
    const error = (await rejectionOf(blocked().block(['+16505550000']))) as BlockUsersError;
    expect(isBlockUsersError(error)).toBe(true);
    expect(error.code).toBe(139100);
    expect(error.failedUsers).toHaveLength(1);
    expect(error.failedUsers[0]!.errors[0]!.code).toBe(131047);
  });

  it.each([
    ['no users', []],
    ['1,001 users', Array.from({ length: 1_001 }, (_, i) => `+1650555${String(i).padStart(4, '0')}`)],
    ['a repeated user', [USER, USER]],
    ['a blank user', ['  ']],
    ['a number instead of a string', [16505551234]],
    ['a line break', ['+1650555\n1234']],
  ])('rejects %s before sending', async (_, users) => {
    await expectRejectedLocally(() => blocked().block(users as never));
  });

  it('maps a throttle (130429: too many numbers)', async () => {
    capture('post', BLOCK, () => graphError({ code: 130429, details: 'Too many numbers' }));
    expect(isRateLimitError(await rejectionOf(blocked().block([USER])))).toBe(true);
  });

  describe('retries (safe: blocking twice changes nothing)', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('retries a lost connection', async () => {
      let calls = 0;
      capture('post', BLOCK, () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json({ block_users: { added_users: [] } })));
      const done = makeClient({ maxRetries: 2 }).phoneNumber(PHONE).blockedUsers.block([USER]);
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(done).resolves.toEqual({ added_users: [], failed_users: [] });
      expect(calls).toBe(2);
    });
  });
});

describe('blockedUsers.unblock', () => {
  it('DELETEs /block_users with messaging_product and the list, and returns removed_users', async () => {
    const fake = capture('delete', BLOCK, { messaging_product: 'whatsapp', block_users: { removed_users: [{ input: USER, wa_id: '16505551234' }] } });
    await expect(blocked().unblock([USER])).resolves.toEqual({ removed_users: [{ input: USER, wa_id: '16505551234' }], failed_users: [] });
    const request = fake.one();
    expect(request.method).toBe('DELETE');
    expect(request.query).toEqual({});
    expect(request.body).toEqual({ messaging_product: 'whatsapp', block_users: [{ user: USER }] });
  });

  it('sends the unblock list as a JSON body, as Meta documents (DELETE with a body)', async () => {
    const fake = capture('delete', BLOCK, { block_users: { removed_users: [] } });
    await blocked().unblock([USER]);
    expect(fake.one().body).toEqual({ messaging_product: 'whatsapp', block_users: [{ user: USER }] });
  });

  it('throwOnPartialFailure says "unblocked"', async () => {
    capture('delete', BLOCK, { block_users: { removed_users: [], failed_users: [failedUser(USER, 139103, 'Internal error')] } });
    const error = (await rejectionOf(blocked().unblock([USER], { throwOnPartialFailure: true }))) as BlockUsersError;
    expect(error.message).toBe('(#139100) 1 of 1 users could not be unblocked (139103); see error.failedUsers');
    expect(isBlockUsersError(error.failedUsers[0]!.errors[0])).toBe(true);
  });

  it('rejects bad input before sending', async () => {
    await expectRejectedLocally(() => blocked().unblock([]));
  });
});

describe('blockedUsers — business-scoped user ids and legacy error shapes', () => {
  it('returns added_users with user_id when Meta resolved a BSUID', async () => {
    capture('post', BLOCK, graphFixture('block-users.block-bsuid'));
    await expect(blocked().block(['US.13491208655302741918'])).resolves.toEqual({
      added_users: [{ input: 'US.13491208655302741918', user_id: 'US.13491208655302741918' }],
      failed_users: [],
    });
  });

  it('keeps a per-user error\'s details when Meta puts them at the top level', async () => {
    capture('post', BLOCK, {
      block_users: { added_users: [], failed_users: [{ input: USER, errors: [{ code: 131047, message: 'Re-engagement message', details: 'More than 24 hours have passed' }] }] },
    });
    const error = (await rejectionOf(blocked().block([USER], { throwOnPartialFailure: true }))) as BlockUsersError;
    expect(error.failedUsers[0]?.errors[0]?.details).toBe('More than 24 hours have passed');
  });

  it('keeps a failed user\'s business-scoped user_id on BlockUsersError.failedUsers', async () => {
    capture('post', BLOCK, {
      block_users: { added_users: [], failed_users: [{ input: 'US.13491208655302741918', user_id: 'US.13491208655302741918', errors: [{ code: 131047, message: 'Re-engagement message' }] }] },
    });
    const error = (await rejectionOf(blocked().block(['US.13491208655302741918'], { throwOnPartialFailure: true }))) as BlockUsersError;
    expect(error.failedUsers.map((f) => [f.input, f.wa_id, f.user_id])).toEqual([['US.13491208655302741918', undefined, 'US.13491208655302741918']]);
  });
});

describe('blockedUsers.list', () => {
  it('GETs /block_users and walks the pages', async () => {
    const pages = [
      { data: [{ messaging_product: 'whatsapp', wa_id: '16505551234' }], paging: { cursors: { after: 'c1' }, next: `${BLOCK}?after=c1` } },
      { data: [{ messaging_product: 'whatsapp', wa_id: '16505550000' }], paging: { cursors: { after: 'c2' } } },
    ];
    const fake = capture('get', BLOCK, () => HttpResponse.json(pages.shift()!));
    const ids: string[] = [];
    for await (const user of blocked().list({ limit: 1 })) ids.push(user.wa_id ?? '');
    expect(ids).toEqual(['16505551234', '16505550000']);
    expect(fake.seen().map((r) => r.query)).toEqual([{ limit: '1' }, { limit: '1', after: 'c1' }]);
  });

  it('lists users blocked by business-scoped user id (user_id, no wa_id) next to users blocked by number', async () => {
    capture('get', BLOCK, graphFixture('block-users.list-bsuid'));
    const users = [];
    for await (const user of blocked().list()) users.push(user);
    expect(users).toEqual([
      { messaging_product: 'whatsapp', wa_id: '16505551234' },
      { messaging_product: 'whatsapp', user_id: 'US.13491208655302741918', parent_user_id: 'US.ENT.506847293015824' },
    ]);
    expect(users.map((user) => user.wa_id ?? user.user_id)).toEqual(['16505551234', 'US.13491208655302741918']);
  });

  it('rejects a limit of 0', async () => {
    await expectRejectedLocally(() => blocked().list({ limit: 0 }).then((page) => page));
  });

  it('maps 139102 (list changed while paging) to BlockUsersError', async () => {
    capture('get', BLOCK, () => graphError({ code: 139102, details: 'version_id mismatch' }));
    expect(isBlockUsersError(await rejectionOf(blocked().list().then((page) => page)))).toBe(true);
  });
});
