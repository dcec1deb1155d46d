import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  base: './',
  server: { port: 5173, open: false },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});
