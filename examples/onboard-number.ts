/**
 * The wabakit demo: onboard a WhatsApp business number end to end.
 *
 *   npm run demo                                   # against the embedded Graph simulator (no account, no network)
 *   WHATSAPP_ACCESS_TOKEN=… WABA_ID=… npm run demo  # against the real Graph API, read-only
 *
 * Against the simulators it tells the onboarding story twice, on Meta's Graph API and then on Alibaba Cloud CAMS,
 * with the same wabakit code where the providers agree (demo/shared-steps.ts): add a number → request a code (read
 * from the simulator's inbox) → verify and register → update the business profile → read it back → list the WABA's
 * numbers → watch the registration guard refuse an 11th register before anything is sent → migrate a second number
 * with the resumable flow, as separate "invocations" joined by a JSON checkpoint.
 */
import {
  WabaClient,
  isRegistrationQuotaError,
  type FlowCheckpoint,
} from 'wabakit';
import { createSimulator, seedDemo, type GraphSimulator } from 'wabakit/testing';
import { camsTour } from './demo/cams-tour.ts';
import { verifyRegisterAndDescribe } from './demo/shared-steps.ts';
import { readOnlyTour } from './real-graph-tour.ts';
import { createReporter } from './reporter.ts';

const report = createReporter();

if (process.env['WHATSAPP_ACCESS_TOKEN'] && process.env['WABA_ID']) {
  await readOnlyTour(report, {
    accessToken: process.env['WHATSAPP_ACCESS_TOKEN'],
    wabaId: process.env['WABA_ID'],
    write: process.argv.includes('--write'),
  });
} else {
  const graphRequests = await simulatorTour();
  const camsRequests = await camsTour(report);
  report.done(`${graphRequests} requests reached the Graph simulator, ${camsRequests} the CAMS simulator`);
}

/** The Graph half; returns how many requests reached the simulator. */
async function simulatorTour(): Promise<number> {
  report.title('wabakit demo — against the embedded Graph simulator');
  const sim = createSimulator({ seed: 2026 });
  // A verified business may register up to 20 numbers (2 before verification).
  const demo = seedDemo(sim, { token: 'EAADEMO-simulator-token', verifiedBusiness: true });
  sim.seed.phoneNumber({
    wabaId: sim.seed.waba({ name: 'Previous provider WABA' }).id,
    cc: '44',
    phoneNumber: '7400123456',
    verifiedName: 'Acme Coffee UK',
    registered: true,
    releasedForMigration: true,
  });

  // Counts what actually reaches "Graph", so the guard's refusal can be shown to send nothing.
  let sent = 0;
  const countingFetch: typeof fetch = (input, init) => {
    sent++;
    return sim.fetch(input, init);
  };
  const client = new WabaClient({ accessToken: demo.token, fetch: countingFetch, logLevel: 'error' });
  const waba = client.waba(demo.waba.id);

  const { id } = await report.step('Add +65 8123 4567 to the WABA', () =>
    waba.phoneNumbers.add({ phone: '+65 8123 4567', verified_name: 'Acme Coffee' }),
    (added) => `phone number id ${added.id}`,
  );
  const phone = client.phoneNumber(id);

  await verifyRegisterAndDescribe(report, phone, () => sim.inbox.latestCode(id), {
    params: { pin: '090807', data_localization_region: 'SG' } as const,
    label: 'Graph: verify_code, then register with a two-step PIN and local storage in Singapore',
  });
  await report.step('Turn on the identity-change check', () => phone.identityCheck.enable());
  const connected = await report.step('Read the number back', () =>
    phone.retrieve({ fields: ['display_phone_number', 'status', 'code_verification_status', 'quality_rating'] }),
    (n) => `${n.display_phone_number}: ${n.status}, code ${n.code_verification_status}, quality ${n.quality_rating}`,
  );
  void connected;

  await report.step('List the WABA\'s numbers (for await across pages of 2)', async () => {
    const rows: string[] = [];
    for await (const number of waba.phoneNumbers.list({ fields: ['display_phone_number', 'status'], limit: 2 })) {
      rows.push(`${number.display_phone_number} ${number.status}`);
    }
    return rows;
  }, (rows) => rows.join(' · '));

  // Meta allows 10 registrations per number per 72 h; the register above was the first.
  await report.step('Register 9 more times (Meta counts every attempt)', async () => {
    for (let i = 0; i < 9; i++) await phone.register({ pin: '090807' });
  });
  const before = sent;
  await report.step('An 11th register', () => phone.register({ pin: '090807' }), undefined, (error) =>
    isRegistrationQuotaError(error)
      ? `refused locally by the registration guard (${error.reason}); requests sent: ${sent - before}; retry after ${error.retryAt.toISOString()}`
      : undefined,
  );

  await migrate(sim, demo.token, demo.waba.id, '44', '7400123456');
  return sent;
}

/** Two invocations — think two serverless functions — joined only by a JSON checkpoint. */
async function migrate(sim: GraphSimulator, token: string, wabaId: string, cc: string, phone_number: string): Promise<void> {
  report.title('Migrate +44 7400 123456 from another provider (resumable)');
  let stored = '';
  {
    const client = new WabaClient({ accessToken: token, fetch: sim.fetch, logLevel: 'error' });
    const started = await report.step('Invocation 1: add with migrate_phone_number and request the code', () =>
      client.migration.start({ wabaId, cc, phone_number, codeMethod: 'SMS', language: 'en' }),
      (result) => `checkpoint at step "${result.checkpoint.step}"`,
    );
    stored = JSON.stringify(started.checkpoint);
    report.note(`checkpoint stored (${stored.length} bytes, no PIN, no code): ${stored}`);
  }
  {
    // …the SMS arrives; a new invocation starts from the stored checkpoint.
    const client = new WabaClient({ accessToken: token, fetch: sim.fetch, logLevel: 'error' });
    const checkpoint = JSON.parse(stored) as FlowCheckpoint;
    const flow = client.migration.resume(checkpoint);
    const code = sim.inbox.latestCode(checkpoint.phoneNumberId)!;
    await report.step('Invocation 2: verify the code', () => flow.verify({ code }), (r) => `step "${r.checkpoint.step}"`);
    await report.step('Invocation 2: register on this WABA', () => flow.register({ pin: '246810' }), (r) =>
      r.done ? 'migration complete' : `step "${r.checkpoint.step}"`,
    );
  }
  {
    // A retried invocation that still holds the old checkpoint: the flow re-reads the number before acting.
    const client = new WabaClient({ accessToken: token, fetch: sim.fetch, logLevel: 'error' });
    const stale = client.migration.resume(JSON.parse(stored) as FlowCheckpoint);
    await report.step('Invocation 3 (a retry with the old checkpoint): verify again', () => stale.verify({ code: '000000' }), (r) =>
      r.skipped ? 'skipped — Graph already shows the number VERIFIED, so no code was sent' : 'verified again',
    );
  }
}
