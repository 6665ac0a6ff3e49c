import { css } from 'lit';

export const scatterStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); }
  figure { margin: 0; }
  svg { display: block; max-width: 100%; height: auto; overflow: visible; }
  .plot-frame { position: relative; width: fit-content; max-width: 100%; }
  .plot-frame svg { position: relative; }
  /* Read by the canvas painter: the same tokens and fallbacks as the SVG marks. */
  canvas { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none;
    --point-virtuous: var(--sym-scatter-point-color, #0969da); --point-fragile: var(--sym-quadrant-fragile, #bc4c00);
    --point-untapped: var(--sym-quadrant-untapped, #8250df); --point-critical: var(--sym-quadrant-critical, #cf222e);
    --grid: var(--sym-color-grid, #eaeef2); }
  .trajectories { pointer-events: none; }
  .trajectory-path { fill: none; stroke: var(--sym-scatter-trajectory-color, var(--sym-color-text, #1f2328)); stroke-width: 1.5; stroke-linejoin: round; }
  .arrowhead, .trajectory-dot { fill: var(--sym-scatter-trajectory-color, var(--sym-color-text, #1f2328)); }
  .trajectory-label { fill: var(--sym-scatter-trajectory-color, var(--sym-color-text, #1f2328)); font-size: 10px; paint-order: stroke; stroke: var(--sym-color-surface, #fff); stroke-width: 3px; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  /* Pressed shown by a heavier border, not a fill, so text contrast stays whatever the theme. */
  .table-toggle[aria-pressed='true'] { border-color: var(--sym-color-focus, #0969da); box-shadow: inset 0 0 0 1px var(--sym-color-focus, #0969da); font-weight: 600; }
  .trajectory-note { display: block; margin-top: 0.25rem; }
  .period-row th { font-weight: normal; padding-inline-start: 1.25rem; }
  .grid line { stroke: var(--sym-color-grid, #eaeef2); }
  .axis line { stroke: var(--sym-color-muted, #57606a); }
  .axis text { fill: var(--sym-color-muted, #57606a); font-size: 11px; }
  .axis .axis-label { fill: var(--sym-color-text, #1f2328); font-size: 12px; font-weight: 600; }
  .quadrants line { stroke: var(--sym-color-muted, #57606a); stroke-dasharray: 4 4; }
  .quadrant-label { fill: var(--sym-color-muted, #57606a); font-size: 11px; font-style: italic; }
  .band { fill: var(--sym-scatter-band-color, rgb(9 105 218 / 0.15)); }
  .fit { fill: none; stroke: var(--sym-scatter-line-color, #0550ae); stroke-width: 2; }
  .point { fill: var(--sym-scatter-point-color, #0969da); fill-opacity: 0.75; stroke: var(--sym-color-surface, #fff); stroke-width: 1; cursor: pointer; }
  .point[data-quadrant='fragile'] { fill: var(--sym-quadrant-fragile, #bc4c00); }
  .point[data-quadrant='untapped'] { fill: var(--sym-quadrant-untapped, #8250df); }
  .point[data-quadrant='critical'] { fill: var(--sym-quadrant-critical, #cf222e); }
  .point[data-selected] { stroke: var(--sym-color-text, #1f2328); stroke-width: 3; fill-opacity: 1; }
  .point:focus { outline: none; }
  .point:focus-visible { stroke: var(--sym-color-focus, #0969da); stroke-width: 4; }
  figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
  .caveat { display: block; color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .table-toggle { margin-top: 0.5rem; font: inherit; font-size: 0.85rem; padding: 0.25rem 0.6rem; border-radius: 6px;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); color: inherit; cursor: pointer; }
  .table-toggle:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.85rem; width: 100%; }
  caption { text-align: start; font-weight: 600; }
  th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); }
    .grid line { stroke: var(--sym-color-grid, #21262d); }
    .axis text, .quadrant-label, .caveat, .muted { fill: var(--sym-color-muted, #9198a1); color: var(--sym-color-muted, #9198a1); }
    .axis .axis-label { fill: var(--sym-color-text, #e6edf3); }
    .point { stroke: var(--sym-color-surface, #0d1117); }
    canvas { --grid: var(--sym-color-grid, #21262d); }
    .trajectory-path { stroke: var(--sym-scatter-trajectory-color, var(--sym-color-text, #e6edf3)); }
    .arrowhead, .trajectory-dot, .trajectory-label { fill: var(--sym-scatter-trajectory-color, var(--sym-color-text, #e6edf3)); }
    .trajectory-label { stroke: var(--sym-color-surface, #0d1117); }

    .table-toggle { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
  @media (prefers-reduced-motion: no-preference) {
    .point { transition: transform 200ms ease-out; }
  }
`;
