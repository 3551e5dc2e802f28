#!/usr/bin/env node
// An integrator's first hour with the BEI Hub API, as a runnable script (docs/integrators.md):
// token → page through customers → create an order with an Idempotency-Key and retry it →
// receive a webhook and verify its Standard Webhooks signature.
//   BASE_URL=http://localhost:3000 CLIENT_ID=… CLIENT_SECRET=… PRODUCT_ID=… node tools/integrator-example/integrator.mjs
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';

const { BASE_URL = 'http://localhost:3000', CLIENT_ID, CLIENT_SECRET, PRODUCT_ID } = process.env;
const api = `${BASE_URL}/api/v1`;

function check(condition, message) {
  if (!condition) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
  }
  console.log(`ok - ${message}`);
}

async function getToken() {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  const res = await fetch(`${api}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const json = await res.json();
  check(
    res.status === 200 && json.token_type === 'Bearer',
    `token issued with scopes "${json.scope}"`,
  );
  return json.access_token;
}

/** Verifies `webhook-signature` as Standard Webhooks describes. */
function verifyWebhook(secret, headers, body) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest('base64');
  const age = Math.abs(Date.now() / 1000 - Number(headers['webhook-timestamp']));
  return (
    age < 300 &&
    String(headers['webhook-signature'])
      .split(' ')
      .some((sig) => {
        const given = Buffer.from(sig.replace(/^v1,/, ''));
        return (
          given.length === Buffer.from(expected).length &&
          timingSafeEqual(given, Buffer.from(expected))
        );
      })
  );
}

const token = await getToken();
const auth = { authorization: `Bearer ${token}` };

// Page through every customer with the opaque cursor.
let cursor = null;
let customers = [];
do {
  const res = await fetch(
    `${api}/customers?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    { headers: auth },
  );
  const page = await res.json();
  customers = customers.concat(page.items);
  cursor = page.nextCursor;
} while (cursor);
check(
  customers.length > 0 && new Set(customers.map((c) => c.id)).size === customers.length,
  `paged through ${customers.length} customers without repeats`,
);

// Receive webhooks on a local port.
const received = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.writeHead(204).end();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const hookUrl = `http://127.0.0.1:${server.address().port}/bei-hub`;
const endpoint = await (
  await fetch(`${api}/webhook-endpoints`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ url: hookUrl, events: ['order.*'] }),
  })
).json();
check(
  typeof endpoint.secret === 'string' && endpoint.secret.startsWith('whsec_'),
  'webhook endpoint registered; secret received once',
);

// Create an order; a retry with the same key must not create a second one.
const doctor = customers.find((c) => c.status === 'active');
const key = randomUUID();
const order = {
  kind: 'sale',
  customerId: doctor.id,
  lines: [{ productId: PRODUCT_ID, quantity: 2 }],
};
const send = () =>
  fetch(`${api}/orders`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(order),
  });
const first = await send();
const firstBody = await first.text();
const retry = await send();
const retryBody = await retry.text();
check(
  first.status === 201,
  `order created (${JSON.parse(firstBody).number}), total Rp ${JSON.parse(firstBody).total}`,
);
check(
  retry.status === 201 &&
    retry.headers.get('idempotent-replayed') === 'true' &&
    retryBody === firstBody,
  'retry with the same Idempotency-Key replayed the first response',
);

// The order.created event arrives, signed.
const deadline = Date.now() + 15_000;
while (!received.some((r) => JSON.parse(r.body).type === 'order.created') && Date.now() < deadline)
  await new Promise((r) => setTimeout(r, 200));
const delivery = received.find((r) => JSON.parse(r.body).type === 'order.created');
check(delivery !== undefined, 'order.created webhook received');
check(
  verifyWebhook(endpoint.secret, delivery.headers, delivery.body),
  'webhook signature verified',
);
check(
  JSON.parse(delivery.body).data.resourceId === JSON.parse(firstBody).id,
  'webhook names the order by id (no personal data)',
);

server.close();
console.log('integrator journey: 7 passed, 0 failed');
