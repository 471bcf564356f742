import { startCamsSimulator, type RunningCamsSimulator } from './adapters/server.js';
import { seedCamsDemo } from './demo.js';

/**
 * `wabakit-simulator --provider cams`: starts the CAMS simulator on loopback, seeds the demo and prints the endpoint
 * and the demo's fake credentials (they sign requests to this simulator only).
 * @internal
 */
export async function runCamsSimulatorCli(
  options: { readonly port: number; readonly host: string; readonly seed?: number; readonly latencyMs?: number },
  log: (line: string) => void,
): Promise<RunningCamsSimulator> {
  const running = await startCamsSimulator({
    port: options.port,
    host: options.host,
    faults: options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs },
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const demo = seedCamsDemo(running.simulator);
  log(`wabakit CAMS simulator listening on ${running.url} (sign for host ${new URL(running.url).host})`);
  log(`  AccessKey id (fake):     ${demo.accessKey.accessKeyId}`);
  log(`  AccessKey secret (fake): ${demo.accessKey.accessKeySecret}`);
  log(`  CustSpaceId:             ${demo.channel.custSpaceId}`);
  log(`  WABA:                    ${demo.waba.Id}`);
  log(`  registered number:       ${demo.phoneNumbers.registered.PhoneNumber} (CONNECTED)`);
  log(`  unregistered number:     ${demo.phoneNumbers.unregistered.PhoneNumber} (PENDING, NOT_VERIFIED)`);
  log(`  every call: POST / with x-acs-action and x-acs-version: 2020-06-06, signed ACS3-HMAC-SHA256`);
  return running;
}
