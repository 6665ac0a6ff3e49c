import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The demo dashboard, built from the library's source so `npm start` needs no prior build. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  preview: { port: 5173 },
});
