import { UnsupportedOperationError } from '../../errors/unsupported-operation-error.js';

/**
 * Gives a CAMS resource class the Graph members CAMS has no operation for (contract §5), as members that throw
 * {@link UnsupportedOperationError} before anything is sent. They are absent from the class's TypeScript type: only
 * plain JavaScript (or a cast) can reach them, and then it fails loudly instead of with "is not a function".
 * Methods throw (reject) when called; sub-resources throw when read. @internal
 */
export function markUnsupported(
  target: abstract new (...args: never[]) => object,
  className: string,
  members: { readonly methods?: Readonly<Record<string, string>>; readonly getters?: Readonly<Record<string, string>> },
): void {
  for (const [name, reason] of Object.entries(members.methods ?? {})) {
    Object.defineProperty(target.prototype, name, {
      configurable: true,
      writable: true,
      enumerable: false,
      value: function unsupported(): Promise<never> {
        return Promise.reject(new UnsupportedOperationError(`${className}.${name}`, 'cams', reason));
      },
    });
  }
  for (const [name, reason] of Object.entries(members.getters ?? {})) {
    Object.defineProperty(target.prototype, name, {
      configurable: true,
      enumerable: false,
      get(): never {
        throw new UnsupportedOperationError(`${className}.${name}`, 'cams', reason);
      },
    });
  }
}
