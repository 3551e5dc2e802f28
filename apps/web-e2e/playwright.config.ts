import { rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const workspaceRoot = path.resolve(__dirname, '../..');
const port = 3100;
const dataDir = path.join(workspaceRoot, 'tmp', 'e2e-data');

// Every run starts from an empty embedded database. Workers load this file too, while the
// server is running: only the runner process (no TEST_WORKER_INDEX) may delete.
if (process.env.TEST_WORKER_INDEX === undefined) {
  rmSync(dataDir, { recursive: true, force: true });
}

export const config = defineConfig({
  testDir: './src',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    // Debian's Chromium: Playwright cannot download its own browser build on these machines.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  outputDir: path.join(workspaceRoot, 'dist', 'apps', 'web-e2e', 'test-results'),
  webServer: {
    // The built API serves the built SPA on the same port, as in production.
    command: 'node dist/apps/api/apps/api/src/main.js',
    cwd: workspaceRoot,
    url: `http://127.0.0.1:${port}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'admin@bei.test',
      ADMIN_PASSWORD: 'Admin-Passw0rd-e2e',
      DEMO_DATA: 'true',
      NODE_ENV: 'test',
    },
  },
});

// Playwright reads the default export; the named one keeps the house style.
export default config;
