import { defineConfig } from 'vite';

/** `npx vite demo/react` serves this page from the library's source; the analytics worker is an ES module. */
export default defineConfig({
  base: './',
  worker: { format: 'es' },
});
