import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A local receiver that records what it gets and answers with `status`. */
function receiver(status: () => number) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status()).end();
    });
  });
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/hooks`,
        received,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}

const waitFor = async (condition: () => boolean | Promise<boolean>, ms = 15_000) => {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('webhooks (contract §10)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_LOOPBACK: 'true' });
    admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
  });
  afterAll(() => t.close());

  it('refuses private targets', async () => {
    const privateTarget = await call<{ errors: { field: string; message: string }[] }>(
      t.baseUrl,
      'POST',
      '/api/v1/webhook-endpoints',
      {
        token: admin,
        body: { url: 'https://10.1.2.3/hooks', events: ['*'] },
      },
    );
    expect(privateTarget.status).toBe(400);
    expect(privateTarget.body.errors[0]).toMatchObject({ field: 'url' });
  });

  it('delivers subscribed events with Standard Webhooks signatures, ids only, and logs deliveries', async () => {
    const hook = await receiver(() => 204);
    try {
      const endpoint = await call<{ id: string; secret: string }>(
        t.baseUrl,
        'POST',
        '/api/v1/webhook-endpoints',
        {
          token: admin,
          body: { url: hook.url, events: ['customer.*'] },
        },
      );
      expect(endpoint.status).toBe(201);
      expect(endpoint.body.secret).toMatch(/^whsec_/);
      const customer = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/customers', {
        token: admin,
        body: { type: 'doctor', name: 'dr. Webhook Rahasia', email: 'rahasia@klinik.id' },
      });
      await loginAs(t.baseUrl, ADMIN_EMAIL);
      await waitFor(() => hook.received.length >= 1);
      const [delivery] = hook.received;
      const payload = JSON.parse(delivery.body) as { type: string; data: { resourceId: string } };
      expect(payload).toMatchObject({
        type: 'customer.created',
        data: { resourceId: customer.body.id },
      });
      expect(delivery.body).not.toContain('Rahasia');
      expect(delivery.body).not.toContain('rahasia@klinik.id');
      const key = Buffer.from(endpoint.body.secret.replace('whsec_', ''), 'base64');
      const signed = `${delivery.headers['webhook-id']}.${delivery.headers['webhook-timestamp']}.${delivery.body}`;
      expect(delivery.headers['webhook-signature']).toBe(
        `v1,${createHmac('sha256', key).update(signed).digest('base64')}`,
      );
      await waitFor(async () => {
        const log = await call<{ items: { status: string }[] }>(
          t.baseUrl,
          'GET',
          `/api/v1/webhook-endpoints/${endpoint.body.id}/deliveries`,
          { token: admin },
        );
        return log.body.items.some((d) => d.status === 'succeeded');
      });
      expect(
        hook.received.every((r) =>
          (JSON.parse(r.body) as { type: string }).type.startsWith('customer.'),
        ),
      ).toBe(true);
    } finally {
      await hook.close();
    }
  });

  it('retries a failing receiver and lets an admin retry a delivery now', async () => {
    let status = 500;
    const hook = await receiver(() => status);
    try {
      const endpoint = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/webhook-endpoints', {
        token: admin,
        body: { url: hook.url, events: ['order.*', 'product.created'] },
      });
      await call(t.baseUrl, 'POST', '/api/v1/products', {
        token: admin,
        body: {
          sku: 'WH-1',
          name: 'Webhook Product',
          brand: 'X',
          category: 'filler',
          unit: 'syringe',
          prescriptionOnly: false,
          price: 1000,
        },
      });
      await waitFor(() => hook.received.length >= 1);
      const log = await call<{
        items: { id: string; status: string; lastStatusCode: number | null; attempts: number }[];
      }>(t.baseUrl, 'GET', `/api/v1/webhook-endpoints/${endpoint.body.id}/deliveries`, {
        token: admin,
      });
      await waitFor(async () => {
        const latest = await call<{ items: { attempts: number; lastStatusCode: number | null }[] }>(
          t.baseUrl,
          'GET',
          `/api/v1/webhook-endpoints/${endpoint.body.id}/deliveries`,
          { token: admin },
        );
        return latest.body.items[0]?.attempts >= 1 && latest.body.items[0]?.lastStatusCode === 500;
      });
      status = 200;
      const retried = await call(
        t.baseUrl,
        'POST',
        `/api/v1/webhook-endpoints/${endpoint.body.id}/deliveries/${log.body.items[0].id}/retry`,
        { token: admin },
      );
      expect(retried.status).toBe(202);
      await waitFor(async () => {
        const latest = await call<{ items: { status: string }[] }>(
          t.baseUrl,
          'GET',
          `/api/v1/webhook-endpoints/${endpoint.body.id}/deliveries`,
          { token: admin },
        );
        return latest.body.items[0]?.status === 'succeeded';
      });
    } finally {
      await hook.close();
    }
  });
});

describe('webhook targets without WEBHOOK_ALLOW_LOOPBACK', () => {
  it('refuses loopback addresses', async () => {
    const t = await startTestApp();
    try {
      const token = await loginAs(t.baseUrl, ADMIN_EMAIL);
      const loopback = await call(t.baseUrl, 'POST', '/api/v1/webhook-endpoints', {
        token,
        body: { url: 'http://127.0.0.1:9/hooks', events: ['*'] },
      });
      expect(loopback.status).toBe(400);
    } finally {
      await t.close();
    }
  });
});
