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
