import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import type { OpenEnum } from '../../schemas/graph.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { CamsMetricRows, compact } from './settings-payloads.js';

// Epoch milliseconds as the caller gives them: a Date or a non-negative safe integer (contract §1.2: never past 2^53).
const Instant = z.pipe(
  z.union([z.date('must be a Date or epoch milliseconds'), z.int('must be a Date or epoch milliseconds')], 'must be a Date or epoch milliseconds'),
  z.transform((value: Date | number) => (value instanceof Date ? value.getTime() : value)),
).check(z.refine((ms) => Number.isSafeInteger(ms) && ms >= 0, 'must be a valid time'));

/**
 * Params of `phone.metrics.retrieve()` (`GetChatappPhoneNumberMetric`, contract §4.2): the window `start`–`end`
 * (Dates or epoch milliseconds, `end` after `start`) and the row size, `DAILY` (default) or `HALF_HOUR`.
 */
export const CamsMetricParams = z
  .strictObject({ start: Instant, end: Instant, granularity: z.optional(z.enum(['DAILY', 'HALF_HOUR'], 'granularity must be "DAILY" or "HALF_HOUR"')) })
  .check(z.refine((p) => p.end > p.start, { message: 'end must be after start', path: ['end'] }));
export type CamsMetricParams = z.input<typeof CamsMetricParams>;

/** One row of delivery metrics: a number, a period (epoch ms) and its sent/delivered counts. */
export interface CamsMetricRow {
  readonly phone_number?: string | undefined;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  readonly granularity?: OpenEnum<'DAILY' | 'HALF_HOUR'> | undefined;
  readonly sent?: number | undefined;
  readonly delivered?: number | undefined;
}

const readMetrics = defineOperation({ name: 'PhoneNumberMetrics.retrieve', retry: 'safe', params: CamsMetricParams });

const count = (value: number | string | undefined) => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

/**
 * Sent and delivered counts of a number on CAMS: `client.phoneNumber('+65 8123 4567').metrics`. CAMS-only (Graph's
 * nearest is the WABA's `analytics` field, not wrapped). Needs `EnableWhatsappROIMetric` once; data appears about
 * a day later, for messages sent after enabling (contract §4.2).
 *
 * @example
 * const rows = await client.phoneNumber('+65 8123 4567').metrics.retrieve({ start: new Date('2026-11-01'), end: new Date('2026-11-08') });
 */
export class CamsPhoneNumberMetrics extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads one row per period of the window (`GetChatappPhoneNumberMetric`; `Start`/`End` as decimal epoch ms).
   * Safe (QPS 50).
   *
   * @throws {ValidationError} for a time that is not a Date or epoch milliseconds, `end` not after `start`, or an
   *   unknown granularity (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const rows = await phone.metrics.retrieve({ start: Date.now() - 86_400_000, end: Date.now(), granularity: 'HALF_HOUR' });
   * const delivered = rows.reduce((sum, row) => sum + (row.delivered ?? 0), 0);
   */
  retrieve(params: CamsMetricParams, options?: CamsRequestOptions): Promise<CamsMetricRow[]> {
    return this._client.request(
      camsSpec(readMetrics, params, {
        action: 'GetChatappPhoneNumberMetric',
        custSpaceId: 'optional',
        toWire: (p) => ({ PhoneNumber: this.#digits, Start: String(p.start), End: String(p.end), Granularity: p.granularity }),
        response: CamsMetricRows,
        result: (rows) =>
          (rows ?? []).map((row) =>
            compact({
              phone_number: row.PhoneNumber,
              start: count(row.Start),
              end: count(row.End),
              granularity: row.Granularity,
              sent: count(row.SentCount),
              delivered: count(row.DeliveredCount),
            }),
          ),
      }),
      options,
    );
  }
}
