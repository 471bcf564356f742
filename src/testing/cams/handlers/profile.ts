import { channelOf, numberOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import { CamsBusinessError, metaError } from '../wire/errors.js';

/**
 * Business profile (contract §4.4): `QueryPhoneBusinessProfile`, `ModifyPhoneBusinessProfile`. CAMS documents no
 * lengths; Meta's apply behind it (graph-api.md §3.6): about 1–139, address ≤ 256, description ≤ 512, e-mail ≤ 128,
 * ≤ 2 websites of ≤ 256. A website without `http(s)://` is `ERR-OPERATION-MAAP-0085` (§3.4); Meta's length and
 * enum refusals are `ERR-FB-001` with `(#100)`.
 * @internal
 */

export const VERTICALS = [
  'OTHER', 'AUTO', 'BEAUTY', 'APPAREL', 'EDU', 'ENTERTAIN', 'EVENT_PLAN', 'FINANCE', 'GROCERY', 'GOVT', 'HOTEL', 'HEALTH',
  'NONPROFIT', 'PROF_SERVICES', 'RETAIL', 'TRAVEL', 'RESTAURANT',
] as const;

const LIMITS = { About: 139, Address: 256, Description: 512, Email: 128 } as const;

function query(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  return { Data: { ...number.profile, Websites: [...number.profile.Websites] } };
}

function modify(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  const { params } = call;
  const next = { ...number.profile };
  for (const field of ['About', 'Address', 'Description', 'Email'] as const) {
    const value = params.optional(field);
    if (value === undefined) continue;
    if (value.length > LIMITS[field] || (field === 'About' && value.length === 0)) {
      throw metaError(100, `Param ${field.toLowerCase()} must be ${field === 'About' ? 'between 1 and ' : 'at most '}${LIMITS[field]} characters long`);
    }
    next[field] = value;
  }
  const vertical = params.optional('Vertical');
  if (vertical !== undefined) {
    const known = VERTICALS.find((v) => v === vertical.toUpperCase());
    if (known === undefined) throw metaError(100, `Param vertical must be one of {${VERTICALS.join(', ')}}`);
    next.Vertical = known;
  }
  const picture = params.optional('ProfilePictureUrl');
  if (picture !== undefined) {
    if (!/^https?:\/\/\S+$/.test(picture)) throw metaError(100, 'Param profile_picture_url must be an http(s) URL');
    next.ProfilePictureUrl = picture;
  }
  const websites = params.stringArray('Websites');
  if (websites !== undefined) {
    if (websites.length > 2) throw metaError(100, 'Param websites must have at most 2 elements');
    for (const site of websites) {
      if (!/^https?:\/\//i.test(site)) throw new CamsBusinessError('ERR-OPERATION-MAAP-0085', 'The website URL must start with http or https.');
      if (site.length > 256) throw metaError(100, 'Param websites[] must be at most 256 characters long');
    }
    next.Websites = websites;
  }
  number.profile = next;
  return {};
}

/** @internal */
export const profileRoutes: CamsRoutes = {
  QueryPhoneBusinessProfile: route(query, true),
  ModifyPhoneBusinessProfile: route(modify, true),
};
