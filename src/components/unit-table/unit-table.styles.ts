import { css } from 'lit';

export const unitTableStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif);
    --_selected: var(--sym-unit-table-selected-color, #ddf4ff); }
  .controls { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; margin-bottom: 0.5rem; font-size: 0.85rem; }
  .controls label { display: flex; flex-direction: column; gap: 0.15rem; font-weight: 600; }
  input, select, button { font: inherit; font-size: 0.85rem; padding: 0.25rem 0.5rem; border-radius: 6px; color: inherit;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); }
  input:focus-visible, select:focus-visible, button:focus-visible, .scroll:focus-visible {
    outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  .count { align-self: center; color: var(--sym-color-muted, #57606a); }
  sym-export-menu { margin-inline-start: auto; }
  .scroll { overflow: auto; max-height: var(--sym-unit-table-max-height, 70vh); }
  table { border-collapse: collapse; font-size: 0.85rem; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  thead th { position: sticky; top: 0; background: var(--sym-color-surface, #fff); z-index: 1; }
  th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; vertical-align: top; }
  td { font-variant-numeric: tabular-nums; }
  td.number { text-align: end; }
  th button { all: unset; cursor: pointer; font-weight: 600; display: inline-flex; gap: 0.25rem; align-items: center; border-radius: 4px; padding: 0.1rem 0.2rem; }
  th button:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); }
  .arrow { font-size: 0.7rem; color: var(--sym-color-muted, #57606a); }
  tbody tr { cursor: pointer; }
  tbody tr:hover { background: var(--sym-color-hover, #f6f8fa); }
  tbody tr[data-selected] { background: var(--_selected); }
  /* Secondary text keeps full colour on the selected row, where grey loses contrast. */
  tbody tr[data-selected] :is(.n, .level, .suppressed, .muted) { color: inherit; }
  .unit-button { all: unset; cursor: pointer; font-weight: 600; border-radius: 4px; padding: 0 0.15rem; }
  .unit-button:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); }
  .level { color: var(--sym-color-muted, #57606a); font-size: 0.75rem; display: block; }
  .n { display: block; white-space: nowrap; color: var(--sym-color-muted, #57606a); font-size: 0.75rem; }
  .suppressed { color: var(--sym-color-muted, #57606a); font-style: italic; font-size: 0.75rem; }
  .quadrant-mark { font-weight: 700; margin-inline-end: 0.2rem; }
  .pager { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.5rem; font-size: 0.85rem; }
  .muted { color: var(--sym-color-muted, #57606a); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); --_selected: var(--sym-unit-table-selected-color, #0c2d6b); }
    input, select, button { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
    thead th { background: var(--sym-color-surface, #0d1117); }
    th, td { border-color: var(--sym-color-grid, #21262d); }
    tbody tr:hover { background: var(--sym-color-hover, #161b22); }
    .count, .arrow, .level, .n, .suppressed, .muted { color: var(--sym-color-muted, #9198a1); }
  }
`;
