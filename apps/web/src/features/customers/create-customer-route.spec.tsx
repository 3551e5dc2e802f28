import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, customerSummary, sessionFor } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const DUPLICATES = 'POST /api/v1/customers/duplicate-candidates';
const noDuplicates = json({ items: [] });

type User = ReturnType<typeof userEvent.setup>;

const choose = async (user: User, label: string, option: string) => {
  await user.click(screen.getByLabelText(label, { selector: 'input' }));
  await user.click(await screen.findByRole('option', { name: option }));
};

// A long form typed key by key in jsdom is slow on a busy CI machine; 5 s is too tight.
jest.setTimeout(20_000);

describe('create customer', () => {
  it('shows the server field error on the city and keeps everything typed', async () => {
    stubFetch({
      [DUPLICATES]: noDuplicates,
      'POST /api/v1/customers': problem(400, {
        title: 'Bad Request',
        detail: 'Validation failed',
        errors: [{ field: 'address.city', message: 'is not a city or regency of DKI Jakarta' }],
      }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp('/customers/new', { session: sessionFor(['sales']) });

    await user.type(await screen.findByRole('textbox', { name: /^Nama/ }), 'dr. Sari Dewi');
    await user.type(screen.getByRole('textbox', { name: 'Alamat (jalan, nomor)' }), 'Jl. Melati 3');
    await choose(user, 'Provinsi', 'DKI Jakarta');
    await choose(user, 'Kota/Kabupaten', 'Kota Jakarta Barat');
    await user.click(screen.getByRole('button', { name: 'Simpan pelanggan' }));

    const city = screen.getByLabelText('Kota/Kabupaten', { selector: 'input' });
    await waitFor(() =>
      expect(city).toHaveAccessibleDescription('is not a city or regency of DKI Jakarta'),
    );
    expect(city).toHaveAttribute('aria-invalid', 'true');
    expect(city).toHaveValue('Kota Jakarta Barat');
    expect(screen.getByRole('textbox', { name: /^Nama/ })).toHaveValue('dr. Sari Dewi');
    expect(screen.getByRole('textbox', { name: 'Alamat (jalan, nomor)' })).toHaveValue(
      'Jl. Melati 3',
    );
  });

  it('warns that the customer may exist when the API finds a likely duplicate', async () => {
    const existing = customerSummary();
    const fetchStub = stubFetch({
      [DUPLICATES]: (request) =>
        request
          .clone()
          .json()
          .then((body: { email?: string }) =>
            json({
              items: body.email
                ? [{ customer: existing, score: 0.82, matchedFields: ['email', 'name'] }]
                : [],
            }),
          ),
    });
    const user = userEvent.setup({ delay: null });
    renderApp('/customers/new', { session: sessionFor(['sales']) });

    await user.type(await screen.findByRole('textbox', { name: /^Nama/ }), 'dr. Ayu L.');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ayu.lestari@example.com');

    const warning = await screen.findByRole('status', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent('Mungkin sudah tercatat');
    expect(warning).toHaveTextContent('82%');
    expect(warning).toHaveTextContent('Email');
    const link = within(warning).getByRole('link', { name: 'dr. Ayu Lestari, Sp.KK' });
    expect(link).toHaveAttribute('href', `/customers/${existing.id}`);
    // Opening it must not throw away the form.
    expect(link).toHaveAttribute('target', '_blank');
    const last = fetchStub.requests.filter((r) => r.method === 'POST').at(-1);
    await expect(last?.json()).resolves.toEqual({
      type: 'doctor',
      name: 'dr. Ayu L.',
      email: 'ayu.lestari@example.com',
    });
  });

  it('checks NIK and phone as the user types and sends nothing until they are fixed', async () => {
    const fetchStub = stubFetch({ [DUPLICATES]: noDuplicates });
    const user = userEvent.setup({ delay: null });
    renderApp('/customers/new', { session: sessionFor(['sales']) });

    await user.type(await screen.findByRole('textbox', { name: /^Nama/ }), 'dr. Sari Dewi');
    await user.type(screen.getByRole('textbox', { name: /^NIK/ }), '317401520890');
    await user.type(screen.getByRole('textbox', { name: /^Telepon/ }), '12345');
    await user.click(screen.getByRole('button', { name: 'Simpan pelanggan' }));

    expect(await screen.findByText('NIK harus tepat 16 angka.')).toBeInTheDocument();
    expect(screen.getByText(/Nomor tidak dikenali/)).toBeInTheDocument();
    expect(screen.getByText('Ada 2 isian yang perlu diperbaiki.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^NIK/ }), '0002');
    expect(screen.queryByText('NIK harus tepat 16 angka.')).not.toBeInTheDocument();
    expect(fetchStub.requests.filter((r) => r.url.endsWith('/customers'))).toHaveLength(0);
  });

  it('creates a doctor with licences and opens the new record', async () => {
    const created = customerRecord({ id: 'new-id', name: 'dr. Sari Dewi' });
    const fetchStub = stubFetch({
      [DUPLICATES]: noDuplicates,
      'POST /api/v1/customers': json(created, 201, { ETag: '"1"' }),
    });
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/customers/new', { session: sessionFor(['sales']) });

    await user.type(await screen.findByRole('textbox', { name: /^Nama/ }), 'dr. Sari Dewi');
    await user.type(screen.getByRole('textbox', { name: /^Telepon/ }), '0812-3456-7890');
    await user.click(screen.getByRole('button', { name: '+ Tambah STR' }));
    await user.click(screen.getByRole('button', { name: '+ Tambah SIP' }));
    const str = screen.getByRole('group', { name: 'Izin 1' });
    await user.type(within(str).getByRole('textbox', { name: /^Nomor izin/ }), 'STR-1');
    const sip = screen.getByRole('group', { name: 'Izin 2' });
    await user.type(within(sip).getByRole('textbox', { name: /^Nomor izin/ }), 'SIP-1');
    await user.type(within(sip).getByLabelText(/^Berlaku sampai/), '2030-06-30');
    await user.click(screen.getByRole('button', { name: 'Simpan pelanggan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/customers/new-id'));
    const post = fetchStub.requests.find((r) => r.url.endsWith('/api/v1/customers'));
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/);
    await expect(post?.json()).resolves.toEqual({
      type: 'doctor',
      name: 'dr. Sari Dewi',
      phone: '0812-3456-7890',
      licenses: [
        { kind: 'STR', number: 'STR-1', validUntil: null, status: 'active' },
        { kind: 'SIP', number: 'SIP-1', validUntil: '2030-06-30', status: 'active' },
      ],
    });
  });
});
