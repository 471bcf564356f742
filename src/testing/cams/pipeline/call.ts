import type { CamsParams } from '../wire/params.js';
import { badPhoneNumber, gateway, missingParam, numberNotInSpace } from '../wire/errors.js';
import type { CamsStore } from '../state/store.js';
import type { CamsChannel, CamsPhoneNumber } from '../state/types.js';

/** cc + national digits, no `+` (contract §1.3); E.164 allows at most 15 digits. */
export const PHONE_DIGITS = /^[1-9][0-9]{6,14}$/;

/** What a handler gets: the parameters, the state and the caller. @internal */
export interface CamsCall {
  readonly action: string;
  readonly params: CamsParams;
  readonly store: CamsStore;
  readonly now: number;
  /** The Alibaba account of the AccessKey that signed the call. */
  readonly accountId: string;
}

/** A handler's payload, put next to `RequestId`/`Code`/`Message` (contract §1.4). @internal */
export type CamsPayload = Readonly<Record<string, unknown>>;

/**
 * The channel named by `CustSpaceId`. Where it is optional and absent, the caller's own (first) channel is meant
 * (contract §1.3 "direct customer"). A channel of another account, or none, is `Unknown.ResourceOwnerId` (§3.3).
 * @internal
 */
export function channelOf(call: CamsCall, policy: 'required' | 'optional'): CamsChannel {
  const id = policy === 'required' ? call.params.required('CustSpaceId') : call.params.optional('CustSpaceId');
  if (id === undefined || id === '') {
    for (const channel of call.store.channels.values()) if (channel.accountId === call.accountId) return channel;
    if (policy === 'optional') throw gateway('Unknown.ResourceOwnerId');
    throw missingParam('CustSpaceId');
  }
  const channel = call.store.channels.get(id);
  if (channel === undefined || channel.accountId !== call.accountId) throw gateway('Unknown.ResourceOwnerId');
  return channel;
}

/** The number named by `PhoneNumber` (or `name`) in a channel: bad digits → PhoneNumberError, absent → MAAP-0065. @internal */
export function numberOf(call: CamsCall, channel: CamsChannel, name = 'PhoneNumber'): CamsPhoneNumber {
  const digits = call.params.required(name);
  if (!PHONE_DIGITS.test(digits)) throw badPhoneNumber();
  const number = channel.numbers.get(digits);
  if (number === undefined) throw numberNotInSpace();
  return number;
}
