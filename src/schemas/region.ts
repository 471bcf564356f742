import * as z from 'zod/mini';

/**
 * The 14 countries where Meta can keep message content at rest (local storage), as ISO 3166-1 alpha-2 codes.
 *
 * APAC `AU, ID, IN, JP, SG, KR`; Europe `DE, CH, GB`; LATAM `BR`; MEA `BH, ZA, AE`; North America `CA`
 * (contract §3.4). Set at registration; to change it, deregister and register again.
 *
 * @example
 * if ((DATA_LOCALIZATION_REGIONS as readonly string[]).includes(input)) { … }
 */
export const DATA_LOCALIZATION_REGIONS = [
  'AU',
  'ID',
  'IN',
  'JP',
  'SG',
  'KR',
  'DE',
  'CH',
  'GB',
  'BR',
  'BH',
  'ZA',
  'AE',
  'CA',
] as const;

/**
 * `data_localization_region` of `register` and the storage settings: one of {@link DATA_LOCALIZATION_REGIONS}.
 *
 * Closed on purpose — it is a request value, and Meta rejects any other country. Upper case only.
 *
 * @example
 * DataLocalizationRegion.parse('BR');           // 'BR'
 * DataLocalizationRegion.safeParse('br').success; // false
 */
export const DataLocalizationRegion = z.enum(
  DATA_LOCALIZATION_REGIONS,
  `data_localization_region must be one of ${DATA_LOCALIZATION_REGIONS.join(', ')} (upper case)`,
);
/** One of the 14 local-storage countries. */
export type DataLocalizationRegion = z.infer<typeof DataLocalizationRegion>;
