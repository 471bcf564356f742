/**
 * The operations both providers share (src/operations: business profile, QR codes, conversational automation,
 * commerce): one definition — name, params, retry class — read the same on Graph and CAMS. The profile picture is
 * the one input that differs: `profile_picture: { handle } | { url }`, validated for the provider in use.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BusinessProfileUpdateParams, ProfilePicture } from '../../../src/cams/index.js';
import { isValidationError } from '../../../src/errors/guards.js';
import * as businessProfile from '../../../src/operations/business-profile.js';
import * as commerce from '../../../src/operations/commerce.js';
import * as automation from '../../../src/operations/conversational-automation.js';
import * as qrCodes from '../../../src/operations/qr-codes.js';
import { makeClient } from '../../helpers/client.js';
import { GRAPH } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';
import { camsOk, DIGITS, makeCamsClient, useCams } from '../helpers/cams.js';

const PHONE_ID = '106540352242922';

function useGraphProfile(): unknown[] {
  const bodies: unknown[] = [];
  server.use(
    http.post(`${GRAPH}/:version/${PHONE_ID}/whatsapp_business_profile`, async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json({ success: true });
    }),
  );
  return bodies;
}

describe('one definition per shared operation', () => {
  it('names and retry classes are those of Graph (creates never, reads and idempotent sets safe)', () => {
    const defs = ([...Object.values(businessProfile), ...Object.values(qrCodes), ...Object.values(automation), ...Object.values(commerce)] as unknown[]).filter(
      (value): value is { name: string; retry: string } => typeof value === 'object' && value !== null && 'retry' in value && 'name' in value,
    );
    expect(Object.fromEntries(defs.map((d) => [d.name, d.retry]))).toEqual({
      'BusinessProfile.retrieve': 'safe',
      'BusinessProfile.update': 'safe',
      'QrCodes.create': 'never',
      'QrCodes.list': 'safe',
      'QrCodes.retrieve': 'safe',
      'QrCodes.update': 'safe',
      'QrCodes.delete': 'safe',
      'ConversationalAutomation.retrieve': 'safe',
      'ConversationalAutomation.update': 'safe',
      'CommerceSettings.retrieve': 'safe',
      'CommerceSettings.update': 'safe',
    });
  });

  it('the shared update params accept either picture form and keep Graph’s limits', () => {
    expect(ProfilePicture.safeParse({ handle: '4::aW1hZ2U=' }).success).toBe(true);
    expect(ProfilePicture.safeParse({ url: 'https://cdn.example/logo.png' }).success).toBe(true);
    expect(ProfilePicture.safeParse({ url: 'logo.png' }).success).toBe(false);
    expect(ProfilePicture.safeParse({ handle: 'h', url: 'https://cdn.example/x.png' }).success).toBe(false);
    expect(BusinessProfileUpdateParams.safeParse({ about: 'x'.repeat(140) }).success).toBe(false);
    expect(BusinessProfileUpdateParams.safeParse({}).success).toBe(false);
  });
});

describe('profile picture, validated for the provider in use', () => {
  it('Graph: { handle } goes out as profile_picture_handle; profile_picture_handle still works', async () => {
    const bodies = useGraphProfile();
    const phone = makeClient().phoneNumber(PHONE_ID);
    await phone.businessProfile.update({ profile_picture: { handle: '4::aW1hZ2U=' }, about: 'Hi' });
    await phone.businessProfile.update({ profile_picture_handle: '4::b3RoZXI=' });
    expect(bodies).toEqual([
      { messaging_product: 'whatsapp', about: 'Hi', profile_picture_handle: '4::aW1hZ2U=' },
      { messaging_product: 'whatsapp', profile_picture_handle: '4::b3RoZXI=' },
    ]);
  });

  it('Graph: a { url } or two handles are a ValidationError, nothing sent', async () => {
    const bodies = useGraphProfile();
    const phone = makeClient().phoneNumber(PHONE_ID);
    const url = await phone.businessProfile.update({ profile_picture: { url: 'https://cdn.example/logo.png' } }).catch((e: unknown) => e);
    expect(isValidationError(url)).toBe(true);
    expect(String((url as Error).message)).toMatch(/upload handle/);
    const both = await phone.businessProfile.update({ profile_picture: { handle: 'a' }, profile_picture_handle: 'b' }).catch((e: unknown) => e);
    expect(isValidationError(both)).toBe(true);
    expect(bodies).toHaveLength(0);
  });

  it('CAMS: { url } goes out as ProfilePictureUrl; a handle in either spelling is a ValidationError, nothing sent', async () => {
    const sent = useCams(() => camsOk());
    const phone = makeCamsClient().phoneNumber(DIGITS);
    await phone.businessProfile.update({ profile_picture: { url: 'https://cdn.example/logo.png' } });
    expect(sent[0]!.queryParams['ProfilePictureUrl']).toBe('https://cdn.example/logo.png');
    for (const params of [{ profile_picture: { handle: '4::aW1hZ2U=' } }, { profile_picture_handle: '4::aW1hZ2U=' }]) {
      const error = await phone.businessProfile.update(params).catch((e: unknown) => e);
      expect(isValidationError(error)).toBe(true);
      expect(String((error as Error).message)).toMatch(/picture URL/);
    }
    expect(sent).toHaveLength(1);
  });

  it('CAMS has no upload step: uploadProfilePicture throws UnsupportedOperationError from plain JavaScript', async () => {
    const sent = useCams();
    const profile = makeCamsClient().phoneNumber(DIGITS).businessProfile as unknown as { uploadProfilePicture(a: string, p: unknown): Promise<unknown> };
    await expect(profile.uploadProfilePicture('1234567890123456', {})).rejects.toMatchObject({ name: 'UnsupportedOperationError', provider: 'cams' });
    expect(sent).toHaveLength(0);
  });
});
