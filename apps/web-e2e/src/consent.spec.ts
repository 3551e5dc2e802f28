import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in';

const PRIVACY_EMAIL = 'privacy@bei-hub.local';
// Unique per run, so a retry against the same server never meets its own earlier records.
const run = Date.now().toString().slice(-6);

test('a privacy officer publishes a notice, compares versions and keeps the suppression list', async ({
  page,
}) => {
  await signIn(page, PRIVACY_EMAIL);
  await page.getByRole('link', { name: 'Persetujuan' }).click();
  await expect(page.getByRole('heading', { name: 'Persetujuan', level: 1 })).toBeVisible();

  await test.step('publish a future notice version; the current one stays in force', async () => {
    const version = `2099-${run}`;
    await page.getByRole('button', { name: 'Versi baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pemberitahuan privasi baru' });
    await dialog.getByLabel(/^Versi/).fill(version);
    await dialog.getByLabel(/^Berlaku mulai/).fill('2099-01-01');
    await dialog.getByLabel(/^Judul \(Indonesia\)/).fill('Kebijakan Privasi uji');
    await dialog.getByLabel(/^Isi \(Indonesia\)/).fill('Isi kebijakan uji.');
    await dialog.getByLabel('Judul (Inggris)').fill('Test privacy policy');
    await dialog.getByLabel('Isi (Inggris)').fill('Test policy text.');
    await dialog.getByRole('button', { name: 'Terbitkan' }).click();
    await expect(dialog).toBeHidden();

    const table = page.getByRole('table', { name: 'Pemberitahuan privasi' });
    await expect(table.getByRole('row').filter({ hasText: version })).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: '2024-10' })).toContainText('Berlaku');

    await page.getByRole('combobox', { name: 'Versi kiri' }).click();
    await page.getByRole('option', { name: '2024-10', exact: true }).click();
    await page.getByRole('combobox', { name: 'Versi kanan' }).click();
    await page.getByRole('option', { name: version, exact: true }).click();
    await expect(page.getByText('Isi kebijakan uji.')).toBeVisible();
    await expect(page.getByText(/UU No\. 27 Tahun 2022/)).toBeVisible();
  });

  await test.step('add a suppression for a raw address and lift it with a reason', async () => {
    const address = `stop.${run}@example.com`;
    await page.getByRole('tab', { name: 'Larangan kontak' }).click();
    await page.getByRole('button', { name: 'Tambah larangan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah larangan kontak' });
    await dialog.getByText('Email/telepon').click();
    await dialog.getByLabel(/^Email atau nomor telepon/).fill(address);
    await dialog.getByLabel(/^Alasan/).fill('Minta tidak dihubungi lewat telepon');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: address });
    await expect(row).toContainText('Semua saluran');
    await row.getByRole('button', { name: 'Cabut' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cabut larangan kontak' });
    await confirm.getByLabel(/^Alasan pencabutan/).fill('Salah input');
    await confirm.getByRole('button', { name: 'Ya, cabut' }).click();
    await expect(row).toBeHidden();
  });

  await test.step('preview the audience for e-mail marketing', async () => {
    await page.getByRole('tab', { name: 'Pratinjau audiens' }).click();
    await page.getByRole('combobox', { name: 'Tujuan' }).click();
    await page.getByRole('option', { name: 'Promosi lewat e-mail', exact: true }).click();
    await expect(
      page.getByText(/kontak di halaman pertama|Tidak ada pelanggan yang memenuhi syarat/),
    ).toBeVisible();
  });
});
