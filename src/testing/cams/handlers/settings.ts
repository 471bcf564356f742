import { channelOf, numberOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import { invalidParam, metaError } from '../wire/errors.js';

/**
 * Number settings (contract §4.4, §4.5, §4.7): conversational automation, commerce settings, per-number and account
 * webhooks, the Flows encryption key. Meta's limits behind CAMS (graph-api.md §3.7): ≤ 4 prompts of ≤ 80
 * characters, ≤ 30 commands (name ≤ 32, description ≤ 256), no emoji — refused as `ERR-FB-001` `(#100)`.
 * @internal
 */

const EMOJI = /\p{Extended_Pictographic}/u;
const PEM = /^-----BEGIN PUBLIC KEY-----\s*[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----\s*$/;

function checkText(field: string, text: string, max: number): void {
  if (text.length === 0 || [...text].length > max) throw metaError(100, `Param ${field} must be between 1 and ${max} characters long`);
  if (EMOJI.test(text)) throw metaError(100, `Param ${field} must not contain emoji`);
}

function getAutomation(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  const { automation } = number;
  return { Data: { PhoneNumber: number.PhoneNumber, EnableWelcomeMessage: automation.EnableWelcomeMessage, Prompts: [...automation.Prompts], Commands: automation.Commands.map((c) => ({ ...c })) } };
}

function updateAutomation(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  const welcome = call.params.boolean('EnableWelcomeMessage', false);
  const prompts = call.params.stringArray('Prompts');
  const rawCommands = call.params.jsonArray('Commands');
  if (prompts !== undefined) {
    if (prompts.length > 4) throw metaError(100, 'Param prompts must have at most 4 elements');
    for (const prompt of prompts) checkText('prompts[]', prompt, 80);
  }
  let commands: { CommandName: string; CommandDescription: string }[] | undefined;
  if (rawCommands !== undefined) {
    commands = rawCommands.map((item) => {
      const entry = item as { CommandName?: unknown; CommandDescription?: unknown } | null;
      if (typeof entry?.CommandName !== 'string' || typeof entry.CommandDescription !== 'string') {
        throw invalidParam('Commands', 'Expected a JSON array of {"CommandName","CommandDescription"}.');
      }
      return { CommandName: entry.CommandName, CommandDescription: entry.CommandDescription };
    });
    if (commands.length > 30) throw metaError(100, 'Param commands must have at most 30 elements');
    for (const command of commands) {
      checkText('commands[].command_name', command.CommandName, 32);
      checkText('commands[].command_description', command.CommandDescription, 256);
    }
  }
  if (welcome !== undefined) number.automation.EnableWelcomeMessage = welcome;
  if (prompts !== undefined) number.automation.Prompts = prompts;
  if (commands !== undefined) number.automation.Commands = commands;
  return {};
}

function getCommerce(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  return { Data: { ...number.commerce } };
}

function updateCommerce(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  const cart = call.params.boolean('CartEnable', true) ?? true;
  const catalog = call.params.boolean('CatalogVisible', true) ?? true;
  number.commerce = { CartEnable: cart, CatalogVisible: catalog };
  return {};
}

function queueName(accountId: string, kind: string): string {
  return `Alicom-Queue-${accountId}-${kind}`;
}

function updatePhoneWebhook(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const number = numberOf(call, channel);
  const http = call.params.flag('HttpFlag');
  const queue = call.params.flag('QueueFlag');
  const status = call.params.optional('StatusCallbackUrl');
  const up = call.params.optional('UpCallbackUrl');
  if (http !== undefined) number.HttpFlag = http;
  if (queue !== undefined) number.QueueFlag = queue;
  if (status !== undefined) number.StatusCallbackUrl = status;
  if (up !== undefined) number.UpCallbackUrl = up;
  number.StatusQueue = number.QueueFlag === 'Y' ? queueName(channel.accountId, 'ChatAppStatus') : '';
  number.UpQueue = number.QueueFlag === 'Y' ? queueName(channel.accountId, 'ChatAppInbound') : '';
  return {};
}

function updateAccountWebhook(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const http = call.params.flag('HttpFlag');
  const queue = call.params.flag('QueueFlag');
  const status = call.params.optional('StatusCallbackUrl');
  channel.accountWebhook = {
    HttpFlag: http ?? channel.accountWebhook.HttpFlag,
    QueueFlag: queue ?? channel.accountWebhook.QueueFlag,
    StatusCallbackUrl: status ?? channel.accountWebhook.StatusCallbackUrl,
  };
  return {};
}

function getEncryptionKey(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'optional'));
  // No key set: Meta answers with no key; the simulator leaves both fields out.
  return { Data: { PhoneNumber: number.PhoneNumber, ...number.encryption } };
}

function updateEncryptionKey(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'optional'));
  const key = call.params.required('EncryptionPublicKey');
  if (!PEM.test(key)) throw metaError(100, 'Param business_public_key must be a PEM-encoded RSA public key');
  number.encryption = { EncryptionPublicKey: key, EncryptionPublicKeyStatus: 'VALID' };
  return {};
}

/** @internal */
export const settingsRoutes: CamsRoutes = {
  GetConversationalAutomation: route(getAutomation, true, 5),
  UpdateConversationalAutomation: route(updateAutomation, true, 5),
  GetCommerceSetting: route(getCommerce, true),
  UpdateCommerceSetting: route(updateCommerce, true),
  UpdatePhoneWebhook: route(updatePhoneWebhook, false),
  UpdateAccountWebhook: route(updateAccountWebhook, false),
  GetPhoneEncryptionPublicKey: route(getEncryptionKey, false, 5),
  UpdatePhoneEncryptionPublicKey: route(updateEncryptionKey, false, 5),
};
