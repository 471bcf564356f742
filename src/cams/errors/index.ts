export { CAMS_CODES, CAMS_SUCCESS_CODES, lookupCamsCode, type CamsCodeEntry, type CamsCodeSection } from './catalog.js';
export { isCamsSuccess, parseCamsEnvelope, type CamsEnvelope } from './envelope.js';
export { camsErrorFromResponse, type CamsErrorFromResponseInput } from './from-response.js';
export { extractMetaCode } from './meta-code.js';
export { isCamsError, type CamsAPIError } from './guards.js';
