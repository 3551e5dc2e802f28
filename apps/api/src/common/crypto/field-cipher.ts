import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';

/**
 * Encrypts sensitive fields (NIK, NPWP) with AES-256-GCM as `keyId.iv.tag.ciphertext` (base64url),
 * so keys can rotate: the current key encrypts, every configured key decrypts. Blind indexes
 * (keyed HMAC-SHA256) let the database find a value by exact match without decrypting rows.
 */
@Injectable()
export class FieldCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly current: { id: string; key: Buffer };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.current = config.dataEncryptionKeys[0];
    this.keys = new Map(config.dataEncryptionKeys.map((k) => [k.id, k.key]));
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [this.current.id, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  decrypt(token: string): string {
    const [keyId, iv, tag, ciphertext] = token.split('.');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`No data encryption key "${keyId}" is configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }

  blindIndex(kind: 'nik' | 'npwp', value: string): string {
    return createHmac('sha256', this.config.blindIndexKey).update(`${kind}:${value}`).digest('hex');
  }
}
