import fs from 'node:fs';

export default async function globalTeardown() {
  const embedded = globalThis.__EMBEDDED_TEST_DB__;
  if (!embedded) return;
  await embedded.server.stop();
  fs.rmSync(embedded.dir, { recursive: true, force: true });
}
