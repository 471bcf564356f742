import type { SimPhoneNumber } from '../state/types.js';
import { invalidParam } from '../wire/graph-error.js';

/** The 14 local-storage regions of contract §3.4 ([D-REG], [OA23]). @internal */
export const STORAGE_REGIONS = ['AU', 'ID', 'IN', 'JP', 'SG', 'KR', 'DE', 'CH', 'GB', 'BR', 'BH', 'ZA', 'AE', 'CA'] as const;

/** @throws SimGraphError (#100) when `region` is not one of the 14. @internal */
export function checkRegion(name: string, region: string): void {
  if (!(STORAGE_REGIONS as readonly string[]).includes(region)) {
    throw invalidParam(`Param ${name} must be one of {${STORAGE_REGIONS.join(', ')}} - got "${region}".`);
  }
}

/**
 * Local storage can change only while the number is not registered (domain.md: "deregister, change, register
 * again"; [D-LS]: the number must be unregistered). Meta documents no code for the violation; the simulator
 * answers `(#100) Invalid parameter` with details.
 * @internal
 */
export function assertStorageChangeAllowed(phone: SimPhoneNumber): void {
  if (phone.status === 'CONNECTED') {
    throw invalidParam(
      'Local storage settings can only be changed while the phone number is not registered. Deregister the number, change the setting, then register it again.',
    );
  }
}
