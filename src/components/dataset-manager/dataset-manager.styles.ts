import { css } from 'lit';

export const datasetManagerStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif);
    --_surface: var(--sym-color-surface, #ffffff); --_border: var(--sym-color-border, #d0d7de); --_muted: var(--sym-color-muted, #57606a);
    --_accent: var(--sym-color-accent, #0969da); --_danger: var(--sym-color-danger, #b42318); --_success: var(--sym-color-success, #1a7f37);
    --_focus: var(--sym-color-focus, #0969da); }
  h2 { font-size: 1.15rem; margin: 0 0 0.25rem; }
  h3 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
  h4 { font-size: 0.95rem; margin: 0 0 0.35rem; overflow-wrap: anywhere; }
  p { margin: 0 0 0.5rem; }
  .muted { color: var(--_muted); font-size: 0.9rem; }
  ul.datasets { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: var(--sym-space-m, 1rem); }
  [part='dataset'] { border: 1px solid var(--_border); border-radius: 8px; padding: 0.75rem var(--sym-space-m, 1rem); background: var(--_surface); min-width: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0.25rem 0 0.5rem; font-size: 0.9rem; }
  dt { color: var(--_muted); }
  dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
  button { font: inherit; color: inherit; background: var(--_surface); border: 1px solid var(--_border); border-radius: 6px; padding: 0.35rem 0.8rem; cursor: pointer; }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--sym-color-on-accent, #ffffff); font-weight: 600; }
  button.danger { background: var(--_danger); border-color: var(--_danger); color: var(--sym-color-on-danger, #ffffff); font-weight: 600; }
  button:disabled, button[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  input, select, textarea { font: inherit; color: inherit; background: var(--_surface); border: 1px solid var(--_border); border-radius: 4px; padding: 0.25rem 0.4rem; max-width: 100%; box-sizing: border-box; }
  input[type='file'] { border: none; padding: 0; background: transparent; }
  input[aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  textarea { width: min(100%, 28rem); min-height: 3.5rem; }
  button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus); outline-offset: 2px; }
  .rename { display: flex; flex-wrap: wrap; gap: 0.35rem 0.5rem; align-items: center; margin: 0 0 0.35rem; }
  .rename input { flex: 1 1 12rem; }
  .field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.5rem 0; align-items: flex-start; }
  .field label { font-weight: 600; }
  .hint { font-size: 0.8rem; color: var(--_muted); }
  .invalid { color: var(--_danger); font-size: 0.85rem; margin: 0; width: 100%; }
  fieldset { border: 1px solid var(--_border); border-radius: 6px; margin: 0.5rem 0; padding: 0.5rem 0.75rem; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  fieldset label { display: flex; gap: 0.4rem; align-items: baseline; margin: 0.2rem 0; }
  [part='confirm'] { border-inline-start: 4px solid var(--_danger); padding: 0.35rem 0 0.35rem 0.75rem; margin: 0.5rem 0; }
  [part='confirm'] p { font-weight: 600; }
  [part='status'][data-empty] { margin: 0; }
  [part='status'][data-kind='success'] { color: var(--_success); }
  [part='error'] { border-inline-start: 4px solid var(--_danger); padding-inline-start: 0.75rem; margin: 0.75rem 0; }
  [part='error'] p:first-child { color: var(--_danger); font-weight: 600; }
  [part='error'] ol { margin: 0.25rem 0; padding-inline-start: 1.5rem; font-size: 0.9rem; }
  [part='error'] li { margin: 0.15rem 0; overflow-wrap: anywhere; }
  [part='erasure-result'] { border-inline-start: 4px solid var(--_success); padding-inline-start: 0.75rem; margin: 0.5rem 0; }
  .table-wrap { overflow: auto; max-height: 16rem; border: 1px solid var(--_border); border-radius: 6px; margin: 0.5rem 0; }
  table { border-collapse: collapse; font-size: 0.85rem; font-variant-numeric: tabular-nums; width: 100%; }
  caption { text-align: start; font-weight: 600; padding: 0.35rem 0.5rem; }
  th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; vertical-align: top; }
  thead th { position: sticky; top: 0; background: var(--_surface); }
`;
