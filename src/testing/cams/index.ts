/**
 * The CAMS simulator's Worker-safe surface, re-exported by `wabakit/testing` (the loopback server is in
 * `wabakit/testing/server`).
 * @internal
 */

export { createCamsSimulator, CamsSimulator, CAMS_ENDPOINT } from './simulator.js';
export { seedCamsDemo, CAMS_DEMO_KEY, type CamsDemoSeed } from './demo.js';
export type { CamsFaultKind, CamsOneShotFault, CamsSimulatorOptions } from './options.js';
export type { CamsCallRecord } from './pipeline/process.js';
export type { CamsSeeder, SeedCamsAccessKeyOptions, SeedCamsChannelOptions, SeedCamsPhoneNumberOptions } from './seed.js';
export type { CamsSimulatorState } from './state/store.js';
export type { CamsInbox } from './controls/inbox.js';
export type { CamsEmbeddedSignup } from './controls/embedded-signup.js';
export type {
  CamsAccessKey,
  CamsChannel,
  CamsCodeVerification,
  CamsExternalNumber,
  CamsHealth,
  CamsHealthError,
  CamsMigrationStep,
  CamsOtp,
  CamsPhoneNumber,
  CamsQrCode,
  CamsTraffic,
  CamsWaba,
} from './state/types.js';
