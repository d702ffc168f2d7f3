import { css } from 'lit';

/** Pieces every component uses: focus ring, hidden-but-spoken text, buttons, state panels. */
export const shared = css`
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /* Every control a touch target of at least 44 px, in the component's font and colours. */
  button,
  input,
  select {
    font: inherit;
    min-height: 2.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  button {
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  /* The frame and heading of the scorecard, the timeline and the tracker, so they look alike;
     the loading and error states share the frame. */
  .panel,
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Loading keeps the room the content will take, so nothing below it jumps: the page's height
     for it, else the layout's own (--_reserved, set by each component). */
  .state--loading {
    min-height: var(--bekasi-loading-height, var(--_reserved));
    display: grid;
    place-items: center;
    color: var(--_text-muted);
    background: var(--_surface-alt);
  }
  .state--error {
    border-inline-start: 0.375em solid var(--_danger);
  }
  .state__title {
    margin: 0 0 0.44em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .state__detail {
    margin: 0 0 0.75em;
    overflow-wrap: anywhere;
  }
  .state__issues {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .notice {
    margin: 0;
    padding: 0.5em var(--_space);
    color: var(--_text);
    background: var(--_surface-alt);
    border-inline-start: 0.25em solid var(--_warning);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* The notice's text is smaller, its box sized by the component's. */
  .notice > * {
    font-size: 0.875em;
  }
  .notice button {
    min-height: 2.29em;
    padding: 0.14em 0.86em;
  }
  /* A pulsing dot beside the loading text; the text itself keeps full contrast. */
  .spinner {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.5em;
    border-radius: 50%;
    background: var(--_primary);
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: bekasi-pulse 1.2s ease-in-out infinite;
    }
  }
  @keyframes bekasi-pulse {
    50% {
      opacity: 0.3;
    }
  }
`;
