/**
 * The demo's CAMS half: the same onboarding story on Alibaba Cloud's Chat App Message Service, against the embedded
 * CAMS simulator (which checks every ACS3 signature), with the same wabakit code as on Graph where they agree.
 */
import { isRegistrationQuotaError } from 'wabakit';
import { CamsClient, type CamsFlowCheckpoint } from 'wabakit/cams';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from 'wabakit/testing';
import type { Reporter } from '../reporter.ts';
import { verifyRegisterAndDescribe } from './shared-steps.ts';

/** Runs the CAMS half; returns how many requests reached the simulator. */
export async function camsTour(report: Reporter): Promise<number> {
  report.title('The same story on Alibaba Cloud CAMS — against the embedded CAMS simulator');
  report.note('where the providers differ: no two-step PIN or storage region on CAMS; verify and register are one CAMS call (ChatappVerifyAndRegister); numbers are keyed by their digits');
  // CamsClient signs with the wall clock and the gateway accepts x-acs-date within 15 minutes of its own clock.
  const sim = createCamsSimulator({ seed: 2026, clock: manualClock(Date.now()) });
  const demo = seedCamsDemo(sim);
  sim.seed.externalNumber({ cc: '44', national: '7400123456', verifiedName: 'Acme Coffee UK', released: true });

  let sent = 0;
  const countingFetch: typeof fetch = (input, init) => {
    sent++;
    return sim.fetch(input, init);
  };
  // Fake keys that sign requests to this simulator only; a real client takes them from the environment.
  const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: countingFetch, logLevel: 'error' });
  const waba = client.waba();

  const { phone_number } = await report.step('Add +65 8123 4567 to the channel\'s WABA', () =>
    waba.phoneNumbers.add({ phone: '+65 8123 4567', verified_name: 'Acme Coffee' }),
    (added) => `CAMS keys it by its digits, ${added.phone_number}`,
  );
  const phone = client.phoneNumber(phone_number);

  await verifyRegisterAndDescribe(report, phone, () => sim.inbox.latestCode(phone_number), {
    params: {},
    label: 'CAMS: one ChatappVerifyAndRegister call, no PIN',
  });
  await report.step('Read the number back', () => phone.retrieve(), (n) =>
    `${n.phone_number}: ${n.status}, code ${n.code_verification_status ?? 'unknown'}, quality ${n.quality_rating ?? 'unknown'}, Meta id ${n.id ?? 'not reported'}`,
  );
  await report.step('List the WABA\'s numbers (all at once: CAMS has no paging)', () => waba.phoneNumbers.list(), (rows) =>
    rows.map((n) => `${n.phone_number} ${n.status}`).join(' · '),
  );

  await report.step('Register 9 more times (Meta\'s 10 per 72 h apply underneath CAMS)', async () => {
    for (let i = 0; i < 9; i++) await phone.register();
  });
  const before = sent;
  await report.step('An 11th register', () => phone.register(), undefined, (error) =>
    isRegistrationQuotaError(error)
      ? `refused locally by the same registration guard (${error.reason}); requests sent: ${sent - before}`
      : undefined,
  );

  report.title('Migrate +44 7400 123456 from another provider to CAMS (resumable)');
  let stored = '';
  {
    const invocation = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: countingFetch, logLevel: 'error' });
    const started = await report.step('Invocation 1: initiate the migration and request the code', () =>
      invocation.migration.start({ cc: '44', phone_number: '7400123456', codeMethod: 'SMS', language: 'en_US' }),
      (result) => `checkpoint at step "${result.checkpoint.step}"`,
    );
    stored = JSON.stringify(started.checkpoint);
    report.note(`checkpoint stored (${stored.length} bytes, no code)`);
  }
  {
    const invocation = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: countingFetch, logLevel: 'error' });
    const checkpoint = JSON.parse(stored) as CamsFlowCheckpoint;
    const code = sim.inbox.latestCode('447400123456');
    if (code === undefined) throw new Error('the simulator inbox has no migration code');
    await report.step('Invocation 2: verify the code and register on CAMS', () =>
      invocation.migration.resume(checkpoint).verifyAndRegister({ code }),
      (result) => (result.done ? 'migration complete' : `step "${result.checkpoint.step}"`),
    );
  }
  return sent;
}
