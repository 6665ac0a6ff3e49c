import { css } from 'lit';

export const storyCardStyles = css`
  :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); line-height: 1.5; }
  :host([hidden]) { display: none; }
  article { box-sizing: border-box; height: 100%; display: flex; flex-direction: column; gap: 0.5rem; padding: 1rem 1.25rem;
    border: 1px solid var(--sym-color-border, #d0d7de); border-radius: var(--sym-story-card-radius, 12px);
    background: var(--sym-story-card-background, var(--sym-color-surface, #fff)); }
  .title { margin: 0; font-size: 1.15rem; font-weight: 650; line-height: 1.3; }
  .meta { margin: 0; color: var(--sym-color-muted, #57606a); font-size: 0.85rem; }
  .body p, .body ul { margin: 0 0 0.5rem; }
  .body ul { padding-inline-start: 1.25rem; }
  .body a { color: var(--sym-story-accent, var(--sym-color-accent, #0969da)); overflow-wrap: anywhere; }
  .body a:focus-visible, button:focus-visible { outline: 3px solid var(--sym-color-focus, #0969da); outline-offset: 2px; }
  figure { margin: 0.25rem 0; padding: 0.5rem 0.75rem; border-inline-start: 4px solid var(--sym-story-accent, var(--sym-color-accent, #0969da));
    background: var(--sym-story-quote-background, #f6f8fa); border-radius: 0 6px 6px 0; }
  blockquote { margin: 0; font-style: italic; }
  figcaption { color: var(--sym-color-muted, #57606a); font-size: 0.8rem; }
  .people { margin: 0; font-size: 0.9rem; }
  .label { font-weight: 600; }
  .values { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0; padding: 0; list-style: none; }
  .values li { padding: 0.05rem 0.55rem; border-radius: 999px; font-size: 0.8rem;
    background: var(--sym-story-tag-background, #ddf4ff); color: var(--sym-story-tag-color, #0a3069); }
  .metric { margin: 0; font-size: 0.85rem; color: var(--sym-story-metric-color, #0a3069); font-weight: 600; }
  footer { margin-top: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding-top: 0.25rem; }
  .reactions { color: var(--sym-color-muted, #57606a); font-size: 0.8rem; margin-inline-end: auto; }
  .share { display: flex; flex-wrap: wrap; gap: 0.35rem; }
  button { font: inherit; font-size: 0.8rem; padding: 0.2rem 0.6rem; border-radius: 6px; cursor: pointer;
    border: 1px solid var(--sym-color-border, #d0d7de); background: var(--sym-color-surface, #fff); color: inherit; }
  .status { margin: 0; font-size: 0.8rem; color: var(--sym-color-muted, #57606a); min-height: 1lh; }
  .muted { color: var(--sym-color-muted, #57606a); }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--sym-color-text, #e6edf3); }
    article { background: var(--sym-story-card-background, var(--sym-color-surface, #0d1117)); border-color: var(--sym-color-border, #30363d); }
    .meta, figcaption, .reactions, .status, .muted { color: var(--sym-color-muted, #9198a1); }
    figure { background: var(--sym-story-quote-background, #161b22); }
    .body a { color: var(--sym-story-accent, var(--sym-color-accent, #4493f8)); }
    figure { border-inline-start-color: var(--sym-story-accent, var(--sym-color-accent, #4493f8)); }
    .values li { background: var(--sym-story-tag-background, #0c2d6b); color: var(--sym-story-tag-color, #cae8ff); }
    .metric { color: var(--sym-story-metric-color, #a5d6ff); }
    button { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
  }
`;
