import { css } from 'lit';

export const driversStyles = css`
  :host { display: block; container-type: inline-size; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); }
  figure { margin: 0; }
  .bars { display: grid; gap: 0.35rem; }
  .bar-row { display: grid; grid-template-columns: minmax(6rem, 11rem) minmax(4rem, 1fr) auto; align-items: center; gap: 0.25rem 0.6rem;
    padding: 0.2rem 0.3rem; border-radius: 4px; font-size: 0.85rem; cursor: default; }
  .bar-row:focus { outline: none; }
  .bar-row:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 1px; }
  .label { font-weight: 600; overflow-wrap: anywhere; }
  .track { display: block; height: 0.9rem; background: var(--sym-drivers-track-color, #eaeef2); border-radius: 2px; overflow: hidden; }
  .bar { display: block; height: 100%; width: var(--_width, 0%); background: var(--sym-drivers-bar-color, #0969da); }
  /* A negative correlation also changes the bar's texture, so the sign is not carried by the text alone. */
  .bar-row[data-sign='negative'] .bar { background: repeating-linear-gradient(135deg, var(--sym-drivers-negative-color, #bc4c00) 0 4px,
    color-mix(in srgb, var(--sym-drivers-negative-color, #bc4c00) 55%, transparent) 4px 7px); }
  .numbers { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .numbers .r { color: var(--sym-color-muted, #57606a); margin-inline-start: 0.4rem; }
  @container (max-width: 30rem) {
    .bar-row { grid-template-columns: 1fr auto; }
    .track { grid-column: 1 / -1; grid-row: 2; }
  }
  .refusal { margin: 0; padding: 0.75rem 1rem; border: 1px solid var(--sym-color-border, #d0d7de); border-inline-start-width: 4px;
    border-radius: var(--sym-radius, 8px); font-size: 0.95rem; }
  h3 { margin: 0 0 0.4rem; font-size: 0.95rem; }
  figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
  .caveat, .note { display: block; color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
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
    .track { background: var(--sym-drivers-track-color, #21262d); }
    .bar { background: var(--sym-drivers-bar-color, #4493f8); }
    .bar-row[data-sign='negative'] .bar { background: repeating-linear-gradient(135deg, var(--sym-drivers-negative-color, #f0883e) 0 4px,
      color-mix(in srgb, var(--sym-drivers-negative-color, #f0883e) 55%, transparent) 4px 7px); }
    .numbers .r, .caveat, .note, .muted { color: var(--sym-color-muted, #9198a1); }
    .refusal { border-color: var(--sym-color-border, #30363d); }
    th, td { border-color: var(--sym-color-grid, #21262d); }
    .table-toggle { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar { transition: width 250ms ease-out; }
  }
`;
