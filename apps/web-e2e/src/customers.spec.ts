import { writeFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { ADMIN_EMAIL, SALES_EMAIL, signIn } from './support/sign-in';

// Unique per run, so a retry against the same server never meets its own earlier records.
const run = Date.now().toString().slice(-6);
const doctor = {
  name: `dr. Rahma Ujicoba ${run}, Sp.KK`,
  email: `rahma.${run}@example.com`,
  // Jakarta Selatan region, born 12 Aug 1990 (day + 40: a woman), serial from the run.
  nik: `317401520890${String(1000 + (Number(run) % 9000))}`,
  str: `STR-E2E-${run}`,
  sip: `SIP-E2E-${run}`,
};

const choose = async (page: Page, label: string, typed: string, option: string) => {
  await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
};

const licenceRow = (page: Page, index: number): Locator =>
  page.getByRole('group', { name: `Izin ${index}` });

test('an admin creates, finds, edits, de-duplicates, imports and exports customers', async ({
  page,
}, testInfo) => {
  await signIn(page, ADMIN_EMAIL);

  await test.step('create a doctor with an STR, a SIP and an address', async () => {
    await page.getByRole('link', { name: 'Pelanggan baru' }).click();
    await expect(page.getByRole('heading', { name: 'Pelanggan baru', level: 1 })).toBeVisible();
    await page.getByLabel(/^Nama/).fill(doctor.name);
    await page.getByLabel('Spesialisasi').fill('Dermatologi dan Venereologi');
    await page.getByLabel(/^NIK/).fill(doctor.nik);
    await page.getByLabel('Email').fill(doctor.email);
    await page.getByLabel(/^Telepon/).fill('0812-7000-1234');
    await expect(page.getByText('Disimpan sebagai +6281270001234')).toBeVisible();
    await page.getByLabel('Alamat (jalan, nomor)').fill('Jl. Kemang Raya No. 88');
    await choose(page, 'Provinsi', 'DKI', 'DKI Jakarta');
    await choose(page, 'Kota/Kabupaten', 'Selatan', 'Kota Jakarta Selatan');
    await page.getByLabel('Kode pos').fill('12730');

    await page.getByRole('button', { name: '+ Tambah STR' }).click();
    await licenceRow(page, 1)
      .getByLabel(/^Nomor izin/)
      .fill(doctor.str);
    await page.getByRole('button', { name: '+ Tambah SIP' }).click();
    await licenceRow(page, 2)
      .getByLabel(/^Nomor izin/)
      .fill(doctor.sip);
    await licenceRow(page, 2)
      .getByLabel(/^Berlaku sampai/)
      .fill('2030-06-30');
    await page.getByRole('button', { name: 'Simpan pelanggan' }).click();

    await expect(page.getByRole('heading', { name: doctor.name, level: 1 })).toBeVisible();
    await expect(page.getByText('Izin berlaku').first()).toBeVisible();
    // NIK comes back masked for everyone but the privacy officer.
    await expect(page.getByText(`••••••••••••${doctor.nik.slice(-4)}`)).toBeVisible();

    await page.getByRole('tab', { name: 'Izin' }).click();
    const sipRow = page.getByRole('row').filter({ hasText: doctor.sip });
    await expect(sipRow).toContainText('30 Jun 2030');
    await expect(page.getByRole('row').filter({ hasText: doctor.str })).toContainText(
      'Tanpa batas',
    );
  });

  await test.step('find it in the list by searching as you type', async () => {
    await page.getByRole('link', { name: 'Kembali ke daftar' }).click();
    await page.getByLabel('Cari pelanggan').fill(`Ujicoba ${run}`);
    const row = page.getByRole('row').filter({ hasText: doctor.name });
    await expect(row).toContainText('Kota Jakarta Selatan');
    await expect(row).toContainText('+6281270001234');
    await expect(row).toContainText('Izin berlaku');
    await row.getByRole('link', { name: doctor.name }).click();
    await expect(page.getByRole('heading', { name: doctor.name, level: 1 })).toBeVisible();
  });

  await test.step('edit it: the change is sent with the ETag it read', async () => {
    await page.getByRole('link', { name: 'Ubah' }).click();
    const specialty = page.getByLabel('Spesialisasi');
    await expect(specialty).toHaveValue('Dermatologi dan Venereologi');
    await specialty.fill('Dermatologi, Venereologi, dan Estetika');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();

    const sent = await patch;
    expect(sent.headers()['if-match']).toBe('"1"');
    expect((await sent.response())?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: doctor.name, level: 1 })).toBeVisible();
    await expect(page.getByText('Dermatologi, Venereologi, dan Estetika').first()).toBeVisible();
  });

  await test.step('starting to create the same doctor again shows a duplicate warning', async () => {
    await page.goto('/customers/new');
    await page.getByLabel(/^Nama/).fill('dr. R. Ujicoba');
    await page.getByLabel('Email').fill(doctor.email);
    const warning = page.getByRole('status').filter({ hasText: 'Mungkin sudah tercatat' });
    await expect(warning).toContainText(doctor.name);
    await expect(warning).toContainText('Email');

    // The NIK alone is enough evidence too.
    await page.getByLabel('Email').fill('');
    await page.getByLabel(/^NIK/).fill(doctor.nik);
    await expect(warning).toContainText('NIK');
    await expect(warning.getByRole('link', { name: doctor.name })).toHaveAttribute(
      'target',
      '_blank',
    );
    await page.getByRole('button', { name: 'Batal' }).click();
  });

  await test.step('import a CSV with one bad row and see which row failed', async () => {
    const csv = testInfo.outputPath('customers-import.csv');
    writeFileSync(
      csv,
      [
        'type,name,email,phone,address_line1,city,province,str_number',
        `doctor,dr. Impor Ujicoba ${run},impor.${run}@example.com,0813-5000-1234,Jl. Dago 10,Kota Bandung,Jawa Barat,STR-IMP-${run}`,
        `vet,Drh. Bukan Pelanggan ${run},,,,,,`,
        `clinic,Klinik Impor Ujicoba ${run},,,Jl. Imam Bonjol 2,Kota Medan,Sumatera Utara,`,
      ].join('\n'),
    );
    await page.getByRole('link', { name: 'Impor CSV' }).click();
    await expect(page.getByRole('heading', { name: 'Impor pelanggan', level: 1 })).toBeVisible();
    await page.locator('input[type="file"]').setInputFiles(csv);
    await page.getByRole('button', { name: 'Unggah dan impor' }).click();

    await expect(page.getByRole('progressbar', { name: 'Kemajuan impor' })).toBeVisible();
    await expect(page.getByText('3 dari 3 baris diproses')).toBeVisible();
    const errors = page.getByRole('table', { name: 'Baris yang gagal' });
    await expect(errors.getByRole('row')).toHaveCount(2);
    const failed = errors.getByRole('row').nth(1);
    await expect(failed.getByRole('cell').nth(0)).toHaveText('2');
    await expect(failed.getByRole('cell').nth(1)).toHaveText('type');

    await page.getByRole('link', { name: 'Ke daftar pelanggan' }).click();
    await page.getByLabel('Cari pelanggan').fill(`Impor Ujicoba ${run}`);
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: `dr. Impor Ujicoba ${run}` })).toBeVisible();
    await expect(table.getByRole('link', { name: `Klinik Impor Ujicoba ${run}` })).toBeVisible();
    await expect(table).not.toContainText('Drh. Bukan Pelanggan');
  });

  await test.step('export downloads customers.csv', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor CSV' }).click();
    expect((await download).suggestedFilename()).toBe('customers.csv');
  });
});

test('a sales rep sees the customers they own, marked as theirs', async ({ page }) => {
  await signIn(page, SALES_EMAIL);
  const first = page.getByRole('table').getByRole('row').nth(1);
  await first.getByRole('link').first().click();
  await expect(page.getByText('Rina Wulandari (Anda)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ubah' })).toBeVisible();
});
