#!/usr/bin/env node
// Offline verifier for BEI Hub audit exports. It shares no code with the server: it follows only the
// canonical form documented in docs/audit-verification.md, so an auditor can read it in one sitting.
//   node tools/audit-verify/audit-verify.mjs export.ndjson --public-key key.pem [--checkpoint checkpoint.json]
import { createHash, createPublicKey, verify } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const GENESIS = '0'.repeat(64);

/** Sorted keys, no whitespace; strings, integers, booleans, null, arrays and objects only. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (...parts) =>
  createHash('sha256')
    .update(Buffer.concat(parts.map((p) => Buffer.from(p))))
    .digest();

/** RFC 6962 Merkle tree hash. */
function merkle(leaves) {
  if (leaves.length === 0) return sha256('');
  if (leaves.length === 1) return sha256(Buffer.from([0]), leaves[0]);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), merkle(leaves.slice(0, k)), merkle(leaves.slice(k)));
}

function parseArgs(argv) {
  const args = { file: null, publicKey: null, checkpoint: null };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--public-key') args.publicKey = argv[++i];
    else if (argv[i] === '--checkpoint') args.checkpoint = argv[++i];
    else args.file = argv[i];
  }
  return args;
}

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

/** `expected` maps "chain:seq" to the hash a signed checkpoint says that event has. */
async function verifyExport(file, expected) {
  const chains = new Map(); // chain → { seq, hash } of the last event seen
  let count = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    let event;
    try {
      event = JSON.parse(line);
    } catch {
      fail(`line ${lineNumber} is not JSON`);
    }
    const { prevHash, hash, ...hashed } = event;
    const last = chains.get(event.chain);
    if (last && event.seq !== last.seq + 1)
      fail(
        `chain ${event.chain} seq ${last.seq + 1}: missing or out of order (found ${event.seq})`,
      );
    if (last && prevHash !== last.hash)
      fail(`chain ${event.chain} seq ${event.seq}: prevHash does not match the previous event`);
    if (!last && event.seq === 1 && prevHash !== GENESIS)
      fail(`chain ${event.chain} seq 1: prevHash is not the genesis value`);
    const computed = sha256(`${prevHash}\n${canonical(hashed)}`).toString('hex');
    if (computed !== hash)
      fail(`chain ${event.chain} seq ${event.seq}: hash does not match the event's content`);
    const signed = expected.get(`${event.chain}:${event.seq}`);
    if (signed !== undefined && signed !== hash)
      fail(`chain ${event.chain} seq ${event.seq}: differs from the signed checkpoint`);
    chains.set(event.chain, { seq: event.seq, hash });
    count += 1;
  }
  return { chains, count };
}

/** Checks the checkpoint's own root and signature; returns the heads the export must contain. */
function verifyCheckpoint(checkpoint, publicKeyPem) {
  const heads = checkpoint.heads.map((h) => ({ chain: h.chain, hash: h.hash, seq: h.seq }));
  const root = merkle(heads.map((h) => Buffer.from(canonical(h), 'utf8'))).toString('hex');
  if (root !== checkpoint.root) fail('checkpoint root does not match its heads');
  const message = Buffer.from(
    canonical({ heads, root: checkpoint.root, signedAt: checkpoint.signedAt }),
    'utf8',
  );
  const key = createPublicKey(publicKeyPem);
  if (!verify(null, message, key, Buffer.from(checkpoint.signature, 'base64')))
    fail('checkpoint signature is not valid for this public key');
  return heads.filter((h) => h.seq > 0);
}

const args = parseArgs(process.argv.slice(2));
if (!args.file)
  fail(
    'usage: audit-verify <export.ndjson> --public-key <key.pem> [--checkpoint <checkpoint.json>]',
  );
if (args.checkpoint && !args.publicKey) fail('--checkpoint needs --public-key');
const heads = args.checkpoint
  ? verifyCheckpoint(
      JSON.parse(readFileSync(args.checkpoint, 'utf8')),
      readFileSync(args.publicKey, 'utf8'),
    )
  : [];
const { chains, count } = await verifyExport(
  args.file,
  new Map(heads.map((h) => [`${h.chain}:${h.seq}`, h.hash])),
);
// The export must extend the checkpoint: every signed head is in it (checked above) and not cut off.
for (const head of heads) {
  const seen = chains.get(head.chain);
  if (!seen || seen.seq < head.seq)
    fail(
      `chain ${head.chain}: the export ends before the signed head at seq ${head.seq} (truncated)`,
    );
}
console.log(
  `OK: ${count} events in ${chains.size} chains verified${args.checkpoint ? '; they extend the signed checkpoint' : ''}`,
);
