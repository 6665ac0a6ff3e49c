import { css } from 'lit';

export const storySpotlightStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif);
    --_enps: var(--sym-spotlight-enps-color, #0969da); --_nps: var(--sym-spotlight-nps-color, #bc4c00); }
  :host([hidden]) { display: none; }
  section { display: grid; grid-template-columns: minmax(16rem, 1fr) minmax(18rem, 1.3fr); gap: 1rem; align-items: start; }
  @container (max-width: 40rem) { section { grid-template-columns: 1fr; } }
  @media (max-width: 48rem) { section { grid-template-columns: 1fr; } }
  .heading { grid-column: 1 / -1; margin: 0; font-size: 1.05rem; font-weight: 650; }
  figure { margin: 0; min-width: 0; }
  svg { display: block; max-width: 100%; height: auto; overflow: visible; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0 0 0.25rem; padding: 0; list-style: none; font-size: 0.85rem; }
  .legend li { display: flex; align-items: center; gap: 0.35rem; }
  [data-metric='enps'] { --_color: var(--_enps); }
  [data-metric='nps'] { --_color: var(--_nps); }
  .line { fill: none; stroke: var(--_color); stroke-width: 2; }
  [data-metric='nps'] .line, .swatch[data-metric='nps'] line { stroke-dasharray: 5 3; }
  .swatch line { stroke: var(--_color); stroke-width: 2; }
  .point, .swatch path { stroke: var(--_color); stroke-width: 2; }
  [data-metric='enps'] .point, .swatch[data-metric='enps'] path { fill: var(--_color); }
  [data-metric='nps'] .point, .swatch[data-metric='nps'] path { fill: var(--sym-color-surface, #fff); }
  .point:focus { outline: none; }
  .point:focus-visible { stroke: var(--sym-color-focus, #0969da); stroke-width: 4; paint-order: stroke; }
  .grid line { stroke: var(--sym-color-grid, #eaeef2); }
  .zero { stroke: var(--sym-color-muted, #57606a); }
  .axis text { fill: var(--sym-color-muted, #57606a); font-size: 11px; }
  .axis line { stroke: var(--sym-color-muted, #57606a); }
  .story-line { stroke: var(--sym-spotlight-story-color, #8250df); stroke-width: 2; stroke-dasharray: 2 3; }
  .story-label { fill: var(--sym-spotlight-story-color, #8250df); font-size: 11px; font-weight: 600; }
  .gap-mark { fill: var(--sym-color-muted, #57606a); font-size: 11px; }
  figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
  figcaption p { margin: 0 0 0.25rem; }
  .caveat, .gaps { color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .gaps ul { margin: 0.15rem 0 0; padding-inline-start: 1.1rem; }
  .table-toggle { margin-top: 0.5rem; font: inherit; font-size: 0.85rem; padding: 0.25rem 0.6rem; border-radius: 6px;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); color: inherit; cursor: pointer; }
  .table-toggle:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.85rem; width: 100%; }
  caption { text-align: start; font-weight: 600; }
  th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  tr.story-row th { color: var(--sym-spotlight-story-color, #8250df); }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); --_enps: var(--sym-spotlight-enps-color, #4493f8); --_nps: var(--sym-spotlight-nps-color, #f0883e); }
    .grid line { stroke: var(--sym-color-grid, #21262d); }
    .axis text, .gap-mark { fill: var(--sym-color-muted, #9198a1); }
    .caveat, .gaps, .muted { color: var(--sym-color-muted, #9198a1); }
    .story-line { stroke: var(--sym-spotlight-story-color, #bc8cff); }
    .story-label { fill: var(--sym-spotlight-story-color, #bc8cff); }
    tr.story-row th { color: var(--sym-spotlight-story-color, #bc8cff); }
    [data-metric='nps'] .point, .swatch[data-metric='nps'] path { fill: var(--sym-color-surface, #0d1117); }
    .table-toggle { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
`;
