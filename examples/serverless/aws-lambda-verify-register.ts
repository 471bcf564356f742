/**
 * A small AWS Lambda handler on the core client: verify the code the customer received, then register the number.
 * It constructs only the two resources it calls — `Verification` and `Registration` (a used class keeps all its
 * methods, so each core class holds one concern) — so its bundle is about 40 % smaller than one built on `WabaClient`
 * (docs/serverless.md, "Keep the bundle small"), with the same guards, retries and redaction.
 *
 *   { "phoneNumberId": "106540352242922", "code": "123456", "pin": "012345" }   → { ok: true }
 */
import { Registration, Verification, WabaCore, isRegistrationQuotaError, isWhatsAppError } from 'wabakit';

// Created once per container: warm invocations reuse it, and its registration guard with it.
const core = new WabaCore({ accessToken: process.env['WHATSAPP_ACCESS_TOKEN'] ?? '', deadline: 8_000 });

export async function handler(event: { readonly phoneNumberId: string; readonly code: string; readonly pin: string }) {
  try {
    await new Verification(core, event.phoneNumberId).verifyCode({ code: event.code });
    await new Registration(core, event.phoneNumberId).register({ pin: event.pin });
    return { ok: true };
  } catch (error) {
    // Never a token, PIN or code in these messages: wabakit redacts them.
    if (isRegistrationQuotaError(error)) return { ok: false, retryAt: error.retryAt.toISOString() };
    if (isWhatsAppError(error)) return { ok: false, error: error.name, message: error.message };
    throw error;
  }
}
