import { defineConfig } from 'vite';
import { collabDevServer } from './scripts/collab-dev-server.mjs';

export default defineConfig({
  root: 'demo',
  base: './',
  server: { port: 5173, open: false },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
  // COLLAB_PORT moves the local collaboration server when 1234 is taken.
  plugins: [collabDevServer({ port: Number(process.env['COLLAB_PORT'] ?? 1234) })],
});
