import { css } from 'lit';

export const heatmapStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); }
  figure { margin: 0; }
  .scroll { overflow-x: auto; max-width: 100%; }
  .grid { border-collapse: separate; border-spacing: 2px; font-size: 0.85rem; }
  .grid th { font-weight: 600; padding: 0.25rem 0.4rem; vertical-align: bottom; }
  .grid thead th { text-align: center; min-width: 3.5rem; }
  .grid tbody th { text-align: start; white-space: nowrap; }
  .grid .corner { font-weight: 400; font-size: 0.75rem; color: var(--sym-color-muted, #57606a); text-align: start; }
  .cell { min-width: 3.5rem; height: 2.6rem; padding: 0.2rem 0.35rem; text-align: center; vertical-align: middle;
    font-variant-numeric: tabular-nums; border-radius: 3px; cursor: default;
    background: var(--_bg, var(--sym-heatmap-empty-color, #f6f8fa)); color: var(--_fg, inherit); }
  :host([mode='units']) .cell { cursor: pointer; }
  .cell .value { display: block; font-weight: 600; }
  .cell .delta { display: block; font-size: 0.75rem; }
  .cell .mark { font-weight: 700; }
  .cell.suppressed { background: repeating-linear-gradient(135deg, var(--sym-heatmap-suppressed-color, #eaeef2) 0 4px, transparent 4px 8px);
    color: var(--sym-color-muted, #57606a); }
  .cell:focus { outline: none; }
  .cell:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 1px; }
  .cell[data-selected] { box-shadow: inset 0 0 0 2px var(--sym-color-text, #1f2328); }
  /* The selected unit's row: a bar and weight on its header, besides the outlined cells (not colour alone). */
  tr[data-selected] > th { font-weight: 700; box-shadow: inset 4px 0 0 var(--sym-heatmap-selected-color, var(--sym-color-focus, #0969da)); }
  tr[data-selected] > th:dir(rtl) { box-shadow: inset -4px 0 0 var(--sym-heatmap-selected-color, var(--sym-color-focus, #0969da)); }
  .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin: 0.5rem 0 0; font-size: 0.8rem; }
  .ramp { display: inline-flex; align-items: center; gap: 0.35rem; }
  .gradient { display: inline-block; width: 8rem; height: 0.7rem; border-radius: 2px; border: 1px solid var(--sym-color-border, #d0d7de); }
  .hatch { display: inline-block; width: 1rem; height: 0.7rem; border: 1px solid var(--sym-color-border, #d0d7de);
    background: repeating-linear-gradient(135deg, var(--sym-heatmap-suppressed-color, #eaeef2) 0 3px, transparent 3px 6px); }
  figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
  .caveat, .note { display: block; color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .table-toggle { margin-top: 0.5rem; font: inherit; font-size: 0.85rem; padding: 0.25rem 0.6rem; border-radius: 6px;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); color: inherit; cursor: pointer; }
  .table-toggle:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  .twin { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.85rem; width: 100%; }
  .twin caption { text-align: start; font-weight: 600; }
  .twin th, .twin td { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; }
  .twin td { font-variant-numeric: tabular-nums; }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); }
    .grid .corner, .caveat, .note, .muted, .cell.suppressed { color: var(--sym-color-muted, #9198a1); }
    .cell { background: var(--_bg, var(--sym-heatmap-empty-color, #161b22)); }
    .cell.suppressed, .hatch { background: repeating-linear-gradient(135deg, var(--sym-heatmap-suppressed-color, #30363d) 0 4px, transparent 4px 8px); }
    .cell[data-selected] { box-shadow: inset 0 0 0 2px var(--sym-color-text, #e6edf3); }
    tr[data-selected] > th { box-shadow: inset 4px 0 0 var(--sym-heatmap-selected-color, var(--sym-color-focus, #4493f8)); }
    tr[data-selected] > th:dir(rtl) { box-shadow: inset -4px 0 0 var(--sym-heatmap-selected-color, var(--sym-color-focus, #4493f8)); }
    .twin th, .twin td { border-color: var(--sym-color-grid, #21262d); }
    .table-toggle { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
  /* No background transition on cells: the text colour flips at once between black and white, so
     any frame between two backgrounds can fall below 4.5:1 (r = -0.68 to -0.60 showed 4.33:1). */
`;
