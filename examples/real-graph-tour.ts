/**
 * The demo against the real Graph API: read-only by default. With `--write` it also subscribes this app to the
 * WABA's webhooks (an idempotent call) — nothing that spends a registration attempt or sends a code.
 */
import { WabaClient, isAPIError } from 'wabakit';
import type { Reporter } from './reporter.ts';

export interface RealGraphTourOptions {
  readonly accessToken: string;
  readonly wabaId: string;
  readonly write: boolean;
}

export async function readOnlyTour(report: Reporter, options: RealGraphTourOptions): Promise<void> {
  report.title(`wabakit demo — against the real Graph API (${options.write ? 'with --write' : 'read-only'})`);
  const client = new WabaClient({ accessToken: options.accessToken, appSecret: process.env['APP_SECRET'], logLevel: 'warn' });
  const waba = client.waba(options.wabaId);
  try {
    await report.step('Read the WABA', () => waba.retrieve({ fields: ['name', 'account_review_status', 'ownership_type'] }), (w) =>
      `${w.name ?? '(no name)'}: review ${w.account_review_status ?? '?'}, ${w.ownership_type ?? '?'}`,
    );
    const numbers = await report.step('List its phone numbers', async () => {
      const ids: string[] = [];
      for await (const n of waba.phoneNumbers.list({ fields: ['display_phone_number', 'status', 'quality_rating'] })) {
        ids.push(n.id);
        report.note(`${n.display_phone_number} — ${n.status ?? '?'}, quality ${n.quality_rating ?? '?'}`);
      }
      return ids;
    }, (ids) => `${ids.length} number(s)`);
    for (const id of numbers.slice(0, 3)) {
      await report.step(`Health and throughput of ${id}`, async () => {
        const phone = client.phoneNumber(id);
        return { health: await phone.healthStatus(), throughput: await phone.throughput() };
      }, ({ health, throughput }) => `can send: ${health?.can_send_message ?? '?'}, throughput ${throughput?.level ?? '?'}`);
    }
    await report.step('Apps subscribed to the WABA', () => waba.subscribedApps.list(), (page) => `${page.data.length} app(s)`);
    if (options.write) await report.step('Subscribe this app to the WABA (idempotent)', () => waba.subscribedApps.subscribe());
    report.done('no registration attempt or verification code was spent');
  } catch (error) {
    if (isAPIError(error)) console.error(`Graph said (#${error.code}) ${error.details ?? error.message}; trace ${error.fbtraceId}`);
    process.exitCode = 1;
  }
}
