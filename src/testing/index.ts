/**
 * `wabakit/testing` — an embedded simulator of Meta's Graph API for WhatsApp Business Account and phone-number
 * management, for tests without network or mocks written by hand.
 *
 * Three ways to use it:
 * - `sim.fetch` as the client's `fetch` (no network, no msw);
 * - `sim.mswHandlers(http)` inside an msw server (vitest or jest);
 * - `startSimulator()` from `wabakit/testing/server` (Node, Bun, Deno) / the `wabakit-simulator` CLI: a loopback
 *   HTTP server for any client. It is a separate entry so that this one never references `node:http` and bundles
 *   for Workers and edge runtimes.
 *
 * @example
 * // vitest / jest, with sim.fetch
 * import { createSimulator, manualClock } from 'wabakit/testing';
 * import { WabaClient } from 'wabakit';
 *
 * const clock = manualClock();
 * const sim = createSimulator({ clock, seed: 1 });
 * sim.seed.token('test-token');
 * const phone = sim.seed.phoneNumber({ wabaId: sim.seed.waba().id });
 * const client = new WabaClient({ accessToken: 'test-token', fetch: sim.fetch });
 *
 * @example
 * // with msw (setupServer from 'msw/node')
 * import { http } from 'msw';
 * server.use(...sim.mswHandlers(http));
 *
 * @packageDocumentation
 */

export { createSimulator, GraphSimulator } from './simulator.js';
export { manualClock, type ManualClock } from './clock.js';
export type { MswHandlersOptions, MswHttpLike } from './adapters/msw.js';
export type { FaultKind, FaultOptions, OneShotFault, SimulatorOptions, UsageOptions } from './options.js';
export type { SimulatorOutcome } from './faults/outcome.js';
export type { FaultControls } from './faults/engine.js';
export type {
  Seeder,
  SeedAppOptions,
  SeedBusinessOptions,
  SeedPhoneNumberOptions,
  SeedTokenOptions,
  SeedWabaOptions,
} from './seed.js';
export type { SimulatorState } from './state/store.js';
export type { CodeVerificationStatus } from './state/phone-rules.js';
export type {
  OtpMessage,
  SimApp,
  SimBusiness,
  SimBusinessProfile,
  SimConversationalAutomation,
  SimPhoneNumber,
  SimQrCode,
  SimSubscription,
  SimToken,
  SimWaba,
} from './state/types.js';
export type { Inbox } from './controls/inbox.js';
export type { Customers } from './controls/customers.js';
export type { Webhooks, StatusWebhookOptions } from './controls/webhooks.js';
export type { WebhookPayload } from './controls/webhook-payloads.js';
export type { Review } from './controls/review.js';
export type { EmbeddedSignup, IssueCodeOptions } from './controls/embedded-signup.js';
export type { GraphErrorSpec } from './wire/graph-error.js';
export { seedDemo, type DemoSeed } from './demo.js';
export type { BuiltinFaultKind, OneShotFaultBase } from './faults/engine.js';
// Alibaba Cloud CAMS: the same simulator design for the `cams` 2020-06-06 API (docs/testing.md "CAMS").
export * from './cams/index.js';
