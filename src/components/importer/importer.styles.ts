import { css } from 'lit';

export const importerStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif);
    --_surface: var(--sym-color-surface, #ffffff); --_border: var(--sym-color-border, #d0d7de); --_muted: var(--sym-color-muted, #57606a);
    --_accent: var(--sym-color-accent, #0969da); --_danger: var(--sym-color-danger, #b42318); --_success: var(--sym-color-success, #1a7f37);
    --_focus: var(--sym-color-focus, #0969da); }
  h2 { font-size: 1.15rem; margin: 0 0 0.25rem; }
  h3 { font-size: 1rem; margin: 0 0 0.5rem; }
  p { margin: 0 0 0.5rem; }
  .muted { color: var(--_muted); font-size: 0.9rem; }
  .files { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: var(--sym-space-m, 1rem); margin: 1rem 0; }
  [part='drop-zone'] { border: 2px dashed var(--_border); border-radius: 8px; padding: var(--sym-space-m, 1rem); background: var(--_surface); min-width: 0; }
  [part='drop-zone'][data-dragging] { border-color: var(--_accent); border-style: solid; }
  [part='drop-zone'][data-filled] { border-style: solid; }
  .picker { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0.5rem 0; }
  .picker label { font-weight: 600; }
  input[type='file'] { max-width: 100%; font: inherit; color: inherit; }
  .chosen { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; margin: 0.5rem 0; }
  .chosen strong { overflow-wrap: anywhere; }
  button { font: inherit; color: inherit; background: var(--_surface); border: 1px solid var(--_border); border-radius: 6px; padding: 0.35rem 0.8rem; cursor: pointer; }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--sym-color-on-accent, #ffffff); font-weight: 600; }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  button:focus-visible, input:focus-visible, select:focus-visible, .table-wrap:focus-visible, [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus); outline-offset: 2px; }
  .table-wrap { overflow: auto; max-height: 18rem; border: 1px solid var(--_border); border-radius: 6px; margin: 0.5rem 0; }
  table { border-collapse: collapse; font-size: 0.8rem; font-variant-numeric: tabular-nums; }
  caption { text-align: start; font-weight: 600; padding: 0.35rem 0.5rem; }
  th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; white-space: nowrap;
    max-width: 16rem; overflow: hidden; text-overflow: ellipsis; }
  thead th { position: sticky; top: 0; background: var(--_surface); }
  fieldset { border: 1px solid var(--_border); border-radius: 6px; margin: 0.5rem 0; padding: 0.5rem 0.75rem; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .roles { display: grid; grid-template-columns: minmax(8rem, 1fr) minmax(10rem, 14rem); gap: 0.35rem 0.75rem; align-items: center; }
  .roles label { overflow-wrap: anywhere; font-size: 0.9rem; }
  .roles .how { grid-column: 1 / -1; margin: -0.3rem 0 0.2rem; font-size: 0.75rem; color: var(--_muted); }
  select { font: inherit; color: inherit; background: var(--_surface); border: 1px solid var(--_border); border-radius: 4px; padding: 0.2rem; max-width: 100%; }
  select[data-changed] { border-color: var(--_accent); border-width: 2px; }
  .mode label { display: flex; gap: 0.4rem; align-items: baseline; margin: 0.2rem 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 0.75rem 0; }
  [part='progress'] { flex: 1 1 12rem; height: 0.75rem; border-radius: 999px; background: var(--_border); overflow: hidden; }
  [part='progress'] .bar { height: 100%; background: var(--_accent); transform-origin: left center; }
  @media (prefers-reduced-motion: no-preference) { [part='progress'] .bar { transition: transform 0.2s ease-out; } }
  [part='problems'] { border-inline-start: 4px solid var(--_danger); padding-inline-start: 0.75rem; margin: 0.75rem 0; }
  [part='problems'] h3 { color: var(--_danger); }
  [part='problems'] ol { margin: 0.25rem 0; padding-inline-start: 1.5rem; font-size: 0.9rem; }
  [part='problems'] li { margin: 0.15rem 0; overflow-wrap: anywhere; }
  [part='summary'] { border-inline-start: 4px solid var(--_success); padding-inline-start: 0.75rem; margin: 0.75rem 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0.25rem 0 0.75rem; font-size: 0.9rem; }
  dt { color: var(--_muted); }
  dd { margin: 0; }
`;
