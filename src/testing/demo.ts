import type { GraphSimulator } from './simulator.js';
import type { SimApp, SimBusiness, SimPhoneNumber, SimWaba } from './state/types.js';

/** What {@link seedDemo} created. */
export interface DemoSeed {
  /** The accepted access token. */
  readonly token: string;
  readonly app: SimApp;
  readonly business: SimBusiness;
  readonly waba: SimWaba;
  /** A CONNECTED number (two-step PIN `000000`) and a new, unverified one. */
  readonly phoneNumbers: { readonly registered: SimPhoneNumber; readonly unregistered: SimPhoneNumber };
}

/**
 * Seeds a ready-to-use demo: an app subscribed to an approved WABA of an unverified business, a registered
 * number, an unregistered one, and a token. Used by the `wabakit-simulator` CLI.
 * @example
 * const demo = seedDemo(sim, { token: 'demo-token' });
 * await fetch(`${url}/v23.0/${demo.waba.id}/phone_numbers`, { headers: { authorization: `Bearer ${demo.token}` } });
 */
export function seedDemo(
  simulator: GraphSimulator,
  options: {
    readonly token?: string;
    /** Business verification done: up to 20 registered numbers instead of 2. @default false */
    readonly verifiedBusiness?: boolean;
  } = {},
): DemoSeed {
  const { seed } = simulator;
  const app = seed.app({ name: 'wabakit simulator demo app' });
  const token = options.token ?? `EAADEMO${simulator.now().toString(36).toUpperCase()}`;
  seed.token(token, { appId: app.id });
  const business = seed.business({ name: 'Demo Business', verified: options.verifiedBusiness ?? false });
  const waba = seed.waba({ businessId: business.id, name: 'Demo WABA' });
  waba.subscriptions.set(app.id, { appId: app.id });
  const registered = seed.phoneNumber({
    wabaId: waba.id,
    phoneNumber: '5550100001',
    verifiedName: 'Demo Business',
    registered: true,
  });
  const unregistered = seed.phoneNumber({ wabaId: waba.id, phoneNumber: '5550100002', verifiedName: 'Demo Support' });
  return { token, app, business, waba, phoneNumbers: { registered, unregistered } };
}
