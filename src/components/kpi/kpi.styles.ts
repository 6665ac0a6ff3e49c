import { css } from 'lit';

export const kpiStyles = css`
  :host { display: block; min-width: 10rem; }
  [part='base'] {
    background: var(--sym-kpi-background, var(--sym-color-surface, #fff));
    color: var(--sym-color-text, #1f2328);
    border: 1px solid var(--sym-color-border, #d0d7de);
    border-radius: var(--sym-radius, 8px);
    padding: var(--sym-space-m, 0.75rem 1rem);
    display: grid;
    gap: 0.15rem;
  }
  h3 { margin: 0; font-size: 0.9rem; font-weight: 600; }
  p { margin: 0; }
  .unit, .ci, .n, .muted { font-size: 0.8rem; color: var(--sym-color-muted, #57606a); }
  .value { font-size: 2rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.1; }
  .suppressed { font-size: 0.9rem; font-style: italic; color: var(--sym-color-muted, #57606a); }
  .delta { font-size: 0.85rem; }
  .delta[data-trend='good'] { color: var(--sym-color-positive, #1a7f37); }
  .delta[data-trend='bad'] { color: var(--sym-color-negative, #b42318); }
  @media (prefers-color-scheme: dark) {
    [part='base'] { background: var(--sym-kpi-background, var(--sym-color-surface, #161b22)); color: var(--sym-color-text, #e6edf3); border-color: var(--sym-color-border, #30363d); }
    .unit, .ci, .n, .muted, .suppressed { color: var(--sym-color-muted, #9198a1); }
    .delta[data-trend='good'] { color: var(--sym-color-positive, #3fb950); }
    .delta[data-trend='bad'] { color: var(--sym-color-negative, #f85149); }
  }
`;
