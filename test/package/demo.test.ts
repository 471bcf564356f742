/** The README's main job: `npm run demo` runs the onboarding demo against the simulator, green, from the build. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the demo', () => {
  it('onboards, guards and migrates on Graph and then on CAMS, each against its simulator', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env['WHATSAPP_ACCESS_TOKEN'];
    delete env['WABA_ID'];
    const out = execFileSync(process.execPath, ['examples/onboard-number.ts'], { cwd: ROOT, encoding: 'utf8', env });
    expect(out).not.toContain('✘');
    expect(out).toMatch(/Verify the code and register — Graph: verify_code, then register with a two-step PIN and local storage in Singapore/);
    expect(out).toMatch(/An 11th register — refused locally by the registration guard \(window-full\); requests sent: 0/);
    expect(out).toMatch(/Invocation 2: register on this WABA — migration complete/);
    // The CAMS half: the same steps, one line on where the providers differ, the same guard.
    expect(out).toMatch(/where the providers differ: no two-step PIN or storage region on CAMS; verify and register are one CAMS call/);
    expect(out).toMatch(/Verify the code and register — CAMS: one ChatappVerifyAndRegister call, no PIN/);
    expect(out).toMatch(/An 11th register — refused locally by the same registration guard \(window-full\); requests sent: 0/);
    expect(out).toMatch(/Invocation 2: verify the code and register on CAMS — migration complete/);
    expect(out).toMatch(/Done\. \d+ steps in .*requests reached the Graph simulator, \d+ the CAMS simulator/);
    // Codes and PINs never reach the output.
    expect(out).not.toMatch(/090807|246810/);
    expect(out).not.toContain('SimulatorDemoSecretNotReal0001');
  });
});
