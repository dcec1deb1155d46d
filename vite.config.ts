import { defineConfig } from 'vite';
import { collabDevServer } from './scripts/collab-dev-server.mjs';

export default defineConfig({
  root: 'demo',
  base: './',
  // PORT moves the demo when 5173 is taken (as `npm start -- --port 5174` does).
  server: { port: Number(process.env['PORT'] ?? 5173), open: false },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
  // COLLAB_PORT moves the local collaboration server when 1234 is taken; DATA_DIR gives a second demo its own rooms
  // (one folder serves one server at a time).
  plugins: [
    collabDevServer({
      port: Number(process.env['COLLAB_PORT'] ?? 1234),
      dataDir: process.env['DATA_DIR'] ?? 'collab-data',
    }),
  ],
});
