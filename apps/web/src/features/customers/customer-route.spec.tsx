import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const ayu = customerRecord({
  licenses: [
    {
      kind: 'STR',
      number: 'STR-3171-0022',
      validUntil: null,
      practiceClinicId: null,
      status: 'active',
    },
    {
      kind: 'SIP',
      number: 'SIP-OLD-1',
      validUntil: '2020-01-31',
      practiceClinicId: null,
      status: 'active',
    },
    {
      kind: 'SIP',
      number: 'SIP-446-1234',
      validUntil: '2030-06-30',
      practiceClinicId: null,
      status: 'revoked',
    },
  ],
  licenseStatus: 'expired',
});

describe('customer record', () => {
  it('shows the key facts, the masked NIK and the licences with their dates and colours', async () => {
    stubFetch({ [`GET /api/v1/customers/${ayu.id}`]: json(ayu, 200, { ETag: '"1"' }) });
    const user = userEvent.setup();
    renderApp(`/customers/${ayu.id}`, { session: sessionFor(['sales']) });

    expect(
      await screen.findByRole('heading', { name: 'dr. Ayu Lestari, Sp.KK' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Siti Rahma (Anda)')).toBeInTheDocument();
    expect(screen.getByText('••••••••••••0002')).toBeInTheDocument();
    expect(screen.getByText('Rp 50.000.000')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ubah' })).toHaveAttribute(
      'href',
      `/customers/${ayu.id}/edit`,
    );

    await user.click(screen.getByRole('tab', { name: 'Izin' }));
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Tanpa batas');
    expect(rows[1]).toHaveTextContent('Izin berlaku');
    expect(rows[2]).toHaveTextContent('31 Jan 2020');
    expect(rows[2]).toHaveTextContent('Izin kedaluwarsa');
    expect(rows[3]).toHaveTextContent('30 Jun 2030');
    expect(rows[3]).toHaveTextContent('Dicabut');
  });

  it('offers no edit to the privacy officer, who only reads', async () => {
    stubFetch({ [`GET /api/v1/customers/${ayu.id}`]: json(ayu, 200, { ETag: '"1"' }) });
    renderApp(`/customers/${ayu.id}`, { session: sessionFor(['privacy_officer']) });

    await screen.findByRole('heading', { name: 'dr. Ayu Lestari, Sp.KK' });
    expect(screen.queryByRole('link', { name: 'Ubah' })).not.toBeInTheDocument();
  });
});
