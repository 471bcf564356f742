import * as z from 'zod/mini';
import { DOMAIN, IPV4 } from '../../schemas/regexes.js';

// Calling settings (`POST /{PHONE_NUMBER_ID}/settings` with `calling`). [OA23] (contract §3.5) shows lower-case
// values (`enabled`, `visible`, `DTLS-SRTP`) and only `status`/`call_icon_visibility`; Meta's Calling API reference
// (developers.facebook.com/documentation/business-messaging/whatsapp/calling/reference, Jun 2026) documents
// upper-case values (`ENABLED`, `DEFAULT`, `DISABLE_ALL`, `DTLS`, `SDES`) and the full shape below. We follow the
// Calling reference: it is the page the feature is specified on, and public integrations send these values.

const OnOff = (label: string) => z.enum(['ENABLED', 'DISABLED'], `${label} must be "ENABLED" or "DISABLED"`);

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

// `HHMM`, 24-hour clock: "0400", "2359" (Calling reference; pywa sends strftime("%H%M")).
const HHMM = /^(?:[01][0-9]|2[0-3])[0-5][0-9]$/;
const clock = (label: string) =>
  z.string(`${label} must be a string`).check(z.regex(HHMM, `${label} must be a 24-hour time written HHMM, e.g. "0930"`));

// A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not).
const calendarDate = z.string('date must be a string').check(
  z.refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'date must be a calendar date written YYYY-MM-DD'),
);

// An IANA zone such as "America/Manaus"; checked against the runtime's zone list when it has one, so that a
// typo is caught before Meta rejects the whole settings call.
const TimezoneId = z.string('timezone_id must be a string').check(
  z.refine((value) => /^[A-Za-z][A-Za-z0-9_+\-/]{1,63}$/.test(value) && isKnownZone(value), 'timezone_id must be an IANA time zone such as "America/Manaus"'),
);

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One opening window of a weekday: `{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1730' }`. */
export const WeeklyOperatingHours = z
  .strictObject({
    day_of_week: z.enum(WEEKDAYS, `day_of_week must be one of ${WEEKDAYS.join(', ')}`),
    open_time: clock('open_time'),
    close_time: clock('close_time'),
  })
  .check(z.refine((hours) => hours.open_time < hours.close_time, { message: 'open_time must be before close_time', path: ['close_time'] }));
export type WeeklyOperatingHours = z.infer<typeof WeeklyOperatingHours>;

/** A date-specific override of the weekly hours: `{ date: '2026-12-25', start_time: '0000', end_time: '2359' }`. */
export const HolidaySchedule = z
  .strictObject({ date: calendarDate, start_time: clock('start_time'), end_time: clock('end_time') })
  .check(z.refine((day) => day.start_time < day.end_time, { message: 'start_time must be before end_time', path: ['end_time'] }));
export type HolidaySchedule = z.infer<typeof HolidaySchedule>;

/**
 * `calling.call_hours`: when calls are accepted. Replaces the whole previous `call_hours` (Meta: values not sent
 * are removed — an omitted `holiday_schedule` deletes the existing one).
 *
 * Rules (Calling reference): at most 2 windows per weekday, windows of a day must not overlap, at most 20
 * holiday overrides.
 */
export const CallHours = z
  .strictObject({
    status: OnOff('call_hours.status'),
    timezone_id: TimezoneId,
    weekly_operating_hours: z.array(WeeklyOperatingHours, 'weekly_operating_hours must be an array').check(
      z.maxLength(14, 'weekly_operating_hours allows at most 2 windows per day (14 in all)'),
    ),
    holiday_schedule: z.optional(
      z.array(HolidaySchedule, 'holiday_schedule must be an array').check(z.maxLength(20, 'holiday_schedule allows at most 20 entries')),
    ),
  })
  .check(
    z.refine((hours) => windowsPerDayOk(hours.weekly_operating_hours), {
      message: 'each day allows at most 2 windows, and they must not overlap',
      path: ['weekly_operating_hours'],
    }),
  );
export type CallHours = z.infer<typeof CallHours>;

function windowsPerDayOk(windows: readonly WeeklyOperatingHours[]): boolean {
  for (const day of WEEKDAYS) {
    const sameDay = windows.filter((w) => w.day_of_week === day).sort((a, b) => (a.open_time < b.open_time ? -1 : 1));
    if (sameDay.length > 2) return false;
    for (let i = 1; i < sameDay.length; i++) if (sameDay[i]!.open_time < sameDay[i - 1]!.close_time) return false;
  }
  return true;
}

/** A SIP server Meta forwards calls to: TLS is mandatory, so the usual port is 5061. */
export const SipServer = z.strictObject({
  hostname: z.string('hostname must be a string').check(
    z.refine((value) => DOMAIN.test(value) || IPV4.test(value), 'hostname must be a domain name or an IPv4 address'),
  ),
  port: z.optional(z.int('port must be an integer').check(z.minimum(1, 'port must be 1–65535'), z.maximum(65_535, 'port must be 1–65535'))),
  /** Extra user params Meta adds to the SIP request URI. */
  request_uri_user_params: z.optional(z.record(z.string(), z.string('request_uri_user_params values must be strings'))),
});
export type SipServer = z.infer<typeof SipServer>;

/**
 * Params of `phone.settings.updateCalling`: the `calling` feature of the settings. Send only what you change;
 * at least one field.
 *
 * - `status`: turn the Calling API on or off for the number.
 * - `call_icon_visibility`: `DEFAULT` shows the call button in the chat, `DISABLE_ALL` hides it.
 * - `call_icons.restrict_to_user_countries`: show the button only to users of these countries (ISO alpha-2).
 * - `callback_permission_status`: ask users who call you for permission to call them back.
 * - `call_hours`: opening hours, time zone and holidays (replaces the previous value entirely).
 * - `sip`: route calls to your SIP servers instead of the Graph calling endpoints and webhooks.
 * - `srtp_key_exchange_protocol`: `DTLS` (default) or `SDES` for SIP media.
 * - `video`: allow video calls.
 */
export const SettingsCallingParams = z
  .strictObject({
    status: z.optional(OnOff('status')),
    call_icon_visibility: z.optional(z.enum(['DEFAULT', 'DISABLE_ALL'], 'call_icon_visibility must be "DEFAULT" or "DISABLE_ALL"')),
    call_icons: z.optional(
      z.strictObject({
        restrict_to_user_countries: z.array(
          z.string('country codes must be strings').check(z.regex(/^[A-Z]{2}$/, 'country codes must be ISO 3166-1 alpha-2, upper case (e.g. "BR")')),
          'restrict_to_user_countries must be an array',
        ),
      }),
    ),
    callback_permission_status: z.optional(OnOff('callback_permission_status')),
    call_hours: z.optional(CallHours),
    sip: z.optional(
      z.strictObject({
        status: OnOff('sip.status'),
        servers: z.optional(z.array(SipServer, 'sip.servers must be an array').check(z.minLength(1, 'sip.servers must list at least one server'))),
      }),
    ),
    srtp_key_exchange_protocol: z.optional(z.enum(['DTLS', 'SDES'], 'srtp_key_exchange_protocol must be "DTLS" or "SDES"')),
    video: z.optional(z.strictObject({ status: OnOff('video.status') })),
  })
  .check(z.refine((params) => Object.values(params).some((value) => value !== undefined), 'updateCalling needs at least one setting to change'));
export type SettingsCallingParams = z.infer<typeof SettingsCallingParams>;
