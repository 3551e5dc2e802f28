import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';
import { FieldCipher } from './field-cipher';

const keyA = { id: 'a', key: randomBytes(32) };
const keyB = { id: 'b', key: randomBytes(32) };
const cipherWith = (keys: { id: string; key: Buffer }[], blind = Buffer.alloc(32, 1)) =>
  new FieldCipher({ dataEncryptionKeys: keys, blindIndexKey: blind } as AppConfig);

describe('FieldCipher', () => {
  it('round-trips and never stores the plain value', () => {
    const cipher = cipherWith([keyA]);
    const token = cipher.encrypt('3174011203850001');
    expect(token).not.toContain('3174011203850001');
    expect(token.startsWith('a.')).toBe(true);
    expect(cipher.decrypt(token)).toBe('3174011203850001');
    expect(cipher.encrypt('3174011203850001')).not.toBe(token);
  });

  it('decrypts values written under a retired key after rotation', () => {
    const old = cipherWith([keyA]).encrypt('0012345678901000');
    const rotated = cipherWith([keyB, keyA]);
    expect(rotated.decrypt(old)).toBe('0012345678901000');
    expect(rotated.encrypt('x').startsWith('b.')).toBe(true);
  });

  it('refuses a tampered ciphertext', () => {
    const cipher = cipherWith([keyA]);
    const [id, iv, tag, body] = cipher.encrypt('3174011203850001').split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([id, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it('gives equal blind indexes for equal values, per kind and per key', () => {
    const cipher = cipherWith([keyA]);
    expect(cipher.blindIndex('nik', '3174011203850001')).toBe(
      cipher.blindIndex('nik', '3174011203850001'),
    );
    expect(cipher.blindIndex('npwp', '3174011203850001')).not.toBe(
      cipher.blindIndex('nik', '3174011203850001'),
    );
    expect(cipherWith([keyA], Buffer.alloc(32, 2)).blindIndex('nik', '1')).not.toBe(
      cipher.blindIndex('nik', '1'),
    );
  });
});
