import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInvalidRequestError, isValidationError } from '../../../src/errors/guards.js';
import { BUSINESS_PROFILE_FIELDS, BusinessProfileUpdateParams } from '../../../src/resources/business-profile/schemas.js';
import { graphFixture } from '../../fixtures/graph.js';
import { makeClient } from '../../helpers/client.js';
import { GRAPH, graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const PROFILE = `${NODE}/whatsapp_business_profile`;
const profile = () => makeClient().phoneNumber(PHONE).businessProfile;
const item = {
  messaging_product: 'whatsapp',
  about: 'Succulents, delivered.',
  address: '1 Hacker Way, Menlo Park, CA 94025',
  description: 'Hand-picked succulents.',
  email: 'hello@luckyshrub.com',
  profile_picture_url: 'https://pps.whatsapp.net/v/t61/abc.jpg',
  websites: ['https://www.luckyshrub.com'],
  vertical: 'RETAIL',
};

describe('businessProfile.retrieve', () => {
  it('asks for every field by default and returns the single profile, not the list', async () => {
    const fake = capture('get', PROFILE, { data: [item] });
    await expect(profile().retrieve()).resolves.toEqual(item);
    expect(fake.one().query).toEqual({ fields: BUSINESS_PROFILE_FIELDS.join(',') });
  });

  it('asks for the chosen fields only', async () => {
    const fake = capture('get', PROFILE, { data: [{ email: item.email }] });
    await expect(profile().retrieve({ fields: ['email', 'websites'] })).resolves.toEqual({ email: item.email });
    expect(fake.one().query).toEqual({ fields: 'email,websites' });
  });

  it('keeps legacy verticals (UNDEFINED, NOT_A_BIZ) and unknown fields', async () => {
    capture('get', PROFILE, { data: [{ vertical: 'NOT_A_BIZ', new_field: 1 }] });
    await expect(profile().retrieve()).resolves.toEqual({ vertical: 'NOT_A_BIZ', new_field: 1 });
  });

  it('reads { data: [] } (a number without a profile) as an empty profile, not a validation failure', async () => {
    capture('get', PROFILE, graphFixture('business-profile.empty'));
    await expect(profile().retrieve()).resolves.toEqual({});
  });

  it('fails validation when Graph returns two profiles', async () => {
    capture('get', PROFILE, { data: [item, item] });
    const error = await rejectionOf(profile().retrieve());
    expect(isValidationError(error)).toBe(true);
    expect((error as { direction: string }).direction).toBe('response');
  });

  it.each([
    ['an unknown field', { fields: ['phone'] }],
    ['a repeated field', { fields: ['email', 'email'] }],
    ['no field', { fields: [] }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => profile().retrieve(params as never));
  });

  it('maps a Graph error', async () => {
    capture('get', PROFILE, () => graphError({ code: 100, details: 'Unsupported get request' }));
    expect(isInvalidRequestError(await rejectionOf(profile().retrieve()))).toBe(true);
  });
});

describe('businessProfile.update', () => {
  it('adds messaging_product and sends only the given field', async () => {
    const fake = capture('post', PROFILE);
    await profile().update({ about: 'Hi' });
    expect(fake.one().body).toEqual({ messaging_product: 'whatsapp', about: 'Hi' });
  });

  it('sends every field', async () => {
    const fake = capture('post', PROFILE);
    const all = {
      about: 'a'.repeat(139),
      address: 'b'.repeat(256),
      description: 'c'.repeat(512),
      email: 'hello@luckyshrub.com',
      websites: ['https://www.luckyshrub.com', 'http://shop.luckyshrub.com/path?q=1'],
      vertical: 'RESTAURANT' as const,
      profile_picture_handle: '4:VGVzdC5wbmc=:aW1hZ2UvanBlZw==:ARat4Mt',
    };
    await profile().update(all);
    expect(fake.one().body).toEqual({ messaging_product: 'whatsapp', ...all });
  });

  it('counts characters, not UTF-16 units: 139 emoji fit in about', async () => {
    const fake = capture('post', PROFILE);
    await profile().update({ about: '🌵'.repeat(139) });
    expect(fake.seen()).toHaveLength(1);
  });

  it.each([
    ['an empty update', {}],
    ['an empty about', { about: '' }],
    ['about of 140 characters', { about: 'a'.repeat(140) }],
    ['an address of 257', { address: 'a'.repeat(257) }],
    ['a description of 513', { description: 'a'.repeat(513) }],
    ['an invalid e-mail', { email: 'hello@' }],
    ['an e-mail of 129', { email: `${'a'.repeat(117)}@example.com` }],
    ['three websites', { websites: ['https://a.example', 'https://b.example', 'https://c.example'] }],
    ['a website without a scheme', { websites: ['www.luckyshrub.com'] }],
    ['an ftp website', { websites: ['ftp://luckyshrub.com'] }],
    ['a website of 257', { websites: [`https://luckyshrub.com/${'a'.repeat(234)}`] }],
    ['an unknown vertical', { vertical: 'BAKERY' }],
    ['a lower-case vertical', { vertical: 'retail' }],
    ['messaging_product (added by the SDK)', { about: 'x', messaging_product: 'whatsapp' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => profile().update(params as never));
  });

  it('accepts about of 1–139 characters and rejects longer, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 160 }), (about) => {
        const length = [...about].length;
        expect(BusinessProfileUpdateParams.safeParse({ about }).success).toBe(length >= 1 && length <= 139);
      }),
      { numRuns: 1_000 },
    );
  });

  it('maps a Graph error', async () => {
    capture('post', PROFILE, () => graphError({ code: 100, details: 'Invalid profile_picture_handle' }));
    const error = await rejectionOf(profile().update({ profile_picture_handle: 'expired' }));
    expect(isInvalidRequestError(error)).toBe(true);
  });
});

