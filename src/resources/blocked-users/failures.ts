import { apiErrorInit, BlockUsersError, type APIError, type BlockUserFailure } from '../../errors/api-error.js';
import { formatMessage, instantiate, resolveAdvice } from '../../errors/build-error.js';
import { lookupGraphCode } from '../../errors/graph-codes.js';
import type { FailedBlockUser } from './schemas.js';

/**
 * Turns one per-user error of `failed_users[].errors[]` into the typed error an HTTP response with that code
 * would give (131047 → re-engagement, 131021 → self block, 130429 → throttle…). Same mapping as
 * `errorFromWebhook`, but with `source: 'response'`: the error came back from this call. Never throws.
 * @internal
 */
export function userError(raw: unknown): APIError {
  const error = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const code = toCode(error['code']);
  const entry = code === undefined ? undefined : lookupGraphCode(code);
  const data = error['error_data'];
  // Older payloads put `details` on the error itself (as Meta's 131051 example does).
  const details = (typeof data === 'string' ? data : text((data as Record<string, unknown> | undefined)?.['details'])) ?? text(error['details']);
  const title = text(error['title']);
  return instantiate(
    entry?.errorClass ?? 'APIError',
    {
      message: formatMessage(code, details, text(error['message']), title, entry?.title, 'the user could not be blocked or unblocked'),
      source: 'response',
      retryAdvice: resolveAdvice(entry, 'fix-request', code, details, undefined),
      code,
      details,
      title,
    },
    entry?.scope,
  );
}

/** Per-user failures with their errors mapped. @internal */
export function toFailures(failed: readonly FailedBlockUser[]): BlockUserFailure[] {
  return failed.map((user) => ({
    input: user.input ?? '',
    ...(user.wa_id === undefined ? {} : { wa_id: user.wa_id }),
    ...(user.user_id === undefined ? {} : { user_id: user.user_id }),
    errors: (user.errors ?? []).map(userError),
  }));
}

/**
 * The `BlockUsersError` of `throwOnPartialFailure`: code 139100 (Meta's code for "failed to block/unblock some
 * users"), a count and the error codes in the message — never the users themselves (phone numbers are personal
 * data that ends up in logs) — and every failure in `failedUsers`.
 * @internal
 */
export function partialFailureError(action: 'block' | 'unblock', total: number, failed: readonly FailedBlockUser[]): BlockUsersError {
  const failedUsers = toFailures(failed);
  const counts = new Map<string, number>();
  for (const user of failedUsers) {
    for (const error of user.errors.length > 0 ? user.errors : [undefined]) {
      const key = error?.code === undefined ? 'no code' : String(error.code);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const reasons = [...counts].map(([code, n]) => (n === 1 ? code : `${code} ×${n}`)).join(', ');
  return new BlockUsersError({
    message: `(#139100) ${failed.length} of ${total} users could not be ${action}ed (${reasons}); see error.failedUsers`,
    source: 'response',
    retryAdvice: 'fix-request',
    status: 200,
    code: 139100,
    failedUsers,
  });
}

function toCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^[0-9]{1,10}$/.test(value)) return Number(value);
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Meta may answer a mixed block/unblock result with HTTP 400, error 139100 and the per-user list beside `error`
 * ([D-BLK]); keep that list on the error instead of losing it. Other errors pass through unchanged.
 * @internal
 */
export function withFailedUsers(error: APIError, body: unknown): APIError {
  const list = (body as { block_users?: { failed_users?: unknown } } | undefined)?.block_users?.failed_users;
  if (!Array.isArray(list) || list.length === 0) return error;
  return new BlockUsersError({
    ...apiErrorInit(error),
    failedUsers: toFailures(list.filter((item): item is FailedBlockUser => typeof item === 'object' && item !== null)),
  });
}
