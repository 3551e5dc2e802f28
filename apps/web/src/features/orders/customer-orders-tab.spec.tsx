import { screen, within } from '@testing-library/react';
import { customerRecord, sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { CUSTOMER_ID, ORDER_ID } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

jest.setTimeout(20_000);

describe('orders tab on a customer record', () => {
  it("lists the customer's orders and starts a new one for them", async () => {
    const fetchStub = stubFetch({
      [`GET /api/v1/customers/${CUSTOMER_ID}`]: json(customerRecord(), 200, { ETag: '"1"' }),
      'GET /api/v1/orders': json({
        items: [
          {
            id: ORDER_ID,
            number: 'SO-2026-000042',
            kind: 'sale',
            status: 'invoiced',
            customerId: CUSTOMER_ID,
            customerName: 'dr. Ayu Lestari, Sp.KK',
            supplierId: null,
            supplierName: null,
            total: 11_100_000,
            currency: 'IDR',
            riskLevel: 'low',
            createdAt: '2026-11-25T01:00:00.000Z',
          },
        ],
        nextCursor: null,
      }),
    });
    renderApp(`/customers/${CUSTOMER_ID}?tab=orders`, { session: sessionFor(['sales']) });

    expect(await screen.findByRole('tab', { name: 'Pesanan' }, { timeout: 5000 })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const row = within(await screen.findByRole('table')).getByRole('row', { name: /SO-2026/ });
    expect(row).toHaveTextContent('Ditagih');
    expect(row).toHaveTextContent('Rp 11.100.000');
    const list = fetchStub.requests.find((r) => new URL(r.url).pathname === '/api/v1/orders');
    expect(new URL(list?.url ?? '').searchParams.get('customerId')).toBe(CUSTOMER_ID);
    expect(screen.getByRole('link', { name: 'Pesanan baru' })).toHaveAttribute(
      'href',
      `/orders/new?kind=sale&customerId=${CUSTOMER_ID}`,
    );
  });
});
