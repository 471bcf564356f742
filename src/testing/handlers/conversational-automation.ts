import type { SimPhoneNumber } from '../state/types.js';
import { invalidParam } from '../wire/graph-error.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';
import { automationWire } from './phone-fields.js';

/**
 * `POST /{phone}/conversational_automation` and its GET (contract §3.7, [D-CC] limits — not [OA23]'s):
 * ≤ 4 prompts of ≤ 80 chars; ≤ 30 commands with `command_name` ≤ 32 and `command_description` ≤ 256; no emoji.
 * @internal
 */

const EMOJI = /\p{Extended_Pictographic}/u;

function checkText(name: string, value: unknown, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalidParam(`Param ${name} must be a non-empty string`);
  if ([...value].length > max) throw invalidParam(`Param ${name} must be at most ${max} characters long`);
  if (EMOJI.test(value)) throw invalidParam(`Param ${name} must not contain emoji`);
  return value;
}

function update(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const prompts = ctx.params.array('prompts');
  const commands = ctx.params.array('commands');
  const welcome = ctx.params.bool('enable_welcome_message');
  if (prompts !== undefined) {
    if (prompts.length > 4) throw invalidParam('Param prompts can contain at most 4 ice breakers');
    phone.automation.prompts = prompts.map((prompt, index) => checkText(`prompts[${index}]`, prompt, 80));
  }
  if (commands !== undefined) {
    if (commands.length > 30) throw invalidParam('Param commands can contain at most 30 commands');
    phone.automation.commands = commands.map((command, index) => {
      if (command === null || typeof command !== 'object') throw invalidParam(`Param commands[${index}] must be an object`);
      const record = command as Record<string, unknown>;
      return {
        command_name: checkText(`commands[${index}][command_name]`, record['command_name'], 32),
        command_description: checkText(`commands[${index}][command_description]`, record['command_description'], 256),
      };
    });
  }
  if (welcome !== undefined) phone.automation.enableWelcomeMessage = welcome;
  return success();
}

function read(_ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  return ok({ conversational_automation: automationWire(phone), id: phone.id });
}

/** @internal */
export const conversationalAutomationRoutes: EdgeRoutes<SimPhoneNumber> = { GET: read, POST: update };
