import * as z from 'zod/mini';
import { ConversationalAutomationUpdateParams } from '../resources/conversational-automation/schemas.js';
import { defineOperation } from './define.js';

/** Read ice breakers, commands and the welcome-message flag — safe. */
export const retrieveConversationalAutomation = defineOperation({
  name: 'ConversationalAutomation.retrieve',
  retry: 'safe',
  params: z.strictObject({}),
});

/**
 * Set ice breakers, commands and/or the welcome-message flag — an idempotent set: safe. Meta's limits are checked
 * before sending on either provider (≤ 4 prompts of ≤ 80, ≤ 30 commands, names ≤ 32, descriptions ≤ 256, no
 * emoji; graph-api.md §3.7, alibaba-cams.md §4.7 "validate on the client").
 */
export const updateConversationalAutomation = defineOperation({
  name: 'ConversationalAutomation.update',
  retry: 'safe',
  params: ConversationalAutomationUpdateParams,
});
