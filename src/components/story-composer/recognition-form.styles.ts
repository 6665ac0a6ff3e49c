import { css } from 'lit';

/**
 * Styles shared by the recognition elements (composer, moderation queue, award board, kudos):
 * form controls, buttons, status lines, tables. Colours come from the `--sym-*` properties with
 * light and dark fallbacks that keep WCAG AA contrast.
 */
export const recognitionFormStyles = css`
  :host {
    display: block;
    color: var(--sym-color-text, #1f2328);
    font-family: var(--sym-font-family, system-ui, sans-serif);
    --_surface: var(--sym-color-surface, #fff);
    --_border: var(--sym-color-border, #8c959f);
    --_muted: var(--sym-color-muted, #57606a);
    --_accent: var(--sym-color-accent, #0969da);
    --_on-accent: var(--sym-color-on-accent, #fff);
    --_danger: var(--sym-color-danger, #b42318);
    --_positive: var(--sym-color-positive, #1a7f37);
    --_focus: var(--sym-color-focus, #0969da);
  }
  [part='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--sym-radius, 8px);
    padding: var(--sym-space-m, 1rem);
    display: grid;
    gap: 0.75rem;
  }
  h2 { margin: 0; font-size: 1.1rem; }
  h3 { margin: 0; font-size: 1rem; }
  p { margin: 0; }
  label, legend { font-weight: 600; font-size: 0.9rem; }
  .field { display: grid; gap: 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
  fieldset { border: 1px solid var(--_border); border-radius: 6px; padding: 0.5rem 0.75rem 0.75rem; margin: 0; display: grid; gap: 0.5rem; }
  input[type='text'], input[type='date'], input:not([type]), select, textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.35rem 0.5rem;
    min-width: 0;
  }
  textarea { min-height: 5rem; resize: vertical; }
  .hint, .muted { font-size: 0.85rem; color: var(--_muted); font-weight: normal; }
  button {
    font: inherit;
    border-radius: 4px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: inherit;
    padding: 0.3rem 0.75rem;
    cursor: pointer;
  }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  button.danger { color: var(--_danger); border-color: var(--_danger); }
  button[aria-pressed='true'] { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  :is(button, input, select, textarea, summary, a):focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .status { font-size: 0.9rem; min-height: 1.2em; }
  .status[data-kind='error'], .warning { color: var(--_danger); }
  .ok { color: var(--_positive); }
  table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
  th, td { text-align: start; padding: 0.3rem 0.4rem; border-bottom: 1px solid var(--_border); vertical-align: top; }
  ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--sym-color-text, #e6edf3);
      --_surface: var(--sym-color-surface, #161b22);
      --_border: var(--sym-color-border, #6e7681);
      --_muted: var(--sym-color-muted, #9198a1);
      --_accent: var(--sym-color-accent, #1f6feb);
      --_danger: var(--sym-color-danger, #f85149);
      --_positive: var(--sym-color-positive, #3fb950);
      --_focus: var(--sym-color-focus, #58a6ff);
    }
  }
`;
