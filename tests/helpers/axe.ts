import axe from 'axe-core';
import type { ReactiveElement } from 'lit';

/** Runs axe-core on an element (shadow roots included) and returns readable violations. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Shows a chart's data table (its text alternative) with the toggle a user presses, and waits for the render. */
export async function openDataTable(chart: ReactiveElement, toggle = '.table-toggle'): Promise<HTMLButtonElement> {
  const button = chart.shadowRoot!.querySelector<HTMLButtonElement>(toggle)!;
  button.click();
  await chart.updateComplete;
  return button;
}

/**
 * Axe violations of a chart as drawn and again with its data table shown, since both states
 * must pass; the table stays open for further checks.
 */
export async function axeViolationsWithTable(chart: ReactiveElement, toggle = '.table-toggle'): Promise<string[]> {
  const drawn = await axeViolations(chart);
  await openDataTable(chart, toggle);
  const withTable = await axeViolations(chart);
  return [...drawn, ...withTable.map((violation) => `with the data table: ${violation}`)];
}
