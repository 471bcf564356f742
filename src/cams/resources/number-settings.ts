import type { PhoneNumberSettingsInfo } from '../../resources/settings/schemas.js';
import { compact, type CamsNumberSettingsEntry } from './settings-payloads.js';

// Read-only views of a number's list entry (`QueryChatappPhoneNumbers`, contract §4.2): its calling configuration
// and its callback routing. CAMS has no operation to change calling settings (contract §4.9, §5).

type Rec = Readonly<Record<string, unknown>>;
const rec = (value: unknown): Rec | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Rec) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const rows = (value: unknown): Rec[] | undefined => (Array.isArray(value) ? value.map(rec).filter((r): r is Rec => r !== undefined) : undefined);

/** The calling part of a number's settings on CAMS: Graph's field names, plus CAMS's callback URL and talk time. */
export type CamsCallingSettings = NonNullable<PhoneNumberSettingsInfo['calling']> & {
  /** `CallingCallbackUrl`: where CAMS sends call events (CAMS-only). */
  readonly callback_url?: string | undefined;
  /** `MaxTalkTime` as CAMS reports it (unit undocumented). */
  readonly max_talk_time?: number | undefined;
};

/** A number's settings on CAMS: the calling configuration only, read-only (contract §4.9). */
export interface CamsPhoneNumberSettingsInfo {
  readonly calling?: CamsCallingSettings | undefined;
}

/**
 * `CallingConfigure` → Graph's `calling` shape. The two list models disagree on where `CallIconVisibility` and
 * `CallbackPermissionStatus` sit (`Calling` or `Calling.CallHours`, contract §7 #6): both places are read.
 * @internal
 */
export function toCallingSettings(configure: unknown): CamsCallingSettings | undefined {
  const root = rec(configure);
  const calling = rec(root?.['Calling']);
  if (root === undefined) return undefined;
  const hours = rec(calling?.['CallHours']);
  const talk = root['MaxTalkTime'];
  return compact({
    status: text(calling?.['Status']),
    call_icon_visibility: text(calling?.['CallIconVisibility']) ?? text(hours?.['CallIconVisibility']),
    callback_permission_status: text(calling?.['CallbackPermissionStatus']) ?? text(hours?.['CallbackPermissionStatus']),
    call_hours:
      hours === undefined
        ? undefined
        : compact({
            status: text(hours['Status']),
            timezone_id: text(hours['TimezoneId']),
            weekly_operating_hours: rows(hours['WeeklyOperatingHours'])?.map((d) =>
              compact({ day_of_week: text(d['DayOfWeek']), open_time: text(d['OpenTime']), close_time: text(d['CloseTime']) }),
            ),
            holiday_schedule: rows(hours['HolidaySchedule'])?.map((d) =>
              compact({ date: text(d['Date']), start_time: text(d['StartTime']), end_time: text(d['EndTime']) }),
            ),
          }),
    callback_url: text(root['CallingCallbackUrl']),
    max_talk_time: typeof talk === 'number' && Number.isFinite(talk) ? talk : undefined,
  }) as CamsCallingSettings;
}

/** Where CAMS delivers a number's callbacks, as the number list reports it (contract §4.2). */
export interface CamsWebhookInfo {
  /** `StatusCallbackUrl`: delivery/status reports (ChatAppStatus). */
  readonly status_callback_url?: string | undefined;
  /** `UpCallbackUrl`: inbound messages (ChatAppInbound). */
  readonly inbound_callback_url?: string | undefined;
  /** `StatusQueue`: the MNS queue for status reports, when queue delivery is on. */
  readonly status_queue?: string | undefined;
  /** `UpQueue`: the MNS queue for inbound messages, when queue delivery is on. */
  readonly inbound_queue?: string | undefined;
}

/** A list entry → {@link CamsWebhookInfo} (empty strings read as absent). @internal */
export function toWebhookInfo(entry: CamsNumberSettingsEntry | undefined): CamsWebhookInfo {
  return compact({
    status_callback_url: text(entry?.StatusCallbackUrl),
    inbound_callback_url: text(entry?.UpCallbackUrl),
    status_queue: text(entry?.StatusQueue),
    inbound_queue: text(entry?.UpQueue),
  });
}

/** Finds the number's entry in a list answer (entries may carry a `+` or spaces). @internal */
export function findEntry(list: readonly CamsNumberSettingsEntry[] | undefined, digits: string): CamsNumberSettingsEntry | undefined {
  return list?.find((item) => item.PhoneNumber?.replace(/\D/g, '') === digits);
}

