import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { SymmetryPanel } from '../../demo/react/app.ts';
import { READY_TIMEOUT, clickPoint, deleteDatabase, kpiValues, scatterPoints, uniqueDatabase } from './embedding.ts';

let root: Root | undefined;
let database = '';

afterEach(async () => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
  await deleteDatabase(database);
});

describe('React embedding (demo/react)', () => {
  it('renders the elements with workspace data and passes sym-select to a React handler', async () => {
    database = uniqueDatabase('react');
    const container = document.createElement('div');
    document.body.append(container);
    const selected: (string | undefined)[] = [];
    root = createRoot(container);
    flushSync(() => root!.render(createElement(SymmetryPanel, { database, onUnitSelect: (unit) => selected.push(unit) })));

    const workspace = container.querySelector('sym-workspace')!;
    expect(workspace).not.toBeNull();
    // React 19 set the props as properties of the custom element.
    expect((workspace as unknown as { database: string }).database).toBe(database);
    expect((workspace as unknown as { sample: boolean }).sample).toBe(true);
    expect((container.querySelector('sym-scatter') as unknown as { x: string }).x).toBe('engagement');

    const points = await scatterPoints(container);
    const values = await kpiValues(container);
    for (const value of values) expect(value).toMatch(/^[+−-]?\d/);

    const point = points[0]!;
    const name = point.querySelector('title')!.textContent!;
    clickPoint(point);
    expect(selected).toHaveLength(1);
    expect(typeof selected[0]).toBe('string');
    // The handler's state update re-rendered the React part of the page.
    await expect.poll(() => container.querySelector('.selection')!.textContent).toBe(`Selected unit: ${selected[0]}`);
    // The workspace took the selection too: the clicked mark is drawn as selected.
    await expect.poll(() => container.querySelector('sym-scatter')!.shadowRoot!.querySelector('path.point[data-selected]')?.querySelector('title')?.textContent).toBe(name);
  }, READY_TIMEOUT + 30_000);
});
