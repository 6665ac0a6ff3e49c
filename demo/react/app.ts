/**
 * Symmetry Insights inside a React app, without JSX (plain `createElement`), so no compiler
 * plugin is needed. React 19 sets custom-element props as properties and turns an `on<event>`
 * prop into a listener for `<event>`: `onsym-select` listens to `sym-select`.
 */
import { createElement, useState } from 'react';
import type { ReactElement } from 'react';
import '../../src/components/workspace/workspace.ts';
import '../../src/components/kpi/kpi.ts';
import '../../src/components/scatter/scatter.ts';
import type { SymSelectEvent } from '../../src/components/shared/events.ts';

export interface SymmetryPanelProps {
  /** IndexedDB database of the workspace; two panels with different names never share data. */
  database: string;
  /** Load the built-in sample dataset when the database is empty. */
  sample?: boolean;
  /** Called with the unit id whenever a unit is selected in a chart (undefined when cleared). */
  onUnitSelect?: (unit: string | undefined) => void;
}

/** A workspace with two KPI tiles and the engagement × NPS scatter; shows the selected unit. */
export function SymmetryPanel({ database, sample = true, onUnitSelect }: SymmetryPanelProps): ReactElement {
  const [unit, setUnit] = useState<string | undefined>(undefined);
  const handleSelect = (event: SymSelectEvent): void => {
    setUnit(event.detail.unit);
    onUnitSelect?.(event.detail.unit);
  };
  return createElement(
    'sym-workspace',
    { database, sample, 'onsym-select': handleSelect },
    createElement(
      'div',
      { className: 'tiles' },
      createElement('sym-kpi', { metric: 'enps' }),
      createElement('sym-kpi', { metric: 'nps' }),
    ),
    createElement('sym-scatter', { x: 'engagement', y: 'nps' }),
    createElement('p', { className: 'selection', role: 'status' }, unit ? `Selected unit: ${unit}` : 'Click a unit in the chart to select it.'),
  );
}
