import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, customerSummary, sessionFor } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { CUSTOMER_ID, orderRecord, productRecord } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

// Several picks and keystrokes per test: allow for a busy CI machine.
jest.setTimeout(20_000);

type User = ReturnType<typeof userEvent.setup>;

const catalogue = {
  'GET /api/v1/customers': json({ items: [customerSummary()], nextCursor: null }),
  'GET /api/v1/products': json({ items: [productRecord()], nextCursor: null }),
};

const chooseCustomer = async (user: User) => {
  await user.click(
    await screen.findByLabelText(/^Pelanggan/, { selector: 'input' }, { timeout: 5000 }),
  );
  await user.click(await screen.findByRole('option', { name: /dr\. Ayu Lestari/ }));
};

const chooseProduct = async (user: User) => {
  await user.click(screen.getByLabelText('Produk, baris 1', { selector: 'input' }));
  await user.click(await screen.findByRole('option', { name: /HA-FILL-1ML/ }));
};

const setQuantity = async (user: User, value: string) => {
  const quantity = screen.getByRole('textbox', { name: 'Jumlah, baris 1' });
  await user.clear(quantity);
  await user.type(quantity, value);
};

const totals = () => within(screen.getByRole('table', { name: 'Ringkasan' }));

describe('new sale order', () => {
  it('shows live totals with PPN as the server computes them', async () => {
    stubFetch(catalogue);
    const user = userEvent.setup();
    renderApp('/orders/new?kind=sale', { session: sessionFor(['sales']) });

    await chooseCustomer(user);
    await chooseProduct(user);
    await setQuantity(user, '4');

    // 4 × Rp 2.500.000 = Rp 10.000.000 → DPP 11/12 Rp 9.166.667 → PPN 12 % Rp 1.100.000.
    await waitFor(() => expect(totals().getByText('Rp 11.100.000')).toBeInTheDocument());
    expect(totals().getByRole('row', { name: /Subtotal/ })).toHaveTextContent('Rp 10.000.000');
    expect(totals().getByRole('row', { name: /DPP/ })).toHaveTextContent('Rp 9.166.667');
    expect(totals().getByRole('row', { name: /PPN 12%/ })).toHaveTextContent('Rp 1.100.000');
    expect(screen.getByTestId('line-total-0')).toHaveTextContent('Rp 10.000.000');
  });

  it('applies a line discount before PPN', async () => {
    stubFetch(catalogue);
    const user = userEvent.setup();
    renderApp('/orders/new?kind=sale', { session: sessionFor(['sales']) });

    await chooseCustomer(user);
    await chooseProduct(user);
    await setQuantity(user, '4');
    await user.type(screen.getByRole('textbox', { name: 'Diskon %, baris 1' }), '10');

    // Rp 10.000.000 − 10 % = Rp 9.000.000 → DPP Rp 8.250.000 → PPN Rp 990.000.
    await waitFor(() =>
      expect(totals().getByRole('row', { name: /Total/ })).toHaveTextContent('Rp 9.990.000'),
    );
    expect(totals().getByRole('row', { name: /Diskon/ })).toHaveTextContent('-Rp 1.000.000');
  });

  it('sends the order once with an Idempotency-Key and opens it', async () => {
    const fetchStub = stubFetch({
      ...catalogue,
      'POST /api/v1/orders': json(orderRecord(), 201),
      [`GET /api/v1/orders/${orderRecord().id}`]: json(orderRecord(), 200, { ETag: '"1"' }),
      [`GET /api/v1/customers/${CUSTOMER_ID}`]: json(customerRecord()),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/orders/new?kind=sale', { session: sessionFor(['sales']) });

    await chooseCustomer(user);
    await chooseProduct(user);
    await setQuantity(user, '4');
    await user.click(screen.getByRole('button', { name: 'Simpan sebagai draf' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderRecord().id}`));
    const post = fetchStub.requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/);
    await expect(post?.json()).resolves.toEqual({
      kind: 'sale',
      customerId: CUSTOMER_ID,
      lines: [{ productId: productRecord().id, quantity: 4 }],
    });
  });

  it('puts the server field error on its line and keeps everything typed', async () => {
    stubFetch({
      ...catalogue,
      'POST /api/v1/orders': problem(400, {
        title: 'Bad Request',
        detail: 'Validation failed',
        errors: [{ field: 'lines[0].quantity', message: 'must not be greater than 1000000' }],
      }),
    });
    const user = userEvent.setup();
    renderApp('/orders/new?kind=sale', { session: sessionFor(['sales']) });

    await chooseCustomer(user);
    await chooseProduct(user);
    await setQuantity(user, '7');
    await user.click(screen.getByRole('button', { name: 'Simpan sebagai draf' }));

    const quantity = screen.getByRole('textbox', { name: 'Jumlah, baris 1' });
    await waitFor(() =>
      expect(quantity).toHaveAccessibleDescription('must not be greater than 1000000'),
    );
    expect(quantity).toHaveValue('7');
    expect(screen.getByLabelText('Produk, baris 1', { selector: 'input' })).toHaveValue(
      'HA-FILL-1ML · Hyaluronic Acid Filler Deep 1 ml',
    );
    expect(screen.getByLabelText(/^Pelanggan/, { selector: 'input' })).toHaveValue(
      'dr. Ayu Lestari, Sp.KK · Kota Jakarta Selatan',
    );
  });

  it('asks for a customer and a product before sending anything', async () => {
    const fetchStub = stubFetch(catalogue);
    const user = userEvent.setup();
    renderApp('/orders/new?kind=sale', { session: sessionFor(['sales']) });

    await user.click(
      await screen.findByRole('button', { name: 'Simpan sebagai draf' }, { timeout: 5000 }),
    );

    expect(await screen.findByText('Pilih pelanggan.')).toBeInTheDocument();
    expect(screen.getByText('Pilih produk.')).toBeInTheDocument();
    expect(fetchStub.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('is closed to a privacy officer, who only reads orders', async () => {
    stubFetch(catalogue);
    renderApp('/orders/new?kind=sale', { session: sessionFor(['privacy_officer']) });
    expect(await screen.findByText('Halaman ini tidak termasuk peran Anda')).toBeInTheDocument();
  });
});
