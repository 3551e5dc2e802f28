import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerRecord, sessionFor } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const ayu = customerRecord();
const path = `/api/v1/customers/${ayu.id}`;

// A long form typed key by key in jsdom is slow on a busy CI machine; 5 s is too tight.
jest.setTimeout(20_000);

describe('edit customer', () => {
  it('sends only the changed fields with the ETag it read', async () => {
    const fetchStub = stubFetch({
      [`GET ${path}`]: json(ayu, 200, { ETag: '"1"' }),
      [`PATCH ${path}`]: json({ ...ayu, specialty: 'Bedah Plastik', version: 2 }, 200, {
        ETag: '"2"',
      }),
    });
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp(`/customers/${ayu.id}/edit`, { session: sessionFor(['sales']) });

    const specialty = await screen.findByRole('textbox', { name: 'Spesialisasi' });
    // The stored NIK is masked: it is described, never put in the field to be sent back.
    expect(screen.getByRole('textbox', { name: /^NIK/ })).toHaveValue('');
    expect(screen.getByText(/Tersimpan: ••••••••••••0002/)).toBeInTheDocument();
    await user.clear(specialty);
    await user.type(specialty, 'Bedah Plastik');
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${ayu.id}`));
    const patch = fetchStub.requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"1"');
    await expect(patch?.json()).resolves.toEqual({ specialty: 'Bedah Plastik' });
  });

  it('explains a conflicting edit and keeps the input', async () => {
    stubFetch({
      [`GET ${path}`]: json(ayu, 200, { ETag: '"1"' }),
      [`PATCH ${path}`]: problem(412, { title: 'Precondition Failed' }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp(`/customers/${ayu.id}/edit`, { session: sessionFor(['manager']) });

    const notes = await screen.findByRole('textbox', { name: 'Catatan' });
    await user.type(notes, 'Lebih suka dihubungi sore hari');
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/diubah oleh orang lain/);
    expect(screen.getByRole('textbox', { name: 'Catatan' })).toHaveValue(
      'Lebih suka dihubungi sore hari',
    );
  });
});
