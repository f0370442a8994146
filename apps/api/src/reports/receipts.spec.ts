import { hashPassphrase, newPassphrase, newReceiptCode, normaliseReceiptCode, RECEIPT_ALPHABET, verifyPassphrase } from './receipts';

describe('receipt codes and passphrases', () => {
  it('makes receipt codes like GAP-7K3Q-M9XW from the unambiguous alphabet', () => {
    const codes = Array.from({ length: 200 }, newReceiptCode);
    for (const code of codes) expect(code).toMatch(/^GAP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('makes passphrases of four groups of four symbols: 80 bits', () => {
    const passphrase = newPassphrase();
    expect(passphrase).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    expect(RECEIPT_ALPHABET).toHaveLength(32);
    expect(passphrase.replace(/-/g, '').length * Math.log2(RECEIPT_ALPHABET.length)).toBeGreaterThanOrEqual(80);
    expect(RECEIPT_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('reads a receipt code typed in lower case or without dashes, and nothing else', () => {
    expect(normaliseReceiptCode(' gap 7k3q m9xw ')).toBe('GAP-7K3Q-M9XW');
    expect(normaliseReceiptCode('GAP7K3QM9XW')).toBe('GAP-7K3Q-M9XW');
    expect(normaliseReceiptCode('GAP-7K3Q-M9X0')).toBeNull();
    expect(normaliseReceiptCode("' OR 1=1 --")).toBeNull();
  });

  it('verifies a passphrase however it is spaced or cased, and refuses any other', async () => {
    const passphrase = newPassphrase();
    const hash = await hashPassphrase(passphrase);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassphrase(hash, passphrase.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(await verifyPassphrase(hash, newPassphrase())).toBe(false);
    expect(await verifyPassphrase(null, passphrase)).toBe(false);
  });
});
