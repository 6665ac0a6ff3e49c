// Bundles the TypeScript entry points the benchmarks need into plain ES modules in a temp folder,
// so `npm run bench` works from a fresh clone without a prior `npm run build`, and times the
// same code a consumer gets (no transform in the hot path).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds `entries` ({ name: 'src/…/file.ts' }) and imports them; `dispose` removes the folder. */
export async function loadBuiltModules(entries) {
  const outDir = await mkdtemp(join(tmpdir(), 'symmetry-bench-'));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      write: true,
      lib: { entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])), formats: ['es'] },
    },
  });
  const modules = {};
  for (const name of Object.keys(entries)) modules[name] = await import(pathToFileURL(join(outDir, `${name}.js`)).href);
  return { modules, dispose: () => rm(outDir, { recursive: true, force: true }) };
}
