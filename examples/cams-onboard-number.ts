/**
 * Onboard a WhatsApp business number through Alibaba Cloud CAMS, as two serverless invocations joined by a JSON
 * checkpoint — the same steps as on Graph (`examples/onboard-number.ts`): start (add + request code), then, when
 * the SMS arrived, verify-and-register (one CAMS call).
 *
 *   ALIBABA_CLOUD_ACCESS_KEY_ID=… ALIBABA_CLOUD_ACCESS_KEY_SECRET=… CAMS_CUST_SPACE_ID=… \
 *     node examples/cams-onboard-number.ts start +6581234567 "Lucky Shrub"
 *   … node examples/cams-onboard-number.ts finish 004821
 *
 * The checkpoint holds no secret (no key, no code): keep it in any store — here a local file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CamsClient, isCamsError, type CamsFlowCheckpoint } from 'wabakit/cams';
import { isOutcomeUnknownError, isRateLimitError, isRegistrationQuotaError, isValidationError } from 'wabakit';

const CHECKPOINT_FILE = '.cams-onboarding.json';

const client = new CamsClient({
  // Static keys; for rotating STS credentials pass `credentials: async () => ({ accessKeyId, accessKeySecret, securityToken })`.
  accessKeyId: required('ALIBABA_CLOUD_ACCESS_KEY_ID'),
  accessKeySecret: required('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
  custSpaceId: required('CAMS_CUST_SPACE_ID'),
  logLevel: 'info',
});

const save = async (checkpoint: CamsFlowCheckpoint): Promise<void> => writeFile(CHECKPOINT_FILE, JSON.stringify(checkpoint));

try {
  const [command = 'status', first, second] = process.argv.slice(2);
  if (command === 'start') {
    // Invocation 1: add the number to the channel's WABA and ask for the code by SMS.
    const { checkpoint } = await client.onboarding.start(
      { phone: first ?? '+65 8123 4567', verified_name: second ?? 'Lucky Shrub', codeMethod: 'SMS', language: 'en_US' },
      { onCheckpoint: save },
    );
    console.log(`code requested for ${checkpoint.cc}${checkpoint.phone_number}; run "finish <code>" when the SMS arrives`);
  } else if (command === 'finish') {
    // Invocation 2: verify the code and register, in one CAMS call (skipped if an earlier attempt already did).
    const flow = client.onboarding.resume(await readFile(CHECKPOINT_FILE, 'utf8'), { onCheckpoint: save });
    const { done, skipped } = await flow.verifyAndRegister({ code: first ?? '' });
    console.log(done ? `registered${skipped ? ' (it already was)' : ''}` : 'not done yet');
  } else {
    const digits = JSON.parse(await readFile(CHECKPOINT_FILE, 'utf8')) as CamsFlowCheckpoint;
    const info = await client.phoneNumber(`${digits.cc}${digits.phone_number}`).retrieve();
    console.log(info.status, info.code_verification_status, info.quality_rating, info.id ?? '(no Meta id yet)');
  }
} catch (error) {
  if (isValidationError(error)) console.error('fix the input (nothing was sent):', error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  else if (isRegistrationQuotaError(error)) console.error(`registration limit: try again after ${error.retryAt.toISOString()} (nothing was sent)`);
  else if (isOutcomeUnknownError(error)) console.error(`the answer was lost: ${error.reconcileHint}`);
  else if (isRateLimitError(error)) console.error('throttled by CAMS; try again later');
  else if (isCamsError(error)) console.error(`CAMS ${error.cams.code} (request ${error.cams.requestId ?? 'n/a'}): ${error.message}`);
  else throw error;
  process.exitCode = 1;
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`set ${name}`);
  return value;
}
