import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import { VerificationCode } from '../../schemas/pin.js';
import { VerificationRequestCodeParams } from '../../resources/verification/schemas.js';
import { CountryCallingCode, NationalNumber } from '../../schemas/ids.js';
import { camsSpec, type CamsOperationSpec } from '../core/cams-spec.js';
import { looseObject, optionalString } from '../../schemas/shape.js';

// CAMS's four migration calls (contract §4.3). Graph migrates with add(migrate_phone_number) → request_code →
// verify_code → register, which are other operations; these exist on CAMS only. All four have side effects at Meta:
// never retried; the register is counted by the registration guard.

const MigrationData = z.optional(looseObject({ Id: optionalString(), PhoneNumber: optionalString(), Status: optionalString() }));
type MigrationData = z.infer<typeof MigrationData>;

const initiate = defineOperation({ name: 'Migration.start', retry: 'never', params: z.strictObject({ cc: CountryCallingCode, phone_number: NationalNumber }) });
const requestCode = defineOperation({ name: 'Migration.requestCode', retry: 'never', params: VerificationRequestCodeParams });
const verify = defineOperation({ name: 'Migration.verify', retry: 'never', params: z.strictObject({ code: VerificationCode }) });
const register = defineOperation({ name: 'Migration.register', retry: 'never', params: z.strictObject({}), registration: 'register' });

const RECONCILE = 'Read client.phoneNumber(digits).retrieve() (GetPhoneNumberVerificationStatus) before repeating a migration step.';

/** `CreateChatappMigrationInitiate`: start migrating `cc` + `phone_number` into the channel; returns Meta's id. @internal */
export function migrationInitiateSpec(params: { cc: string; phone_number: string }): CamsOperationSpec<z.ZodMiniType, typeof MigrationData, MigrationData> {
  return camsSpec(initiate, params, {
    action: 'CreateChatappMigrationInitiate',
    toWire: (p) => ({ CountryCode: p.cc, MobileNumber: p.phone_number }),
    response: MigrationData,
    result: (data) => data,
    reconcileHint: RECONCILE,
  }) as never;
}

/** `GetMigrationVerifyCode`: request the migration code (`sms`/`voice`, contract §7 #2). @internal */
export function migrationRequestCodeSpec(digits: string, params: { code_method: string; language: string }): CamsOperationSpec<z.ZodMiniType, typeof MigrationData, MigrationData> {
  return camsSpec(requestCode, params, {
    action: 'GetMigrationVerifyCode',
    toWire: (p) => ({ PhoneNumber: digits, Method: p.code_method.toLowerCase(), Locale: p.language }),
    response: MigrationData,
    result: (data) => data,
    reconcileHint: RECONCILE,
  }) as never;
}

/** `ChatappMigrationVerified`: submit the code — in the signed form body, never the URL. @internal */
export function migrationVerifySpec(digits: string, params: { code: string }): CamsOperationSpec<z.ZodMiniType, typeof MigrationData, MigrationData> {
  return camsSpec(verify, params, {
    action: 'ChatappMigrationVerified',
    toWire: (p) => ({ PhoneNumber: digits, VerifyCode: p.code }),
    formParams: ['VerifyCode'],
    response: MigrationData,
    result: (data) => data,
    reconcileHint: RECONCILE,
  }) as never;
}

/** `ChatappMigrationRegister`: register the migrated number; counted as a register under `cams:<digits>`. @internal */
export function migrationRegisterSpec(digits: string): CamsOperationSpec<z.ZodMiniType, z.ZodMiniType, { success: true }> {
  return camsSpec(register, {}, {
    action: 'ChatappMigrationRegister',
    toWire: () => ({ PhoneNumber: digits }),
    response: z.unknown(),
    result: () => ({ success: true as const }),
    registrationKey: `cams:${digits}`,
    reconcileHint: RECONCILE,
  }) as never;
}
