import { defineConfig } from 'vite';
import { readdirSync, existsSync } from 'node:fs';

/** One entry per element (`src/components/<name>/<name>.ts`) so consumers can import a single element. */
function elementEntries(): Record<string, string> {
  const root = 'src/components';
  const entries: Record<string, string> = {};
  for (const name of readdirSync(root, { withFileTypes: true })) {
    const file = `${root}/${name.name}/${name.name}.ts`;
    if (name.isDirectory() && existsSync(file)) entries[`elements/${name.name}`] = file;
  }
  return entries;
}

export default defineConfig({
  // Without a relative base the worker URL in dist is root-absolute and consumers' bundlers miss it.
  base: './',
  build: {
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        analytics: 'src/analytics/index.ts',
        ingest: 'src/ingest/index.ts',
        ...elementEntries(),
      },
      formats: ['es'],
    },
    rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^d3($|-)/, 'idb', 'comlink'] },
    sourcemap: true,
  },
  worker: { format: 'es' },
});
