import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, sessionFor } from '../../test/fixtures';
import { json, type StubAnswer, stubFetch } from '../../test/fetch-stub';
import { CUSTOMER_ID, ORDER_ID, orderRecord, typedProblem } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';
import type { Role } from '../auth/roles';

jest.setTimeout(20_000);

const ORDER = `/api/v1/orders/${ORDER_ID}`;
const ALL_ACTION_LABELS = [
  'Ajukan',
  'Setujui',
  'Kirim',
  'Buat faktur',
  'Catat pembayaran',
  'Terima barang',
  'Batalkan pesanan',
];

const openOrder = (
  roles: Role[],
  order: Record<string, unknown>,
  more: Record<string, StubAnswer | StubAnswer[]> = {},
) => {
  const fetchStub = stubFetch({
    [`GET ${ORDER}`]: json(order, 200, { ETag: '"1"' }),
    [`GET /api/v1/customers/${CUSTOMER_ID}`]: json(customerRecord()),
    ...more,
  });
  const rendered = renderApp(`/orders/${ORDER_ID}`, { session: sessionFor(roles) });
  return { fetchStub, ...rendered };
};

// The first render also loads the lazy route modules, which can take a while on a busy machine.
const loaded = () => screen.findByRole('heading', { name: 'SO-2026-000042' }, { timeout: 5000 });

const actionButtons = async (): Promise<string[]> => {
  await loaded();
  const group = screen.queryByRole('group', { name: 'Tindakan pesanan' });
  if (!group) return [];
  return within(group)
    .getAllByRole('button')
    .map((button) => button.textContent ?? '');
};

describe('order page', () => {
  it('shows the order with its party, lines and PPN totals', async () => {
    openOrder(['manager'], orderRecord());
    await loaded();

    expect(await screen.findByRole('link', { name: 'dr. Ayu Lestari, Sp.KK' })).toHaveAttribute(
      'href',
      `/customers/${CUSTOMER_ID}`,
    );
    expect(screen.getByText('Draf')).toBeInTheDocument();
    const lines = screen.getByRole('table', { name: 'Baris pesanan' });
    expect(within(lines).getByRole('row', { name: /HA-FILL-1ML/ })).toHaveTextContent(
      'Rp 10.000.000',
    );
    const totals = screen.getByRole('table', { name: 'Ringkasan' });
    expect(within(totals).getByRole('row', { name: /PPN 12%/ })).toHaveTextContent('Rp 1.100.000');
    expect(within(totals).getByRole('row', { name: /Total/ })).toHaveTextContent('Rp 11.100.000');
  });

  it('offers a manager only the actions the status allows', async () => {
    openOrder(
      ['manager'],
      orderRecord({ status: 'approved', allowedActions: ['fulfil', 'cancel'] }),
    );
    expect(await actionButtons()).toEqual(['Kirim', 'Batalkan pesanan']);
  });

  it('offers a sales rep submit and cancel on a draft', async () => {
    openOrder(['sales'], orderRecord());
    expect(await actionButtons()).toEqual(['Ajukan', 'Batalkan pesanan']);
    expect(screen.getByRole('link', { name: 'Ubah draf' })).toBeInTheDocument();
  });

  it('offers a sales rep nothing once the order is approved', async () => {
    openOrder(['sales'], orderRecord({ status: 'approved', allowedActions: ['fulfil', 'cancel'] }));
    expect(await actionButtons()).toEqual([]);
    for (const label of ALL_ACTION_LABELS) {
      expect(screen.queryByRole('button', { name: label })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'Ubah draf' })).not.toBeInTheDocument();
  });

  it('offers a privacy officer no actions at all', async () => {
    openOrder(['privacy_officer'], orderRecord());
    expect(await actionButtons()).toEqual([]);
  });

  it('explains a licence refusal on submit and keeps the order as it was', async () => {
    const { fetchStub } = openOrder(['sales'], orderRecord(), {
      [`POST ${ORDER}/submit`]: typedProblem(
        422,
        'license-invalid',
        'Unprocessable Entity',
        'Prescription-only products need an active STR and a valid SIP today.',
      ),
    });
    const user = userEvent.setup();
    await actionButtons();

    await user.click(screen.getByRole('button', { name: 'Ajukan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Izin pelanggan tidak berlaku');
    expect(alert).toHaveTextContent(/STR aktif dan SIP yang berlaku/);
    expect(alert).toHaveTextContent('Prescription-only products need an active STR');
    expect(fetchStub.requests.at(-1)?.url).toMatch(/\/submit$/);
    expect(screen.getByText('Draf')).toBeInTheDocument();
  });

  it('keeps the fulfil dialog open and explains short stock', async () => {
    openOrder(
      ['manager'],
      orderRecord({ status: 'approved', allowedActions: ['fulfil', 'cancel'] }),
      {
        [`POST ${ORDER}/fulfil`]: typedProblem(
          409,
          'insufficient-stock',
          'Conflict',
          'Not enough unexpired stock of HA-FILL-1ML for line 0.',
        ),
      },
    );
    const user = userEvent.setup();
    await actionButtons();

    await user.click(screen.getByRole('button', { name: 'Kirim' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kirim SO-2026-000042?' });
    expect(dialog).toHaveTextContent('FEFO');
    await user.click(within(dialog).getByRole('button', { name: 'Kirim sekarang' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Stok tidak cukup');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('HA-FILL-1ML for line 0');
  });

  it('says what cancelling does and asks once before sending it', async () => {
    const cancelled = orderRecord({ status: 'cancelled', allowedActions: [], version: 2 });
    const { fetchStub } = openOrder(['sales'], orderRecord(), {
      // After the action the page reloads the order: by then it is cancelled.
      [`GET ${ORDER}`]: [json(orderRecord(), 200, { ETag: '"1"' }), json(cancelled)],
      [`POST ${ORDER}/cancel`]: json(cancelled),
    });
    const user = userEvent.setup();
    await actionButtons();

    await user.click(screen.getByRole('button', { name: 'Batalkan pesanan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Batalkan SO-2026-000042?' });
    expect(dialog).toHaveTextContent('tidak dapat diurungkan');
    expect(fetchStub.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByRole('textbox'), 'Dokter membatalkan lewat telepon');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, batalkan pesanan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findAllByText('Dibatalkan', { selector: '.mantine-Badge-label' }),
    ).not.toHaveLength(0);
    expect(await actionButtons()).toEqual([]);
    const cancel = fetchStub.requests.find((r) => r.url.endsWith('/cancel'));
    await expect(cancel?.json()).resolves.toEqual({ note: 'Dokter membatalkan lewat telepon' });
  });
});
