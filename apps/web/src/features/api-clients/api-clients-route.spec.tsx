import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../../test/fixtures';
import { json, noContent, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const client = (overrides: Record<string, unknown> = {}) => ({
  id: '0192f7e0-0000-7000-8000-0000000000e1',
  name: 'ERP Gudang',
  clientId: 'bei_ci_erp',
  scopes: ['orders:read', 'customers:read'],
  createdAt: '2026-11-25T01:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

const SECRET = 'bei_cs_very-secret-value-123';

describe('API clients', () => {
  it('shows the new secret once, and not again after the dialog closes', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/api-clients': [json({ items: [] }), json({ items: [client()] })],
      'POST /api/v1/api-clients': json({ ...client(), clientSecret: SECRET }, 201),
    });
    const user = userEvent.setup();
    renderApp('/admin/api-clients', { session: sessionFor(['admin']) });

    await user.click(
      await screen.findByRole('button', { name: 'Klien API baru' }, { timeout: 5000 }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Nama/), 'ERP Gudang');
    await user.click(within(dialog).getByRole('checkbox', { name: /orders:read/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /customers:read/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Buat klien' }));

    expect(await screen.findByText(SECRET)).toBeInTheDocument();
    expect(screen.getByText(/tidak akan ditampilkan lagi/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Salin' })).toBeInTheDocument();
    const post = fetchStub.requests.find((r) => r.method === 'POST');
    await expect(post?.json()).resolves.toEqual({
      name: 'ERP Gudang',
      scopes: ['orders:read', 'customers:read'],
    });
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/);

    await user.click(screen.getByRole('button', { name: 'Sudah saya simpan' }));
    await waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument());
    const table = await screen.findByRole('table');
    expect(table).toHaveTextContent('bei_ci_erp');
    expect(table).not.toHaveTextContent(SECRET);

    // Opening the dialog again starts from an empty form, never the old secret.
    await user.click(screen.getByRole('button', { name: 'Klien API baru' }));
    expect(await screen.findByRole('button', { name: 'Buat klien' })).toBeInTheDocument();
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
  });

  it('asks before revoking and says tokens stop working at once', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/api-clients': [
        json({ items: [client()] }),
        json({ items: [client({ revokedAt: '2026-11-25T02:00:00.000Z' })] }),
      ],
      [`DELETE /api/v1/api-clients/${client().id}`]: noContent(),
    });
    const user = userEvent.setup();
    renderApp('/admin/api-clients', { session: sessionFor(['admin']) });

    await user.click(await screen.findByRole('button', { name: 'Cabut ERP Gudang' }));
    expect(await screen.findByText(/berhenti berfungsi saat itu juga/)).toBeInTheDocument();
    expect(fetchStub.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Ya, cabut' }));
    expect(await screen.findByText('Dicabut 25 Nov 2026, 09.00 WIB')).toBeInTheDocument();
    expect(fetchStub.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });
});
