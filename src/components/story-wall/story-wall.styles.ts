import { css } from 'lit';

export const storyWallStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); }
  :host([hidden]) { display: none; }
  .filters { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; margin: 0 0 0.75rem; padding: 0; border: 0; }
  .filters label { display: flex; flex-direction: column; gap: 0.15rem; font-size: 0.8rem; color: var(--sym-color-muted, #57606a); }
  select, button { font: inherit; font-size: 0.85rem; color: var(--sym-color-text, #1f2328); background: var(--sym-color-surface, #fff);
    border: 1px solid var(--sym-color-border, #d0d7de); border-radius: 6px; padding: 0.25rem 0.5rem; }
  button { cursor: pointer; }
  select:focus-visible, button:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  .count { margin: 0 0 0 auto; font-size: 0.85rem; color: var(--sym-color-muted, #57606a); }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(var(--sym-story-wall-min-card, 18rem), 1fr)); gap: var(--sym-story-wall-gap, 1rem);
    margin: 0; padding: 0; list-style: none; }
  /* Cards of a row share its height. */
  .grid > li { display: flex; }
  .grid sym-story-card { flex: 1; }
  .carousel { position: relative; }
  .controls { display: flex; gap: 0.4rem; align-items: center; margin-bottom: 0.5rem; }
  .controls button { min-width: 2.25rem; min-height: 2.25rem; }
  .position { font-size: 0.85rem; color: var(--sym-color-muted, #57606a); }
  .slide[hidden] { display: none; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .muted { color: var(--sym-color-muted, #57606a); }
  .error { padding: 0.75rem 1rem; border: 1px solid var(--sym-color-negative, #cf222e); border-radius: 8px;
    background: var(--sym-story-wall-error-background, #ffebe9); color: var(--sym-color-text, #1f2328); }
  .error p { margin: 0 0 0.25rem; font-weight: 600; }
  .error ul { margin: 0; padding-inline-start: 1.25rem; font-size: 0.85rem; }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); }
    select, button { color: var(--sym-color-text, #e6edf3); background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
    .filters label, .count, .position, .muted { color: var(--sym-color-muted, #9198a1); }
    .error { background: var(--sym-story-wall-error-background, #3c1618); color: var(--sym-color-text, #e6edf3); }
  }
  @media (prefers-reduced-motion: no-preference) {
    .slide { animation: sym-slide-in 250ms ease-out; }
    /* Movement only: fading would drop text contrast below AA while it runs. */
    @keyframes sym-slide-in { from { transform: translateX(0.75rem); } to { transform: none; } }
  }
`;
