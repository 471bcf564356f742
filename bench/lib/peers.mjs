// The peer SDKs of the side-by-side table live in bench/peers (own package.json + lock, pinned versions), never
// in wabakit's dependencies. `ensurePeers()` installs them into bench/peers/node_modules on first use, from the
// npm registry with npm itself; afterwards it only checks the installed versions against the pins.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bundles.mjs';

export const PEERS_DIR = join(ROOT, 'bench/peers');

function installed(pins) {
  return Object.entries(pins).every(([name, version]) => {
    const file = join(PEERS_DIR, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
}

/** Installs the pinned peers if bench/peers/node_modules lacks them; returns `{ name: version }`. */
export function ensurePeers(log = () => {}) {
  const pins = JSON.parse(readFileSync(join(PEERS_DIR, 'package.json'), 'utf8')).dependencies;
  if (!installed(pins)) {
    log(`installing peers into bench/peers/node_modules (${Object.entries(pins).map(([n, v]) => `${n}@${v}`).join(', ')})…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // `install` honours bench/peers/package-lock.json and touches bench/peers/node_modules only.
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: PEERS_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
    if (!installed(pins)) throw new Error('bench/peers: the installed versions do not match bench/peers/package.json');
  }
  return pins;
}
