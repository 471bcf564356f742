import type { SimBusinessProfile, SimPhoneNumber } from '../state/types.js';
import { parseFields, selectFields } from '../wire/fields.js';
import { invalidParam } from '../wire/graph-error.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/**
 * `GET|POST /{phone}/whatsapp_business_profile` with the limits of contract §3.6 (`about` 1–139, `address` ≤ 256,
 * `description` ≤ 512, `email` valid and ≤ 128, ≤ 2 `websites` of ≤ 256 chars with http(s)://, `vertical` from
 * the list). Violations get `(#100) Invalid parameter` with details naming the field.
 * @internal
 */

export const VERTICALS = [
  'OTHER', 'AUTO', 'BEAUTY', 'APPAREL', 'EDU', 'ENTERTAIN', 'EVENT_PLAN', 'FINANCE', 'GROCERY', 'GOVT', 'HOTEL',
  'HEALTH', 'NONPROFIT', 'PROF_SERVICES', 'RETAIL', 'TRAVEL', 'RESTAURANT', 'ALCOHOL', 'ONLINE_GAMBLING',
  'PHYSICAL_GAMBLING', 'OTC_DRUGS',
] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DEFAULT_FIELDS = ['about', 'address', 'description', 'email', 'profile_picture_url', 'websites', 'vertical'];

function read(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const profile = phone.profile;
  const getters = {
    messaging_product: () => 'whatsapp',
    about: () => profile.about,
    address: () => profile.address,
    description: () => profile.description,
    email: () => profile.email,
    profile_picture_url: () => profile.profilePictureUrl,
    websites: () => (profile.websites ? [...profile.websites] : undefined),
    vertical: () => profile.vertical,
  };
  const fields = parseFields(ctx.params.string('fields'));
  const selected = selectFields(getters, fields, DEFAULT_FIELDS, 'WhatsAppBusinessProfile', { includeId: false });
  return ok({ data: [{ messaging_product: 'whatsapp', ...selected }] });
}

function text(ctx: HandlerContext, name: string, max: number, min = 0): string | undefined {
  const value = ctx.params.string(name);
  if (value === undefined) return undefined;
  const length = [...value].length;
  if (length < min || length > max) {
    throw invalidParam(`Param ${name} must be ${min > 0 ? `${min} to ${max}` : `at most ${max}`} characters long`);
  }
  return value;
}

function websites(ctx: HandlerContext): string[] | undefined {
  const list = ctx.params.array('websites');
  if (list === undefined) return undefined;
  if (list.length > 2) throw invalidParam('Param websites can contain at most 2 URLs');
  return list.map((site, index) => {
    if (typeof site !== 'string' || site.length > 256 || !/^https?:\/\/\S+$/.test(site)) {
      throw invalidParam(`Param websites[${index}] must be an http:// or https:// URL of at most 256 characters`);
    }
    return site;
  });
}

function update(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const { params } = ctx;
  if (params.required('messaging_product').toLowerCase() !== 'whatsapp') {
    throw invalidParam('Param messaging_product must be "whatsapp"');
  }
  const next: SimBusinessProfile = { ...phone.profile };
  const about = text(ctx, 'about', 139, 1);
  if (about !== undefined) next.about = about;
  const address = text(ctx, 'address', 256);
  if (address !== undefined) next.address = address;
  const description = text(ctx, 'description', 512);
  if (description !== undefined) next.description = description;
  const email = text(ctx, 'email', 128);
  if (email !== undefined) {
    if (email !== '' && !EMAIL.test(email)) throw invalidParam('Param email must be a valid email address');
    next.email = email;
  }
  const sites = websites(ctx);
  if (sites !== undefined) next.websites = sites;
  const vertical = params.oneOf('vertical', VERTICALS);
  if (vertical !== undefined) next.vertical = vertical;
  const handle = params.string('profile_picture_handle');
  if (handle !== undefined) {
    if (handle === '') throw invalidParam('Param profile_picture_handle must not be empty');
    next.profilePictureUrl = `https://pps.whatsapp.net/v/simulated/${ctx.random.ids.opaque('', 16)}.jpg`;
  }
  phone.profile = next;
  return success();
}

/** @internal */
export const businessProfileRoutes: EdgeRoutes<SimPhoneNumber> = { GET: read, POST: update };
