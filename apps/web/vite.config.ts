import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = 'http://localhost:3000';

export const config = defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    // Plain aliases instead of Nx's Vite plugins (they print deprecation warnings on Vite 8).
    alias: {
      '@bei-hub/api-client': `${workspaceRoot}libs/api-client/src/index.ts`,
      '@bei-hub/domain': `${workspaceRoot}libs/domain/src/index.ts`,
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 4200,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
});

// Vite reads the config from the default export; the named export keeps the house style.
export default config;
