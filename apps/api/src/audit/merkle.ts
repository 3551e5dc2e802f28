import { createHash } from 'node:crypto';

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

/**
 * RFC 6962 Merkle tree hash: leaves are hashed with a 0x00 prefix, inner nodes with 0x01, and a
 * list of n leaves splits at the largest power of two below n. The empty tree is SHA-256("").
 */
export function merkleRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return sha256(Buffer.from([0]), leaves[0]);
  let split = 1;
  while (split * 2 < leaves.length) split *= 2;
  return sha256(
    Buffer.from([1]),
    merkleRoot(leaves.slice(0, split)),
    merkleRoot(leaves.slice(split)),
  );
}
