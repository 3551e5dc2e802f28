import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { addDays, todayInJakarta } from '@bei-hub/domain';
import { ADMIN_EMAIL, ADMIN_PASSWORD, call, startTestApp, type TestApp } from './support/test-app';

type Json = Record<string, unknown> & { id: string };

/** Mutating operations that change nothing (a search sent as POST). */
const READ_ONLY = new Set(['findDuplicateCandidates']);

/**
 * Walks every mutating operation of the OpenAPI document once, each with its own X-Request-Id, and
 * checks that each left an audit event carrying that request id. A new endpoint that is not
 * exercised here, or that writes without auditing, fails this test.
 */
describe('audit coverage of every state change', () => {
  let t: TestApp;
  const executed = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_LOOPBACK: 'true' });
  });
  afterAll(() => t.close());

  async function op<T = Json>(
    operationId: string,
    method: string,
    path: string,
    options: Parameters<typeof call>[3] = {},
  ) {
    executed.add(operationId);
    const res = await call<T>(t.baseUrl, method, path, {
      ...options,
      headers: { ...options.headers, 'x-request-id': `cov-${operationId}` },
    });
    if (res.status >= 300)
      throw new Error(`${operationId}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }

  it('audits each mutating operation in the OpenAPI document', async () => {
    const login = await op<{ accessToken: string }>('login', 'POST', '/api/v1/auth/login', {
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    const token = login.body.accessToken;
    const cookie = (
      login.headers.getSetCookie().find((c) => c.startsWith('bei_refresh=')) as string
    ).split(';')[0];
    const refreshed = await op('refreshToken', 'POST', '/api/v1/auth/refresh', {
      headers: { cookie },
    });
    const cookie2 = (
      refreshed.headers.getSetCookie().find((c) => c.startsWith('bei_refresh=')) as string
    ).split(';')[0];

    const user = await op('createUser', 'POST', '/api/v1/users', {
      token,
      body: {
        email: 'cov@bei.test',
        name: 'Coverage',
        password: 'coverage-password-1',
        roles: ['sales'],
      },
    });
    await op('updateUser', 'PATCH', `/api/v1/users/${user.body.id}`, {
      token,
      headers: { 'if-match': '"1"' },
      body: { name: 'Coverage Two' },
    });

    const client = await op<Json & { clientId: string; clientSecret: string }>(
      'createApiClient',
      'POST',
      '/api/v1/api-clients',
      { token, body: { name: 'cov', scopes: ['customers:read'] } },
    );
    await op('issueAccessToken', 'POST', '/api/v1/auth/token', {
      body: {
        grant_type: 'client_credentials',
        client_id: client.body.clientId,
        client_secret: client.body.clientSecret,
      },
    });
    await op('deleteApiClient', 'DELETE', `/api/v1/api-clients/${client.body.id}`, { token });

    const product = await op('createProduct', 'POST', '/api/v1/products', {
      token,
      body: {
        sku: 'COV-1',
        name: 'Coverage filler',
        brand: 'X',
        category: 'filler',
        unit: 'syringe',
        prescriptionOnly: false,
        price: 1_000_000,
      },
    });
    await op('updateProduct', 'PATCH', `/api/v1/products/${product.body.id}`, {
      token,
      headers: { 'if-match': '"1"' },
      body: { price: 1_100_000 },
    });
    const supplier = await op('createSupplier', 'POST', '/api/v1/suppliers', {
      token,
      body: { name: 'PT Cakupan' },
    });

    const hook = await new Promise<{ url: string; close: () => void }>((resolve) => {
      const server = http.createServer((req, res) =>
        req.resume().on('end', () => res.writeHead(204).end()),
      );
      server.listen(0, '127.0.0.1', () =>
        resolve({
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/h`,
          close: () => server.close(),
        }),
      );
    });
    const endpoint = await op('createWebhookEndpoint', 'POST', '/api/v1/webhook-endpoints', {
      token,
      body: { url: hook.url, events: ['customer.*'] },
    });

    const licences = [
      { kind: 'STR', number: 'STR-COV' },
      { kind: 'SIP', number: 'SIP-COV', validUntil: addDays(todayInJakarta(), 300) },
    ];
    const doctor = await op('createCustomer', 'POST', '/api/v1/customers', {
      token,
      body: {
        type: 'doctor',
        name: 'dr. Cakupan',
        email: 'cov@klinik.id',
        licenses: licences,
        creditLimit: 2_000_000,
      },
    });
    await op('updateCustomer', 'PATCH', `/api/v1/customers/${doctor.body.id}`, {
      token,
      headers: { 'if-match': '"1"' },
      body: { specialty: 'Estetika' },
    });
    const clinic = await call<Json>(t.baseUrl, 'POST', '/api/v1/customers', {
      token,
      body: { type: 'clinic', name: 'Klinik Cakupan' },
    });
    await op('createAffiliation', 'POST', `/api/v1/customers/${doctor.body.id}/affiliations`, {
      token,
      body: { clinicId: clinic.body.id, role: 'Dokter' },
    });
    await op('findDuplicateCandidates', 'POST', '/api/v1/customers/duplicate-candidates', {
      token,
      body: { name: 'Cakupan' },
    });
    const form = new FormData();
    form.append('file', new Blob(['type,name\nclinic,Klinik Impor\n']), 'c.csv');
    executed.add('importCustomers');
    const imported = await fetch(`${t.baseUrl}/api/v1/customers/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'cov-importCustomers' },
      body: form,
    });
    expect(imported.status).toBe(202);

    await op('createConsentPurpose', 'POST', '/api/v1/consent/purposes', {
      token,
      body: {
        code: 'events_invitations',
        channel: 'email',
        legalBasis: 'consent',
        labelId: 'Undangan acara',
        labelEn: 'Event invitations',
      },
    });
    await op('createPrivacyNotice', 'POST', '/api/v1/privacy-notices', {
      token,
      body: {
        version: 'cov-1',
        title: 'Kebijakan',
        body: 'Teks',
        effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    await op('recordConsent', 'POST', `/api/v1/customers/${doctor.body.id}/consents`, {
      token,
      body: {
        purpose: 'marketing_email',
        granted: true,
        method: 'written',
        noticeVersion: 'cov-1',
      },
    });
    const link = await op<{ token: string }>(
      'createUnsubscribeLink',
      'POST',
      `/api/v1/customers/${doctor.body.id}/unsubscribe-links`,
      { token, body: { purpose: 'marketing_email' } },
    );
    executed.add('confirmUnsubscribe');
    const unsubscribed = await fetch(`${t.baseUrl}/api/v1/public/unsubscribe`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-request-id': 'cov-confirmUnsubscribe',
      },
      body: new URLSearchParams({ token: link.body.token }).toString(),
    });
    expect(unsubscribed.status).toBe(200);
    const suppression = await op('createSuppression', 'POST', '/api/v1/suppressions', {
      token,
      body: { channel: 'sms', customerId: doctor.body.id, reason: 'asked' },
    });
    await op('deleteSuppression', 'DELETE', `/api/v1/suppressions/${suppression.body.id}`, {
      token,
      body: { reason: 'asked again' },
    });

    const po = await op('createOrder', 'POST', '/api/v1/orders', {
      token,
      body: {
        kind: 'purchase',
        supplierId: supplier.body.id,
        lines: [{ productId: product.body.id, quantity: 10, unitCost: 500_000 }],
      },
    });
    await op('submitOrder', 'POST', `/api/v1/orders/${po.body.id}/submit`, { token });
    await op('approveOrder', 'POST', `/api/v1/orders/${po.body.id}/approve`, { token, body: {} });
    await op('receiveOrder', 'POST', `/api/v1/orders/${po.body.id}/receive`, {
      token,
      body: {
        lots: [
          {
            productId: product.body.id,
            lotNumber: 'COV-LOT',
            expiryDate: addDays(todayInJakarta(), 200),
            quantity: 10,
          },
        ],
      },
    });
    const sale = await call<Json>(t.baseUrl, 'POST', '/api/v1/orders', {
      token,
      body: {
        kind: 'sale',
        customerId: doctor.body.id,
        lines: [{ productId: product.body.id, quantity: 1 }],
      },
    });
    await op('updateOrder', 'PATCH', `/api/v1/orders/${sale.body.id}`, {
      token,
      headers: { 'if-match': '"1"' },
      body: { notes: 'urgent' },
    });
    await call(t.baseUrl, 'POST', `/api/v1/orders/${sale.body.id}/submit`, { token });
    await op('fulfilOrder', 'POST', `/api/v1/orders/${sale.body.id}/fulfil`, { token, body: {} });
    await op('invoiceOrder', 'POST', `/api/v1/orders/${sale.body.id}/invoice`, { token });
    await op('payOrder', 'POST', `/api/v1/orders/${sale.body.id}/pay`, { token });
    const cancelled = await call<Json>(t.baseUrl, 'POST', '/api/v1/orders', {
      token,
      body: {
        kind: 'sale',
        customerId: doctor.body.id,
        lines: [{ productId: product.body.id, quantity: 1 }],
      },
    });
    await op('cancelOrder', 'POST', `/api/v1/orders/${cancelled.body.id}/cancel`, {
      token,
      body: {},
    });
    const big = await call<Json>(t.baseUrl, 'POST', '/api/v1/orders', {
      token,
      body: {
        kind: 'sale',
        customerId: doctor.body.id,
        lines: [{ productId: product.body.id, quantity: 5 }],
      },
    });
    const review = await call<Json & { status: string }>(
      t.baseUrl,
      'POST',
      `/api/v1/orders/${big.body.id}/submit`,
      { token },
    );
    expect(review.body.status).toBe('on_review');
    await op('decideRiskReview', 'POST', `/api/v1/risk-reviews/${big.body.id}/decision`, {
      token,
      body: { decision: 'reject', note: 'over credit' },
    });

    const hold = await op('createLegalHold', 'POST', '/api/v1/legal-holds', {
      token,
      body: { customerId: clinic.body.id, reference: 'REF-1', reason: 'case' },
    });
    await op('releaseLegalHold', 'POST', `/api/v1/legal-holds/${hold.body.id}/release`, {
      token,
      body: { note: 'closed' },
    });
    await op('createDisclosure', 'POST', '/api/v1/disclosures', {
      token,
      body: {
        recipientName: 'PT Kurir',
        recipientCategory: 'service_provider',
        purpose: 'Pengiriman',
        legalBasis: 'contract',
        dataCategories: ['address'],
        customerIds: [doctor.body.id],
      },
    });
    const request = await op('createPrivacyRequest', 'POST', '/api/v1/privacy-requests', {
      token,
      body: { customerId: clinic.body.id, type: 'blocking', receivedVia: 'email' },
    });
    await op('verifyPrivacyRequest', 'POST', `/api/v1/privacy-requests/${request.body.id}/verify`, {
      token,
      body: { method: 'ktp' },
    });
    await op('fulfilPrivacyRequest', 'POST', `/api/v1/privacy-requests/${request.body.id}/fulfil`, {
      token,
      body: {},
    });
    const second = await call<Json>(t.baseUrl, 'POST', '/api/v1/privacy-requests', {
      token,
      body: { customerId: clinic.body.id, type: 'access', receivedVia: 'phone' },
    });
    await op('rejectPrivacyRequest', 'POST', `/api/v1/privacy-requests/${second.body.id}/reject`, {
      token,
      body: { ground: 'identity_not_verified', reason: 'unverified' },
    });
    await op('createAuditCheckpoint', 'POST', '/api/v1/audit-checkpoints', { token });

    let deliveryId: string | undefined;
    for (let i = 0; i < 100 && !deliveryId; i += 1) {
      const log = await call<{ items: { id: string }[] }>(
        t.baseUrl,
        'GET',
        `/api/v1/webhook-endpoints/${endpoint.body.id}/deliveries`,
        { token },
      );
      deliveryId = log.body.items[0]?.id;
      if (!deliveryId) await new Promise((r) => setTimeout(r, 100));
    }
    await op(
      'retryWebhookDelivery',
      'POST',
      `/api/v1/webhook-endpoints/${endpoint.body.id}/deliveries/${deliveryId}/retry`,
      { token },
    );
    await op('deleteWebhookEndpoint', 'DELETE', `/api/v1/webhook-endpoints/${endpoint.body.id}`, {
      token,
    });
    hook.close();
    await op('logout', 'POST', '/api/v1/auth/logout', { headers: { cookie: cookie2 } });

    const document = (
      await call<{ paths: Record<string, Record<string, { operationId: string }>> }>(
        t.baseUrl,
        'GET',
        '/api/openapi.json',
      )
    ).body;
    const mutating = Object.values(document.paths).flatMap((methods) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([, o]) => o.operationId),
    );
    expect([...executed].sort()).toEqual([...mutating].sort());

    const rows: { request_id: string }[] = await t.dataSource.query(
      `SELECT DISTINCT request_id FROM audit_events WHERE request_id LIKE 'cov-%'`,
    );
    const audited = new Set(rows.map((r) => r.request_id.slice(4)));
    const missing = mutating.filter((id) => !READ_ONLY.has(id) && !audited.has(id));
    expect(missing).toEqual([]);
  });
});
