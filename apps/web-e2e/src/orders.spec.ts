import { expect, type APIRequestContext, type Page, test } from '@playwright/test';

const MANAGER = { email: 'manager@bei-hub.local', password: 'Admin-Passw0rd-e2e' };

type CustomerSummary = {
  id: string;
  name: string;
  status: string;
  licenseStatus: string;
  creditLimit: number | null;
  address: { city: string } | null;
};

/**
 * A demo doctor or clinic that may order today: active, with a valid licence, and the most credit
 * room, so a small order is approved at submit. Found through the API the SPA uses.
 */
const findOrderableCustomer = async (request: APIRequestContext): Promise<CustomerSummary> => {
  const login = await request.post('/api/v1/auth/login', { data: MANAGER });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const answer = await request.get('/api/v1/customers', {
    params: { status: 'active', licenseStatus: 'valid', limit: 100 },
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const { items } = (await answer.json()) as { items: CustomerSummary[] };
  const room = (c: CustomerSummary) => c.creditLimit ?? Number.MAX_SAFE_INTEGER;
  const [customer] = items.filter((c) => c.address).sort((a, b) => room(b) - room(a));
  if (!customer) throw new Error('The demo data has no customer who can order today');
  return customer;
};

const signIn = async (page: Page) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(MANAGER.email);
  await page.getByLabel('Kata sandi').fill(MANAGER.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
};

const actions = (page: Page) => page.getByRole('group', { name: 'Tindakan pesanan' });
const statusIs = (page: Page, label: string) =>
  expect(page.locator('h1 ~ .mantine-Badge-root').getByText(label, { exact: true })).toBeVisible();

test('a manager sells, delivers, invoices and traces an order', async ({ page, request }) => {
  const customer = await findOrderableCustomer(request);
  await signIn(page);

  await test.step('open a new sale order from the orders list', async () => {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Pesanan' })
      .click();
    await expect(page.getByRole('heading', { name: 'Pesanan', level: 1 })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('link', { name: 'Pesanan penjualan baru' }).click();
    await expect(page.getByRole('heading', { name: 'Pesanan penjualan baru' })).toBeVisible();
  });

  await test.step('choose the customer and four filler syringes; totals follow', async () => {
    const picker = page.getByRole('combobox', { name: 'Pelanggan', exact: true });
    await picker.click();
    await picker.fill(customer.name);
    await page
      .getByRole('option', { name: `${customer.name} · ${customer.address?.city ?? ''}` })
      .click();

    const product = page.getByRole('combobox', { name: 'Produk, baris 1' });
    await product.click();
    await product.fill('HA-FILL-1ML');
    await page.getByRole('option', { name: /HA-FILL-1ML/ }).click();
    await page.getByRole('textbox', { name: 'Jumlah, baris 1' }).fill('4');

    // 4 × Rp 2.400.000 = Rp 9.600.000 → DPP 11/12 Rp 8.800.000 → PPN 12 % Rp 1.056.000.
    const totals = page.getByRole('table', { name: 'Ringkasan' });
    await expect(totals.getByRole('row', { name: /Subtotal/ })).toContainText('Rp 9.600.000');
    await expect(totals.getByRole('row', { name: /DPP/ })).toContainText('Rp 8.800.000');
    await expect(totals.getByRole('row', { name: /PPN 12%/ })).toContainText('Rp 1.056.000');
    await expect(totals.getByRole('row', { name: /Total/ })).toContainText('Rp 10.656.000');

    await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await expect(page.getByRole('heading', { name: /^SO-\d{4}-\d{6}$/ })).toBeVisible();
    await statusIs(page, 'Draf');
  });

  const orderUrl = page.url();
  const orderNumber = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

  await test.step('the saved order carries the same totals as the form showed', async () => {
    const totals = page.getByRole('table', { name: 'Ringkasan' });
    await expect(totals.getByRole('row', { name: /PPN 12%/ })).toContainText('Rp 1.056.000');
    await expect(totals.getByRole('row', { name: /Total/ })).toContainText('Rp 10.656.000');
    await expect(page.getByRole('link', { name: customer.name })).toBeVisible();
  });

  await test.step('submit: the checks pass and the order is approved', async () => {
    await actions(page).getByRole('button', { name: 'Ajukan' }).click();
    await expect(actions(page).getByRole('button', { name: 'Ajukan' })).toBeHidden();
    // Credit used up by earlier demo orders sends it to a person first; the manager approves.
    const approve = actions(page).getByRole('button', { name: 'Setujui' });
    if (await approve.isVisible()) {
      await approve.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    }
    await statusIs(page, 'Disetujui');
    await expect(page.getByText('Penilaian risiko')).toBeVisible();
    await expect(actions(page).getByRole('button')).toHaveText(['Kirim', 'Batalkan pesanan']);
  });

  let lotNumber = '';
  await test.step('fulfil: lots are taken first-expiry-first-out', async () => {
    await actions(page).getByRole('button', { name: 'Kirim' }).click();
    const dialog = page.getByRole('dialog', { name: `Kirim ${orderNumber}?` });
    await expect(dialog).toContainText('FEFO');
    await dialog.getByRole('button', { name: 'Kirim sekarang' }).click();
    await statusIs(page, 'Dikirim');
    const allocations = page.getByRole('table', { name: 'Alokasi lot' });
    await expect(allocations.getByRole('row').nth(1)).toContainText('HA-FILL-1ML');
    lotNumber = (await allocations.getByRole('row').nth(1).getByRole('link').textContent()) ?? '';
    expect(lotNumber).toMatch(/^HA-FILL-1ML-/);
  });

  await test.step('invoice and record the payment', async () => {
    await actions(page).getByRole('button', { name: 'Buat faktur' }).click();
    await statusIs(page, 'Ditagih');
    await actions(page).getByRole('button', { name: 'Catat pembayaran' }).click();
    await statusIs(page, 'Lunas');
    await expect(actions(page)).toBeHidden();
  });

  await test.step('the printable invoice is in Indonesian with the PPN breakdown', async () => {
    await page.getByRole('link', { name: 'Cetak' }).click();
    await expect(page.getByRole('heading', { name: 'PT Bina Estetika Indonesia' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Faktur' })).toBeVisible();
    await expect(page.getByText(orderNumber, { exact: true })).toBeVisible();
    await expect(page.getByText(customer.name, { exact: true })).toBeVisible();
    await expect(page.getByRole('row', { name: /PPN 12% \(DPP 11\/12\)/ })).toContainText(
      'Rp 1.056.000',
    );
    await expect(page.getByRole('row', { name: /^Total/ })).toContainText('Rp 10.656.000');
    // On paper the app's navigation disappears.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Cetak' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.goto(orderUrl);
  });

  await test.step('trace the lot the order used and find this delivery', async () => {
    await page.getByRole('link', { name: `Telusuri lot ${lotNumber}` }).click();
    await expect(page.getByRole('heading', { name: 'Penelusuran lot', level: 1 })).toBeVisible();
    const deliveries = page.getByRole('table', { name: 'Pengiriman ke pelanggan' });
    const delivery = deliveries.getByRole('row').filter({ hasText: orderNumber });
    await expect(delivery).toContainText(customer.name);
    await expect(delivery).toContainText('WIB');
    await expect(page.getByRole('button', { name: 'Ekspor CSV penarikan' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor CSV penarikan' }).click();
    expect((await download).suggestedFilename()).toBe(`recall-${lotNumber}.csv`);
  });

  await test.step('decide an order waiting in the review queue, if there is one', async () => {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Tinjauan risiko' })
      .click();
    await expect(page.getByRole('heading', { name: 'Tinjauan risiko', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('article').first().or(page.getByText('Tidak ada pesanan yang menunggu')),
    ).toBeVisible();
    const waiting = page.getByRole('article').first();
    if ((await waiting.count()) === 0) return;

    const number = (await waiting.getAttribute('aria-label')) ?? '';
    await waiting.getByRole('button', { name: 'Setujui' }).click();
    await expect(waiting.getByText('Tulis alasan keputusan Anda.')).toBeVisible();
    await waiting
      .getByRole('textbox', { name: /Catatan keputusan/ })
      .fill('Pelanggan lama; kredit tambahan disetujui kepala cabang.');
    await waiting.getByRole('button', { name: 'Setujui' }).click();
    await expect(page.getByRole('article', { name: number })).toBeHidden();

    await page.getByRole('tab', { name: 'Sudah diputuskan' }).click();
    const decided = page.getByRole('row').filter({ hasText: number });
    await expect(decided).toContainText('Disetujui');
    await expect(decided).toContainText('kredit tambahan disetujui');
  });
});
