import * as z from 'zod/mini';
import { looseObject, optionalArray, optionalBoolean, optionalString } from '../../schemas/shape.js';
import { plainText } from '../phone-number/text-rules.js';

/**
 * One command users can type after `/` in the chat: `command_name` (1–32 characters, no spaces, no emoji, without
 * the leading `/`) and `command_description` (1–256 characters, no emoji) — [D-CC], contract §3.7.
 */
export const ConversationalCommand = z.strictObject({
  command_name: plainText('command_name', 1, 32).check(
    z.refine((value) => !/\s/u.test(value), 'command_name must not contain whitespace'),
    z.refine((value) => !value.startsWith('/'), 'command_name is written without the leading "/"'),
  ),
  command_description: plainText('command_description', 1, 256),
});
export type ConversationalCommand = z.infer<typeof ConversationalCommand>;

/**
 * Params of `phone.conversationalAutomation.update` (contract §3.7). Send only what you change (at least one):
 * - `prompts`: ice breakers shown when a user opens the chat — at most **4** ([OA23] says 3, §8), each 1–80
 *   characters without emoji; `[]` removes them.
 * - `commands`: at most 30, names unique; `[]` removes them.
 * - `enable_welcome_message`: send the `request_welcome` webhook when a user opens the chat for the first time.
 */
export const ConversationalAutomationUpdateParams = z
  .strictObject({
    prompts: z.optional(
      z.array(plainText('prompts[]', 1, 80), 'prompts must be an array').check(z.maxLength(4, 'prompts allows at most 4 ice breakers')),
    ),
    commands: z.optional(
      z.array(ConversationalCommand, 'commands must be an array').check(
        z.maxLength(30, 'commands allows at most 30 commands'),
        z.refine((commands) => new Set(commands.map((c) => c.command_name)).size === commands.length, 'command names must not repeat'),
      ),
    ),
    enable_welcome_message: z.optional(z.boolean('enable_welcome_message must be a boolean')),
  })
  .check(z.refine((params) => Object.values(params).some((value) => value !== undefined), 'update needs at least one field to change'));
export type ConversationalAutomationUpdateParams = z.infer<typeof ConversationalAutomationUpdateParams>;

/**
 * The number's conversational components as Graph returns them: `prompts`, `commands`, `enable_welcome_message`.
 *
 * @example
 * const { prompts = [], commands = [] } = await phone.conversationalAutomation.retrieve();
 */
export const ConversationalAutomationInfo = looseObject({
  prompts: optionalArray(z.string('must be a string')),
  commands: optionalArray(looseObject({ command_name: optionalString(), command_description: optionalString() })),
  enable_welcome_message: optionalBoolean(),
});
export type ConversationalAutomationInfo = z.infer<typeof ConversationalAutomationInfo>;

/** `{ id, conversational_automation? }`: the node read with `fields=conversational_automation`. */
export const ConversationalAutomationNode = looseObject({
  id: optionalString(),
  conversational_automation: z.optional(ConversationalAutomationInfo),
});
