import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerSummary, sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const page = (items: unknown[], nextCursor: string | null = null) => json({ items, nextCursor });

const ayu = customerSummary();
const klinik = customerSummary({
  id: 'c2',
  type: 'clinic',
  name: 'Klinik Cantika Medan',
  email: null,
  specialty: null,
  phone: '+6261455667788',
  address: {
    line1: 'Jl. Gatot Subroto 5',
    district: null,
    city: 'Kota Medan',
    province: 'Sumatera Utara',
    postalCode: null,
  },
  licenseStatus: 'expired',
  status: 'restricted',
});
const budi = customerSummary({
  id: 'c3',
  name: 'drg. Budi Hartono',
  specialty: null,
  address: null,
  phone: null,
  licenseStatus: 'expiring',
});

const rowOf = (name: string): HTMLElement => {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return row;
};

describe('customers list', () => {
  it('shows each customer with type, place, phone and one colour per licence status', async () => {
    stubFetch({ 'GET /api/v1/customers': page([ayu, klinik, budi]) });
    renderApp('/customers', { session: sessionFor(['manager']) });

    expect(await screen.findByRole('link', { name: 'dr. Ayu Lestari, Sp.KK' })).toHaveAttribute(
      'href',
      `/customers/${ayu.id}`,
    );
    const first = rowOf('dr. Ayu Lestari, Sp.KK');
    expect(first).toHaveTextContent('Dokter');
    expect(first).toHaveTextContent('Dermatologi dan Venereologi');
    expect(first).toHaveTextContent('Kota Jakarta Selatan');
    expect(first).toHaveTextContent('+6281234567890');
    expect(first).toHaveTextContent('Aktif');

    const clinic = rowOf('Klinik Cantika Medan');
    expect(clinic).toHaveTextContent('Klinik');
    expect(clinic).toHaveTextContent('Dibatasi');

    const badge = (row: HTMLElement, text: string) =>
      within(row).getByText(text).closest('[data-status]');
    expect(badge(first, 'Izin berlaku')).toHaveAttribute('style', expect.stringContaining('green'));
    expect(badge(clinic, 'Izin kedaluwarsa')).toHaveAttribute(
      'style',
      expect.stringContaining('red'),
    );
    expect(badge(rowOf('drg. Budi Hartono'), 'Segera berakhir')).toHaveAttribute(
      'style',
      expect.stringContaining('orange'),
    );
  });

  it('searches as the user types, once the typing pauses', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/customers': [page([ayu, klinik]), page([klinik])],
    });
    const user = userEvent.setup();
    const { router } = renderApp('/customers', { session: sessionFor(['sales']) });
    await screen.findByRole('link', { name: 'Klinik Cantika Medan' });

    await user.type(screen.getByLabelText('Cari pelanggan'), 'cantika');

    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: 'dr. Ayu Lestari, Sp.KK' }),
      ).not.toBeInTheDocument(),
    );
    const queries = fetchStub.requests.map((r) => new URL(r.url).searchParams.get('q'));
    // One request for the whole word, not one per keystroke.
    expect(queries).toEqual([null, 'cantika']);
    expect(router.state.location.search).toBe('?q=cantika');
  });

  it('says what to do next when there are no customers yet', async () => {
    stubFetch({ 'GET /api/v1/customers': page([]) });
    renderApp('/customers', { session: sessionFor(['sales']) });

    expect(await screen.findByText('Belum ada pelanggan')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Pelanggan baru' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Impor CSV' }).length).toBeGreaterThan(0);
  });

  it('lets the privacy officer read and export, not create or import', async () => {
    stubFetch({ 'GET /api/v1/customers': page([ayu]) });
    renderApp('/customers', { session: sessionFor(['privacy_officer']) });

    await screen.findByRole('link', { name: 'dr. Ayu Lestari, Sp.KK' });
    expect(screen.getByRole('button', { name: 'Ekspor CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Pelanggan baru' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Impor CSV' })).not.toBeInTheDocument();
  });

  it('loads the next page with the cursor the server gave', async () => {
    const fetchStub = stubFetch({
      'GET /api/v1/customers': [page([ayu], 'page-2'), page([klinik])],
    });
    const user = userEvent.setup();
    renderApp('/customers', { session: sessionFor(['manager']) });

    await user.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));

    expect(await screen.findByRole('link', { name: 'Klinik Cantika Medan' })).toBeInTheDocument();
    expect(new URL(fetchStub.requests[1]?.url ?? '').searchParams.get('cursor')).toBe('page-2');
  });

  it('opens with the search that the header search box sent', async () => {
    const fetchStub = stubFetch({ 'GET /api/v1/customers': page([klinik]) });
    const user = userEvent.setup();
    const { router } = renderApp('/admin/users', { session: sessionFor(['manager']) });

    await user.type(await screen.findByRole('searchbox', { name: 'Pencarian' }), 'cantika{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    expect(await screen.findByRole('link', { name: 'Klinik Cantika Medan' })).toBeInTheDocument();
    expect(screen.getByLabelText('Cari pelanggan')).toHaveValue('cantika');
    expect(new URL(fetchStub.requests[0]?.url ?? '').searchParams.get('q')).toBe('cantika');
  });
});
