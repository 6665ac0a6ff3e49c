import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Without a build: every element folder has its own package export, so that
// `import 'symmetry-insights/elements/sym-<name>'` works (`npm run check:package` checks the built files).
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, unknown> };
const elements = readdirSync(new URL('src/components/', root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

describe('package exports', () => {
  it('name one subpath per element, pointing at its built file and declarations', () => {
    expect(elements.length).toBeGreaterThan(20);
    for (const name of elements) {
      expect(pkg.exports[`./elements/sym-${name}`], name).toEqual({
        types: `./dist/types/components/${name}/${name}.d.ts`,
        import: `./dist/elements/${name}.js`,
      });
    }
  });

  it('register every element from the package root', () => {
    const index = readFileSync(new URL('src/index.ts', root), 'utf8');
    for (const name of elements) expect(index, name).toContain(`./components/${name}/${name}.ts`);
  });
});
