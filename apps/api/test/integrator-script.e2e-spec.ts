import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDoctor, createProduct } from './support/catalog-fixtures';
import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);
const script = path.resolve(__dirname, '../../../tools/integrator-example/integrator.mjs');

/** docs/integrators.md's example script, run against a real app as an integrator would. */
describe('the integrator example script', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_LOOPBACK: 'true' });
  });
  afterAll(() => t.close());

  it('gets a token, pages customers, creates and retries an order idempotently, and verifies a webhook', async () => {
    const admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    const product = await createProduct(t.baseUrl, admin);
    await createDoctor(t.baseUrl, admin, [{ kind: 'STR', number: 'STR-INT-1' }]);
    const client = await call<{ clientId: string; clientSecret: string }>(
      t.baseUrl,
      'POST',
      '/api/v1/api-clients',
      {
        token: admin,
        body: {
          name: 'Integrator example',
          scopes: ['customers:read', 'orders:read', 'orders:write', 'webhooks:manage'],
        },
      },
    );
    const { stdout } = await run(process.execPath, [script], {
      env: {
        ...process.env,
        BASE_URL: t.baseUrl,
        CLIENT_ID: client.body.clientId,
        CLIENT_SECRET: client.body.clientSecret,
        PRODUCT_ID: product.id,
      },
    });
    expect(stdout).toContain('webhook signature verified');
    expect(stdout).toContain('integrator journey: 7 passed, 0 failed');
  });
});
