import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Admin-Passw0rd-e2e';
export const ADMIN_EMAIL = 'admin@bei.test';
export const SALES_EMAIL = 'sales@bei-hub.local';

/** Signs in through the login page and waits for the first work area (customers). */
export const signIn = async (page: Page, email: string): Promise<void> => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Pelanggan', level: 1 })).toBeVisible();
};
