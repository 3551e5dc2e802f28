import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../../test/fixtures';
import { json, problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const JOB_ID = '0192f7e0-0000-7000-8000-0000000000a1';
const job = (overrides: Record<string, unknown>) => ({
  id: JOB_ID,
  status: 'queued',
  total: 3,
  processed: 0,
  created: 0,
  failed: 0,
  createdAt: '2026-11-25T01:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

const csvFile = () =>
  new File(['type,name\ndoctor,dr. A\nclinic,Klinik B\nvet,X\n'], 'pelanggan.csv', {
    type: 'text/csv',
  });

const fileInput = (): HTMLInputElement => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input');
  return input;
};

// A long form typed key by key in jsdom is slow on a busy CI machine; 5 s is too tight.
jest.setTimeout(20_000);

describe('customer import', () => {
  it('uploads the file, shows progress, then the summary and the rows that failed', async () => {
    const fetchStub = stubFetch({
      'POST /api/v1/customers/imports': json(job({}), 202),
      [`GET /api/v1/customers/imports/${JOB_ID}`]: [
        json({ ...job({ status: 'running', processed: 1 }), errors: [] }),
        json({
          ...job({ status: 'completed', processed: 3, created: 2, failed: 1 }),
          errors: [
            {
              row: 3,
              field: 'type',
              message: 'must be one of the following values: doctor, clinic',
            },
          ],
        }),
      ],
    });
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/customers/import', { session: sessionFor(['sales']) });

    expect(await screen.findByText('str_valid_until')).toBeInTheDocument();
    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByRole('button', { name: 'Unggah dan impor' }));

    const bar = await screen.findByRole('progressbar', { name: 'Kemajuan impor' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '33'));
    expect(screen.getByText('1 dari 3 baris diproses')).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?job=${JOB_ID}`);

    // Polled again after a second; the finished job brings the summary and the error table.
    const errors = await screen.findByRole(
      'table',
      { name: 'Baris yang gagal' },
      { timeout: 3000 },
    );
    expect(screen.getByText('Selesai')).toBeInTheDocument();
    const [, row] = within(errors).getAllByRole('row');
    expect(row).toHaveTextContent('3');
    expect(row).toHaveTextContent('type');
    expect(row).toHaveTextContent('must be one of the following values: doctor, clinic');
    expect(screen.getByRole('progressbar', { name: 'Kemajuan impor' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    const upload = fetchStub.requests.find((r) => r.method === 'POST');
    expect(upload?.headers.get('Authorization')).toBe('Bearer token-sales');
  });

  it('shows the server’s objection to the file on the file field', async () => {
    stubFetch({
      'POST /api/v1/customers/imports': problem(400, {
        title: 'Bad Request',
        errors: [{ field: 'file', message: 'has unknown columns: fax' }],
      }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp('/customers/import', { session: sessionFor(['manager']) });

    await screen.findByText('str_valid_until');
    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByRole('button', { name: 'Unggah dan impor' }));

    expect(await screen.findByText('has unknown columns: fax')).toBeInTheDocument();
    expect(screen.getByText('pelanggan.csv')).toBeInTheDocument();
  });
});
