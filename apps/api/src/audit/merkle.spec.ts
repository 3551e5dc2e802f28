import { createHash } from 'node:crypto';
import { headLeaf } from './audit-checkpoints.service';
import { merkleRoot } from './merkle';

const h = (hex: string) => Buffer.from(hex, 'hex');
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

describe('merkleRoot (RFC 6962)', () => {
  it('hashes the empty tree and a single leaf as the RFC says', () => {
    expect(merkleRoot([]).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(merkleRoot([Buffer.from('')]).toString('hex')).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
  });

  it('splits three leaves as (ab)c', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((s) => Buffer.from(s));
    const leaf = (x: Buffer) => sha(h('00'), x);
    const expected = sha(h('01'), sha(h('01'), leaf(a), leaf(b)), leaf(c));
    expect(merkleRoot([a, b, c]).equals(expected)).toBe(true);
  });
});

describe('the worked example in docs/audit-verification.md', () => {
  it('gives the documented root for one head', () => {
    const leaf = headLeaf({
      chain: 0,
      seq: 1,
      hash: '01d8a883faabd5a8a17402e7b786a7717094a6fb8820cf5f2a496da00588a055',
    });
    expect(leaf.toString()).toBe(
      '{"chain":0,"hash":"01d8a883faabd5a8a17402e7b786a7717094a6fb8820cf5f2a496da00588a055","seq":1}',
    );
    expect(merkleRoot([leaf]).toString('hex')).toBe(
      'fca97b9b1005df135bfbde001b9fc17d67c2ae4f4942c86c81afc185ff99d2b6',
    );
  });
});
