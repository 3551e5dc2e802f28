import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_EMAIL, PASSWORD, signIn } from './support/sign-in';

const AUDITOR_EMAIL = 'auditor@bei-hub.local';

const VERIFIER = path.resolve(__dirname, '../../../tools/audit-verify/audit-verify.mjs');

/** Clicks a download button and returns where Playwright saved the file. */
const downloadFrom = async (page: Page, button: string): Promise<string> => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return (await download).path();
};

// Unique per run, so a retry against the same server never meets its own earlier records.
const run = Date.now().toString().slice(-6);

/** An auditor has no customers area, so the shared helper's landing check does not apply. */
const signInAsAuditor = async (page: Page): Promise<void> => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(AUDITOR_EMAIL);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('link', { name: 'Audit' })).toBeVisible();
};

test('an auditor filters the log, opens an event, verifies the chains and signs a checkpoint', async ({
  page,
}) => {
  await signInAsAuditor(page);
  await page.getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toBeVisible();

  await test.step('filter by the action prefix customer.*', async () => {
    await page.getByLabel('Tindakan').fill('customer.*');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/action=customer\.\*/);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText('customer.');
    const actions = await page
      .getByRole('table')
      .getByRole('button', { name: /^Buka detail peristiwa/ })
      .allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).toMatch(/^customer\./);
  });

  await test.step('open an event and see its hashes', async () => {
    await page
      .getByRole('table')
      .getByRole('button', { name: /^Buka detail peristiwa/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog', { name: 'Detail peristiwa' });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('rowheader', { name: 'Hash', exact: true })).toBeVisible();
    await expect(drawer).toContainText(/[0-9a-f]{64}/);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  await test.step('verify the chains', async () => {
    await page.getByRole('tab', { name: 'Integritas' }).click();
    await page.getByRole('button', { name: 'Verifikasi sekarang' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Log utuh' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Kepala rantai' })).toBeVisible();
  });

  await test.step('sign a checkpoint; the downloads pass the offline verifier', async () => {
    await page.getByRole('button', { name: 'Tandatangani sekarang' }).click();
    await expect(page.getByText('Checkpoint baru ditandatangani.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Checkpoint terbaru' })).toContainText('WIB');
    await expect(page.getByText('npm run audit:verify -- export.ndjson')).toBeVisible();

    const key = await downloadFrom(page, 'Unduh kunci publik');
    expect(readFileSync(key, 'utf8')).toContain('BEGIN PUBLIC KEY');
    const checkpoint = await downloadFrom(page, 'Unduh checkpoint JSON');
    // Exported after the checkpoint, so it must contain every head the checkpoint signed.
    const ndjson = await downloadFrom(page, 'Ekspor NDJSON');
    const firstLine = readFileSync(ndjson, 'utf8').split('\n')[0] ?? '';
    expect(JSON.parse(firstLine)).toHaveProperty('hash');

    const output = execFileSync(
      process.execPath,
      [VERIFIER, ndjson, '--public-key', key, '--checkpoint', checkpoint],
      { encoding: 'utf8' },
    );
    expect(output).toMatch(
      /^OK: \d+ events in \d+ chains verified; they extend the signed checkpoint/,
    );
  });
});

test('an admin creates an API client, sees its secret once, and revokes it', async ({ page }) => {
  const name = `ERP Uji ${run}`;
  await signIn(page, ADMIN_EMAIL);
  await page.getByRole('link', { name: 'Klien API' }).click();
  await expect(page.getByRole('heading', { name: 'Klien API', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Klien API baru' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Nama/).fill(name);
  await dialog.getByRole('checkbox', { name: /orders:read/ }).check();
  await dialog.getByRole('button', { name: 'Buat klien' }).click();

  await expect(dialog.getByText(/tidak akan ditampilkan lagi/)).toBeVisible();
  const secret = (await dialog.getByTestId('issued-secret').textContent()) ?? '';
  expect(secret.length).toBeGreaterThan(16);
  const clientId = (await dialog.locator('code').nth(1).textContent()) ?? '';

  // The secret works: the client can get a token.
  const tokenRequest = {
    data: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
  };
  expect((await page.request.post('/api/v1/auth/token', tokenRequest)).status()).toBe(200);

  await dialog.getByRole('button', { name: 'Sudah saya simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(secret)).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('orders:read');
  await expect(row).toContainText('Aktif');

  await row.getByRole('button', { name: `Cabut ${name}` }).click();
  await expect(page.getByText(/berhenti berfungsi saat itu juga/)).toBeVisible();
  await page.getByRole('button', { name: 'Ya, cabut' }).click();
  await expect(row).toContainText('Dicabut');
  await expect(row.getByRole('button', { name: `Cabut ${name}` })).toHaveCount(0);

  // Revoked at once: the same credentials no longer get a token.
  expect((await page.request.post('/api/v1/auth/token', tokenRequest)).ok()).toBe(false);
});

test('an admin is told on the field that a loopback webhook URL is refused', async ({ page }) => {
  await signIn(page, ADMIN_EMAIL);
  await page.getByRole('link', { name: 'Webhook' }).click();
  await expect(page.getByRole('heading', { name: 'Webhook', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Endpoint baru' }).click();
  const dialog = page.getByRole('dialog');
  const url = dialog.getByLabel(/^URL/);
  await url.fill('http://127.0.0.1:9/hook');
  await dialog.getByLabel(/^Peristiwa/).fill('order.*, customer.created');
  await dialog.getByRole('button', { name: 'Buat endpoint' }).click();

  await expect(url).toHaveAttribute('aria-invalid', 'true');
  // The typed values stay for the fix.
  await expect(url).toHaveValue('http://127.0.0.1:9/hook');
  await expect(dialog.getByText(/tidak akan ditampilkan lagi/)).toHaveCount(0);
});
