// Regenerates libs/api-client from the built API and fails when the result differs from what is
// committed: the OpenAPI document and the generated client must never drift from the server.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (file, args) =>
  execFileSync(file, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

run(process.execPath, [
  'dist/apps/api/apps/api/src/openapi/write-openapi.js',
  'libs/api-client/openapi.json',
]);
run(process.execPath, [
  'node_modules/@hey-api/openapi-ts/bin/run.js',
  '-f',
  'libs/api-client/openapi-ts.config.mjs',
]);
const drift = run('git', ['status', '--porcelain', '--', 'libs/api-client']);
if (drift.trim()) {
  console.error(
    `libs/api-client is out of date with the API. Run \`npm run openapi\` and commit:\n${drift}`,
  );
  process.exit(1);
}
console.log('libs/api-client matches the API: 1 passed, 0 failed');
