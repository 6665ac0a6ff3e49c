import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h, nextTick } from 'vue';
import type { App } from 'vue';
import { SymmetryPanel } from '../../demo/vue/app.ts';
import { READY_TIMEOUT, clickPoint, deleteDatabase, kpiValues, scatterPoints, uniqueDatabase } from './embedding.ts';

let app: App | undefined;
let database = '';

afterEach(async () => {
  app?.unmount();
  app = undefined;
  document.body.replaceChildren();
  await deleteDatabase(database);
});

describe('Vue embedding (demo/vue)', () => {
  it('renders the elements with workspace data and passes sym-select to a Vue listener', async () => {
    database = uniqueDatabase('vue');
    const container = document.createElement('div');
    document.body.append(container);
    const selected: (string | undefined)[] = [];
    app = createApp({ render: () => h(SymmetryPanel, { database, onUnitSelect: (unit: string | undefined) => selected.push(unit) }) });
    app.mount(container);

    const workspace = container.querySelector('sym-workspace')!;
    expect(workspace).not.toBeNull();
    // Vue set the props as properties of the custom element.
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
    await nextTick();
    // The listener's state change re-rendered the Vue part of the page.
    expect(container.querySelector('.selection')!.textContent).toBe(`Selected unit: ${selected[0]}`);
    await expect.poll(() => container.querySelector('sym-scatter')!.shadowRoot!.querySelector('path.point[data-selected]')?.querySelector('title')?.textContent).toBe(name);
  }, READY_TIMEOUT + 30_000);
});
