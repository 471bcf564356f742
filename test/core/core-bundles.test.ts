/**
 * What the core clients leave out of a handler's bundle (issue #12), each with the default client as the control
 * that shows the check sees the module when it is there: the usage guard (`WabaCore`), the QPS limiter
 * (`CamsCore`), the response fast path (`internal/accepts-as-is.ts`), Meta's code titles and the in-memory identity
 * store (created by the first identity check). Their behaviour is
 * tested with the clients (test/waba-core.test.ts, test/cams/client.test.ts, test/internal/accepts-as-is.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { bundledFiles } from '../helpers/bundle.js';

const graph = (client: string) => `
  import { ${client}, Verification } from './src/index.ts';
  export const handler = (event) => new Verification(new ${client}({ accessToken: event.token }), event.id).verifyCode({ code: event.code });`;

const cams = (client: string) => `
  import { ${client}, CamsVerification } from './src/cams/index.ts';
  export const handler = (event) =>
    new CamsVerification(new ${client}({ accessKeyId: event.id, accessKeySecret: event.secret }), event.phone).requestCode({ code_method: 'SMS', language: 'en_US' });`;

// Per provider: the core client, the default client (the control), the handler on either, what the core leaves out.
const PROVIDERS = [
  {
    core: 'WabaCore',
    full: 'WabaClient',
    coreFile: 'src/waba-core.ts',
    handler: graph,
    leftOut: ['src/limits/usage-guard.ts', 'src/internal/accepts-as-is.ts', 'src/errors/graph-codes/titles.ts', 'src/resources/identity-check/identity-store.ts'],
  },
  {
    core: 'CamsCore',
    full: 'CamsClient',
    coreFile: 'src/cams/cams-core.ts',
    handler: cams,
    leftOut: ['src/cams/limits/qps-limiter.ts', 'src/internal/accepts-as-is.ts'],
  },
];

describe('a core client leaves out what a handler does not call', () => {
  it.each(PROVIDERS)('$core: none of $leftOut', async ({ core, coreFile, handler, leftOut }) => {
    const files = await bundledFiles(handler(core));
    expect(files).toContain(coreFile);
    expect(files.filter((file) => leftOut.includes(file))).toEqual([]);
  });

  it.each(PROVIDERS)('control: $full brings every one of them', async ({ full, handler, leftOut }) => {
    expect(await bundledFiles(handler(full))).toEqual(expect.arrayContaining(leftOut));
  });
});
