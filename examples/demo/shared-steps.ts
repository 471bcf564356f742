/**
 * The demo's steps that read the same on both providers: one function, called with a Graph `PhoneNumber` and with a
 * CAMS `CamsPhoneNumber`. Same resource, method and param names: only what each provider lacks differs (the
 * register params: a two-step PIN and a storage region on Graph, nothing on CAMS).
 */
import type { Reporter } from '../reporter.ts';

/** What both providers' phone handles have in common, as far as the demo uses them. */
export interface OnboardablePhone<RegisterParams> {
  readonly verification: {
    requestCode(params: { code_method: 'SMS' | 'VOICE'; language: string }): Promise<unknown>;
  };
  verifyAndRegister(params: RegisterParams & { code: string }): Promise<unknown>;
  readonly businessProfile: {
    update(params: { about?: string; description?: string; email?: string; websites?: string[] }): Promise<unknown>;
  };
}

/** Request a code, read it from the simulator's inbox, verify and register (the fused step), update the profile. */
export async function verifyRegisterAndDescribe<RegisterParams>(
  report: Reporter,
  phone: OnboardablePhone<RegisterParams>,
  readCode: () => string | undefined,
  register: { readonly params: RegisterParams; readonly label: string },
): Promise<void> {
  await report.step('Request a verification code by SMS', () =>
    phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' }),
  );
  const code = readCode();
  if (code === undefined) throw new Error('the simulator inbox has no code');
  report.note(`the simulator's inbox received a 6-digit code (not printed: codes are secrets)`);
  await report.step(`Verify the code and register — ${register.label}`, () =>
    phone.verifyAndRegister({ ...register.params, code }),
  );
  await report.step('Update the business profile', () =>
    phone.businessProfile.update({
      about: 'Fresh coffee, delivered.',
      description: 'Specialty coffee roasters since 2011. Order on WhatsApp.',
      email: 'hello@acme.example',
      websites: ['https://acme.example'],
    }),
  );
}
