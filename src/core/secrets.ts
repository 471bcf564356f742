import { isSecretKey } from './redact.js';

/**
 * Values of secret-named fields in the caller's params (pin, code, verify_token, VerifyCode…), to redact
 * everywhere: logs, errors, causes. @internal
 */
export function collectSecrets(value: unknown, depth = 0): string[] {
  if (typeof value !== 'object' || value === null || depth > 4) return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (isSecretKey(key) && (typeof inner === 'string' || typeof inner === 'number')) found.push(String(inner));
    else found.push(...collectSecrets(inner, depth + 1));
  }
  return found;
}
