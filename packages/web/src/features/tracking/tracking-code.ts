/** A tracking code as the server stores it (`261123-ABCD2345`): trimmed, upper case, no spaces. */
export function normaliseTrackingCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The server takes 6 to 40 characters (`reports.routes.ts`). */
export function isTrackingCodeShape(value: string): boolean {
  return value.length >= 6 && value.length <= 40 && /^[0-9A-Z-]+$/.test(value);
}
