import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { CUSTOMER_ID, ORDER_ID, orderRecord } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

jest.setTimeout(20_000);

const pendingReview = {
  orderId: ORDER_ID,
  orderNumber: 'SO-2026-000042',
  customerId: CUSTOMER_ID,
  customerName: 'dr. Ayu Lestari, Sp.KK',
  total: 61_050_000,
  risk: {
    score: 65,
    level: 'high',
    model: 'rules-v1',
    reasons: [
      {
        code: 'large_first_order',
        message: 'First order from this customer and a large one.',
        points: 35,
      },
      {
        code: 'many_recent_orders',
        message: 'Three or more orders in the last 24 hours.',
        points: 30,
      },
    ],
  },
  reviewReasons: [{ code: 'high_risk', message: 'The risk score is high.' }],
  status: 'pending',
  note: null,
  submittedAt: '2026-11-25T03:00:00.000Z',
};

const DECISION = `POST /api/v1/risk-reviews/${ORDER_ID}/decision`;

describe('risk review queue', () => {
  it('lists what waits, with the score, every reason and the total', async () => {
    stubFetch({ 'GET /api/v1/risk-reviews': json({ items: [pendingReview] }) });
    renderApp('/risk-reviews', { session: sessionFor(['manager']) });

    const card = await screen.findByRole('article', { name: 'SO-2026-000042' }, { timeout: 5000 });
    expect(card).toHaveTextContent('Rp 61.050.000');
    expect(card).toHaveTextContent('Risiko tinggi');
    expect(card).toHaveTextContent('Skor 65/100');
    expect(card).toHaveTextContent('Pesanan pertama pelanggan ini dan nilainya besar.');
    expect(card).toHaveTextContent('+35 poin');
    expect(card).toHaveTextContent('diajukan 25 Nov 2026, 10.00 WIB');
  });

  it('needs a note before a decision is sent', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/risk-reviews': [json({ items: [pendingReview] }), json({ items: [] })],
      [DECISION]: json(orderRecord({ status: 'approved', allowedActions: ['fulfil', 'cancel'] })),
    });
    const user = userEvent.setup();
    renderApp('/risk-reviews', { session: sessionFor(['manager']) });
    const card = await screen.findByRole('article', { name: 'SO-2026-000042' }, { timeout: 5000 });

    await user.click(within(card).getByRole('button', { name: 'Setujui' }));

    const note = within(card).getByRole('textbox', { name: /Catatan keputusan/ });
    expect(await within(card).findByText('Tulis alasan keputusan Anda.')).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(fetchStub.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(note, 'Pelanggan lama, pesanan untuk klinik baru sudah dikonfirmasi.');
    await user.click(within(card).getByRole('button', { name: 'Setujui' }));

    await waitFor(() => expect(fetchStub.requests.some((r) => r.method === 'POST')).toBe(true));
    const decision = fetchStub.requests.find((r) => r.method === 'POST');
    await expect(decision?.json()).resolves.toEqual({
      decision: 'approve',
      note: 'Pelanggan lama, pesanan untuk klinik baru sudah dikonfirmasi.',
    });
    expect(await screen.findByText('Tidak ada pesanan yang menunggu')).toBeInTheDocument();
  });

  it('asks once more before a rejection cancels the order', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/risk-reviews': json({ items: [pendingReview] }),
      [DECISION]: json(orderRecord({ status: 'cancelled', allowedActions: [] })),
    });
    const user = userEvent.setup();
    renderApp('/risk-reviews', { session: sessionFor(['manager']) });
    const card = await screen.findByRole('article', { name: 'SO-2026-000042' }, { timeout: 5000 });

    await user.type(
      within(card).getByRole('textbox', { name: /Catatan keputusan/ }),
      'Tidak wajar',
    );
    await user.click(within(card).getByRole('button', { name: 'Tolak' }));

    expect(within(card).getByText('Menolak membatalkan SO-2026-000042. Lanjutkan?')).toBeVisible();
    expect(fetchStub.requests.some((r) => r.method === 'POST')).toBe(false);
    await user.click(within(card).getByRole('button', { name: 'Ya, tolak dan batalkan' }));

    await waitFor(() => expect(fetchStub.requests.some((r) => r.method === 'POST')).toBe(true));
    await expect(fetchStub.requests.find((r) => r.method === 'POST')?.json()).resolves.toEqual({
      decision: 'reject',
      note: 'Tidak wajar',
    });
  });

  it('is not part of a sales rep’s roles', async () => {
    stubFetch({});
    renderApp('/risk-reviews', { session: sessionFor(['sales']) });
    expect(
      await screen.findByText('Halaman ini tidak termasuk peran Anda', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
