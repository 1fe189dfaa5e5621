import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API under /explorer/ (apps/api/src/explorer.ts); `pnpm dev` proxies /graphql
// to a running API (DOSSIER_API, default http://127.0.0.1:4000).
export default defineConfig({
  base: '/explorer/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/graphql': process.env.DOSSIER_API ?? 'http://127.0.0.1:4000' } },
});
