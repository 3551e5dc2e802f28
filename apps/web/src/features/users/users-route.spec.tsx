import { screen, within } from '@testing-library/react';
import { sessionFor, userRecord } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

describe('users list', () => {
  it('lists users with their roles, status and creation time in WIB', async () => {
    stubFetch({
      'GET /api/v1/users': json({
        items: [
          userRecord(),
          userRecord({
            id: 'u3',
            name: 'Dewi Lestari',
            email: 'dewi@bei.test',
            roles: ['privacy_officer', 'auditor'],
            active: false,
          }),
        ],
        nextCursor: null,
      }),
    });
    renderApp('/admin/users', { session: sessionFor(['admin']) });

    const table = await screen.findByRole('table');
    const [, budi, dewi] = within(table).getAllByRole('row');
    expect(budi).toHaveTextContent('Budi Santoso');
    expect(budi).toHaveTextContent('Sales');
    expect(budi).toHaveTextContent('Aktif');
    // 01:00 UTC is 08.00 in Jakarta.
    expect(budi).toHaveTextContent('25 Nov 2026, 08.00 WIB');
    expect(dewi).toHaveTextContent('Petugas privasi');
    expect(dewi).toHaveTextContent('Auditor');
    expect(dewi).toHaveTextContent('Nonaktif');
  });

  it('loads the next page with the cursor the server gave', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/users': [
        json({ items: [userRecord()], nextCursor: 'page-2' }),
        json({ items: [userRecord({ id: 'u9', name: 'Wayan Putra' })], nextCursor: null }),
      ],
    });
    renderApp('/admin/users', { session: sessionFor(['admin']) });

    (await screen.findByRole('button', { name: 'Muat lebih banyak' })).click();

    expect(await screen.findByText('Wayan Putra')).toBeInTheDocument();
    expect(new URL(fetchStub.requests[1]?.url ?? '').searchParams.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
  });
});
