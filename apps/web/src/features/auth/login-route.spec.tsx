import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const noSession = problem(401, { title: 'Unauthorized', detail: 'No refresh token' });

const fillAndSubmit = async (email: string, password: string) => {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/Email/), email);
  await user.type(screen.getByLabelText(/Kata sandi/), password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
};

describe('login page', () => {
  it('says the credentials are wrong and keeps what was typed', async () => {
    stubFetch({
      'POST /api/v1/auth/refresh': noSession,
      'POST /api/v1/auth/login': problem(401, {
        title: 'Unauthorized',
        detail: 'Invalid email or password',
      }),
    });
    renderApp('/login');

    await fillAndSubmit('siti@bei.test', 'wrong-password-1');

    expect(await screen.findByRole('alert')).toHaveTextContent('Email atau kata sandi salah.');
    expect(screen.getByLabelText(/Email/)).toHaveValue('siti@bei.test');
    expect(screen.getByLabelText(/Kata sandi/)).toHaveValue('wrong-password-1');
  });

  it('asks the user to wait when sign-in is throttled', async () => {
    stubFetch({
      'POST /api/v1/auth/refresh': noSession,
      'POST /api/v1/auth/login': problem(429, { title: 'Too Many Requests' }),
    });
    renderApp('/login');

    await fillAndSubmit('siti@bei.test', 'whatever-password');

    expect(await screen.findByRole('alert')).toHaveTextContent(/Terlalu banyak percobaan masuk/);
  });

  it('checks the email format before sending anything', async () => {
    const fetchStub = stubFetch({ 'POST /api/v1/auth/refresh': noSession });
    renderApp('/login');

    await fillAndSubmit('siti-at-bei', 'some-password');

    expect(await screen.findByText('Format email tidak valid.')).toBeInTheDocument();
    expect(fetchStub.requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/api/v1/auth/refresh',
    ]);
  });

  it('signs in and opens the first area the roles allow', async () => {
    const fetchStub = stubFetch({
      'POST /api/v1/auth/refresh': noSession,
      'POST /api/v1/auth/login': json({
        accessToken: 'fresh-token',
        tokenType: 'Bearer',
        expiresIn: 900,
        user: { id: 'u1', email: 'siti@bei.test', name: 'Siti Rahma', roles: ['auditor'] },
      }),
    });
    const { router } = renderApp('/login');

    await fillAndSubmit('siti@bei.test', 'correct-horse-battery');

    await waitFor(() => expect(router.state.location.pathname).toBe('/consent'));
    expect(await screen.findByRole('button', { name: /Siti Rahma/ })).toBeInTheDocument();
    const login = fetchStub.requests.find((r) => r.url.endsWith('/auth/login'));
    await expect(login?.json()).resolves.toEqual({
      email: 'siti@bei.test',
      password: 'correct-horse-battery',
    });
  });

  it('restores the session from the refresh cookie without asking again', async () => {
    stubFetch({
      'POST /api/v1/auth/refresh': json({
        accessToken: 'restored',
        tokenType: 'Bearer',
        expiresIn: 900,
        user: { id: 'u1', email: 'siti@bei.test', name: 'Siti Rahma', roles: ['manager'] },
      }),
    });
    const { router } = renderApp('/analytics');

    expect(await screen.findByRole('heading', { name: 'Analitik' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/analytics');
  });
});
