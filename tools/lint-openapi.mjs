// Checks the published OpenAPI document meets the integrator-facing bar (docs/integrators.md):
// every operation has an id, a summary, tags and a success response; every protected operation
// declares bearer auth and documents 401/403 as problem+json. Prints each finding; exits 1 on any.
import fs from 'node:fs';

const file = process.argv[2] ?? 'libs/api-client/openapi.json';
const document = JSON.parse(fs.readFileSync(file, 'utf8'));
const PUBLIC = new Set([
  'login',
  'refreshToken',
  'logout',
  'issueAccessToken',
  'getLiveness',
  'getReadiness',
  'showUnsubscribe',
  'confirmUnsubscribe',
]);
const findings = [];
let checked = 0;

for (const [path, methods] of Object.entries(document.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    checked += 1;
    const where = `${method.toUpperCase()} ${path}`;
    if (!op.operationId) findings.push(`${where}: no operationId`);
    if (!op.summary) findings.push(`${where}: no summary`);
    if (!op.tags?.length) findings.push(`${where}: no tags`);
    const statuses = Object.keys(op.responses ?? {});
    if (!statuses.some((s) => s.startsWith('2'))) findings.push(`${where}: no success response`);
    if (PUBLIC.has(op.operationId)) continue;
    if (!op.security?.some((s) => 'bearer' in s))
      findings.push(`${where}: no bearer security requirement`);
    for (const status of ['401', '403']) {
      const content = op.responses?.[status]?.content?.['application/problem+json'];
      if (!content) findings.push(`${where}: ${status} is not documented as problem+json`);
    }
  }
}
for (const finding of findings) console.error(finding);
console.log(
  `OpenAPI lint: ${checked - new Set(findings.map((f) => f.split(':')[0])).size} passed, ${new Set(findings.map((f) => f.split(':')[0])).size} failed`,
);
process.exit(findings.length ? 1 : 0);
