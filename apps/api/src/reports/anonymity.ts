/** Milliseconds, as a JavaScript date holds them, so that a keyset cursor finds its row again. */
export const NOW = `date_trunc('milliseconds', now())`;
