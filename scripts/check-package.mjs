// `npm run check:package`: packs the library as it would be published, installs the tarball in
// an empty folder and uses it from there the way a consumer would. Catches export paths that point
// at files the build does not emit, files left out of the tarball and types that do not resolve.
// Options: `--no-build` (pack the current dist/ as it is), `--keep` (leave the temp folder).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const started = performance.now();
const failures = [];
const passes = [];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function npm(cliArgs, cwd) {
  return execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', cliArgs, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function check(ok, what, detail = '') {
  (ok ? passes : failures).push(detail ? `${what}: ${detail}` : what);
}

/** Every file path an `exports` value names, with the subpath it belongs to. */
function exportTargets(exportsField) {
  const targets = [];
  const walk = (subpath, value) => {
    if (typeof value === 'string') targets.push({ subpath, file: value.replace(/^\.\//, '') });
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(subpath, inner);
  };
  for (const [subpath, value] of Object.entries(exportsField)) walk(subpath, value);
  return targets;
}

const work = mkdtempSync(join(tmpdir(), 'symmetry-package-'));
try {
  if (!args.has('--no-build')) {
    console.log('Building (npm run build)…');
    try {
      npm(['run', 'build'], root);
    } catch (error) {
      throw new Error(`the build failed, so nothing was packed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }

  console.log('Packing (npm pack)…');
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed.filename);
  const inTarball = new Set(packed.files.map((file) => file.path));
  console.log(`  ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`);

  // Every file the manifest points at must ship.
  const targets = [
    ...exportTargets(pkg.exports),
    { subpath: 'main', file: pkg.main.replace(/^\.\//, '') },
    { subpath: 'types', file: pkg.types.replace(/^\.\//, '') },
    ...Object.entries(pkg.bin ?? {}).map(([name, file]) => ({ subpath: `bin ${name}`, file: file.replace(/^\.\//, '') })),
  ];
  const missing = targets.filter((target) => !inTarball.has(target.file));
  check(missing.length === 0, `all ${targets.length} files named by exports, main, types and bin are in the tarball`,
    missing.map((target) => `${target.subpath} → ${target.file} is missing`).join('; '));

  // Every element the build emits must be reachable through its own export (tree-shaking).
  const exported = new Set(exportTargets(pkg.exports).map((target) => target.file));
  const elementFiles = [...inTarball].filter((file) => /^dist\/elements\/[^/]+\.js$/.test(file));
  const unexported = elementFiles.filter((file) => !exported.has(file));
  check(elementFiles.length > 0 && unexported.length === 0, `each of the ${elementFiles.length} built elements has its own export`,
    unexported.length ? `add to package.json "exports":\n${unexported.map((file) => {
      const name = file.slice('dist/elements/'.length, -'.js'.length);
      return `    "./elements/sym-${name}": { "types": "./dist/types/components/${name}/${name}.d.ts", "import": "./${file}" },`;
    }).join('\n')}` : '');

  console.log('Installing the tarball in an empty folder (npm install)…');
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  npm(['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], consumer);

  // In a fresh Node process, as a consumer: the pure entries run in Node without a DOM.
  writeFileSync(join(consumer, 'use.mjs'), `
    import { pearson } from 'symmetry-insights/analytics';
    import { importCustomers } from 'symmetry-insights/ingest';
    import { createRequire } from 'node:module';
    const out = {};
    // scipy.stats.pearsonr([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]).statistic
    out.r = pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]).r;
    const imported = importCustomers('unit,date,nps\\nLyon,2026-07-01,9\\nLyon,2026-07-02,3\\n', { file: 'c.csv' });
    out.importedRows = imported.ok ? imported.table.length : -1;
    const require = createRequire(import.meta.url);
    out.manifestModules = require('symmetry-insights/custom-elements.json').modules.length;
    out.resolved = {};
    for (const subpath of ${JSON.stringify(Object.keys(pkg.exports).filter((subpath) => subpath !== '.'))}) {
      try { out.resolved[subpath] = import.meta.resolve('symmetry-insights' + subpath.slice(1)); } catch (e) { out.resolved[subpath] = 'ERROR ' + e.message; }
    }
    console.log(JSON.stringify(out));
  `);
  let used;
  try {
    used = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: consumer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    throw new Error(`importing the installed package failed:\n${error.stderr ?? error.message}`);
  }
  check(Math.abs(used.r - 0.7745966692414834) < 1e-12, "import('symmetry-insights/analytics') then pearson() gives scipy's r", `r = ${used.r}`);
  check(used.importedRows === 2, "import('symmetry-insights/ingest') then importCustomers() reads a CSV", `rows = ${used.importedRows}`);
  check(used.manifestModules > 0, "'symmetry-insights/custom-elements.json' resolves and lists modules", `${used.manifestModules} modules`);
  const unresolved = Object.entries(used.resolved).filter(([, url]) => url.startsWith('ERROR') || !existsSync(fileURLToPath(url)));
  check(unresolved.length === 0, `all ${Object.keys(used.resolved).length} export subpaths resolve to installed files`,
    unresolved.map(([subpath, url]) => `${subpath}: ${url}`).join('; '));

  // The command-line entry works from the installed package.
  try {
    const help = execFileSync(join(consumer, 'node_modules', '.bin', 'symmetry'), ['--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    check(help.includes('symmetry analyze'), 'the installed `symmetry --help` prints the usage');
  } catch (error) {
    check(false, 'the installed `symmetry --help` runs', (error.stderr || error.message).trim().split('\n')[0]);
  }

  // Types resolve for a TypeScript consumer (a wrong type must be reported, so the types are not `any`).
  writeFileSync(join(consumer, 'use.ts'), [
    "import { pearson } from 'symmetry-insights/analytics';",
    "import { importCustomers } from 'symmetry-insights/ingest';",
    "import type { SymKpi } from 'symmetry-insights/elements/sym-kpi';",
    'export const r: number = pearson([1, 2, 3], [3, 2, 1]).r;',
    "export const ok: boolean = importCustomers('', { file: 'x.csv' }).ok;",
    'export type Kpi = SymKpi;',
    '// @ts-expect-error: r is a number, so the declarations were found',
    'export const wrong: string = pearson([1, 2, 3], [3, 2, 1]).r;',
    '',
  ].join('\n'));
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
    files: ['use.ts'],
  }, null, 2));
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    check(true, 'TypeScript (nodenext) finds the declarations of analytics, ingest and an element');
  } catch (error) {
    check(false, 'TypeScript (nodenext) finds the declarations of analytics, ingest and an element', (error.stdout || error.message).trim());
  }
} catch (error) {
  failures.push(error.message);
} finally {
  if (args.has('--keep')) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

for (const line of passes) console.log(`  ok    ${line}`);
for (const line of failures) console.log(`  FAIL  ${line}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(failures.length ? `check:package FAILED (${failures.length} problem${failures.length > 1 ? 's' : ''}, ${seconds} s)` : `check:package passed (${passes.length} checks, ${seconds} s)`);
process.exitCode = failures.length ? 1 : 0;
