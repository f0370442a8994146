import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/*
 * A client-generated idempotency key (a UUID, one per report form) makes a repeated `reportPracticeGap` return the
 * first result. The key itself is never stored: only its SHA-256 (hashIdempotencyKey), and for an anonymous report the
 * passphrase sealed with a key derived from it, so that only the holder of the key can replay it.
 */
const INFO = 'ideas-hub/anonymous-report-replay/v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

// HKDF, not the SHA-256 stored beside it: the stored hash must not be the sealing key.
function sealingKey(key: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(key.toLowerCase()), Buffer.alloc(0), INFO, 32));
}

/** AES-256-GCM: iv, tag, then the ciphertext. */
export function sealPassphrase(passphrase: string, key: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(key), iv);
  const text = Buffer.concat([cipher.update(passphrase, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), text]);
}

export function unsealPassphrase(sealed: Buffer, key: string): string {
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(key), sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
