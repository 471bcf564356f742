import type { SimPhoneNumber, SimWaba } from '../state/types.js';
import { parseFields, selectFields } from '../wire/fields.js';
import { invalidParam } from '../wire/graph-error.js';
import { paginate } from '../wire/paging.js';
import { ok, type HandlerContext, type HandlerResult } from '../pipeline/context.js';
import { PHONE_DEFAULT_FIELDS, phoneGetters } from './phone-fields.js';

/**
 * `GET /{waba}/phone_numbers` (contract §2.1): `fields`, `sort` (`last_onboarded_time_ascending|_descending`,
 * `creation_time_*`, bare or as a JSON array; the spec's `.asc/.desc` forms are rejected as live), `filtering`
 * (account_mode, messaging_limit_tier, is_official_business_account — a JSON boolean, not `"false"`), `limit`,
 * `after`/`before`, `summary=total_count`. Default order: last_onboarded_time descending. Source copies of
 * migrated numbers (status MIGRATED) are no longer listed.
 * @internal
 */

const SORTS = {
  last_onboarded_time_ascending: (a: SimPhoneNumber, b: SimPhoneNumber) => a.lastOnboardedAt - b.lastOnboardedAt,
  last_onboarded_time_descending: (a: SimPhoneNumber, b: SimPhoneNumber) => b.lastOnboardedAt - a.lastOnboardedAt,
  creation_time_ascending: (a: SimPhoneNumber, b: SimPhoneNumber) => a.createdAt - b.createdAt,
  creation_time_descending: (a: SimPhoneNumber, b: SimPhoneNumber) => b.createdAt - a.createdAt,
} as const;
type SortName = keyof typeof SORTS;

function sortOf(raw: string | undefined): SortName {
  if (raw === undefined || raw === '') return 'last_onboarded_time_descending';
  let value = raw.trim();
  if (value.startsWith('[')) {
    // Docs show `sort=['last_onboarded_time_ascending']`; accept single or double quotes.
    const inner = value.slice(1, -1).trim().replace(/^['"]|['"]$/g, '');
    value = inner;
  }
  if (!Object.hasOwn(SORTS, value)) throw invalidParam(`Cannot sort by ${value}`, `Cannot sort by ${value}`);
  return value as SortName;
}

type Filter = (phone: SimPhoneNumber) => boolean;

function filterOf(index: number, rule: unknown): Filter {
  if (rule === null || typeof rule !== 'object') throw invalidParam(`Param filtering[${index}] must be an object`);
  const { field, operator, value } = rule as Record<string, unknown>;
  if (operator !== 'EQUAL' && operator !== 'IN') {
    throw invalidParam(`Param filtering[${index}][operator] must be one of {EQUAL, IN}`);
  }
  const values = operator === 'IN' ? (Array.isArray(value) ? value : [value]) : [value];
  const read = (phone: SimPhoneNumber): unknown => {
    if (field === 'account_mode') return phone.accountMode;
    if (field === 'messaging_limit_tier') return phone.messagingLimitTier;
    return phone.oba.status === 'APPROVED';
  };
  if (field === 'is_official_business_account') {
    if (values.some((v) => typeof v !== 'boolean')) {
      throw invalidParam(`Param filtering[${index}][value] must be a boolean (true or false, not a string)`);
    }
  } else if (field !== 'account_mode' && field !== 'messaging_limit_tier') {
    throw invalidParam(`Cannot filter by field ${String(field)}`);
  }
  return (phone) => values.includes(read(phone));
}

function filtersOf(ctx: HandlerContext): Filter[] {
  const rules = ctx.params.array('filtering');
  return rules === undefined ? [] : rules.map((rule, index) => filterOf(index, rule));
}

/** @internal */
export function listPhoneNumbers(ctx: HandlerContext, waba: SimWaba): HandlerResult {
  const fields = parseFields(ctx.params.string('fields'));
  const sort = SORTS[sortOf(ctx.params.string('sort'))];
  const filters = filtersOf(ctx);
  const phones = ctx.store
    .phoneNumbers(waba.id)
    .filter((phone) => phone.status !== 'MIGRATED' && filters.every((keep) => keep(phone)))
    .sort((a, b) => sort(a, b) || a.id.localeCompare(b.id));
  const page = paginate(phones, (phone) => phone.id, ctx.params, ctx.url);
  const data = page.data.map((phone) =>
    selectFields(phoneGetters(ctx, phone), fields, PHONE_DEFAULT_FIELDS, 'WhatsAppBusinessPhoneNumber'),
  );
  const summary = (ctx.params.string('summary') ?? '').split(',').includes('total_count')
    ? { summary: { total_count: phones.length } }
    : {};
  return ok({ ...page, data, ...summary });
}