describe('businessProfile.startProfilePictureUpload', () => {
  const APP = '1234567890123456';
  const UPLOADS = `${GRAPH}/v23.0/${APP}/uploads`;

  it('opens an upload session with file_length and file_type in the query and returns its id', async () => {
    const session = { id: 'upload:MTphdHRhY2htZW50OjZkMjA3?sig=ARZmoLyy4' };
    const fake = capture('post', UPLOADS, session);
    await expect(profile().startProfilePictureUpload(APP, { file_length: 250_357, file_type: 'image/png' })).resolves.toEqual(session);
    expect(fake.one().query).toEqual({ file_length: '250357', file_type: 'image/png' });
  });

  it('sends file_name when given', async () => {
    const fake = capture('post', UPLOADS, { id: 'upload:abc' });
    await profile().startProfilePictureUpload(APP, { file_length: 1, file_type: 'image/jpeg', file_name: 'logo.jpg' });
    expect(fake.one().query).toEqual({ file_length: '1', file_type: 'image/jpeg', file_name: 'logo.jpg' });
  });

  it.each([
    ['a zero length', APP, { file_length: 0, file_type: 'image/png' }],
    ['a fractional length', APP, { file_length: 1.5, file_type: 'image/png' }],
    ['a GIF', APP, { file_length: 10, file_type: 'image/gif' }],
    ['an app id with letters', 'my-app', { file_length: 10, file_type: 'image/png' }],
    ['a path-walking app id', '../me', { file_length: 10, file_type: 'image/png' }],
  ])('rejects %s before sending', async (_, app, params) => {
    await expectRejectedLocally(() => profile().startProfilePictureUpload(app, params as never));
  });

  it('fails validation when Graph answers without an upload id', async () => {
    capture('post', UPLOADS, { id: '12345' });
    const error = await rejectionOf(profile().startProfilePictureUpload(APP, { file_length: 10, file_type: 'image/png' }));
    expect(isValidationError(error)).toBe(true);
  });
});
