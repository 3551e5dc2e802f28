import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor, userRecord } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const budi = userRecord();
const path = `/admin/users/${budi.id}`;
const userPath = `/api/v1/users/${budi.id}`;
const list = json({ items: [budi], nextCursor: null });

describe('edit user', () => {
  it('asks before deactivating, then sends only the change with the ETag', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/users': list,
      [`GET ${userPath}`]: json(budi, 200, { ETag: '"v1"' }),
      [`PATCH ${userPath}`]: json({ ...budi, active: false }, 200, { ETag: '"v2"' }),
    });
    const user = userEvent.setup();
    const { router } = renderApp(path, { session: sessionFor(['admin']) });

    await user.click(await screen.findByRole('switch', { name: /Akun aktif/ }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Nonaktifkan Budi Santoso?')).toBeInTheDocument();
    expect(fetchStub.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    const patch = fetchStub.requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"v1"');
    expect(patch?.headers.get('Authorization')).toBe('Bearer token-admin');
    await expect(patch?.json()).resolves.toEqual({ active: false });
  });

  it('going back from the confirmation keeps the edits and sends nothing', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/users': list,
      [`GET ${userPath}`]: json(budi, 200, { ETag: '"v1"' }),
    });
    const user = userEvent.setup();
    renderApp(path, { session: sessionFor(['admin']) });

    const name = await screen.findByLabelText(/^Nama/);
    await user.clear(name);
    await user.type(name, 'Budi S.');
    await user.click(screen.getByRole('switch', { name: /Akun aktif/ }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await user.click(await screen.findByRole('button', { name: 'Kembali' }));

    expect(screen.getByLabelText(/^Nama/)).toHaveValue('Budi S.');
    expect(screen.getByRole('switch', { name: /Akun aktif/ })).not.toBeChecked();
    expect(fetchStub.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('explains a conflicting edit and keeps the input', async () => {
    stubFetch({
      'GET /api/v1/users': list,
      [`GET ${userPath}`]: json(budi, 200, { ETag: '"v1"' }),
      [`PATCH ${userPath}`]: problem(412, { title: 'Precondition Failed' }),
    });
    const user = userEvent.setup();
    renderApp(path, { session: sessionFor(['admin']) });

    await user.click(await screen.findByRole('checkbox', { name: 'Manajer' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText(/baru saja diubah oleh orang lain/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Manajer' })).toBeChecked();
  });
});
