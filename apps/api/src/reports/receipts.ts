import { randomBytes } from 'node:crypto';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../accounts/passwords';

/**
 * 32 symbols with nothing to confuse when read aloud or copied by hand: no 0/O, no 1/I.
 * 32 divides 256, so taking a random byte modulo 32 keeps every symbol equally likely.
 */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function randomGroups(groups: number): string[] {
  const bytes = randomBytes(groups * 4);
  const symbols = [...bytes].map((byte) => RECEIPT_ALPHABET[byte % RECEIPT_ALPHABET.length]);
  return Array.from({ length: groups }, (_, index) => symbols.slice(index * 4, index * 4 + 4).join(''));
}

/** A reference like GAP-7K3Q-M9XW: not a secret (the passphrase is), only unique. */
export function newReceiptCode(): string {
  return ['GAP', ...randomGroups(2)].join('-');
}

/** 16 symbols of 5 bits each: 80 bits, beyond guessing even against the stored hash. */
export function newPassphrase(): string {
  return randomGroups(4).join('-');
}

/** What a person may type: any case, with or without the dashes or spaces. */
function canonical(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

const RECEIPT = new RegExp(`^GAP([${RECEIPT_ALPHABET}]{4})([${RECEIPT_ALPHABET}]{4})$`);

/** The stored form of a typed receipt code, or null when it cannot be one. */
export function normaliseReceiptCode(typed: string): string | null {
  const match = RECEIPT.exec(canonical(typed));
  return match ? `GAP-${match[1]}-${match[2]}` : null;
}

export function hashPassphrase(passphrase: string): Promise<string> {
  return hashPassword(canonical(passphrase));
}

/** Runs argon2 even without a stored hash, so that timing does not tell a real receipt from an unknown one. */
export function verifyPassphrase(hash: string | null, typed: string): Promise<boolean> {
  return hash ? verifyPassword(hash, canonical(typed)) : verifyAgainstDecoy(canonical(typed));
}
