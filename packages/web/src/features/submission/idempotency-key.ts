/**
 * A fresh `Idempotency-Key`: random, 128 bits. `crypto.randomUUID` exists only on secure pages
 * (https, localhost); `getRandomValues` everywhere, so a province served over plain http works too.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
