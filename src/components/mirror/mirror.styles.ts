import { css } from 'lit';

export const mirrorStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif);
    --_expected: var(--sym-mirror-expected-color, #dafbe1); --_opposite: var(--sym-mirror-opposite-color, #fff1e5);
    --_neutral: var(--sym-mirror-neutral-color, #f6f8fa); }
  figure { margin: 0; }
  .toolbar { display: flex; justify-content: flex-end; margin-bottom: 0.25rem; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; font-size: 0.85rem; }
  .grid { border-spacing: 0; }
  .grid th { padding: 0.3rem 0.5rem; text-align: start; font-weight: 600; vertical-align: bottom; }
  .grid tbody th { vertical-align: middle; max-width: 14rem; }
  .cell { position: relative; min-width: 8.5rem; padding: 0.35rem 0.5rem; border: 2px solid var(--sym-color-surface, #fff); vertical-align: top;
    background: var(--_neutral); font-variant-numeric: tabular-nums; cursor: default; }
  .cell.empty { background: transparent; color: var(--sym-color-muted, #57606a); text-align: center; vertical-align: middle; }
  .cell[data-significant] { border-color: var(--sym-color-text, #1f2328); }
  .cell[data-verdict='as-expected'][data-significant] { background: var(--_expected); }
  .cell[data-verdict='opposite'][data-significant] { background: var(--_opposite); }
  .cell:not([data-significant]):not(.empty) { border-style: dashed; border-color: var(--sym-color-border, #d0d7de); }
  .cell:focus { outline: none; }
  .cell:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: -3px; }
  .value { display: block; font-size: 1rem; font-weight: 600; }
  .mark { font-weight: 700; margin-inline-start: 0.1em; }
  /* Full text colour: muted grey falls below 4.5:1 on the tinted cells. */
  .detail { display: block; font-size: 0.75rem; }
  .verdict { display: block; font-size: 0.8rem; margin-top: 0.15rem; }
  .verdict .glyph { display: inline-block; width: 1.1em; font-weight: 700; }
  .legend li { list-style: none; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.5rem 0 0; padding: 0; list-style: none; font-size: 0.8rem; }
  .legend .swatch { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.15rem; margin-inline-end: 0.3rem; border: 2px solid var(--sym-color-text, #1f2328); }
  .legend .swatch.expected { background: var(--_expected); }
  .legend .swatch.opposite { background: var(--_opposite); }
  .legend .swatch.ns { background: var(--_neutral); border: 2px dashed var(--sym-color-border, #d0d7de); }
  figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
  figcaption span { display: block; }
  .note { color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .table-toggle { margin-top: 0.5rem; font: inherit; font-size: 0.85rem; padding: 0.25rem 0.6rem; border-radius: 6px;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); color: inherit; cursor: pointer; }
  .table-toggle:focus-visible, .scroll:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  .twin { margin-top: 0.5rem; width: 100%; }
  .twin caption { text-align: start; font-weight: 600; }
  .twin th, .twin td { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; }
  .twin td { font-variant-numeric: tabular-nums; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); --_expected: var(--sym-mirror-expected-color, #033a16);
      --_opposite: var(--sym-mirror-opposite-color, #3d1d00); --_neutral: var(--sym-mirror-neutral-color, #161b22); }
    .cell { border-color: var(--sym-color-surface, #0d1117); }
    .cell[data-significant], .legend .swatch { border-color: var(--sym-color-text, #e6edf3); }
    .note, .muted, .cell.empty { color: var(--sym-color-muted, #9198a1); }
    .table-toggle { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
`;
