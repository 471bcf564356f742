/**
 * What a register-only handler bundles (issue #12): importing `Registration` / `CamsRegistration` from the public
 * entries, esbuild (the bench's options: bench/lib/esbuild-options.cjs) must keep none of the number's other
 * methods or their schemas. Each case has a control — the same handler on `PhoneNumberCore` /
 * `CamsPhoneNumberCore` — so the check is shown to see those modules when they are there.
 */
import { describe, expect, it } from 'vitest';
import { bundledFiles } from '../../helpers/bundle.js';

// The number's other methods and the schemas only they use (retrieve's 31 fields, display name, webhook URL).
const NUMBER_MODULES = /^src\/(resources\/phone-number\/|resources\/fields\.ts|schemas\/(phone-number-info|display-name)\.ts|cams\/resources\/phone-number(-core)?\.ts)/;

const graphHandler = (resource: 'Registration' | 'PhoneNumberCore') => `
  import { ${resource}, Verification, WabaCore } from './src/index.ts';
  export async function handler(event) {
    const core = new WabaCore({ accessToken: event.token });
    await new Verification(core, event.id).verifyCode({ code: event.code });
    return new ${resource}(core, event.id).register({ pin: event.pin });
  }`;

const camsHandler = (resource: 'CamsRegistration' | 'CamsPhoneNumberCore') => `
  import { CamsCore, ${resource} } from './src/cams/index.ts';
  export async function handler(event) {
    const core = new CamsCore({ accessKeyId: event.id, accessKeySecret: event.secret, custSpaceId: event.space });
    return new ${resource}(core, event.phone).verifyAndRegister({ code: event.code });
  }`;

describe('a register-only handler bundles only registration', () => {
  it('Graph: Registration brings none of PhoneNumberCore, its schemas or the register params’ old module', async () => {
    const files = await bundledFiles(graphHandler('Registration'));
    expect(files).toContain('src/resources/registration/registration.ts');
    expect(files).toContain('src/resources/registration/schemas.ts');
    expect(files.filter((file) => NUMBER_MODULES.test(file))).toEqual([]);
  });

  it('Graph control: the same handler on PhoneNumberCore does bring them', async () => {
    const files = await bundledFiles(graphHandler('PhoneNumberCore'));
    expect(files).toEqual(expect.arrayContaining(['src/resources/phone-number/phone-number-core.ts', 'src/schemas/display-name.ts', 'src/schemas/phone-number-info.ts']));
  });

  it('CAMS: CamsRegistration brings none of CamsPhoneNumberCore nor Graph’s phone-number schemas', async () => {
    const files = await bundledFiles(camsHandler('CamsRegistration'));
    expect(files).toContain('src/cams/resources/registration.ts');
    expect(files.filter((file) => NUMBER_MODULES.test(file))).toEqual([]);
  });

  it('CAMS control: the same handler on CamsPhoneNumberCore does bring it', async () => {
    expect(await bundledFiles(camsHandler('CamsPhoneNumberCore'))).toContain('src/cams/resources/phone-number-core.ts');
  });
});
