import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { ORDER_ID } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

jest.setTimeout(20_000);

const summary = (overrides: Record<string, unknown> = {}) => ({
  id: ORDER_ID,
  number: 'SO-2026-000042',
  kind: 'sale',
  status: 'on_review',
  customerId: '0192f7e0-0000-7000-8000-0000000000c1',
  customerName: 'dr. Ayu Lestari, Sp.KK',
  supplierId: null,
  supplierName: null,
  total: 11_100_000,
  currency: 'IDR',
  riskLevel: 'high',
  createdAt: '2026-11-25T17:30:00.000Z',
  ...overrides,
});

describe('orders list', () => {
  it('shows each order with status, risk, total in rupiah and the time in WIB', async () => {
    stubFetch({
      'GET /api/v1/orders': json({
        items: [
          summary(),
          summary({
            id: '0192f7e0-0000-7000-8000-0000000000a2',
            number: 'PO-2026-000007',
            kind: 'purchase',
            status: 'received',
            customerId: null,
            customerName: null,
            supplierName: 'PT Dermacare Indonesia',
            riskLevel: null,
          }),
        ],
        nextCursor: null,
      }),
    });
    renderApp('/orders', { session: sessionFor(['manager']) });

    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const [, sale, purchase] = within(table).getAllByRole('row');
    expect(sale).toHaveTextContent('SO-2026-000042');
    expect(sale).toHaveTextContent('Dalam tinjauan');
    expect(sale).toHaveTextContent('Risiko tinggi');
    expect(sale).toHaveTextContent('Rp 11.100.000');
    // 17:30 UTC is already the next day in Jakarta.
    expect(sale).toHaveTextContent('26 Nov 2026, 00.30 WIB');
    expect(purchase).toHaveTextContent('PT Dermacare Indonesia');
    expect(purchase).toHaveTextContent('Diterima');
    expect(screen.getByRole('link', { name: 'Pesanan pembelian baru' })).toBeInTheDocument();
  });

  it('filters by status through the address and loads more with the cursor', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/orders': [
        json({ items: [summary()], nextCursor: 'page-2' }),
        json({ items: [summary({ id: 'x2', number: 'SO-2026-000043' })], nextCursor: null }),
      ],
    });
    const user = userEvent.setup();
    renderApp('/orders?status=on_review&kind=sale', { session: sessionFor(['sales']) });

    await user.click(
      await screen.findByRole('button', { name: 'Muat lebih banyak' }, { timeout: 5000 }),
    );

    expect(await screen.findByText('SO-2026-000043')).toBeInTheDocument();
    const [first, second] = fetchStub.requests.map((r) => new URL(r.url).searchParams);
    expect(first?.get('status')).toBe('on_review');
    expect(first?.get('kind')).toBe('sale');
    expect(second?.get('cursor')).toBe('page-2');
    // A sales rep sells; buying from suppliers is for managers.
    expect(screen.queryByRole('link', { name: 'Pesanan pembelian baru' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pesanan penjualan baru' })).toBeInTheDocument();
  });
});
