import { css } from 'lit';

export const insightsStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); }
  ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
  .insight { padding: 0.6rem 0.8rem; border: 1px solid var(--sym-color-border, #d0d7de); border-inline-start-width: 4px;
    border-radius: var(--sym-radius, 8px); background: var(--sym-insights-background, var(--sym-color-surface, #fff)); }
  .insight[data-significant] { border-inline-start-color: var(--sym-insights-significant-color, #0969da); }
  .insight:not([data-significant]) { border-inline-start-style: dashed; }
  .badge { display: inline-block; font-size: 0.75rem; font-weight: 600; padding: 0 0.4rem; border-radius: 999px;
    border: 1px solid currentColor; margin-block-end: 0.25rem; }
  .insight[data-significant] .badge { color: var(--sym-insights-significant-color, #0969da); }
  .insight:not([data-significant]) .badge { color: var(--sym-color-muted, #57606a); border-style: dashed; }
  .sentence { margin: 0; line-height: 1.45; }
  .caveat { margin: 0.2rem 0 0; color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .group-heading { margin: 1rem 0 0.4rem; font-size: 0.9rem; }
  .groups > .group-heading:first-child { margin-top: 0; }
  .more { margin: 0.6rem 0 0; font-size: 0.85rem; }
  .toggle { margin-top: 0.6rem; font: inherit; font-size: 0.85rem; padding: 0.3rem 0.75rem; border-radius: var(--sym-radius, 8px);
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); color: inherit; cursor: pointer; }
  .toggle:focus { outline: none; }
  .toggle:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  details { margin-top: 0.75rem; font-size: 0.9rem; }
  summary { cursor: pointer; font-weight: 600; width: fit-content; border-radius: 4px; }
  summary:focus { outline: none; }
  summary:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  details p { margin: 0.4rem 0; }
  h3 { font-size: 0.9rem; margin: 0.75rem 0 0.25rem; }
  table { border-collapse: collapse; font-size: 0.85rem; }
  th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid var(--sym-color-grid, #eaeef2); text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); }
    .insight { border-color: var(--sym-color-border, #30363d); background: var(--sym-insights-background, var(--sym-color-surface, #161b22)); }
    .insight[data-significant] { border-inline-start-color: var(--sym-insights-significant-color, #4493f8); }
    .insight[data-significant] .badge { color: var(--sym-insights-significant-color, #4493f8); }
    .insight:not([data-significant]) .badge, .caveat, .muted { color: var(--sym-color-muted, #9198a1); }
    th, td { border-color: var(--sym-color-grid, #21262d); }
    .toggle { border-color: var(--sym-color-border, #30363d); background: var(--sym-color-surface, #161b22); }
  }
  @media (prefers-reduced-motion: no-preference) {
    details[open] > :not(summary) { animation: reveal 150ms ease-out; }
    @keyframes reveal { from { opacity: 0; } to { opacity: 1; } }
  }
`;
