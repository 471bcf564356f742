import { channelOf, numberOf, PHONE_DIGITS, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import { newPhoneNumber } from '../state/records.js';
import type { CamsPhoneNumber } from '../state/types.js';
import { badPhoneNumber, invalidParam, metaError } from '../wire/errors.js';
import { boundWaba } from './onboarding.js';

/**
 * Numbers of a channel (contract §4.2): `AddChatappPhoneNumber` (returns no id), `QueryChatappPhoneNumbers`,
 * `ChatappSyncPhoneNumber` (the lists: no ids, no paging), `GetPhoneNumberVerificationStatus` (the only one with
 * Meta's `phone_number_id`), `GetChatappPhoneNumberMetric`.
 * @internal
 */

const DAY_MS = 86_400_000;
const HALF_HOUR_MS = 1_800_000;
/** The simulator's cap on rows of one metric answer (no CAMS limit is documented). */
const MAX_METRIC_ROWS = 1000;

/**
 * The list row of a number. `CallingConfigure` follows each model as published (contract §7 #6): the query model
 * nests `CallIconVisibility`/`CallbackPermissionStatus` under `Calling.CallHours`, the sync model under `Calling`.
 */
function listRow(call: CamsCall, number: CamsPhoneNumber, nesting: 'query' | 'sync') {
  const flags = { CallIconVisibility: 'DEFAULT', CallbackPermissionStatus: 'DISABLED' };
  const hours = { Status: 'DISABLED', TimezoneId: 'Asia/Singapore', WeeklyOperatingHours: [], HolidaySchedule: [] };
  const calling =
    nesting === 'query' ? { Status: 'DISABLED', CallHours: { ...hours, ...flags } } : { Status: 'DISABLED', ...flags, CallHours: hours };
  return {
    PhoneNumber: number.PhoneNumber,
    VerifiedName: number.VerifiedName,
    Status: number.Status,
    CodeVerificationStatus: call.store.codeVerificationStatus(number),
    NameStatus: number.NameStatus,
    NewNameStatus: number.NewNameStatus,
    QualityRating: number.QualityRating,
    MessagingLimitTier: number.MessagingLimitTier,
    IsOfficial: number.IsOfficial,
    StatusCallbackUrl: number.StatusCallbackUrl,
    UpCallbackUrl: number.UpCallbackUrl,
    StatusQueue: number.StatusQueue,
    UpQueue: number.UpQueue,
    CallingConfigure: { Calling: calling, CallingCallbackUrl: '', MaxTalkTime: 0 },
  };
}

function add(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const cc = call.params.required('Cc');
  const national = call.params.required('PhoneNumber');
  const name = call.params.required('VerifiedName');
  call.params.optional('PreValidateId'); // deprecated, accepted and ignored
  if (!/^[1-9][0-9]{0,2}$/.test(cc) || !/^[0-9]{4,14}$/.test(national) || !PHONE_DIGITS.test(`${cc}${national}`)) throw badPhoneNumber();
  const waba = boundWaba(call, channel);
  const digits = `${cc}${national}`;
  if (channel.numbers.has(digits)) {
    throw metaError(2388012, "The phone number is already in this WhatsApp Business Account's phone number list.");
  }
  if (call.store.channelOfNumber(digits) !== undefined || call.store.external.has(digits)) {
    throw metaError(100, 'The phone number is already on another WhatsApp Business Account. Migrate it with CreateChatappMigrationInitiate.');
  }
  if (waba.AccountReviewStatus !== 'APPROVED') {
    throw metaError(100, `The WhatsApp Business Account is not approved (account_review_status ${waba.AccountReviewStatus}).`);
  }
  if (name.length < 2 || name.length > 75) throw metaError(100, 'Param verified_name must be 2 to 75 characters long');
  channel.numbers.set(digits, newPhoneNumber({ cc, national, id: call.store.newMetaId(), verifiedName: name }));
  return {};
}

function query(call: CamsCall) {
  const channel = channelOf(call, 'optional');
  const status = call.params.optional('Status');
  const rows = [...channel.numbers.values()]
    .filter((n) => status === undefined || status === '' || n.Status === status || call.store.codeVerificationStatus(n) === status)
    .map((n) => listRow(call, n, 'query'));
  return { PhoneNumbers: rows };
}

function sync(call: CamsCall) {
  const channel = channelOf(call, 'required');
  boundWaba(call, channel);
  return { PhoneNumbers: [...channel.numbers.values()].map((n) => listRow(call, n, 'sync')) };
}

function verificationStatus(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  return { Data: { CodeVerificationStatus: call.store.codeVerificationStatus(number), Id: number.id, PhoneNumber: number.PhoneNumber } };
}

function metric(call: CamsCall) {
  const channel = channelOf(call, 'optional');
  const start = call.params.integer('Start', true) ?? 0;
  const end = call.params.integer('End', true) ?? 0;
  const granularity = call.params.oneOf('Granularity', ['DAILY', 'HALF_HOUR'], false) ?? 'DAILY';
  if (end <= start) throw invalidParam('End', 'End must be after Start.');
  const step = granularity === 'DAILY' ? DAY_MS : HALF_HOUR_MS;
  const numbers = call.params.optional('PhoneNumber') ? [numberOf(call, channel)] : [...channel.numbers.values()];
  const periods = Math.ceil((end - start) / step);
  if (periods * numbers.length > MAX_METRIC_ROWS) throw invalidParam('End', `At most ${MAX_METRIC_ROWS} rows per call.`);
  const rows = [];
  for (const number of numbers) {
    for (let from = start; from < end; from += step) {
      const to = Math.min(from + step, end);
      const inPeriod = number.traffic.filter((t) => t.at >= from && t.at < to);
      rows.push({
        PhoneNumber: number.PhoneNumber,
        Start: from,
        End: to,
        Granularity: granularity,
        SentCount: inPeriod.reduce((sum, t) => sum + t.sent, 0),
        DeliveredCount: inPeriod.reduce((sum, t) => sum + t.delivered, 0),
      });
    }
  }
  return { Data: rows };
}

/** @internal */
export const numberRoutes: CamsRoutes = {
  AddChatappPhoneNumber: route(add, true),
  QueryChatappPhoneNumbers: route(query, true),
  ChatappSyncPhoneNumber: route(sync, true),
  GetPhoneNumberVerificationStatus: route(verificationStatus, false),
  GetChatappPhoneNumberMetric: route(metric, false, 50),
};
