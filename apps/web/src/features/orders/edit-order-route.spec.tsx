import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, sessionFor } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import {
  CUSTOMER_ID,
  ORDER_ID,
  orderRecord,
  PRODUCT_ID,
  productRecord,
} from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

jest.setTimeout(20_000);

const ORDER = `/api/v1/orders/${ORDER_ID}`;

const stubs = (patch: Response) =>
  stubFetch({
    [`GET ${ORDER}`]: json(orderRecord(), 200, { ETag: '"3"' }),
    [`GET /api/v1/customers/${CUSTOMER_ID}`]: json(customerRecord()),
    'GET /api/v1/products': json({ items: [productRecord()], nextCursor: null }),
    [`PATCH ${ORDER}`]: patch,
  });

const changeQuantity = async (value: string) => {
  const user = userEvent.setup();
  const quantity = await screen.findByRole(
    'textbox',
    { name: 'Jumlah, baris 1' },
    { timeout: 5000 },
  );
  await user.clear(quantity);
  await user.type(quantity, value);
  await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
  return quantity;
};

describe('edit a draft order', () => {
  it('sends only the changed lines with the ETag it was loaded with', async () => {
    const fetchStub = stubs(json(orderRecord({ version: 4 }), 200, { ETag: '"4"' }));
    const { router } = renderApp(`/orders/${ORDER_ID}/edit`, { session: sessionFor(['sales']) });

    expect(await screen.findByDisplayValue('dr. Ayu Lestari, Sp.KK')).toBeDisabled();
    await changeQuantity('5');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${ORDER_ID}`));
    const patch = fetchStub.requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    await expect(patch?.json()).resolves.toEqual({
      lines: [{ productId: PRODUCT_ID, quantity: 5 }],
    });
  });

  it('keeps the edit when someone else changed the order first', async () => {
    stubs(problem(412, { title: 'Precondition Failed', detail: 'The order has changed.' }));
    renderApp(`/orders/${ORDER_ID}/edit`, { session: sessionFor(['sales']) });

    const quantity = await changeQuantity('6');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Pesanan baru saja diubah orang lain',
    );
    expect(quantity).toHaveValue('6');
  });
});
