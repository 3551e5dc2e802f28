import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const customer = customerRecord();
const base = `/api/v1/customers/${customer.id}`;

const purposes = {
  items: [
    {
      code: 'marketing_email',
      channel: 'email',
      labelId: 'Pemasaran lewat email',
      labelEn: 'E-mail marketing',
      legalBasis: 'consent',
    },
    {
      code: 'marketing_whatsapp',
      channel: 'whatsapp',
      labelId: 'Pemasaran lewat WhatsApp',
      labelEn: 'WhatsApp marketing',
      legalBasis: 'consent',
    },
  ],
};

const notices = {
  items: [
    {
      id: 'n1',
      version: '2024-10',
      title: 'Pemberitahuan lama',
      body: 'Isi lama',
      effectiveFrom: '2024-10-01T00:00:00.000Z',
      createdAt: '2024-09-01T00:00:00.000Z',
      inForce: false,
    },
    {
      id: 'n2',
      version: '2026-01',
      title: 'Pemberitahuan privasi',
      body: 'Isi baru',
      effectiveFrom: '2026-01-01T00:00:00.000Z',
      createdAt: '2025-12-01T00:00:00.000Z',
      inForce: true,
    },
  ],
};

const states = {
  items: [
    {
      purpose: 'marketing_email',
      channel: 'email',
      granted: true,
      since: '2026-11-25T03:00:00.000Z',
      noticeVersion: '2024-10',
      method: 'written',
    },
    {
      purpose: 'marketing_whatsapp',
      channel: 'whatsapp',
      granted: false,
      since: null,
      noticeVersion: null,
      method: 'verbal',
    },
  ],
};

const history = {
  items: [
    {
      id: 'e1',
      customerId: customer.id,
      purpose: 'marketing_email',
      granted: true,
      method: 'written',
      noticeVersion: '2024-10',
      evidence: 'Formulir 2024/1',
      occurredAt: '2026-11-25T03:00:00.000Z',
      capturedBy: null,
      capturedByType: 'user',
    },
  ],
};

describe('consent tab', () => {
  it('shows the state per purpose and the history', async () => {
    stubFetch({
      [`GET ${base}`]: json(customer, 200, { ETag: '"1"' }),
      [`GET ${base}/consents`]: json(states),
      [`GET ${base}/consents/history`]: json(history),
      'GET /api/v1/consent/purposes': json(purposes),
    });
    renderApp(`/customers/${customer.id}?tab=consent`, { session: sessionFor(['sales']) });

    const table = await screen.findByRole('table', { name: 'Status persetujuan' });
    const rows = within(table).getAllByRole('row');
    expect(await within(rows[1]).findByText('Pemasaran lewat email')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Diberikan');
    expect(rows[1]).toHaveTextContent('25 Nov 2026, 10.00 WIB');
    expect(rows[1]).toHaveTextContent('Tertulis');
    expect(rows[2]).toHaveTextContent('Belum pernah ditanya');
    expect(await screen.findByText('Bukti: Formulir 2024/1')).toBeInTheDocument();
  });

  it('records a consent tied to the notice version in force', async () => {
    const stub = stubFetch({
      [`GET ${base}`]: json(customer, 200, { ETag: '"1"' }),
      [`GET ${base}/consents`]: json(states),
      [`GET ${base}/consents/history`]: json(history),
      'GET /api/v1/consent/purposes': json(purposes),
      'GET /api/v1/privacy-notices': json(notices),
      [`POST ${base}/consents`]: json({ ...history.items[0], id: 'e2' }, 201),
    });
    const user = userEvent.setup();
    renderApp(`/customers/${customer.id}?tab=consent`, { session: sessionFor(['sales']) });

    await user.click(await screen.findByRole('button', { name: 'Catat persetujuan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Catat persetujuan' });
    expect(await within(dialog).findByDisplayValue('2026-01')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /^Tujuan/ }));
    await user.click(await screen.findByRole('option', { name: 'Pemasaran lewat WhatsApp' }));
    await user.type(within(dialog).getByLabelText(/^Bukti/), 'Panggilan #77');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Persetujuan dicatat')).toBeInTheDocument();
    const post = stub.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      purpose: 'marketing_whatsapp',
      granted: true,
      method: 'written',
      noticeVersion: '2026-01',
      evidence: 'Panggilan #77',
    });
  });
});
