import { channelOf, numberOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import type { CamsStore } from '../state/store.js';
import type { CamsChannel, CamsPhoneNumber } from '../state/types.js';
import { metaError } from '../wire/errors.js';

/**
 * Business usernames (contract §4.9): read, set (or take over), remove, suggestions. All four carry `Success`; no
 * QPS is documented (§3.5). CAMS documents no format for a username (no length, no character set), so the
 * simulator refuses none beyond "required" (`MissingUsername`); what it models is the one documented failure: a name
 * another number of the same portfolio holds fails with Meta's 147005 unless `TransferAction=force_transfer`.
 * @internal
 */

/** How many names `GetWhatsappUserNameSuggestions` offers (count undocumented: the simulator's choice). */
const SUGGESTIONS = 3;

/** The business portfolio a channel's numbers belong to: its WABA's business, or the channel itself without one. */
function portfolioOf(store: CamsStore, channel: CamsChannel): string {
  const waba = channel.wabaId === undefined ? undefined : store.wabas.get(channel.wabaId);
  return waba === undefined ? `channel:${channel.custSpaceId}` : `business:${waba.BusinessId}`;
}

/** The other number of the same portfolio that holds `username`, if any. */
function holderOf(call: CamsCall, channel: CamsChannel, self: CamsPhoneNumber, username: string): CamsPhoneNumber | undefined {
  const portfolio = portfolioOf(call.store, channel);
  for (const other of call.store.channels.values()) {
    if (portfolioOf(call.store, other) !== portfolio) continue;
    for (const number of other.numbers.values()) if (number !== self && number.username?.Username === username) return number;
  }
  return undefined;
}

function getUsername(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  // No name set: an empty object (the client reads it as `{}`).
  return { Data: number.username === undefined ? {} : { ...number.username } };
}

function updateUsername(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const number = numberOf(call, channel);
  const username = call.params.required('Username');
  const transfer = call.params.oneOf('TransferAction', ['none', 'force_transfer'], false) ?? 'none';
  const holder = holderOf(call, channel, number, username);
  if (holder !== undefined) {
    // Contract §4.9: "fails with error code 147005" when TransferAction is none; force_transfer moves it here.
    if (transfer === 'none') throw metaError(147005, 'The username is already in use by another phone number of this business portfolio');
    holder.username = undefined;
  }
  number.username = { Username: username, Status: 'approved' };
  return { Data: { Status: number.username.Status } };
}

function deleteUsername(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  const removed = number.username !== undefined;
  number.username = undefined;
  // `Data`: `true` when removed (§4.9); `false` when there was none (the simulator's reading; idempotent in effect).
  return { Data: removed };
}

/** `luckyshrub` from "Lucky Shrub": lower-case letters and digits of the verified name. */
function baseName(verifiedName: string): string {
  const base = verifiedName.toLowerCase().replace(/[^a-z0-9]/gu, '').slice(0, 20);
  return base === '' ? 'business' : base;
}

function getSuggestions(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const number = numberOf(call, channel);
  if (number.usernameSuggestions === undefined) {
    // Drawn once per number from the seeded ids stream: the same seed gives the same names, and asking again
    // gives the same list (as Meta's suggestions for an unchanged number).
    const base = baseName(number.VerifiedName);
    const names = new Set([base]);
    while (names.size < SUGGESTIONS) names.add(`${base}${call.store.random.ids.digits(2 + names.size)}`);
    number.usernameSuggestions = [...names];
  }
  // A name another number of the portfolio holds is not offered.
  return { Data: number.usernameSuggestions.filter((name) => holderOf(call, channel, number, name) === undefined) };
}

/** @internal */
export const usernameRoutes: CamsRoutes = {
  GetWhatsappUserName: route(getUsername, true, 'undocumented'),
  UpdateWhatsappUserName: route(updateUsername, true, 'undocumented'),
  DeleteWhatsappUserName: route(deleteUsername, true, 'undocumented'),
  GetWhatsappUserNameSuggestions: route(getSuggestions, true, 'undocumented'),
};
