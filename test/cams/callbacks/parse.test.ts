/**
 * CAMS callback parsers (src/cams/callbacks): Alibaba's published ChatAppStatus / ChatAppInbound samples
 * (test/fixtures/cams-callbacks, provenance in its README), failures mapped to the same classes as Graph webhooks,
 * tolerance of odd items and bodies, and fast-check properties: never throws on any JSON array, error codes always
 * map like Graph's `errorFromWebhook`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCamsCallback, parseCamsInboundCallback, parseCamsStatusCallback } from '../../../src/cams/index.js';
import { errorFromWebhook } from '../../../src/errors/from-webhook.js';
import { isAPIError, isIdentityMismatchError } from '../../../src/errors/guards.js';
import { isWebhookPayloadError } from '../../../src/webhooks/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/cams-callbacks/${name}`, import.meta.url), 'utf8');

describe('parseCamsStatusCallback', () => {
  it('reads the published template-failure sample: 131026 as Graph’s “Message undeliverable” APIError', () => {
    const events = parseCamsStatusCallback(fixture('status-template-failed.json'));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: 'status',
      status: 'failed',
      message_id: '2023078469463703*******3',
      task_id: '202307030171*******9',
      from: '86131*******8',
      recipient_id: '86138*******8',
      timestamp: 1691043638000,
      message_kind: 'template',
      template: { code: '820561547132813184', name: 'wa_otp_v_0_0_3', language: 'id' },
      error_code: '131026',
    });
    const [error] = events[0]!.errors!;
    expect(isAPIError(error)).toBe(true);
    expect(error).toMatchObject({ code: 131026, source: 'webhook', retryAdvice: 'do-not-resend' });
    // The "131026:" prefix CAMS puts in front of the text is not repeated in the message.
    expect(error!.message).toContain('Receiver is incapable of receiving this message');
    expect(error!.message).not.toMatch(/131026:Receiver/);
  });

  it('137000 becomes IdentityMismatchError, as on Graph', () => {
    const [event] = parseCamsStatusCallback([{ Status: 'Failed', ErrorCode: '137000', ErrorDescription: '137000:Identity key mismatch', To: '+6590000000', MessageId: 'm1' }]);
    expect(event!.recipient_id).toBe('6590000000');
    expect(isIdentityMismatchError(event!.errors?.[0])).toBe(true);
  });

  it('a delivered status has no errors; Read/Sent are Graph’s lower-case words; conversation kept', () => {
    const events = parseCamsStatusCallback(
      JSON.stringify([
        { Status: 'Delivered', MessageId: 'm1', ConversationId: 'c1', ConversationType: 'service', MsgFrameType: 'message', Timestamp: '1691132091000' },
        { Status: 'Read', MessageId: 'm2' },
      ]),
    );
    expect(events.map((e) => e.status)).toEqual(['delivered', 'read']);
    expect(events[0]).toMatchObject({ conversation: { id: 'c1', type: 'service' }, timestamp: 1691132091000 });
    expect(events[0]!.errors).toBeUndefined();
  });

  it('a CAMS word as ErrorCode is a plain APIError; the code is kept on the event', () => {
    const [event] = parseCamsStatusCallback({ Status: 'Failed', ErrorCode: 'OK.NoBalance', ErrorDescription: 'balance not enough' });
    expect(event!.error_code).toBe('OK.NoBalance');
    expect(isAPIError(event!.errors?.[0])).toBe(true);
    expect(event!.errors?.[0]?.code).toBeUndefined();
  });

  it('bytes are accepted; a single object is one item; non-object items are skipped; unknown fields stay in raw', () => {
    const body = new TextEncoder().encode(JSON.stringify([null, 3, { Status: 'Sent', FromUserId: 'US.123' }]));
    const events = parseCamsStatusCallback(body);
    expect(events).toHaveLength(1);
    expect(events[0]!.raw).toMatchObject({ FromUserId: 'US.123' });
    expect(parseCamsStatusCallback({ Status: 'Sent' })).toHaveLength(1);
  });

  it('a body that is not JSON, or JSON that is neither array nor object, is a WebhookPayloadError', () => {
    const notJson = (() => {
      try {
        parseCamsStatusCallback('{"Status": Fai');
      } catch (e) {
        return e;
      }
    })();
    expect(isWebhookPayloadError(notJson)).toBe(true);
    expect(notJson).toMatchObject({ reason: 'invalid-json' });
    expect(() => parseCamsStatusCallback('42')).toThrow(expect.objectContaining({ reason: 'invalid-envelope' }));
  });
});

describe('parseCamsInboundCallback', () => {
  it('reads the published TEXT sample', () => {
    const events = parseCamsInboundCallback(fixture('inbound-text.json'));
    expect(events[0]).toMatchObject({
      type: 'inbound',
      message_id: '1000000000000001',
      from: '861388888****',
      to: '86137888****',
      display_name: 'Mr Liu',
      name: 'jack',
      message_type: 'text',
      text: "hello,it's me",
      timestamp: 1662104191973,
    });
    expect(events[0]!.content).toBeUndefined();
  });

  it('reads the published AUDIO sample: "Timestamp " with a space, "+" numbers, Message as JSON text', () => {
    const [event] = parseCamsInboundCallback(fixture('inbound-audio.json'));
    expect(event).toMatchObject({ from: '861388888****', to: '861378886****', timestamp: 1662104191973, message_type: 'audio' });
    expect(event!.content).toMatchObject({ id: '6e098464-117c-480b-beaa-3ea0635f****', fileName: 'first.pdf' });
    expect(event!.text).toBeUndefined();
  });

  it('a Message that is not JSON leaves content undefined (no throw)', () => {
    const [event] = parseCamsInboundCallback([{ Type: 'IMAGE', Message: '{broken' }]);
    expect(event).toMatchObject({ message_type: 'image' });
    expect(event!.content).toBeUndefined();
  });
});

describe('parseCamsCallback (either kind)', () => {
  it('tells status reports from inbound messages item by item', () => {
    const events = parseCamsCallback([{ Status: 'Sent', MessageId: 'a' }, { Type: 'TEXT', Message: 'hi', MessageId: 'b' }]);
    expect(events.map((e) => e.type)).toEqual(['status', 'inbound']);
  });
});

describe('properties', () => {
  const item = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 });

  it('never throws on any JSON array, and returns one event per object item', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(item, fc.jsonValue({ maxDepth: 1 })), { maxLength: 6 }), (list) => {
        const objects = list.filter((x) => typeof x === 'object' && x !== null && !Array.isArray(x)).length;
        expect(parseCamsCallback(JSON.stringify(list))).toHaveLength(objects);
        expect(parseCamsStatusCallback(list)).toHaveLength(objects);
      }),
    );
  });

  it('a numeric ErrorCode maps to the same class and code as Graph’s errorFromWebhook', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_600_000 }), fc.string({ maxLength: 40 }), (code, text) => {
        const [event] = parseCamsStatusCallback([{ Status: 'Failed', ErrorCode: String(code), ErrorDescription: `${code}:${text}` }]);
        const graph = errorFromWebhook({ code, message: text });
        expect(event!.errors?.[0]?.name).toBe(graph.name);
        expect(event!.errors?.[0]?.code).toBe(code);
        expect(event!.errors?.[0]?.retryAdvice).toBe(graph.retryAdvice);
      }),
    );
  });
});
