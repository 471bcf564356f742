import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInvalidRequestError } from '../../../src/errors/guards.js';
import { ConversationalAutomationUpdateParams } from '../../../src/resources/conversational-automation/schemas.js';
import { makeClient } from '../../helpers/client.js';
import { graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const URL_CA = `${NODE}/conversational_automation`;
const automation = () => makeClient().phoneNumber(PHONE).conversationalAutomation;
const command = (command_name: string, command_description = 'Does a thing') => ({ command_name, command_description });

describe('conversationalAutomation.retrieve', () => {
  it('reads the conversational_automation field of the node and returns it', async () => {
    const config = { prompts: ['Track my order'], commands: [command('tickets', 'Book tickets')], enable_welcome_message: true };
    const fake = capture('get', NODE, { id: PHONE, conversational_automation: config });
    await expect(automation().retrieve()).resolves.toEqual(config);
    expect(fake.one().query).toEqual({ fields: 'conversational_automation' });
  });

  it('returns {} when nothing was ever configured', async () => {
    capture('get', NODE, { id: PHONE });
    await expect(automation().retrieve()).resolves.toEqual({});
  });

  it('maps a Graph error', async () => {
    capture('get', NODE, () => graphError({ status: 403, code: 10, details: 'no permission' }));
    expect((await rejectionOf(automation().retrieve())) as { code: number }).toMatchObject({ code: 10 });
  });
});

describe('conversationalAutomation.update', () => {
  it('POSTs only the given field', async () => {
    const fake = capture('post', URL_CA);
    await automation().update({ enable_welcome_message: true });
    expect(fake.one().body).toEqual({ enable_welcome_message: true });
  });

  it('POSTs everything, at the documented maxima (4 prompts × 80, 30 commands, name 32, description 256)', async () => {
    const params = {
      enable_welcome_message: false,
      prompts: ['a', 'b', 'c', 'd'.repeat(80)],
      commands: Array.from({ length: 30 }, (_, i) => command(`c${String(i).padStart(31, '0')}`, 'x'.repeat(256))),
    };
    const fake = capture('post', URL_CA);
    await automation().update(params);
    expect(fake.one().body).toEqual(params);
  });

  it('clears lists with []', async () => {
    const fake = capture('post', URL_CA);
    await automation().update({ prompts: [], commands: [] });
    expect(fake.one().body).toEqual({ prompts: [], commands: [] });
  });

  it('allows digits, # and * (Emoji property, but not pictographs)', async () => {
    const fake = capture('post', URL_CA);
    await automation().update({ prompts: ['Open 24/7? #1 *deals*'] });
    expect(fake.seen()).toHaveLength(1);
  });

  it.each([
    ['an empty update', {}],
    ['5 prompts', { prompts: ['a', 'b', 'c', 'd', 'e'] }],
    ['a prompt of 81 characters', { prompts: ['a'.repeat(81)] }],
    ['an empty prompt', { prompts: [''] }],
    ['an emoji in a prompt', { prompts: ['Order 🍕'] }],
    ['a heart (text presentation) in a prompt', { prompts: ['We ❤ plants'] }],
    ['31 commands', { commands: Array.from({ length: 31 }, (_, i) => command(`c${i}`)) }],
    ['a command name of 33', { commands: [command('a'.repeat(33))] }],
    ['a command name with a space', { commands: [command('book now')] }],
    ['a command name with the slash', { commands: [command('/tickets')] }],
    ['an emoji in a command name', { commands: [command('pizza🍕')] }],
    ['a description of 257', { commands: [command('help', 'x'.repeat(257))] }],
    ['an emoji in a description', { commands: [command('help', 'Get help 🆘')] }],
    ['repeated command names', { commands: [command('help'), command('help', 'Other')] }],
    ['a command without a description', { commands: [{ command_name: 'help' }] }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => automation().update(params as never));
  });

  it('accepts a prompt exactly when it has 1–80 characters and no pictograph (property)', () => {
    const pictograph = fc.constantFrom('😀', '🍕', '❤', '☎', '✈', '🌵', '👍🏽');
    const textOrEmoji = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '?', '9', 'é', 'ß', '中'), minLength: 1, maxLength: 90 }),
      fc.tuple(fc.string({ maxLength: 40 }), pictograph, fc.string({ maxLength: 40 })).map(([a, e, b]) => `${a}${e}${b}`),
    );
    fc.assert(
      fc.property(textOrEmoji, (prompt) => {
        const length = [...prompt].length;
        const pictographic = /\p{Extended_Pictographic}/u.test(prompt);
        const control = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]/u.test(prompt);
        const expected = length >= 1 && length <= 80 && !pictographic && !control;
        expect(ConversationalAutomationUpdateParams.safeParse({ prompts: [prompt] }).success).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('maps a Graph error', async () => {
    capture('post', URL_CA, () => graphError({ code: 100, details: 'Invalid parameter' }));
    expect(isInvalidRequestError(await rejectionOf(automation().update({ prompts: ['Hi'] })))).toBe(true);
  });
});
