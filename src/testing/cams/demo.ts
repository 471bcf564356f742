import type { CamsSimulator } from './simulator.js';
import type { CamsAccessKey, CamsChannel, CamsPhoneNumber, CamsWaba } from './state/types.js';

/** What {@link seedCamsDemo} put into the simulator. */
export interface CamsDemoSeed {
  /** A fake AccessKey pair that only this simulator accepts. */
  readonly accessKey: CamsAccessKey;
  readonly channel: CamsChannel;
  readonly waba: CamsWaba;
  readonly phoneNumbers: { readonly registered: CamsPhoneNumber; readonly unregistered: CamsPhoneNumber };
}

/** Fake demo credentials (never real keys: they sign requests to this simulator only). */
export const CAMS_DEMO_KEY = { accessKeyId: 'LTAI5tSimulatorDemoKey01', accessKeySecret: 'SimulatorDemoSecretNotReal0001' } as const;

/**
 * Seeds the demo: a fake AccessKey, a channel (`CustSpaceId`) with a bound, approved WABA and two numbers — one
 * CONNECTED, one PENDING and not verified.
 * @example
 * const demo = seedCamsDemo(sim);
 * const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch });
 */
export function seedCamsDemo(sim: CamsSimulator, options: { accessKeyId?: string; accessKeySecret?: string } = {}): CamsDemoSeed {
  const accessKey = sim.seed.accessKey({
    accessKeyId: options.accessKeyId ?? CAMS_DEMO_KEY.accessKeyId,
    accessKeySecret: options.accessKeySecret ?? CAMS_DEMO_KEY.accessKeySecret,
  });
  const channel = sim.seed.channel({ custSpaceId: 'cams-demo0001', waba: { Name: 'Lucky Shrub', BusinessName: 'Lucky Shrub Ltd' } });
  const waba = sim.state.waba(channel.wabaId ?? '')!;
  const registered = sim.seed.phoneNumber({ custSpaceId: channel.custSpaceId, cc: '86', national: '13800001234', verifiedName: 'Lucky Shrub', registered: true });
  const unregistered = sim.seed.phoneNumber({ custSpaceId: channel.custSpaceId, cc: '86', national: '13800005678', verifiedName: 'Lucky Shrub Support' });
  return { accessKey, channel, waba, phoneNumbers: { registered, unregistered } };
}
