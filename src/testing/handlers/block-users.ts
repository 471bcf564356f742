import { BLOCK_WINDOW_MS, isRegistered } from '../state/phone-rules.js';
import type { SimPhoneNumber } from '../state/types.js';
import { graphError, invalidParam, SimGraphError } from '../wire/graph-error.js';
import { paginate } from '../wire/paging.js';
import { ok, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/**
 * `GET|POST|DELETE /{phone}/block_users` (contract §3.9, [D-BLK]). The number must be registered (133010).
 * Blocking needs an inbound message from the user in the last 24 h (`sim.customers.messaged`), else that user
 * fails with 131047; blocking the number itself fails with 131021. When any user fails, the answer is HTTP 400
 * with error 139100 *and* the `block_users` lists (added and failed users) next to `error`. More than 1,000
 * users in one request → 130429; a blocklist beyond 64,000 → 139101 (nothing changes).
 * @internal
 */

export const BLOCK_REQUEST_LIMIT = 1000;
export const BLOCKLIST_LIMIT = 64_000;

interface UserResult {
  input: string;
  wa_id: string;
  errors?: { message: string; code: number; error_data: { details: string } }[];
}

function failure(input: string, waId: string, code: number, title: string, details: string): UserResult {
  return { input, wa_id: waId, errors: [{ message: title, code, error_data: { details } }] };
}

function usersOf(ctx: HandlerContext, phone: SimPhoneNumber): { input: string; waId: string }[] {
  if (!isRegistered(phone)) throw graphError(133010, 'The phone number must be registered to use the block list.');
  if (ctx.params.required('messaging_product').toLowerCase() !== 'whatsapp') {
    throw invalidParam('Param messaging_product must be "whatsapp"');
  }
  const list = ctx.params.array('block_users');
  if (list === undefined || list.length === 0) {
    throw invalidParam('The parameter block_users is required', 'The parameter block_users is required');
  }
  if (list.length > BLOCK_REQUEST_LIMIT) {
    throw graphError(130429, `At most ${BLOCK_REQUEST_LIMIT} users can be blocked or unblocked in one request.`);
  }
  return list.map((entry, index) => {
    const user = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)['user'] : undefined;
    if (typeof user !== 'string') throw invalidParam(`Param block_users[${index}][user] must be a string`);
    return { input: user, waId: user.replace(/\D/g, '') };
  });
}

function answer(kind: 'added_users' | 'removed_users', done: UserResult[], failed: UserResult[]): HandlerResult {
  const lists = {
    messaging_product: 'whatsapp',
    block_users: { [kind]: done, ...(failed.length > 0 ? { failed_users: failed } : {}) },
  };
  if (failed.length === 0) return ok(lists);
  throw new SimGraphError({
    code: 139100,
    details: 'Failed to block/unblock some users; see failed_users for the reason of each.',
    extraBody: lists,
  });
}

function block(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const users = usersOf(ctx, phone);
  const own = `${phone.cc}${phone.nationalNumber}`;
  const added: UserResult[] = [];
  const failed: UserResult[] = [];
  const toAdd = new Set<string>();
  for (const { input, waId } of users) {
    const last = phone.lastInbound.get(waId);
    if (waId === '') failed.push(failure(input, waId, 131009, 'Parameter value is not valid', 'Not a phone number or wa_id.'));
    else if (waId === own) failed.push(failure(input, waId, 131021, 'Recipient cannot be sender', 'A number cannot block itself.'));
    else if (last === undefined || ctx.now - last > BLOCK_WINDOW_MS) {
      failed.push(
        failure(input, waId, 131047, 'Re-engagement message', 'The user has not messaged this phone number in the last 24 hours.'),
      );
    } else {
      added.push({ input, wa_id: waId });
      if (!phone.blocked.has(waId)) toAdd.add(waId);
    }
  }
  if (phone.blocked.size + toAdd.size > BLOCKLIST_LIMIT) {
    throw graphError(139101, `The blocklist is limited to ${BLOCKLIST_LIMIT} users.`);
  }
  for (const waId of toAdd) phone.blocked.set(waId, ctx.now);
  return answer('added_users', added, failed);
}

function unblock(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const removed: UserResult[] = [];
  const failed: UserResult[] = [];
  for (const { input, waId } of usersOf(ctx, phone)) {
    if (waId === '') {
      failed.push(failure(input, waId, 131009, 'Parameter value is not valid', 'Not a phone number or wa_id.'));
    } else {
      phone.blocked.delete(waId);
      removed.push({ input, wa_id: waId });
    }
  }
  return answer('removed_users', removed, failed);
}

function list(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  if (!isRegistered(phone)) throw graphError(133010, 'The phone number must be registered to use the block list.');
  const page = paginate([...phone.blocked.keys()], (waId) => waId, ctx.params, ctx.url);
  return ok({ ...page, data: page.data.map((waId) => ({ messaging_product: 'whatsapp', wa_id: waId })) });
}

/** @internal */
export const blockUsersRoutes: EdgeRoutes<SimPhoneNumber> = { GET: list, POST: block, DELETE: unblock };
