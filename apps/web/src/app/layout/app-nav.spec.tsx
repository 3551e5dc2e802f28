import { screen, within } from '@testing-library/react';
import { sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

const ALL_ITEMS = [
  'Pelanggan',
  'Pesanan',
  'Tinjauan risiko',
  'Produk',
  'Penelusuran lot',
  'Persetujuan',
  'Permintaan privasi',
  'Audit',
  'Analitik',
  'Pengguna',
  'Pemasok',
  'Klien API',
  'Webhook',
];

const navItems = async (): Promise<string[]> => {
  const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
};

describe('main navigation', () => {
  beforeEach(() => stubFetch({ 'GET /api/v1/customers': json({ items: [], nextCursor: null }) }));

  it('shows a sales rep only customers, orders, products, consent and privacy requests', async () => {
    renderApp('/customers', { session: sessionFor(['sales']) });
    expect(await navItems()).toEqual([
      'Pelanggan',
      'Pesanan',
      'Produk',
      'Persetujuan',
      'Permintaan privasi',
    ]);
  });

  it('shows an auditor the registers and the audit log, not customers or orders', async () => {
    renderApp('/consent', { session: sessionFor(['auditor']) });
    expect(await navItems()).toEqual(['Persetujuan', 'Permintaan privasi', 'Audit']);
  });

  it('combines the areas of several roles', async () => {
    renderApp('/customers', { session: sessionFor(['sales', 'auditor']) });
    expect(await navItems()).toEqual([
      'Pelanggan',
      'Pesanan',
      'Produk',
      'Persetujuan',
      'Permintaan privasi',
      'Audit',
    ]);
  });

  it('shows an admin every area, with Users and Suppliers under Admin', async () => {
    renderApp('/customers', { session: sessionFor(['admin']) });
    expect(await navItems()).toEqual(ALL_ITEMS);
    expect(screen.getByText('Admin', { selector: 'p' })).toBeInTheDocument();
  });

  it('keeps a page outside the roles closed even when its address is typed', async () => {
    renderApp('/admin/users', { session: sessionFor(['manager']) });
    expect(await screen.findByText('Halaman ini tidak termasuk peran Anda')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Pengguna' })).not.toBeInTheDocument();
  });
});
