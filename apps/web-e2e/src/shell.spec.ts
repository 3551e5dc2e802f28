import { expect, type Page, test } from '@playwright/test';

const ADMIN = { email: 'admin@bei.test', password: 'Admin-Passw0rd-e2e' };

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

test('an admin signs in, manages users in both languages and signs out', async ({ page }) => {
  await test.step('a signed-out visitor is sent to the login page', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Masuk ke BEI Hub' })).toBeVisible();
  });

  await test.step('sign in as the first admin', async () => {
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Kata sandi').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Masuk' }).click();

    await expect(page.getByRole('heading', { name: 'Pelanggan' })).toBeVisible();
    for (const item of [
      'Pelanggan',
      'Pesanan',
      'Persetujuan',
      'Permintaan privasi',
      'Audit',
      'Analitik',
      'Pengguna',
    ]) {
      await expect(mainNav(page).getByRole('link', { name: item, exact: true })).toBeVisible();
    }
  });

  await test.step('the Users page lists the admin', async () => {
    await mainNav(page).getByRole('link', { name: 'Pengguna' }).click();
    await expect(page.getByRole('heading', { name: 'Pengguna', level: 1 })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: ADMIN.email })).toContainText('Admin');
  });

  await test.step('the session survives a reload through the refresh cookie', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Pengguna', level: 1 })).toBeVisible();
  });

  await test.step('switch to English and back', async () => {
    await page.getByRole('button', { name: 'Bahasa' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText(
      'Customers',
    );

    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
    await expect(page.getByRole('heading', { name: 'Pengguna', level: 1 })).toBeVisible();
  });

  const email = `rina.${Date.now()}@bei.test`;
  await test.step('create a sales user', async () => {
    await page.getByRole('link', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pengguna baru' });
    await dialog.getByLabel('Nama').fill('Rina Wijaya');
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Kata sandi awal').fill('Rina-Passw0rd-2026');
    await dialog.getByRole('checkbox', { name: 'Sales' }).check();
    await dialog.getByRole('button', { name: 'Buat pengguna' }).click();

    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Rina Wijaya');
    await expect(row).toContainText('Sales');
    await expect(row).toContainText('Aktif');
    await expect(row).toContainText('WIB');
  });

  await test.step('sign out and land on the login page', async () => {
    await page.getByRole('button', { name: /^Menu akun/ }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Masuk ke BEI Hub' })).toBeVisible();

    // The refresh cookie was revoked: going back does not restore the session.
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/);
  });
});
