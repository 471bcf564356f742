import { describe, expect, it } from 'vitest';
import { isWhatsAppError } from '../../src/errors/whatsapp-error.js';
import {
  isWebhookHandshakeError,
  isWebhookPayloadError,
  isWebhookSignatureError,
  WebhookHandshakeError,
  WebhookPayloadError,
  WebhookSignatureError,
} from '../../src/webhooks/errors.js';

describe('webhook errors', () => {
  const signature = new WebhookSignatureError('mismatch');
  const handshake = new WebhookHandshakeError('token-mismatch');
  const payload = new WebhookPayloadError('invalid-envelope', [{ path: ['entry', 0, 'id'], message: 'Invalid input', code: 'invalid_type' }]);

  it('have literal names, a reason, and are WhatsAppErrors', () => {
    expect([signature.name, handshake.name, payload.name]).toEqual(['WebhookSignatureError', 'WebhookHandshakeError', 'WebhookPayloadError']);
    expect([signature.reason, handshake.reason, payload.reason]).toEqual(['mismatch', 'token-mismatch', 'invalid-envelope']);
    for (const error of [signature, handshake, payload]) expect(isWhatsAppError(error)).toBe(true);
  });

  it('guards recognise only their own kind, and not look-alikes without the brand', () => {
    expect([isWebhookSignatureError(signature), isWebhookSignatureError(handshake), isWebhookSignatureError(payload)]).toEqual([true, false, false]);
    expect([isWebhookHandshakeError(handshake), isWebhookHandshakeError(signature)]).toEqual([true, false]);
    expect([isWebhookPayloadError(payload), isWebhookPayloadError(signature)]).toEqual([true, false]);
    expect(isWebhookSignatureError({ name: 'WebhookSignatureError', reason: 'mismatch' })).toBe(false);
    expect(isWebhookSignatureError(Object.assign(new Error('x'), { name: 'WebhookSignatureError' }))).toBe(false);
  });

  it('serialise to a plain summary with the reason and the issue paths', () => {
    expect(signature.toJSON()).toMatchObject({ name: 'WebhookSignatureError', reason: 'mismatch' });
    expect(payload.message).toContain('entry.0.id: Invalid input');
    expect(JSON.parse(JSON.stringify(payload))).toMatchObject({ reason: 'invalid-envelope', issues: [{ path: ['entry', 0, 'id'] }] });
  });
});
