import { expect } from 'vitest';
import type { SymKpi } from '../../src/components/kpi/kpi.ts';
import type { SymScatter } from '../../src/components/scatter/scatter.ts';

/** Loading the sample into IndexedDB and analysing it in the worker takes seconds on a busy machine. */
export const READY_TIMEOUT = 90_000;

/** A database name no other test uses. */
export function uniqueDatabase(framework: string): string {
  return `embedding-${framework}-${crypto.randomUUID()}`;
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Waits until the scatter inside `host` drew its unit marks from the workspace data; returns them. */
export async function scatterPoints(host: Element): Promise<SVGPathElement[]> {
  const scatter = host.querySelector<SymScatter>('sym-scatter');
  expect(scatter).not.toBeNull();
  await expect.poll(() => scatter!.shadowRoot?.querySelectorAll('path.point').length ?? 0, { timeout: READY_TIMEOUT, interval: 200 }).toBeGreaterThan(10);
  return [...scatter!.shadowRoot!.querySelectorAll<SVGPathElement>('path.point')];
}

/** The headline value each KPI tile inside `host` shows, once they show one. */
export async function kpiValues(host: Element): Promise<string[]> {
  const tiles = [...host.querySelectorAll<SymKpi>('sym-kpi')];
  expect(tiles).toHaveLength(2);
  const read = () => tiles.map((tile) => tile.shadowRoot?.querySelector('[part=value]')?.textContent?.trim() ?? '');
  await expect.poll(() => read().every((value) => value !== ''), { timeout: READY_TIMEOUT, interval: 200 }).toBe(true);
  return read();
}

/** Clicks a scatter mark the way a pointer does (the click bubbles out of the shadow root). */
export function clickPoint(point: SVGPathElement): void {
  point.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

/** What both demo panels take: their own database, and a handler for the unit selected in a chart. */
export interface PanelProps {
  database: string;
  onUnitSelect: (unit: string | undefined) => void;
}

/** A demo panel rendered by its framework into `container`, with every unit its handler received. */
export interface MountedPanel {
  container: HTMLElement;
  database: string;
  selected: (string | undefined)[];
}

const mounted: { unmount: () => void; database: string }[] = [];

/**
 * Renders a framework's demo panel on a fresh database into a new container; `render` mounts it
 * with the framework's own API and returns how to unmount it. {@link unmountPanels} cleans up.
 */
export function mountPanel(framework: string, render: (container: HTMLElement, props: PanelProps) => () => void): MountedPanel {
  const database = uniqueDatabase(framework);
  const container = document.createElement('div');
  document.body.append(container);
  const selected: (string | undefined)[] = [];
  mounted.push({ database, unmount: render(container, { database, onUnitSelect: (unit) => selected.push(unit) }) });
  return { container, database, selected };
}

/** For `afterEach`: unmounts the panels through their framework, then deletes their databases. */
export async function unmountPanels(): Promise<void> {
  for (const { unmount, database } of mounted.splice(0)) {
    unmount();
    document.body.replaceChildren();
    await deleteDatabase(database);
  }
}

/**
 * Checks what a panel does alike in every framework: the props reach the custom elements as
 * properties, the workspace data is drawn, and a click on a unit mark reaches the framework's
 * handler once. Returns the name of the clicked unit.
 */
export async function expectWiredPanel({ container, database, selected }: MountedPanel): Promise<string> {
  const workspace = container.querySelector('sym-workspace')!;
  expect(workspace).not.toBeNull();
  expect(workspace.database).toBe(database);
  expect(workspace.sample).toBe(true);
  expect(container.querySelector('sym-scatter')!.x).toBe('engagement');

  const points = await scatterPoints(container);
  const values = await kpiValues(container);
  for (const value of values) expect(value).toMatch(/^[+−-]?\d/);

  const point = points[0]!;
  const name = point.querySelector('title')!.textContent!;
  clickPoint(point);
  expect(selected).toHaveLength(1);
  expect(typeof selected[0]).toBe('string');
  return name;
}

/** Waits until the workspace took the selection too: the mark named `name` is drawn as selected. */
export async function expectSelectedMark(container: HTMLElement, name: string): Promise<void> {
  await expect.poll(() => container.querySelector('sym-scatter')!.shadowRoot!.querySelector('path.point[data-selected]')?.querySelector('title')?.textContent).toBe(name);
}
