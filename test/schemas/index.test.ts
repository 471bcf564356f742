import { describe, expect, it } from 'vitest';
import * as schemas from '../../src/schemas/index.js';

describe('schemas barrel', () => {
  it('exports the shared schemas', () => {
    for (const name of [
      'Pin', 'VerificationCode', 'DataLocalizationRegion', 'DATA_LOCALIZATION_REGIONS', 'Language', 'DisplayName',
      'GraphId', 'WabaId', 'PhoneNumberId', 'BusinessId', 'AppId', 'CountryCallingCode', 'NationalNumber',
      'SuccessResponse', 'IdResponse', 'CursorPaging', 'paged', 'openEnum', 'PhoneNumberInfo', 'HealthStatus',
      'PHONE_NUMBER_FIELDS', 'PhoneNumberStatus', 'QualityRating', 'CodeVerificationStatus', 'NameStatus',
    ]) {
      expect(schemas, name).toHaveProperty(name);
    }
  });

  it('leaves the phone helpers (libphonenumber-js) and internal building blocks out', () => {
    expect(schemas).not.toHaveProperty('splitPhoneNumber');
    expect(schemas).not.toHaveProperty('InternationalPhoneNumber');
    expect(schemas).not.toHaveProperty('looseObject');
    expect(schemas).not.toHaveProperty('optionalString');
  });
});
