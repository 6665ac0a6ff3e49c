import { css } from 'lit';

export const trendStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif);
    --_employee: var(--sym-trend-employee-color, #0969da); --_customer: var(--sym-trend-customer-color, #bc4c00);
    --_annotation: var(--sym-trend-annotation-color, #8250df); }
  figure { margin: 0; }
  .controls { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; margin-bottom: 0.5rem; font-size: 0.85rem; }
  .controls label { display: flex; flex-direction: column; gap: 0.15rem; font-weight: 600; }
  select, button { font: inherit; font-size: 0.85rem; padding: 0.25rem 0.5rem; border-radius: 6px; color: inherit;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); }
  select:focus-visible, button:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  button { cursor: pointer; }
  .showing { align-self: center; }
  sym-export-menu { margin-inline-start: auto; }
  svg { display: block; max-width: 100%; height: auto; overflow: visible; }
  .grid line { stroke: var(--sym-color-grid, #eaeef2); }
  .axis line { stroke: var(--sym-color-muted, #57606a); }
  .axis text, .ticks text { fill: var(--sym-color-muted, #57606a); font-size: 11px; }
  .panel-title { fill: var(--sym-color-text, #1f2328); font-size: 12px; font-weight: 600; }
  [data-side='employee'] { --_color: var(--_employee); }
  [data-side='customer'] { --_color: var(--_customer); }
  .band { fill: var(--_color); fill-opacity: 0.16; stroke: none; }
  .whisker { stroke: var(--_color); stroke-width: 1; opacity: 0.6; }
  .line { fill: none; stroke: var(--_color); stroke-width: 2; }
  [data-side='customer'] .line { stroke-dasharray: 6 3; }
  .point { fill: var(--_color); stroke: var(--sym-color-surface, #fff); stroke-width: 1.5; cursor: default; }
  .gap rect { fill: url(#sym-trend-hatch); stroke: var(--sym-color-border, #d0d7de); stroke-dasharray: 2 2; }
  .gap text { fill: var(--sym-color-muted, #57606a); font-size: 10px; }
  .hatch-line { stroke: var(--sym-trend-gap-color, #afb8c1); stroke-width: 1.5; }
  .rule { stroke: var(--_annotation); stroke-width: 1; stroke-dasharray: 2 3; opacity: 0.7; }
  .annotation { fill: var(--_annotation); stroke: var(--sym-color-surface, #fff); stroke-width: 1; }
  [data-kind='award'] { fill: var(--sym-trend-award-color, #9a6700); }
  [data-kind='kudos'] { fill: var(--sym-trend-kudos-color, #1a7f37); }
  .annotation-count { fill: var(--sym-color-text, #1f2328); font-size: 9px; font-weight: 700; }
  .focus-target { outline: none; }
  .focus-target:focus-visible { stroke: var(--sym-color-focus, #0969da); stroke-width: 3; paint-order: stroke; }
  .gap .focus-target:focus-visible { stroke-dasharray: none; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.25rem 0 0; padding: 0; list-style: none; font-size: 0.8rem; }
  .legend li { display: flex; align-items: center; gap: 0.35rem; }
  .legend svg { overflow: visible; }
  figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
  figcaption span { display: block; }
  .note { color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .table-toggle { margin-top: 0.5rem; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.85rem; width: 100%; }
  caption { text-align: start; font-weight: 600; }
  th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; vertical-align: top; }
  td { font-variant-numeric: tabular-nums; }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); --_employee: var(--sym-trend-employee-color, #4493f8);
      --_customer: var(--sym-trend-customer-color, #f0883e); --_annotation: var(--sym-trend-annotation-color, #ab7df8); }
    .grid line { stroke: var(--sym-color-grid, #21262d); }
    .axis text, .ticks text, .gap text, .note, .muted { fill: var(--sym-color-muted, #9198a1); color: var(--sym-color-muted, #9198a1); }
    .panel-title, .annotation-count { fill: var(--sym-color-text, #e6edf3); }
    .point, .annotation { stroke: var(--sym-color-surface, #0d1117); }
    select, button { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
  @media (prefers-reduced-motion: no-preference) {
    .line, .band { transition: d 250ms ease-out; }
  }
`;
