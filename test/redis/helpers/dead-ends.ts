/**
 * Two ways a store can be unreachable, on real loopback sockets: a port nobody listens on (connection refused),
 * and a TCP server that accepts connections and never answers a byte (a frozen server, a black-holed proxy).
 */

import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { freePort } from './redis-server.js';

export interface DeadEnd {
  readonly kind: 'refused' | 'silent';
  readonly port: number;
  close(): Promise<void>;
}

export async function refusedPort(): Promise<DeadEnd> {
  return { kind: 'refused', port: await freePort(), close: async () => undefined };
}

export async function silentServer(): Promise<DeadEnd> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    kind: 'silent',
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
