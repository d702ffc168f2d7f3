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
    min-height: 2.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  button {
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
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
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Loading keeps the room the content will take, so nothing below it jumps. */
  .state--loading {
    min-height: var(--_reserved-height, 8rem);
    display: grid;
    place-items: center;
    color: var(--_text-muted);
    background: var(--_surface-alt);
  }
  .state--error {
    border-inline-start: 0.375rem solid var(--_danger);
  }
  .state__title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .state__detail {
    margin: 0 0 0.75rem;
    overflow-wrap: anywhere;
  }
  .state__issues {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .notice {
    margin: 0;
    padding: 0.5rem var(--_space);
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_surface-alt);
    border-inline-start: 0.25rem solid var(--_warning);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .notice button {
    min-height: 2rem;
    padding: 0.125rem 0.75rem;
  }
  /* A pulsing dot beside the loading text; the text itself keeps full contrast. */
  .spinner {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    margin-inline-end: 0.5rem;
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
