import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/model/escape-markup.ts';
import { analyzeFixtures, fixture, symmetry } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'symmetry-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('symmetry analyze --format table', () => {
  it('prints the units table, then the correlations under the causation caveat', async () => {
    const run = await analyzeFixtures('--format', 'table');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^unit\s+respondents\s+eNPS\s+engagement\s+customers\s+NPS\s+CSAT %\s+CES\s+FCR %$/);
    expect(lines.find((l) => l.startsWith('Paris Opéra'))).toMatch(/^Paris Opéra\s+12\s+-75\.0\s+\S+\s+24\s+-75\.0\s/);
    // Withheld numbers are shown as withheld, not as zeros.
    expect(lines.find((l) => l.startsWith('Tiny Team'))).toMatch(/^Tiny Team\s+<min\s+–\s+–\s+<min(\s+–){4}$/);
    expect(run.stdout).toContain('Correlations (unit-level association, not causation; p adjusted by Benjamini–Hochberg):');
    expect(lines.find((l) => /^enps\s+nps\s/.test(l))).toMatch(/^enps\s+nps\s+5\s+0\.994\s+0\.0006\s+1\.000\s+1\.000\s+0\.\d{4}$/);
  });
});

describe('symmetry analyze --format html', () => {
  it('prints one self-contained page with the units and correlations tables', async () => {
    const run = await analyzeFixtures('--format', 'html');
    expect(run.code).toBe(0);
    const html = run.stdout;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<caption>Units</caption>');
    expect(html).toContain('<caption>Correlations (unit-level association, not causation; p adjusted by Benjamini–Hochberg)</caption>');
    expect(html).toContain('<tr><th scope="row">Paris Opéra</th><td>12</td><td>-75.0</td>');
    expect(html).toMatch(/<tr><th scope="row">enps<\/th><td>nps<\/td><td>5<\/td><td>0\.994<\/td>/);
    // Nothing to fetch and nothing to run: no scripts, no external URLs, a CSP that forbids both.
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes unit names and file names', async () => {
    const hostile = '<img src=x onerror="alert(1)"> & Co';
    const quoted = `"${hostile.replace(/"/g, '""')}"`;
    const employees = join(work, '<b>employees&.csv');
    const customers = join(work, 'customers.csv');
    writeFileSync(employees, readFileSync(fixture('employees.csv'), 'utf8').replaceAll('Marseille Port', quoted));
    writeFileSync(customers, readFileSync(fixture('customers.csv'), 'utf8').replaceAll('Marseille Port', quoted));
    const run = await symmetry('analyze', '--employees', employees, '--customers', customers, '--format', 'html');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<th scope="row">&lt;img src&#61;x onerror&#61;&quot;alert(1)&quot;&gt; &amp; Co</th>');
    expect(run.stdout).toContain('&lt;b&gt;employees&amp;.csv');
    expect(run.stdout).not.toContain('<img');
    expect(run.stdout).not.toContain('<b>');
  });

  it('escapes with the shared markup escaper, quotes and equals signs included', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href&#61;&quot;x&quot; title&#61;&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('symmetry sample', () => {
  it('writes a dataset that `symmetry analyze` reads back', async () => {
    const out = join(work, 'sample');
    const sample = await symmetry('sample', '--out', out, '--seed', '7');
    expect(sample.code).toBe(0);
    expect(sample.stdout).toMatch(/^Wrote \d+ units, \d+ employee responses, \d+ customer answers and \d+ stories to /);
    expect(JSON.parse(readFileSync(join(out, 'stories.json'), 'utf8')).length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'units.csv'), 'utf8').split(/\r?\n/)[0]).toBe('id,name,parent,level,region,segment,channel,size');

    const run = await symmetry('analyze', '--employees', join(out, 'employees.csv'), '--customers', join(out, 'customers.csv'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { units: unknown[]; correlations: { pearson: { r: number | null } }[] };
    expect(result.units.length).toBeGreaterThan(10);
    expect(result.correlations.some((c) => typeof c.pearson.r === 'number')).toBe(true);
  }, 120_000);
});
