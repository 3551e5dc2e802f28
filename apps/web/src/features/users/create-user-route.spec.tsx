import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor, userRecord } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const emptyList = json({ items: [], nextCursor: null });

const fillForm = async (user: ReturnType<typeof userEvent.setup>, password: string) => {
  await user.type(await screen.findByLabelText(/^Nama/), 'Budi Santoso');
  await user.type(screen.getByLabelText(/^Email/), 'budi@bei.test');
  await user.type(screen.getByLabelText(/^Kata sandi awal/), password);
  await user.click(screen.getByRole('checkbox', { name: 'Sales' }));
};

describe('create user', () => {
  it('shows the server field error next to the field and keeps the input', async () => {
    stubFetch({
      'GET /api/v1/users': emptyList,
      'POST /api/v1/users': problem(400, {
        title: 'Bad Request',
        detail: 'Validation failed',
        errors: [{ field: 'email', message: 'Email ini sudah dipakai pengguna lain.' }],
      }),
    });
    const user = userEvent.setup();
    renderApp('/admin/users/new', { session: sessionFor(['admin']) });

    await fillForm(user, 'a-long-password-123');
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));

    const email = screen.getByLabelText(/^Email/);
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('Email ini sudah dipakai pengguna lain.'),
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue('budi@bei.test');
    expect(screen.getByLabelText(/^Nama/)).toHaveValue('Budi Santoso');
    expect(screen.getByRole('checkbox', { name: 'Sales' })).toBeChecked();
  });

  it('checks the password length as the user types and sends nothing until it is fixed', async () => {
    const fetchStub = stubFetch({ 'GET /api/v1/users': emptyList });
    const user = userEvent.setup();
    renderApp('/admin/users/new', { session: sessionFor(['admin']) });

    await fillForm(user, 'short');
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));

    expect(
      await screen.findByText('Kata sandi minimal 12 karakter (sekarang 5).'),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Kata sandi awal/), '-now-long');
    expect(screen.queryByText(/Kata sandi minimal 12 karakter/)).not.toBeInTheDocument();
    expect(fetchStub.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('creates the user, closes the dialog and lists them', async () => {
    const created = userRecord();
    const fetchStub = stubFetch({
      'GET /api/v1/users': [emptyList, json({ items: [created], nextCursor: null })],
      'POST /api/v1/users': json(created, 201),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/admin/users/new', { session: sessionFor(['admin']) });

    await fillForm(user, 'a-long-password-123');
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    expect(await screen.findByRole('link', { name: /Budi Santoso/ })).toBeInTheDocument();
    const post = fetchStub.requests.find((r) => r.method === 'POST');
    await expect(post?.json()).resolves.toEqual({
      name: 'Budi Santoso',
      email: 'budi@bei.test',
      password: 'a-long-password-123',
      roles: ['sales'],
    });
  });

  it('retries a failed create with the same Idempotency-Key, so the user is made only once', async () => {
    const created = userRecord();
    const fetchStub = stubFetch({
      'GET /api/v1/users': emptyList,
      'POST /api/v1/users': [
        problem(503, { title: 'Service Unavailable', detail: 'Database restarting' }),
        json(created, 201),
      ],
    });
    const user = userEvent.setup();
    const { router } = renderApp('/admin/users/new', { session: sessionFor(['admin']) });

    await fillForm(user, 'a-long-password-123');
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));
    expect(await screen.findByText('Database restarting')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nama/)).toHaveValue('Budi Santoso');

    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));

    const keys = fetchStub.requests
      .filter((r) => r.method === 'POST')
      .map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});
