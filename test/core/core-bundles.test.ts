/**
 * What the core clients leave out of a handler's bundle (issue #12), each with the default client as the control
 * that shows the check sees the module when it is there: the usage guard (`WabaCore`), the QPS limiter
 * (`CamsCore`), the response fast path (`internal/accepts-as-is.ts`), Meta's code titles and the in-memory identity
 * store (created by the first identity check). Their behaviour is
 * tested with the clients (test/waba-core.test.ts, test/cams/client.test.ts, test/internal/accepts-as-is.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { bundledFiles } from '../helpers/bundle.js';

const graph = (client: 'WabaCore' | 'WabaClient') => `
  import { ${client}, Verification } from './src/index.ts';
  export const handler = (event) => new Verification(new ${client}({ accessToken: event.token }), event.id).verifyCode({ code: event.code });`;

const cams = (client: 'CamsCore' | 'CamsClient') => `
  import { ${client}, CamsVerification } from './src/cams/index.ts';
  export const handler = (event) =>
    new CamsVerification(new ${client}({ accessKeyId: event.id, accessKeySecret: event.secret }), event.phone).requestCode({ code_method: 'SMS', language: 'en_US' });`;

const LEFT_OUT_BY_WABA_CORE = [
  'src/limits/usage-guard.ts',
  'src/internal/accepts-as-is.ts',
  'src/errors/graph-codes/titles.ts',
  'src/resources/identity-check/identity-store.ts',
];
const LEFT_OUT_BY_CAMS_CORE = ['src/cams/limits/qps-limiter.ts', 'src/internal/accepts-as-is.ts'];

describe('a core client leaves out what a handler does not call', () => {
  it('WabaCore: no usage guard, no response fast path, no code titles, no identity store', async () => {
    const files = await bundledFiles(graph('WabaCore'));
    expect(files).toContain('src/waba-core.ts');
    expect(files.filter((file) => LEFT_OUT_BY_WABA_CORE.includes(file))).toEqual([]);
  });

  it('control: WabaClient brings all four', async () => {
    expect(await bundledFiles(graph('WabaClient'))).toEqual(expect.arrayContaining(LEFT_OUT_BY_WABA_CORE));
  });

  it('CamsCore: no QPS limiter, no response fast path', async () => {
    const files = await bundledFiles(cams('CamsCore'));
    expect(files).toContain('src/cams/cams-core.ts');
    expect(files.filter((file) => LEFT_OUT_BY_CAMS_CORE.includes(file))).toEqual([]);
  });

  it('control: CamsClient brings both', async () => {
    expect(await bundledFiles(cams('CamsClient'))).toEqual(expect.arrayContaining(LEFT_OUT_BY_CAMS_CORE));
  });
});
