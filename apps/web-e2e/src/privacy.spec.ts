import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { PASSWORD, signIn } from './support/sign-in';

const PRIVACY_EMAIL = 'privacy@bei-hub.local';
const PURPOSE = 'Promosi lewat SMS';

type CustomerSummary = { id: string; name: string; status: string };

/** An active demo customer, found through the API the SPA uses, as the privacy officer. */
const findCustomer = async (
  request: APIRequestContext,
  index: number,
): Promise<CustomerSummary> => {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: PRIVACY_EMAIL, password: PASSWORD },
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const answer = await request.get('/api/v1/customers', {
    params: { status: 'active', limit: 20 },
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const { items } = (await answer.json()) as { items: CustomerSummary[] };
  const customer = items[index];
  if (!customer) throw new Error('The demo data has too few active customers');
  return customer;
};

const choose = async (scope: Locator, page: Page, label: RegExp, option: string) => {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/** Records a granted SMS-marketing consent through the dialog on the open consent tab. */
const recordSmsConsent = async (page: Page, evidence: string) => {
  await page.getByRole('button', { name: 'Catat persetujuan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Catat persetujuan' });
  // Prefilled with the notice version in force (the demo data's only one).
  await expect(dialog.getByLabel('Versi pemberitahuan')).toHaveValue('2024-10');
  await choose(dialog, page, /^Tujuan/, PURPOSE);
  await dialog.getByLabel('Bukti').fill(evidence);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
};

test('a privacy officer records consent and handles access and deletion requests', async ({
  page,
  request,
}) => {
  const customer = await findCustomer(request, 0);
  await signIn(page, PRIVACY_EMAIL);

  await test.step('record a consent and see it in the tab', async () => {
    await page.goto(`/customers/${customer.id}`);
    await expect(page.getByRole('heading', { name: customer.name, level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: 'Persetujuan' }).click();
    await recordSmsConsent(page, 'Formulir E2E-1');

    const state = page.getByRole('table', { name: 'Status persetujuan' });
    await expect(state.getByRole('row').filter({ hasText: PURPOSE })).toContainText('Diberikan');
    await expect(page.getByText(`${PURPOSE}: diberikan`)).toBeVisible();
    await expect(page.getByText('Bukti: Formulir E2E-1')).toBeVisible();
  });

  await test.step('log an access request, verify it and download the JSON export', async () => {
    await page.getByRole('tab', { name: 'Privasi' }).click();
    await page.getByRole('button', { name: 'Permintaan baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Permintaan privasi baru' });
    await choose(dialog, page, /^Jenis/, 'Akses');
    await choose(dialog, page, /^Diterima melalui/, 'Email');
    await dialog.getByRole('button', { name: 'Simpan' }).click();

    await expect(page.getByRole('heading', { name: 'Akses', level: 1 })).toBeVisible();
    await expect(page.getByText(/^sisa (71|72) jam$/)).toBeVisible();
    await page.getByLabel(/^Cara verifikasi/).fill('KTP dicocokkan langsung');
    await page.getByRole('button', { name: 'Verifikasi' }).click();
    await expect(page.getByText('Terverifikasi', { exact: true })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const exported: unknown = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(JSON.stringify(exported)).toContain(customer.name);
  });

  await test.step('log a deletion request from the inbox and see the erasure plan', async () => {
    await page.goto('/privacy-requests');
    await expect(page.getByRole('heading', { name: 'Permintaan privasi', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Permintaan baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Permintaan privasi baru' });
    await dialog.getByRole('combobox', { name: /^Pelanggan/ }).fill(customer.name);
    await page.getByRole('option').filter({ hasText: customer.name }).first().click();
    await choose(dialog, page, /^Jenis/, 'Penghapusan');
    await choose(dialog, page, /^Diterima melalui/, 'Surat');
    await dialog.getByRole('button', { name: 'Simpan' }).click();

    await expect(page.getByRole('heading', { name: 'Penghapusan', level: 1 })).toBeVisible();
    const plan = page.getByRole('table', { name: 'Rencana penghapusan' });
    await expect(plan).toBeVisible();
    await expect(plan.getByRole('row').nth(1)).toContainText(/Hapus|Anonimkan|Simpan/);
  });
});

test('the unsubscribe link works with JavaScript disabled', async ({ page, browser, request }) => {
  const customer = await findCustomer(request, 1);
  await signIn(page, PRIVACY_EMAIL);
  await page.goto(`/customers/${customer.id}?tab=consent`);
  // Only a granted consent can be withdrawn through the link.
  await recordSmsConsent(page, 'Formulir E2E-2');
  await page.getByRole('button', { name: 'Buat tautan berhenti berlangganan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tautan berhenti berlangganan' });
  await choose(dialog, page, /^Tujuan/, PURPOSE);
  await dialog.getByRole('button', { name: 'Buat tautan' }).click();
  const url = await dialog.getByLabel('Tautan').inputValue();
  const token = new URL(url).searchParams.get('token');
  expect(token).toBeTruthy();

  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
  });
  try {
    const visitor = await context.newPage();
    await visitor.goto(`/api/v1/public/unsubscribe?token=${encodeURIComponent(token ?? '')}`);
    await expect(visitor.getByRole('heading', { name: 'Berhenti berlangganan' })).toBeVisible();
    await visitor.getByRole('button', { name: 'Ya, berhenti' }).click();
    await expect(visitor.getByText(/Selesai\. Anda tidak akan lagi menerima/)).toBeVisible();
  } finally {
    await context.close();
  }

  // The withdrawal shows on the record, by the unsubscribe link.
  await page.reload();
  await expect(page.getByText(`${PURPOSE}: ditarik`)).toBeVisible();
  await expect(page.getByText(/Tautan berhenti berlangganan · versi/)).toBeVisible();
});
