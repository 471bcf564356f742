import { describe, expect, it } from 'vitest';
import { call, codeOf, registeredNumber, setup } from './helpers.js';

describe('conversational_automation', () => {
  it('stores prompts and commands; GET via fields and via the edge', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const body = {
      enable_welcome_message: true,
      prompts: ['Book a flight', 'Plan a vacation', 'Find a hotel', 'Rent a car'],
      commands: [{ command_name: 'tickets', command_description: 'Book flight tickets' }],
    };
    expect((await call(sim, 'POST', `/${phoneId}/conversational_automation`, body)).body).toEqual({ success: true });
    const expected = { prompts: body.prompts, commands: body.commands, enable_welcome_message: true };
    expect((await call(sim, 'GET', `/${phoneId}?fields=conversational_automation`)).body).toEqual({
      conversational_automation: expected,
      id: phoneId,
    });
    expect((await call(sim, 'GET', `/${phoneId}/conversational_automation`)).body.conversational_automation).toEqual(expected);
  });

  it.each([
    ['5 prompts', { prompts: ['a', 'b', 'c', 'd', 'e'] }],
    ['a prompt over 80 chars', { prompts: ['x'.repeat(81)] }],
    ['an emoji prompt', { prompts: ['Hi 👋'] }],
    ['31 commands', { commands: Array.from({ length: 31 }, (_, i) => ({ command_name: `c${i}`, command_description: 'd' })) }],
    ['a command name over 32 chars', { commands: [{ command_name: 'n'.repeat(33), command_description: 'd' }] }],
    ['a description over 256 chars', { commands: [{ command_name: 'n', command_description: 'd'.repeat(257) }] }],
  ])('rejects %s with (#100)', async (_label, body) => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/conversational_automation`, body))).toBe(100);
    expect(sim.state.phoneNumber(phoneId)?.automation.prompts).toEqual([]);
  });

  it('accepts 4 prompts of 80 chars and 30 commands with 32-char names (the [D-CC] limits, not [OA23])', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const answer = await call(sim, 'POST', `/${phoneId}/conversational_automation`, {
      prompts: Array.from({ length: 4 }, () => 'p'.repeat(80)),
      commands: Array.from({ length: 30 }, (_, i) => ({ command_name: `${'n'.repeat(30)}${String(i).padStart(2, '0')}`, command_description: 'd'.repeat(256) })),
    });
    expect(answer.status).toBe(200);
  });
});
