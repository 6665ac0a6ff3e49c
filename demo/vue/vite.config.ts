import { defineConfig } from 'vite';

/** `npx vite demo/vue` serves this page from the library's source; the analytics worker is an ES module. */
export default defineConfig({
  base: './',
  // Vue's bundler build expects these compile-time flags; only render functions are used here.
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  worker: { format: 'es' },
});
