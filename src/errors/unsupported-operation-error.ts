import { isErrorKind, nameError, WhatsAppError } from './whatsapp-error.js';

/** Which provider a client talks to. */
export type Provider = 'graph' | 'cams';

/**
 * The provider has no such operation (Alibaba CAMS cannot block users, change the PIN or the display name, set a
 * local-storage region…; CAMS contract §5) — **nothing was sent**. TypeScript users never see this: the method is
 * absent from that client's types; plain JavaScript gets this error instead of a silent emulation.
 *
 * @example
 * if (isUnsupportedOperationError(error)) console.warn(`${error.operation} is not available on ${error.provider}`);
 */
export class UnsupportedOperationError extends WhatsAppError {
  declare readonly name: 'UnsupportedOperationError';
  /** The operation asked for, e.g. `PhoneNumber.setPin`. */
  declare readonly operation: string;
  declare readonly provider: Provider;

  constructor(operation: string, provider: Provider, reason: string) {
    super(`${operation} is not available on ${provider === 'cams' ? 'Alibaba Cloud CAMS' : 'Meta Graph'}: ${reason}; no request was sent`);
    this.operation = operation;
    this.provider = provider;
  }
}
nameError(UnsupportedOperationError, 'UnsupportedOperationError');

/**
 * True for an {@link UnsupportedOperationError}, in any realm.
 * @example
 * if (isUnsupportedOperationError(error)) fallBackToGraph();
 */
export function isUnsupportedOperationError(value: unknown): value is UnsupportedOperationError {
  return isErrorKind(value, 'UnsupportedOperationError');
}
