import { addDays, todayInJakarta } from '@bei-hub/domain';
import { createDoctor, createProduct, createSupplier, stock } from './support/catalog-fixtures';
import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type Report = {
  rows: { key: string; orders: number; customers: number; revenue: number }[];
  suppressedRows: number;
  k: number;
};

describe('de-identified analytics (contract §10)', () => {
  let t: TestApp;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    manager = await loginAs(t.baseUrl, 'manager@bei-hub.local');
    const product = await createProduct(t.baseUrl, admin, { price: 1_000_000 });
    await stock(t.baseUrl, admin, (await createSupplier(t.baseUrl, admin)).id, product.id, [
      { lotNumber: 'AN-1', expiryDate: addDays(todayInJakarta(), 300), quantity: 100 },
    ]);
    // Six doctors in Jawa Timur, two in Bali and six in Jawa Barat, one approved order each.
    const places: [string, string, number][] = [
      ['Jawa Timur', 'Surabaya', 6],
      ['Bali', 'Denpasar', 2],
      ['Jawa Barat', 'Bandung', 6],
    ];
    for (const [province, city, count] of places) {
      for (let i = 0; i < count; i += 1) {
        const doctor = await createDoctor(
          t.baseUrl,
          admin,
          [{ kind: 'STR', number: `STR-${province}-${i}` }],
          {
            address: { line1: 'Jl. Uji', city, province },
            specialty: 'Dermatologi dan Venereologi',
          },
        );
        const order = await call<{ id: string }>(t.baseUrl, 'POST', '/api/v1/orders', {
          token: admin,
          body: {
            kind: 'sale',
            customerId: doctor.id,
            lines: [{ productId: product.id, quantity: 1 }],
          },
        });
        await call(t.baseUrl, 'POST', `/api/v1/orders/${order.body.id}/submit`, { token: admin });
      }
    }
  });
  afterAll(() => t.close());

  const report = async (groupBy: string) =>
    (
      await call<Report>(t.baseUrl, 'GET', `/api/v1/analytics/sales?groupBy=${groupBy}`, {
        token: manager,
      })
    ).body;

  it('suppresses a province under k customers and one more, so the total cannot reveal it', async () => {
    const byProvince = await report('province');
    expect(byProvince.k).toBe(5);
    expect(byProvince.rows.map((r) => r.key)).not.toContain('Bali');
    expect(byProvince.suppressedRows).toBe(2);
    expect(byProvince.rows.every((r) => r.customers >= 5)).toBe(true);
    // Total revenue from another grouping minus the shown provinces covers two provinces, not Bali alone.
    const total = (await report('customerType')).rows.reduce((sum, r) => sum + r.revenue, 0);
    const shown = byProvince.rows.reduce((sum, r) => sum + r.revenue, 0);
    const bali = 2 * 1_000_000;
    expect(total - shown).toBeGreaterThan(bali);
  });

  it('groups by month and product with net revenue in rupiah', async () => {
    const byMonth = await report('month');
    expect(byMonth.rows).toEqual([
      { key: todayInJakarta().slice(0, 7), orders: 14, customers: 14, revenue: 14_000_000 },
    ]);
    expect((await report('product')).rows[0]).toMatchObject({ orders: 14, revenue: 14_000_000 });
  });

  it('exports de-identified order lines with pseudonyms, no names or contacts', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/analytics/deidentified-orders`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(14);
    expect(Object.keys(lines[0]).sort()).toEqual([
      'customerKey',
      'customerType',
      'lineTotal',
      'month',
      'province',
      'quantity',
      'sku',
      'specialty',
    ]);
    expect(new Set(lines.map((l) => l.customerKey)).size).toBe(14);
    const ids: { id: string }[] = await t.dataSource.query(`SELECT id FROM customers`);
    for (const { id } of ids) expect(JSON.stringify(lines)).not.toContain(id);
  });

  it('is for managers and admins only', async () => {
    const sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
    expect(
      (await call(t.baseUrl, 'GET', '/api/v1/analytics/sales?groupBy=month', { token: sales }))
        .status,
    ).toBe(403);
    expect(
      (await call(t.baseUrl, 'GET', '/api/v1/analytics/sales?groupBy=colour', { token: manager }))
        .status,
    ).toBe(400);
  });
});
