import * as z from 'zod/mini';
import { DisplayName } from '../../schemas/display-name.js';
import { CountryCallingCode, NationalNumber, WabaId } from '../../schemas/ids.js';
import { Language } from '../../schemas/locale.js';
import { DataLocalizationRegion } from '../../schemas/region.js';
import { CodeMethod } from '../verification/schemas.js';
import type { WithPhone } from '../waba/phone-numbers-schemas.js';

const common = {
  /** The destination WABA. */
  wabaId: WabaId,
  cc: CountryCallingCode,
  phone_number: NationalNumber,
  /** How the ownership code is sent: `SMS` or `VOICE` (landlines: voice). */
  codeMethod: CodeMethod,
  /** Language of the code message, `en` / `en_US` style. */
  language: Language,
  /** `data_localization_region` to register with later (local storage in one of the 14 countries). */
  region: z.optional(DataLocalizationRegion),
};

/**
 * Params of `client.migration.start` after `phone` has been split: move a number registered on another WABA to
 * `wabaId` (the number keeps its approved display name, so `verified_name` is optional).
 */
export const MigrationStartParams = z.strictObject({ ...common, verified_name: z.optional(DisplayName) });
export type MigrationStartParams = z.infer<typeof MigrationStartParams>;

/** Params of `client.onboarding.start` after `phone` has been split: a new number needs its display name. */
export const OnboardingStartParams = z.strictObject({ ...common, verified_name: DisplayName });
export type OnboardingStartParams = z.infer<typeof OnboardingStartParams>;

/** Params of `recover()`: everything `start()` takes except the display name. */
export const FlowRecoverParams = z.strictObject(common);
export type FlowRecoverParams = z.infer<typeof FlowRecoverParams>;


/** What `client.migration.start` accepts: `cc` + `phone_number`, or `phone: '+65 8123 4567'`. */
export type MigrationStartInput = MigrationStartParams | WithPhone<MigrationStartParams>;
/** What `client.onboarding.start` accepts: `cc` + `phone_number`, or `phone: '+65 8123 4567'`. */
export type OnboardingStartInput = OnboardingStartParams | WithPhone<OnboardingStartParams>;
/** What `recover()` accepts: `cc` + `phone_number`, or `phone`. */
export type FlowRecoverInput = FlowRecoverParams | WithPhone<FlowRecoverParams>;
