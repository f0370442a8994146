/**
 * The `redirect` query value to follow after signing in, or null when it is not a path on
 * this site. Protocol-relative (`//evil.example`), backslash (`/\evil.example`) and
 * whitespace tricks are refused because browsers turn them into other origins.
 */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  if (value.startsWith('//') || /[\\\s\p{Cc}]/u.test(value)) return null;
  return value;
}
