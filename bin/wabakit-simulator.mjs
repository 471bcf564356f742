#!/usr/bin/env node
// `wabakit-simulator`: a local fake of the WhatsApp Business Management Graph API (see wabakit/testing).
import { runSimulatorCli } from '../dist/testing-server.js';

try {
  const running = await runSimulatorCli(process.argv.slice(2));
  if (running) {
    const stop = () => {
      running.close().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
