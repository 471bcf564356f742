export * from './whatsapp-error.js';
export * from './api-error.js';
export * from './transport-errors.js';
export * from './validation-error.js';
export * from './guard-errors.js';
export * from './store-errors.js';
export * from './guards.js';
