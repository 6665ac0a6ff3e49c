import { css } from 'lit';

export const lagChartStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif);
    --_ex: var(--sym-lag-ex-color, #0969da); --_cx: var(--sym-lag-cx-color, #bc4c00); }
  figure { margin: 0; }
  svg { display: block; max-width: 100%; height: auto; overflow: visible; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0 0 0.25rem; padding: 0; list-style: none; font-size: 0.85rem; }
  .legend li { display: flex; align-items: center; gap: 0.4rem; }
  .legend .detail { color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .grid line { stroke: var(--sym-color-grid, #eaeef2); }
  .zero { stroke: var(--sym-color-muted, #57606a); stroke-width: 1.5; }
  .axis line { stroke: var(--sym-color-muted, #57606a); }
  .axis text { fill: var(--sym-color-muted, #57606a); font-size: 11px; }
  .axis .axis-label { fill: var(--sym-color-text, #1f2328); font-size: 12px; font-weight: 600; }
  .series { fill: none; stroke-width: 1.5; }
  [data-direction='ex-to-cx'] { --_color: var(--_ex); }
  [data-direction='cx-to-ex'] { --_color: var(--_cx); }
  .series, .ci { stroke: var(--_color); }
  .ci { stroke-width: 1.5; }
  [data-direction='cx-to-ex'] .series, [data-direction='cx-to-ex'] .ci, .swatch[data-direction='cx-to-ex'] line { stroke-dasharray: 4 3; }
  .swatch line { stroke: var(--_color); stroke-width: 1.5; }
  .point, .swatch path { stroke: var(--_color); stroke-width: 2; cursor: pointer; }
  [data-direction='ex-to-cx'] .point, .swatch[data-direction='ex-to-cx'] path { fill: var(--_color); }
  [data-direction='cx-to-ex'] .point, .swatch[data-direction='cx-to-ex'] path { fill: var(--sym-color-surface, #fff); }
  .point:focus { outline: none; }
  .point:focus-visible { stroke: var(--sym-color-focus, #0969da); stroke-width: 4; paint-order: stroke; }
  .sig { fill: var(--sym-color-text, #1f2328); font-size: 14px; font-weight: 700; }
  figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
  .caveat, .note { display: block; color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .table-toggle { margin-top: 0.5rem; font: inherit; font-size: 0.85rem; padding: 0.25rem 0.6rem; border-radius: 6px;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); color: inherit; cursor: pointer; }
  .table-toggle:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.85rem; width: 100%; }
  caption { text-align: start; font-weight: 600; }
  th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); --_ex: var(--sym-lag-ex-color, #4493f8); --_cx: var(--sym-lag-cx-color, #f0883e); }
    .grid line { stroke: var(--sym-color-grid, #21262d); }
    .axis text, .caveat, .note, .muted, .legend .detail { fill: var(--sym-color-muted, #9198a1); color: var(--sym-color-muted, #9198a1); }
    .zero { stroke: var(--sym-color-muted, #9198a1); }
    .axis .axis-label, .sig { fill: var(--sym-color-text, #e6edf3); }
    [data-direction='cx-to-ex'] .point, .swatch[data-direction='cx-to-ex'] path { fill: var(--sym-color-surface, #0d1117); }
    .table-toggle { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
  @media (prefers-reduced-motion: no-preference) {
    .point { transition: transform 200ms ease-out; }
  }
`;
