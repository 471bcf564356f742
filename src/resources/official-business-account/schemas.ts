import * as z from 'zod/mini';
import { ObaStatus } from '../../schemas/phone-number-enums.js';
import { looseObject, optionalString } from '../../schemas/shape.js';
import { text, webUrl } from '../phone-number/text-rules.js';

/**
 * Params of `phone.officialBusinessAccount.apply` ([D-OBA], contract §3.11) — the flat form fields of Meta's
 * docs, not [OA23]'s `action`/`application_data` schema (§8).
 *
 * - `business_website_url`: the business's website (`http(s)://`).
 * - `primary_country_of_operation`, `primary_language`: free text as in WhatsApp Manager's form, e.g.
 *   `"United States of America"`, `"English"`.
 * - `parent_business_or_brand`: a well-known parent brand, if any.
 * - `supporting_links`: up to 5 links, ideally news articles from notable publications (not paid content).
 * - `additional_supporting_information`: anything else that shows notability.
 *
 * Meta publishes no length limits for these fields; the SDK's bounds (URLs ≤ 2,048, country and language 2–100,
 * brand ≤ 255, information ≤ 5,000 characters) only catch obvious mistakes.
 */
export const OfficialBusinessAccountApplyParams = z.strictObject({
  business_website_url: webUrl('business_website_url', 2048),
  primary_country_of_operation: text('primary_country_of_operation', 2, 100),
  primary_language: text('primary_language', 2, 100),
  parent_business_or_brand: z.optional(text('parent_business_or_brand', 1, 255)),
  supporting_links: z.optional(
    z.array(webUrl('supporting_links[]', 2048), 'supporting_links must be an array').check(
      z.minLength(1, 'supporting_links must list at least one link (or leave it out)'),
      z.maxLength(5, 'supporting_links allows at most 5 links'),
      z.refine((links) => new Set(links).size === links.length, 'supporting_links must not repeat'),
    ),
  ),
  additional_supporting_information: z.optional(text('additional_supporting_information', 1, 5000)),
});
export type OfficialBusinessAccountApplyParams = z.infer<typeof OfficialBusinessAccountApplyParams>;

/**
 * `official_business_account` of a phone number: `{ oba_status }` — `NOT_STARTED`, `PENDING`, `APPROVED`,
 * `REJECTED` (re-apply after 30 days)… (open enum).
 *
 * @example
 * const { oba_status } = await phone.officialBusinessAccount.status();
 */
export const OfficialBusinessAccountStatus = looseObject({
  oba_status: z.optional(ObaStatus),
  status_message: optionalString(),
});
export type OfficialBusinessAccountStatus = z.infer<typeof OfficialBusinessAccountStatus>;

/** `{ id, official_business_account? }`: the node read with `fields=official_business_account`. */
export const OfficialBusinessAccountNode = looseObject({
  id: optionalString(),
  official_business_account: z.optional(OfficialBusinessAccountStatus),
});
