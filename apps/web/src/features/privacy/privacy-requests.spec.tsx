import { screen, within } from '@testing-library/react';
import { customerRecord, sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';
import { byTimeLeft, countdown } from './countdown';

const HOUR = 3_600_000;
const customer = customerRecord();

const request = (overrides: Record<string, unknown> = {}) => ({
  id: '0192f7e0-0000-7000-8000-0000000000a1',
  customerId: customer.id,
  type: 'access',
  status: 'received',
  receivedVia: 'email',
  receivedAt: '2026-11-25T01:00:00.000Z',
  dueAt: '2026-11-28T01:00:00.000Z',
  overdue: false,
  details: null,
  outcome: null,
  rejectionReason: null,
  verificationMethod: null,
  verifiedAt: null,
  completedAt: null,
  createdAt: '2026-11-25T01:00:00.000Z',
  version: 1,
  ...overrides,
});

describe('countdown', () => {
  const now = Date.parse('2026-11-25T10:00:00.000Z');

  it('counts whole hours left, rounding down', () => {
    const due = new Date(now + 41.9 * HOUR).toISOString();
    expect(countdown({ dueAt: due, status: 'received' }, now)).toEqual({
      kind: 'left',
      hours: 41,
      minutes: Math.floor(41.9 * 60),
    });
  });

  it('counts hours past due, rounding up, and ignores closed requests', () => {
    const due = new Date(now - 4.2 * HOUR).toISOString();
    expect(countdown({ dueAt: due, status: 'verified' }, now)).toEqual({
      kind: 'overdue',
      hours: 5,
    });
    expect(countdown({ dueAt: due, status: 'completed' }, now)).toEqual({ kind: 'closed' });
  });

  it('puts the open request with the least time left first and closed ones last', () => {
    const a = { dueAt: '2026-11-27T00:00:00.000Z', status: 'received' };
    const b = { dueAt: '2026-11-26T00:00:00.000Z', status: 'verified' };
    const c = { dueAt: '2026-11-25T00:00:00.000Z', status: 'completed' };
    expect([c, a, b].sort(byTimeLeft)).toEqual([b, a, c]);
  });
});

describe('privacy request inbox', () => {
  it('shows the time left per request, overdue ones first and in red', async () => {
    const now = Date.now();
    const open = request({
      id: '0192f7e0-0000-7000-8000-0000000000a2',
      type: 'correction',
      dueAt: new Date(now + 41.5 * HOUR).toISOString(),
    });
    const late = request({
      id: '0192f7e0-0000-7000-8000-0000000000a3',
      type: 'deletion',
      dueAt: new Date(now - 5.5 * HOUR).toISOString(),
      overdue: true,
    });
    stubFetch({
      'GET /api/v1/privacy-requests': json({ items: [open, late], nextCursor: null }),
      [`GET /api/v1/customers/${customer.id}`]: json(customer),
    });
    renderApp('/privacy-requests', { session: sessionFor(['privacy_officer']) });

    expect(await screen.findByText('sisa 41 jam')).toBeInTheDocument();
    const overdue = screen.getByText('terlambat 6 jam');
    expect(overdue.closest('[data-overdue="true"]')).not.toBeNull();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Penghapusan');
    expect(rows[1]).toHaveTextContent('terlambat 6 jam');
    expect(rows[2]).toHaveTextContent('Perbaikan');
  });

  it('speaks English when asked', async () => {
    stubFetch({
      'GET /api/v1/privacy-requests': json({
        items: [request({ dueAt: new Date(Date.now() + 41.5 * HOUR).toISOString() })],
        nextCursor: null,
      }),
      [`GET /api/v1/customers/${customer.id}`]: json(customer),
    });
    renderApp('/privacy-requests', { session: sessionFor(['privacy_officer']), language: 'en' });
    expect(await screen.findByText('41 h left')).toBeInTheDocument();
  });
});

describe('privacy request page', () => {
  it('shows the erasure plan with an action badge and the rule before fulfilling', async () => {
    const deletion = request({ type: 'deletion', status: 'verified' });
    stubFetch({
      [`GET /api/v1/privacy-requests/${deletion.id}`]: json(deletion),
      [`GET /api/v1/privacy-requests/${deletion.id}/erasure-plan`]: json({
        customerId: customer.id,
        mode: 'anonymize',
        items: [
          { target: 'customers.email', action: 'anonymize', rule: 'Data pribadi dihapus' },
          { target: 'orders (3 rows)', action: 'keep', rule: 'UU KUP: 10 tahun' },
          { target: 'consent_events', action: 'delete', rule: 'Tidak ada kewajiban simpan' },
        ],
      }),
      [`GET /api/v1/customers/${customer.id}`]: json(customer),
      'GET /api/v1/consent/purposes': json({ items: [] }),
    });
    renderApp(`/privacy-requests/${deletion.id}`, { session: sessionFor(['privacy_officer']) });

    const table = await screen.findByRole('table', { name: 'Rencana penghapusan' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('customers.email');
    expect(rows[1]).toHaveTextContent('Anonimkan');
    expect(rows[2]).toHaveTextContent('Simpan');
    expect(rows[2]).toHaveTextContent('UU KUP: 10 tahun');
    expect(rows[3]).toHaveTextContent('Hapus');
    expect(screen.getByText(/dianonimkan; catatan keuangan disimpan/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Penuhi' })).toBeEnabled();
  });

  it('does not let erasure go ahead under a legal hold', async () => {
    const deletion = request({ type: 'deletion', status: 'verified' });
    stubFetch({
      [`GET /api/v1/privacy-requests/${deletion.id}`]: json(deletion),
      [`GET /api/v1/privacy-requests/${deletion.id}/erasure-plan`]: json({
        customerId: customer.id,
        mode: 'blocked_by_legal_hold',
        items: [{ target: 'customers', action: 'keep', rule: 'Penahanan hukum PN-12' }],
      }),
      [`GET /api/v1/customers/${customer.id}`]: json(customer),
      'GET /api/v1/consent/purposes': json({ items: [] }),
    });
    renderApp(`/privacy-requests/${deletion.id}`, { session: sessionFor(['privacy_officer']) });

    expect(await screen.findByText(/Terhalang penahanan hukum aktif/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Penuhi' })).toBeDisabled();
  });
});
