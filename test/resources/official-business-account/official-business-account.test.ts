import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isInvalidRequestError, isOutcomeUnknownError } from '../../../src/errors/guards.js';
import { makeClient } from '../../helpers/client.js';
import { graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const OBA = `${NODE}/official_business_account`;
const oba = () => makeClient().phoneNumber(PHONE).officialBusinessAccount;
const required = {
  business_website_url: 'https://www.luckyshrub.com',
  primary_country_of_operation: 'United States of America',
  primary_language: 'English',
};

describe('officialBusinessAccount.apply', () => {
  it('POSTs the flat form fields of Meta’s docs (not [OA23]’s action schema)', async () => {
    const fake = capture('post', OBA);
    await expect(oba().apply(required)).resolves.toEqual({ success: true });
    expect(fake.one().body).toEqual(required);
  });

  it('sends every field, with 5 supporting links', async () => {
    const all = {
      ...required,
      parent_business_or_brand: 'Lucky Shrub LLC',
      supporting_links: [1, 2, 3, 4, 5].map((n) => `https://news${n}.example.com/lucky-shrub`),
      additional_supporting_information: 'We are also featured in Planet Succulent and Prickly Digest',
    };
    const fake = capture('post', OBA);
    await oba().apply(all);
    expect(fake.one().body).toEqual(all);
  });

  it.each([
    ['6 supporting links', { ...required, supporting_links: [1, 2, 3, 4, 5, 6].map((n) => `https://n${n}.example.com`) }],
    ['a link without a scheme', { ...required, supporting_links: ['news.example.com/a'] }],
    ['a website without a scheme', { ...required, business_website_url: 'www.luckyshrub.com' }],
    ['no language', { business_website_url: required.business_website_url, primary_country_of_operation: 'Brazil' }],
    ['[OA23]’s action field', { ...required, action: 'SUBMIT_APPLICATION' }],
    ['an empty links list', { ...required, supporting_links: [] }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => oba().apply(params as never));
  });

  it('is sent once and a lost answer points at status()', async () => {
    const fake = capture('post', OBA, () => HttpResponse.error());
    const error = await rejectionOf(makeClient({ maxRetries: 3 }).phoneNumber(PHONE).officialBusinessAccount.apply(required));
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/status\(\)/);
    expect(fake.seen()).toHaveLength(1);
  });

  it('maps Meta’s refusal of an ineligible number', async () => {
    capture('post', OBA, () => graphError({ code: 100, details: 'Phone number is not eligible' }));
    expect(isInvalidRequestError(await rejectionOf(oba().apply(required)))).toBe(true);
  });
});

describe('officialBusinessAccount.status', () => {
  it('reads the official_business_account field and returns it', async () => {
    const fake = capture('get', NODE, { official_business_account: { oba_status: 'NOT_STARTED' }, id: PHONE });
    await expect(oba().status()).resolves.toEqual({ oba_status: 'NOT_STARTED' });
    expect(fake.one().query).toEqual({ fields: 'official_business_account' });
  });

  it('keeps an unknown status and returns {} when the field is absent', async () => {
    capture('get', NODE, { official_business_account: { oba_status: 'ESCALATED' }, id: PHONE });
    await expect(oba().status()).resolves.toEqual({ oba_status: 'ESCALATED' });
    capture('get', NODE, { id: PHONE });
    await expect(oba().status()).resolves.toEqual({});
  });
});
