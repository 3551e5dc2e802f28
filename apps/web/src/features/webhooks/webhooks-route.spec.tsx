import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const ENDPOINT_ID = '0192f7e0-0000-7000-8000-0000000000f1';

const endpoint = (overrides: Record<string, unknown> = {}) => ({
  id: ENDPOINT_ID,
  url: 'https://erp.example.co.id/hooks/bei',
  events: ['order.*'],
  active: false,
  disabledReason: 'Terlalu banyak kegagalan',
  createdAt: '2026-11-25T01:00:00.000Z',
  ...overrides,
});

const delivery = (overrides: Record<string, unknown> = {}) => ({
  id: '0192f7e0-0000-7000-8000-0000000000d1',
  eventId: '0192f7e0-0000-7000-8000-0000000000d9',
  eventType: 'order.approved',
  status: 'failed',
  attempts: 8,
  lastStatusCode: 503,
  lastError: 'Service Unavailable',
  createdAt: '2026-11-25T01:00:00.000Z',
  deliveredAt: null,
  ...overrides,
});

const present = <T,>(value: T | undefined): T => {
  if (value === undefined) throw new Error('expected a value');
  return value;
};

describe('webhooks', () => {
  it('creates an endpoint, shows the signing secret once and places a refused URL on its field', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/webhook-endpoints': json({ items: [] }),
      'POST /api/v1/webhook-endpoints': [
        problem(400, {
          title: 'Bad Request',
          errors: [{ field: 'url', message: 'Alamat privat atau loopback tidak diizinkan.' }],
        }),
        json({ ...endpoint({ active: true, disabledReason: null }), secret: 'whsec_abc123' }, 201),
      ],
    });
    const user = userEvent.setup();
    renderApp('/admin/webhooks', { session: sessionFor(['admin']) });

    await user.click(
      await screen.findByRole('button', { name: 'Endpoint baru' }, { timeout: 5000 }),
    );
    const dialog = await screen.findByRole('dialog');
    const url = within(dialog).getByLabelText(/^URL/);
    await user.type(url, 'http://127.0.0.1/hook');
    await user.type(within(dialog).getByLabelText(/^Peristiwa/), 'order.*, customer.created');
    await user.click(within(dialog).getByRole('button', { name: 'Buat endpoint' }));
    await waitFor(() =>
      expect(url).toHaveAccessibleDescription(/Alamat privat atau loopback tidak diizinkan/),
    );

    await user.clear(url);
    await user.type(url, 'https://erp.example.co.id/hooks/bei');
    await user.click(within(dialog).getByRole('button', { name: 'Buat endpoint' }));
    expect(await screen.findByText('whsec_abc123')).toBeInTheDocument();
    const posts = fetchStub.requests.filter((r) => r.method === 'POST');
    await expect(posts[1]?.json()).resolves.toEqual({
      url: 'https://erp.example.co.id/hooks/bei',
      events: ['order.*', 'customer.created'],
    });
  });

  it('lists deliveries with status and retries one now', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/webhook-endpoints': json({ items: [endpoint()] }),
      [`GET /api/v1/webhook-endpoints/${ENDPOINT_ID}/deliveries`]: json({ items: [delivery()] }),
      [`POST /api/v1/webhook-endpoints/${ENDPOINT_ID}/deliveries/${delivery().id}/retry`]: json(
        {},
        202,
      ),
    });
    const user = userEvent.setup();
    renderApp(`/admin/webhooks/${ENDPOINT_ID}`, { session: sessionFor(['admin']) });

    expect(await screen.findByText('Nonaktif: Terlalu banyak kegagalan')).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent('order.approved');
    expect(row).toHaveTextContent('Gagal');
    expect(row).toHaveTextContent('503');
    expect(row).toHaveTextContent('Service Unavailable');

    await user.click(
      within(present(row)).getByRole('button', { name: 'Kirim ulang order.approved' }),
    );
    await waitFor(() =>
      expect(fetchStub.requests.filter((r) => r.method === 'POST')).toHaveLength(1),
    );
  });
});
