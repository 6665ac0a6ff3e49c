import { css } from 'lit';

export const exportMenuStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); }
  .menu { display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end; gap: 0.25rem; }
  button { font: inherit; font-size: 0.8rem; padding: 0.2rem 0.55rem; border-radius: 6px; cursor: pointer; color: inherit;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); min-height: 28px; }
  button:hover { border-color: var(--sym-color-muted, #57606a); }
  button:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  .status { font-size: 0.75rem; color: var(--sym-color-muted, #57606a); flex-basis: 100%; text-align: end; }
  .status:empty { display: none; }
  .print-caption { display: none; }
  @media print {
    .menu { display: none; }
    .print-caption { display: block; font-size: 9pt; margin-top: 0.5rem; }
    .print-caption p { margin: 0.1rem 0; }
    .print-caption p:first-child { font-weight: 600; }
  }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); }
    button { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
    .status { color: var(--sym-color-muted, #9198a1); }
  }
`;
