import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const SUBJECT = '0192f7e0-0000-7000-8000-0000000000c1';

const auditEvent = (overrides: Record<string, unknown> = {}) => ({
  id: '019ab2c0-5c00-7000-8000-000000000001',
  chain: 3,
  seq: 42,
  occurredAt: '2026-11-25T01:00:00.000Z',
  actor: { type: 'user', id: '0192f7e0-0000-7000-8000-000000000002', roles: ['sales'] },
  action: 'customer.updated',
  resourceType: 'customer',
  resourceId: SUBJECT,
  subjectId: SUBJECT,
  requestId: 'req-7f3a',
  ip: '203.0.113.10',
  outcome: 'success',
  changedFields: ['email', 'phone'],
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  ...overrides,
});

const present = <T,>(value: T | undefined): T => {
  if (value === undefined) throw new Error('expected a value');
  return value;
};

const page = (items: unknown[]) => json({ items, nextCursor: null });

describe('audit viewer', () => {
  it('lists events from the response and opens one with every field', async () => {
    stubFetch({
      'GET /api/v1/audit-events': page([
        auditEvent(),
        auditEvent({
          id: '019ab2c0-5c00-7000-8000-000000000002',
          action: 'auth.login',
          actor: { type: 'api_client', id: null, roles: [] },
          outcome: 'denied',
          subjectId: null,
          chain: 7,
          seq: 1,
        }),
      ]),
    });
    const user = userEvent.setup();
    renderApp('/audit', { session: sessionFor(['auditor']) });

    // The first test also loads the lazy route, which can take a while on a busy machine.
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const [, first, second] = within(table).getAllByRole('row');
    // 01:00 UTC is 08.00 in Jakarta.
    expect(first).toHaveTextContent('25 Nov 2026, 08.00 WIB');
    expect(first).toHaveTextContent('Pengguna');
    expect(first).toHaveTextContent('customer.updated');
    expect(first).toHaveTextContent('Berhasil');
    expect(first).toHaveTextContent('3/42');
    expect(second).toHaveTextContent('Klien API');
    expect(second).toHaveTextContent('Ditolak');
    expect(second).toHaveTextContent('7/1');

    await user.click(within(present(first)).getByRole('button', { name: /customer\.updated/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Detail peristiwa' });
    expect(drawer).toHaveTextContent('b'.repeat(64));
    expect(drawer).toHaveTextContent('a'.repeat(64));
    expect(drawer).toHaveTextContent('req-7f3a');
    expect(within(drawer).getByText('email')).toBeInTheDocument();
    expect(within(drawer).getByText('phone')).toBeInTheDocument();
  });

  it('loads the next page with the cursor the server gave', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/audit-events': [
        json({ items: [auditEvent()], nextCursor: 'page-2' }),
        page([auditEvent({ id: 'e2', action: 'order.approved' })]),
      ],
    });
    const user = userEvent.setup();
    renderApp('/audit', { session: sessionFor(['auditor']) });

    await user.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));

    expect(await screen.findByText('order.approved')).toBeInTheDocument();
    expect(new URL(fetchStub.requests[1]?.url ?? '').searchParams.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
  });

  it('opens a subject access history from ?subjectId= and sends the filters', async () => {
    const fetchStub = stubFetch({ 'GET /api/v1/audit-events': page([auditEvent()]) });
    renderApp(`/audit?subjectId=${SUBJECT}&action=customer.*&from=2026-11-25`, {
      session: sessionFor(['privacy_officer']),
    });

    expect(await screen.findByText(`Riwayat akses subjek data ${SUBJECT}`)).toBeInTheDocument();
    const query = new URL(fetchStub.requests[0]?.url ?? '').searchParams;
    expect(query.get('subjectId')).toBe(SUBJECT);
    expect(query.get('action')).toBe('customer.*');
    // Midnight in Jakarta is 17:00 UTC the day before.
    expect(query.get('from')).toBe('2026-11-24T17:00:00.000Z');
    // Export and verification cover the whole log: not for a privacy officer.
    expect(screen.queryByRole('button', { name: 'Ekspor NDJSON' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Integritas' })).not.toBeInTheDocument();
  });

  it('shows the first invalid chain and seq in red when verification fails', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/audit-events': page([]),
      'GET /api/v1/audit-checkpoints': json({ items: [] }),
      'GET /api/v1/audit-events/verify': json({
        valid: false,
        checked: 1234,
        heads: [{ chain: 0, seq: 77, hash: 'c'.repeat(64) }],
        firstInvalid: { chain: 5, seq: 17 },
      }),
    });
    const user = userEvent.setup();
    renderApp('/audit', { session: sessionFor(['auditor']) });

    await user.click(await screen.findByRole('tab', { name: 'Integritas' }));
    await user.type(await screen.findByLabelText('Rantai'), '5');
    await user.click(screen.getByRole('button', { name: 'Verifikasi sekarang' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Log tidak utuh');
    expect(alert).toHaveTextContent('rantai 5, seq 17');
    expect(alert).toHaveTextContent('1234 peristiwa diperiksa');
    expect(alert.getAttribute('style')).toMatch(/red/);
    expect(screen.getByRole('table', { name: 'Kepala rantai' })).toHaveTextContent('c'.repeat(64));
    const verify = fetchStub.requests.find((r) => r.url.includes('/verify'));
    expect(new URL(verify?.url ?? '').searchParams.get('chain')).toBe('5');
  });

  it('shows a valid log in green and signs a checkpoint on request', async () => {
    const checkpoint = {
      id: 'cp-1',
      heads: [{ chain: 0, seq: 77, hash: 'c'.repeat(64) }],
      root: 'd'.repeat(64),
      signedAt: '2026-11-25T01:00:00.000Z',
      signature: 'sig',
      keyId: '0123456789abcdef',
    };
    const fetchStub = stubFetch({
      'GET /api/v1/audit-events': page([]),
      'GET /api/v1/audit-checkpoints': [json({ items: [] }), json({ items: [checkpoint] })],
      'POST /api/v1/audit-checkpoints': json(checkpoint, 201),
      'GET /api/v1/audit-events/verify': json({ valid: true, checked: 10, heads: [] }),
    });
    const user = userEvent.setup();
    renderApp('/audit', { session: sessionFor(['auditor']) });

    await user.click(await screen.findByRole('tab', { name: 'Integritas' }));
    await user.click(await screen.findByRole('button', { name: 'Verifikasi sekarang' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Log utuh');
    expect(status.getAttribute('style')).toMatch(/teal/);

    expect(await screen.findByText(/Belum ada checkpoint/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tandatangani sekarang' }));
    const latest = await screen.findByRole('table', { name: 'Checkpoint terbaru' });
    expect(latest).toHaveTextContent('d'.repeat(64));
    expect(latest).toHaveTextContent('0123456789abcdef');
    expect(latest).toHaveTextContent('25 Nov 2026, 08.00 WIB');
    await waitFor(() =>
      expect(fetchStub.requests.filter((r) => r.method === 'POST')).toHaveLength(1),
    );
    expect(
      screen.getByText(
        'npm run audit:verify -- export.ndjson --public-key key.pem --checkpoint checkpoint.json',
      ),
    ).toBeInTheDocument();
  });
});
