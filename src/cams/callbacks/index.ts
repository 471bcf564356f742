/**
 * CAMS's own callback payloads (ChatAppStatus, ChatAppInbound): typed, tolerant parsers whose failures are the
 * same error classes as Graph webhooks. Exported from `wabakit/cams`; this module imports nothing of the CAMS
 * client, so a callback handler bundles only the parser.
 */
export { parseCamsCallback, parseCamsInboundCallback, parseCamsStatusCallback, type ParseCamsCallbackOptions } from './parse.js';
export type { CamsCallbackEvent, CamsDeliveryStatus, CamsInboundEvent, CamsStatusEvent } from './types.js';
