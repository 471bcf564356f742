// Shared request/response schemas. `wabakit/phone` (libphonenumber-js) is deliberately not re-exported here:
// it is a separate entry point so that the main bundle stays free of phone metadata (style §6.8).
export * from './graph.js';
export * from './pin.js';
export * from './region.js';
export * from './locale.js';
export * from './display-name.js';
export * from './ids.js';
export * from './phone-number-enums.js';
export * from './phone-number-info.js';
