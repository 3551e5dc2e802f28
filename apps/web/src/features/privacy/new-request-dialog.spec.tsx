import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, customerSummary, sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const customer = customerRecord();

const created = {
  id: '0192f7e0-0000-7000-8000-0000000000b1',
  customerId: customer.id,
  type: 'correction',
  status: 'received',
  receivedVia: 'whatsapp',
  receivedAt: '2026-11-25T02:30:00.000Z',
  dueAt: '2026-11-28T02:30:00.000Z',
  overdue: false,
  details: null,
  outcome: null,
  rejectionReason: null,
  verificationMethod: null,
  verifiedAt: null,
  completedAt: null,
  createdAt: '2026-11-25T02:31:00.000Z',
  version: 1,
};

describe('new privacy request', () => {
  it('finds the customer, reads "received at" as WIB and opens the new request', async () => {
    const stub = stubFetch({
      'GET /api/v1/privacy-requests': json({ items: [], nextCursor: null }),
      'GET /api/v1/customers': json({ items: [customerSummary()], nextCursor: null }),
      'POST /api/v1/privacy-requests': json(created, 201),
      [`GET /api/v1/privacy-requests/${created.id}`]: json(created),
      [`GET /api/v1/customers/${customer.id}`]: json(customer),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/privacy-requests', { session: sessionFor(['sales']) });

    await user.click(await screen.findByRole('button', { name: 'Permintaan baru' }));
    const dialog = await screen.findByRole('dialog', { name: 'Permintaan privasi baru' });
    await user.type(within(dialog).getByRole('combobox', { name: /^Pelanggan/ }), 'Ayu');
    await user.click(await screen.findByRole('option', { name: /dr\. Ayu Lestari/ }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Jenis/ }));
    await user.click(await screen.findByRole('option', { name: 'Perbaikan' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Diterima melalui/ }));
    await user.click(await screen.findByRole('option', { name: 'WhatsApp' }));
    fireEvent.change(within(dialog).getByLabelText(/^Diterima pada/), {
      target: { value: '2026-11-25T09:30' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('heading', { name: 'Perbaikan', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/privacy-requests/${created.id}`);
    const post = stub.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      customerId: customer.id,
      type: 'correction',
      receivedVia: 'whatsapp',
      receivedAt: '2026-11-25T02:30:00.000Z',
    });
    // Sales log requests; only the privacy officer verifies or rejects them.
    expect(screen.queryByRole('button', { name: 'Verifikasi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tolak' })).not.toBeInTheDocument();
  });
});
