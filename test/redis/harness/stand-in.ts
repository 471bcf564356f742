/**
 * A loopback Graph stand-in for the atomicity harness: answers every register with success at once and counts
 * the registers that reached it, per phone number id.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RegisterStandIn {
  readonly url: string;
  registersFor(phone: string): number;
  close(): Promise<void>;
}

export async function startRegisterStandIn(): Promise<RegisterStandIn> {
  const counts = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const match = /^\/v[\d.]+\/(\d+)\/register$/.exec((request.url ?? '').split('?')[0] ?? '');
      if (request.method === 'POST' && match) {
        const phone = match[1] as string;
        counts.set(phone, (counts.get(phone) ?? 0) + 1);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"success":true}');
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":{"message":"not in the stand-in","type":"OAuthException","code":100}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    registersFor: (phone) => counts.get(phone) ?? 0,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
