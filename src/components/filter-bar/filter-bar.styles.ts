import { css } from 'lit';

export const filterBarStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, inherit); }
  [part='base'] {
    display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.75rem 1rem;
    background: var(--sym-filter-bar-background, var(--sym-color-surface, #fff));
    border: 1px solid var(--sym-color-border, #d0d7de);
    border-radius: var(--sym-radius, 8px);
    padding: 0.75rem 1rem;
  }
  h2 { flex-basis: 100%; margin: 0; font-size: 1rem; }
  label { display: grid; gap: 0.2rem; font-size: 0.85rem; }
  fieldset { display: flex; flex-wrap: wrap; gap: 0.75rem; border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-size: 0.85rem; font-weight: 600; padding: 0; margin-bottom: 0.2rem; }
  select, button { font: inherit; font-size: 0.9rem; min-height: 2rem; max-width: 100%; }
  select { min-width: 8rem; }
  select:focus-visible, button:focus-visible { outline: 2px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  [part='reset'] {
    background: transparent; color: inherit; cursor: pointer;
    border: 1px solid var(--sym-color-border, #d0d7de); border-radius: var(--sym-radius, 6px); padding: 0.25rem 0.75rem;
  }
  .status { flex-basis: 100%; margin: 0; font-size: 0.85rem; }
  .note { flex-basis: 100%; margin: 0; font-size: 0.8rem; color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); }
    [part='base'] { background: var(--sym-filter-bar-background, var(--sym-color-surface, #161b22)); border-color: var(--sym-color-border, #30363d); }
    .note { color: var(--sym-color-muted, #9198a1); }
  }
  @media (max-width: 480px) {
    label, fieldset, select { width: 100%; }
  }
`;
