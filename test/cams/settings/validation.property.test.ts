/**
 * Validation before sending on the CAMS settings surface: Meta's limits (CAMS documents none, contract §4.4, §4.6,
 * §4.7 "validate on the client") are checked by the SDK, so a bad value is a `ValidationError` and no request
 * leaves. fast-check properties walk the boundaries: every value inside a limit is sent exactly as given (in its
 * JSON-text parameter where §1.2 says so); every value past it is refused with nothing sent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../../src/errors/guards.js';
import { camsOk, DIGITS, makeCamsClient, useCams } from '../helpers/cams.js';

// Plain characters (no emoji, no controls, no line breaks), each one code point; names also without spaces.
const PLAIN = [...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 -?!.,äöüß中文日本éñ'];
const NAME = PLAIN.filter((c) => c !== ' ');
const plain = (min: number, max: number, chars = PLAIN) => fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));
const EMOJI = ['🍕', '😀', '❤️', '🌵'];
const withEmoji = (base: fc.Arbitrary<string>) => fc.tuple(base, fc.constantFrom(...EMOJI), fc.nat()).map(([s, e, i]) => { const at = i % (s.length + 1); return s.slice(0, at) + e + s.slice(at); });

async function refused(call: Promise<unknown>): Promise<boolean> {
  return call.then(
    () => false,
    (e: unknown) => isValidationError(e),
  );
}

const phone = () => makeCamsClient().phoneNumber(DIGITS);

describe('QR codes: prefilled message 1–140 characters, PNG/SVG', () => {
  it('sends every message of 1–140 characters as given; refuses 0 and 141+ with nothing sent', async () => {
    const sent = useCams(() => camsOk({ Data: { QrdlCode: 'ABC' } }));
    await fc.assert(
      fc.asyncProperty(plain(1, 140), async (message) => {
        const before = sent.length;
        await phone().qrCodes.create({ prefilled_message: message });
        expect(sent[before]!.queryParams['PrefilledMessage']).toBe(message);
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(''), plain(141, 400)), async (message) => {
        const before = sent.length;
        expect(await refused(phone().qrCodes.create({ prefilled_message: message }))).toBe(true);
        expect(await refused(phone().qrCodes.update('ABC', { prefilled_message: message, generate_qr_image: 'PNG' }))).toBe(true);
        expect(sent.length).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a format other than PNG/SVG, a malformed code and Graph-only list params', async () => {
    const sent = useCams();
    expect(await refused(phone().qrCodes.create({ prefilled_message: 'Hi', generate_qr_image: 'JPG' as never }))).toBe(true);
    expect(await refused(phone().qrCodes.delete('../x'))).toBe(true);
    expect(await refused(phone().qrCodes.list({ limit: 5 } as never))).toBe(true);
    expect(sent).toHaveLength(0);
  });
});

describe('conversational automation: ≤ 4 prompts of ≤ 80, ≤ 30 commands, names ≤ 32, descriptions ≤ 256, no emoji', () => {
  const command = fc.record({ command_name: plain(1, 32, NAME), command_description: plain(1, 256) });

  it('sends every configuration inside the limits, Prompts and Commands as JSON text', async () => {
    const sent = useCams();
    await fc.assert(
      fc.asyncProperty(
        fc.array(plain(1, 80), { maxLength: 4 }),
        fc.uniqueArray(command, { maxLength: 30, selector: (c) => c.command_name }),
        async (prompts, commands) => {
          const before = sent.length;
          await phone().conversationalAutomation.update({ prompts, commands });
          const query = sent[before]!.queryParams;
          expect(JSON.parse(query['Prompts']!)).toEqual(prompts);
          expect(JSON.parse(query['Commands']!)).toEqual(commands.map((c) => ({ CommandName: c.command_name, CommandDescription: c.command_description })));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses anything past a limit, or with emoji, before sending', async () => {
    const sent = useCams();
    const bad = fc.oneof(
      fc.array(plain(1, 80), { minLength: 5, maxLength: 8 }).map((prompts) => ({ prompts })),
      plain(81, 200).map((p) => ({ prompts: [p] })),
      withEmoji(plain(0, 60)).map((p) => ({ prompts: [p] })),
      fc.array(command, { minLength: 31, maxLength: 35 }).map((commands) => ({ commands: commands.map((c, i) => ({ ...c, command_name: `c${i}` })) })),
      plain(33, 60, NAME).map((name) => ({ commands: [{ command_name: name, command_description: 'd' }] })),
      plain(257, 400).map((description) => ({ commands: [{ command_name: 'hours', command_description: description }] })),
      withEmoji(plain(0, 20, NAME)).map((name) => ({ commands: [{ command_name: name, command_description: 'd' }] })),
      withEmoji(plain(0, 200)).map((description) => ({ commands: [{ command_name: 'hours', command_description: description }] })),
      fc.constant({}),
    );
    await fc.assert(
      fc.asyncProperty(bad, async (params) => {
        expect(await refused(phone().conversationalAutomation.update(params as never))).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect(sent).toHaveLength(0);
  });
});

describe('business profile: Graph’s limits, picture as a URL', () => {
  it('sends about of 1–139 and description of ≤ 512 characters as given', async () => {
    const sent = useCams();
    await fc.assert(
      fc.asyncProperty(plain(1, 139), plain(0, 512), async (about, description) => {
        const before = sent.length;
        await phone().businessProfile.update({ about, description });
        expect(sent[before]!.queryParams).toMatchObject({ About: about, Description: description });
      }),
      { numRuns: 30 },
    );
  });

  it('refuses values past the limits, a third website, a bare domain, an unknown vertical or an upload handle', async () => {
    const sent = useCams();
    const bad = fc.oneof(
      plain(140, 300).map((about) => ({ about })),
      fc.constant({ about: '' }),
      plain(513, 700).map((description) => ({ description })),
      plain(257, 300).map((address) => ({ address })),
      fc.constant({ websites: ['https://a.example', 'https://b.example', 'https://c.example'] }),
      fc.constant({ websites: ['www.luckyshrub.com'] }),
      fc.constant({ email: 'not-an-email' }),
      fc.constant({ vertical: 'SPACE' }),
      fc.constant({ profile_picture_handle: '4::aW1hZ2U=' }),
      fc.constant({ profile_picture: { handle: '4::aW1hZ2U=' } }),
      fc.constant({ profile_picture: { url: 'ftp://cdn.example/logo.png' } }),
      fc.constant({}),
    );
    await fc.assert(
      fc.asyncProperty(bad, async (params) => {
        expect(await refused(phone().businessProfile.update(params as never))).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect(sent).toHaveLength(0);
  });
});

describe('the other settings refuse bad input before sending', () => {
  it.each([
    ['commerce with no flag', () => phone().commerce.update({} as never)],
    ['commerce with a string flag', () => phone().commerce.update({ is_cart_enabled: 'yes' } as never)],
    ['webhook with a relative URL', () => phone().webhook.update({ status_callback_url: '/hooks' })],
    ['webhook with nothing to change', () => phone().webhook.update({})],
    ['account webhook with a non-boolean flag', () => makeCamsClient().accountWebhook.update({ http: 'Y' } as never)],
    ['a key that is not PEM', () => phone().flowsEncryption.update({ business_public_key: 'MIIBIjAN' })],
    ['metrics with end before start', () => phone().metrics.retrieve({ start: 2_000, end: 1_000 })],
    ['metrics with an unknown granularity', () => phone().metrics.retrieve({ start: 1, end: 2, granularity: 'HOURLY' as never })],
    ['a username with a space', () => phone().username.update({ username: 'lucky shrub' })],
    ['an unknown transfer action', () => phone().username.update({ username: 'lucky', transfer_action: 'steal' as never })],
  ])('%s', async (_, call) => {
    const sent = useCams();
    expect(await refused(call())).toBe(true);
    expect(sent).toHaveLength(0);
  });
});
