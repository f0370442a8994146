/**
 * A fresh idempotency key. crypto.randomUUID exists only in secure contexts (https, localhost),
 * so over plain http the same kind of v4 UUID is built from crypto.getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per form that creates something: made when the form starts, sent again on every retry
 * (a double click, a resend after a lost answer), so that the API creates one thing; renewed only
 * after a success, so that the next use of the form is a new request.
 */
export function useIdempotencyKey() {
  let key = newIdempotencyKey();
  return {
    async send<T>(run: (idempotencyKey: string) => Promise<T>): Promise<T> {
      const result = await run(key);
      key = newIdempotencyKey();
      return result;
    },
  };
}
